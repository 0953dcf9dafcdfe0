#pragma once

#include "models/Webhook.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <optional>

// The sandbox's webhooks: an ordered list (ascending id) with the next id, optionally
// persisted to a JSON file.
//
// Every change schedules an atomic save (QSaveFile) a few milliseconds later, so that a
// burst of changes is written once. The save serializes a snapshot on a worker thread, so a
// store of 10,000 webhooks stays responsive; flush() and the destructor wait for it and write
// any change still pending. A store whose file could not be read (corrupt, unreadable) never
// writes to that file. Not thread-safe: use it from the thread that owns it.
class SandboxStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxStore)

public:
    // `filePath` empty: in memory only.
    explicit SandboxStore(const QString &filePath = {}, QObject *parent = nullptr);
    ~SandboxStore() override;

    QString filePath() const { return m_filePath; }

    // Reads the file. A missing file is an empty store. Returns false and sets *error when
    // the file exists but is no sandbox store; the store then stays empty and read-only.
    bool load(QString *error = nullptr);
    // Writes the file now (atomically), after any save in progress. True without a file.
    bool save(QString *error = nullptr);
    // Writes a pending change now; true when nothing is pending.
    bool flush(QString *error = nullptr);
    // A change not yet on disk, or a save in progress.
    bool hasPendingSave() const;
    // Delay between a change and its save, in milliseconds (default 50).
    void setSaveDelay(int milliseconds) { m_saveTimer.setInterval(milliseconds); }

    // When the store is empty, creates `count` realistic webhooks (see SandboxSeeder).
    // Some of them point at `receiverUrl` plus a path when it is valid. Returns the number
    // of webhooks created.
    int seed(int count, const QUrl &receiverUrl = {});

    const WebhookList &webhooks() const { return m_webhooks; }
    qsizetype count() const { return m_webhooks.size(); }
    qint64 nextId() const { return m_nextId; }

    // The webhook with this id, or nullptr. The pointer is valid until the next change.
    const Webhook *find(qint64 id) const;
    // Index in webhooks() of the first webhook whose id is >= id.
    qsizetype lowerBound(qint64 id) const;

    // Assigns id, nodeID and timestamps (created_at and updated_at now, unless set) and
    // appends the webhook. Returns the stored record.
    Webhook add(Webhook webhook);
    // Replaces the webhook with the same id and sets updated_at. False for an unknown id.
    bool update(const Webhook &webhook, bool touch = true);
    // Sets or clears last_error without touching updated_at. False for an unknown id.
    bool setLastError(qint64 id, const QString &lastError);
    bool remove(qint64 id);
    void clear();

    static QString nodeIdFor(qint64 id);
    static QString currentTimestamp();

Q_SIGNALS:
    void changed();
    void saveFailed(const QString &error);

private:
    void scheduleSave();
    void startBackgroundSave();
    void waitForBackgroundSave();
    // Serializes and writes atomically; runs on any thread. Returns an error text or empty.
    static QString writeSnapshot(const QString &filePath, const WebhookList &webhooks,
                                 qint64 nextId);

    QString m_filePath;
    WebhookList m_webhooks; // ascending id
    qint64 m_nextId = 1;
    bool m_readOnly = false;
    bool m_dirty = false; // changed since the last snapshot was taken
    QTimer m_saveTimer;
    QFutureWatcher<QString> m_backgroundSave;
};
