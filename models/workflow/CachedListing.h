#pragma once

#include "models/Webhook.h"
#include "models/history/HistoryDiff.h"
#include "models/history/HistoryProfile.h"
#include "models/history/HistorySnapshot.h"

#include <QObject>

class HistoryRecorder;
class ProfileSession;
class WebhookListLoader;
class WebhookTableModel;
struct ApiError;
struct ConnectionProfile;

// The window's use of the local history: the account's last snapshot shown at once, every
// complete listing recorded, and what changed since the previous snapshot marked.
//
// When a profile is chosen (even before its token is read) the profile's latest snapshot is
// read off the GUI thread (HistoryRecorder) and, unless fresh rows arrived first, put in the
// model, marked stale: isShowingSnapshot() is true and the webhooks are read-only until the
// fresh listing is complete. If the listing fails the snapshot stays. Each complete listing
// is recorded; the difference from the previous snapshot marks the model's rows
// (WebhookTableModel::setChangeMarks) and lists the webhooks removed since.
//
// A history that another Hookbench writes is read but not recorded into.
// The sandbox's built-in profile (a new port each run) is neither shown nor recorded.
// Widgets-free; GUI thread. The session, loader, model and recorder are not owned and must
// outlive it; the recorder must have been opened (HistoryRecorder::open()).
class CachedListing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CachedListing)

public:
    enum class State {
        Idle, // no profile, or its history is empty or not readable
        ReadingSnapshot, // the latest snapshot is being read
        ShowingSnapshot, // the model holds the snapshot; read-only until a fresh listing
        Fresh, // the model holds a listing loaded in this session
    };
    Q_ENUM(State)

    CachedListing(ProfileSession *session, WebhookListLoader *loader, WebhookTableModel *model,
                  HistoryRecorder *recorder, QObject *parent = nullptr);
    ~CachedListing() override;

    State state() const { return m_state; }
    // True while the model shows a snapshot instead of a fresh listing: no edits.
    bool isShowingSnapshot() const { return m_state == State::ShowingSnapshot; }
    // True when the last listing of the profile failed (the snapshot stays shown).
    bool listingFailed() const { return m_listingFailed; }
    // The snapshot shown (ShowingSnapshot), else the latest one known; invalid when none.
    HistorySnapshot snapshot() const { return m_snapshot; }
    HistoryProfile profile() const { return m_profile; }
    // The last difference recorded in this session (from the previous snapshot).
    const HistoryDiff &lastDiff() const { return m_lastDiff; }
    // The webhooks removed since the previous snapshot, as last listed (not yet re-created).
    WebhookList removedWebhooks() const { return m_removed; }
    // Drops webhooks from removedWebhooks() (e.g. once re-created).
    void forgetRemoved(const QList<qint64> &ids);
    // The profile's history was forgotten: no marks, nothing removed, no previous snapshot.
    void forgetHistory();

    static HistoryProfile historyProfileOf(const ConnectionProfile &profile);

Q_SIGNALS:
    // state(), snapshot(), listingFailed() changed.
    void stateChanged();
    // A listing was recorded; the marks and removedWebhooks() follow `diff` (empty after the
    // profile's first snapshot, which has nothing to compare with).
    void changesMarked(const HistorySnapshot &snapshot, const HistoryDiff &diff);
    // One sentence for the user (the history could not be read or written).
    void historyFailed(const QString &message);

private:
    void showProfile(const ConnectionProfile &profile);
    void onLatestLoaded(const HistoryProfile &profile, const HistorySnapshot &snapshot,
                        const WebhookList &webhooks);
    void onCompleted(const WebhookList &rows);
    void onFinished(const ApiError &error);
    void onRecorded(const HistoryProfile &profile, const HistorySnapshot &snapshot,
                    const HistoryDiff &diff);
    void markChanges(const HistoryDiff &diff);
    void reset();
    void setState(State state);

    ProfileSession *m_session;
    WebhookListLoader *m_loader;
    WebhookTableModel *m_model;
    HistoryRecorder *m_recorder;
    HistoryProfile m_profile;
    State m_state = State::Idle;
    HistorySnapshot m_snapshot;
    WebhookList m_snapshotRows; // while ShowingSnapshot: to show again after a clear
    bool m_hasPrevious = false; // the profile has a snapshot to compare the next one with
    bool m_listingFailed = false;
    bool m_writable = true; // false when the recorder opened the history read-only
    HistoryDiff m_lastDiff;
    WebhookList m_removed;
};
