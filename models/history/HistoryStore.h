#pragma once

#include "models/Webhook.h"
#include "models/history/HistoryDiff.h"
#include "models/history/HistoryProfile.h"
#include "models/history/HistorySnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;
class QSqlQuery;

// The local history of complete listings, in one SQLite database (Qt SQL, QSQLITE).
//
// Schema (PRAGMA user_version = SchemaVersion): `profiles` (service URL + account),
// `snapshots` (id, profile, time, counts) and `webhook_versions` (profile, webhook id,
// snapshot, removed flag, the webhook as JSON). A snapshot stores only the webhooks that were
// created, changed or removed since the profile's previous snapshot; the state at a snapshot
// is, per webhook, its latest version at or before that snapshot unless that version says
// "removed". Older schema versions are migrated on open(); a newer one is left read-only.
//
// Files: the database is created with permissions 0600 (webhook URIs may hold secrets) and
// holds no token. `FILE.lock` (QLockFile) marks the instance that writes: a second instance
// opens the database read-only and says so in notice(). A damaged database, or one that
// another program keeps locked, is renamed aside (FILE.damaged-TIME), reported in notice(),
// and a new one is started: never recreated silently.
//
// Every write is one transaction. Errors: functions return false / std::nullopt and set
// errorString() (logged at debug level only: the caller reports it). Threading: use one store from
// one thread only (a Qt SQL connection belongs to the thread that opened it); HistoryRecorder runs
// one on a worker thread.
class HistoryStore final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    enum class Mode { Closed, ReadWrite, ReadOnly };
    // Whether a listing holds every webhook of the account. Only a complete listing is ever
    // recorded: a partial one would read as deletions.
    enum class Listing { Complete, Incomplete };

    static constexpr int SchemaVersion = 2;
    static constexpr int DefaultRetentionDays = 180;

    explicit HistoryStore(const QString &filePath = defaultFilePath());
    ~HistoryStore();

    // history.sqlite in the data directory of the Hookbench window (QStandardPaths
    // AppDataLocation of "Hookbench/hookbench"), which hookbench-cli shares.
    static QString defaultFilePath();

    // Opens (creating or migrating when needed). True when the history can be read;
    // mode() tells whether it can be written; notice() what the user should be told.
    bool open();
    void close();
    Mode mode() const { return m_mode; }
    bool isWritable() const { return m_mode == Mode::ReadWrite; }
    QString filePath() const { return m_filePath; }
    QString errorString() const { return m_error; }
    QString notice() const { return m_notice; }

    // How long SQLite waits for a lock held by another connection before it gives up.
    void setBusyTimeout(int milliseconds) { m_busyTimeoutMs = milliseconds; }
    // Snapshots older than this are pruned (the newest one of a profile is always kept).
    void setRetentionDays(int days) { m_retentionDays = days; }
    int retentionDays() const { return m_retentionDays; }

    // Records a listing as a new snapshot of `profile`, in one transaction, and prunes what
    // is older than the retention. Refuses an incomplete listing. `diff`, when given, receives
    // the difference from the previous snapshot.
    std::optional<HistorySnapshot>
    record(const HistoryProfile &profile, const WebhookList &rows, Listing completeness,
           const QDateTime &takenAt = QDateTime::currentDateTimeUtc(), HistoryDiff *diff = nullptr);

    // The profile's snapshots, oldest first. Empty when there are none (or on error).
    HistorySnapshotList snapshots(const HistoryProfile &profile);
    std::optional<HistorySnapshot> snapshot(const HistoryProfile &profile, qint64 id);
    std::optional<HistorySnapshot> latestSnapshot(const HistoryProfile &profile);
    // The latest snapshot taken at or before `time`.
    std::optional<HistorySnapshot> snapshotAt(const HistoryProfile &profile, const QDateTime &time);

    // The webhooks as they were at a snapshot of the profile, by id. Reading the profile's
    // latest snapshot also prepares the next record() (the window's cached start).
    std::optional<HistoryDiff::State> stateAt(const HistoryProfile &profile, qint64 snapshotId);
    std::optional<WebhookList> webhooksAt(const HistoryProfile &profile, qint64 snapshotId);
    // From the state at snapshot `fromId` to the state at `toId`.
    std::optional<HistoryDiff> diff(const HistoryProfile &profile, qint64 fromId, qint64 toId);

    // Deletes the snapshots older than the retention (keeping the newest of each profile) and
    // folds the versions they held into the oldest kept snapshot. Returns how many snapshots
    // went, or -1 on error.
    int prune(const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Deletes every snapshot of the profile.
    bool forgetProfile(const HistoryProfile &profile);

private:
    enum class OpenResult { Ok, Damaged, Locked, Failed };

    OpenResult openDatabase();
    bool setAside(const QString &why);
    bool createSchema();
    bool migrate(int fromVersion);
    std::optional<qint64> profileId(const HistoryProfile &profile, bool create);
    void dropCache();
    std::optional<QHash<qint64, QByteArray>> rawStateAt(qint64 profile, qint64 snapshotId);
    int pruneProfile(qint64 profile, qint64 cutoffMs);
    bool fail(const QString &message);
    bool failQuery(const QSqlQuery &query, const QString &what);

    QString m_filePath;
    QString m_connectionName;
    QString m_error;
    QString m_notice;
    Mode m_mode = Mode::Closed;
    int m_busyTimeoutMs = 5000;
    int m_retentionDays = DefaultRetentionDays;
    std::unique_ptr<QLockFile> m_lock;

    // The state of the last snapshot written, so that the next record() need not read it.
    qint64 m_cachedProfileId = 0;
    qint64 m_cachedSnapshotId = 0;
    QHash<qint64, QByteArray> m_cachedState; // JSON texts by id
    QHash<qint64, Webhook> m_cachedWebhooks; // the values recorded or read, by id
};
