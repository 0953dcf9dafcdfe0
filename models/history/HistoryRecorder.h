#pragma once

#include "models/Webhook.h"
#include "models/history/HistoryDiff.h"
#include "models/history/HistoryProfile.h"
#include "models/history/HistorySnapshot.h"
#include "models/history/HistoryStore.h"

#include <QObject>
#include <QString>

class QThread;

// Records listings in the history off the caller's thread: what the window uses, so that
// writing a snapshot never stalls the GUI. Owns a worker thread with one HistoryStore; every
// request is queued to it in order and answered by a signal on the recorder's thread.
//
// Ownership: the store and the thread belong to the recorder; the destructor waits for the
// request in progress. Threading: call from the thread the recorder lives in.
class HistoryRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryRecorder)

public:
    explicit HistoryRecorder(const QString &filePath = HistoryStore::defaultFilePath(),
                             QObject *parent = nullptr);
    ~HistoryRecorder() override;

    // Opens the database: opened() or failed() follows.
    void open(int retentionDays = HistoryStore::DefaultRetentionDays);
    // Snapshots older than this are pruned at the next record() (the newest one is kept).
    void setRetentionDays(int days);
    // Records a listing; only a complete one is recorded (an incomplete one gives failed()).
    // recorded() follows with the difference from the previous snapshot.
    void record(const HistoryProfile &profile, const WebhookList &rows,
                HistoryStore::Listing completeness);
    // The profile's newest snapshot and its webhooks: latestLoaded() follows, with an invalid
    // snapshot when there is none.
    void loadLatest(const HistoryProfile &profile);
    // The profile's snapshots: snapshotsLoaded() follows.
    void loadSnapshots(const HistoryProfile &profile);
    // The difference between two snapshots: diffLoaded() follows.
    void loadDiff(const HistoryProfile &profile, qint64 fromId, qint64 toId);
    // "Forget this profile's history": forgotten() follows.
    void forgetProfile(const HistoryProfile &profile);

Q_SIGNALS:
    // `writable` false: another instance writes (see notice). `notice` is empty or one
    // sentence for the user (read-only, a damaged database set aside).
    void opened(bool writable, const QString &notice);
    void recorded(const HistoryProfile &profile, const HistorySnapshot &snapshot,
                  const HistoryDiff &diff);
    void latestLoaded(const HistoryProfile &profile, const HistorySnapshot &snapshot,
                      const WebhookList &webhooks);
    void snapshotsLoaded(const HistoryProfile &profile, const HistorySnapshotList &snapshots);
    void diffLoaded(const HistoryProfile &profile, qint64 fromId, qint64 toId,
                    const HistoryDiff &diff);
    void forgotten(const HistoryProfile &profile);
    // One sentence for the user: what failed and what to do.
    void failed(const QString &message);

private:
    template<typename Work>
    void post(Work &&work);
    void reportFailure();

    QThread *m_thread;
    QObject *m_worker; // lives in m_thread; the context of the queued work
    HistoryStore *m_store; // used on m_thread only
};
