// HistoryStore: snapshots recorded, read, compared, pruned and forgotten. Opening the database,
// creating and migrating its schema is in HistoryStoreSchema.cpp.
#include "models/history/HistoryStore.h"

#include "models/Logging.h"
#include "models/history/HistoryDiff.h"

#include <QAtomicInteger>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("hookbench-history-%1").arg(counter.fetchAndAddRelaxed(1));
}

QByteArray compactJson(const Webhook &webhook)
{
    return QJsonDocument(webhook.toJson()).toJson(QJsonDocument::Compact);
}

QJsonObject parseJson(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

HistorySnapshot readSnapshot(const QSqlQuery &query)
{
    // Columns: id, taken_at, total, created, changed, removed
    HistorySnapshot snapshot;
    snapshot.id = query.value(0).toLongLong();
    snapshot.takenAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    snapshot.total = query.value(2).toLongLong();
    snapshot.created = query.value(3).toLongLong();
    snapshot.changed = query.value(4).toLongLong();
    snapshot.removed = query.value(5).toLongLong();
    return snapshot;
}

const QString SnapshotColumns = QStringLiteral("id, taken_at, total, created, changed, removed");

} // namespace

HistoryStore::HistoryStore(const QString &filePath)
    : m_filePath(filePath), m_connectionName(nextConnectionName())
{ }

HistoryStore::~HistoryStore()
{
    close();
}

QString HistoryStore::defaultFilePath()
{
    // The window's AppDataLocation, whichever program asks: the CLI records into the same
    // history as the window.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("Hookbench/hookbench/history.sqlite"));
}

bool HistoryStore::fail(const QString &message)
{
    // Debug only: callers report errorString() (on their thread: HistoryRecorder::failed()).
    m_error = message;
    qCDebug(lcModel) << "history:" << message;
    return false;
}

bool HistoryStore::failQuery(const QSqlQuery &query, const QString &what)
{
    return fail(tr("The history database could not %1: %2")
                        .arg(what, query.lastError().databaseText()));
}

void HistoryStore::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
    m_mode = Mode::Closed;
    dropCache();
}

void HistoryStore::dropCache()
{
    m_cachedProfileId = 0;
    m_cachedSnapshotId = 0;
    m_cachedState.clear();
    m_cachedWebhooks.clear();
}

std::optional<qint64> HistoryStore::profileId(const HistoryProfile &profile, bool create)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (create) {
        query.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO profiles (service_url, account) VALUES (?, ?)"));
        query.addBindValue(profile.serviceUrl);
        query.addBindValue(profile.account);
        if (!query.exec()) {
            failQuery(query, tr("store the profile"));
            return std::nullopt;
        }
    }
    query.prepare(QStringLiteral("SELECT id FROM profiles WHERE service_url = ? AND account = ?"));
    query.addBindValue(profile.serviceUrl);
    query.addBindValue(profile.account);
    if (!query.exec()) {
        failQuery(query, tr("be read"));
        return std::nullopt;
    }
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<QHash<qint64, QByteArray>> HistoryStore::rawStateAt(qint64 profile, qint64 snapshotId)
{
    if (profile == m_cachedProfileId && snapshotId == m_cachedSnapshotId && snapshotId > 0)
        return m_cachedState;
    QHash<qint64, QByteArray> state;
    if (profile <= 0 || snapshotId <= 0)
        return state;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    // SQLite takes the other columns from the row with the MAX(): each webhook's latest
    // version at or before the snapshot.
    query.prepare(QStringLiteral(
            "SELECT webhook_id, MAX(snapshot_id), removed, json FROM webhook_versions"
            " WHERE profile_id = ? AND snapshot_id <= ? GROUP BY webhook_id"));
    query.addBindValue(profile);
    query.addBindValue(snapshotId);
    if (!query.exec()) {
        failQuery(query, tr("be read"));
        return std::nullopt;
    }
    while (query.next()) {
        if (query.value(2).toInt() == 0)
            state.insert(query.value(0).toLongLong(), query.value(3).toByteArray());
    }
    return state;
}

std::optional<HistorySnapshot> HistoryStore::record(const HistoryProfile &profile,
                                                    const WebhookList &rows, Listing completeness,
                                                    const QDateTime &takenAt, HistoryDiff *diff)
{
    if (completeness != Listing::Complete) {
        fail(tr("An incomplete listing is not recorded in the history."));
        return std::nullopt;
    }
    if (!isWritable()) {
        fail(m_mode == Mode::Closed ? tr("The history is not open.")
                                    : tr("The history is read-only here."));
        return std::nullopt;
    }
    if (!profile.isValid()) {
        fail(tr("A history needs a service URL and an account."));
        return std::nullopt;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        fail(tr("The history database could not start a transaction: %1")
                     .arg(db.lastError().databaseText()));
        return std::nullopt;
    }
    const auto rollback = [&db, this] {
        db.rollback();
        dropCache();
        return std::nullopt;
    };

    const std::optional<qint64> id = profileId(profile, true);
    if (!id)
        return rollback();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT MAX(id) FROM snapshots WHERE profile_id = ?"));
    query.addBindValue(*id);
    if (!query.exec() || !query.next()) {
        failQuery(query, tr("be read"));
        return rollback();
    }
    const qint64 previousId = query.value(0).toLongLong();
    query.finish();
    std::optional<QHash<qint64, QByteArray>> previous = rawStateAt(*id, previousId);
    if (!previous)
        return rollback();

    // What differs from the previous snapshot.
    // A listing with an id twice counts its last row.
    QHash<qint64, Webhook> webhooks;
    webhooks.reserve(rows.size());
    for (const Webhook &webhook : rows)
        webhooks.insert(webhook.id, webhook);
    // With the previous snapshot's Webhook values at hand (the window keeps the store open),
    // an equal value needs no JSON; otherwise the JSON texts decide.
    const bool knownValues = m_cachedProfileId == *id && m_cachedSnapshotId == previousId
            && previousId > 0 && !m_cachedWebhooks.isEmpty();
    QHash<qint64, QByteArray> current;
    current.reserve(webhooks.size());
    QList<qint64> createdIds;
    QList<qint64> changedIds;
    for (auto it = webhooks.constBegin(); it != webhooks.constEnd(); ++it) {
        const auto before = previous->constFind(it.key());
        if (before == previous->constEnd()) {
            createdIds.append(it.key());
            current.insert(it.key(), compactJson(it.value()));
            continue;
        }
        if (knownValues) {
            const auto known = m_cachedWebhooks.constFind(it.key());
            if (known != m_cachedWebhooks.constEnd() && known.value() == it.value()) {
                current.insert(it.key(), before.value());
                continue;
            }
        }
        QByteArray json = compactJson(it.value());
        if (json != before.value()
            && HistoryDiff::fieldChanges(QJsonDocument::fromJson(before.value()).object(),
                                         QJsonDocument::fromJson(json).object())
                       .isEmpty()) {
            // The same settings in other words (a field that reads as empty came or went).
            json = before.value();
        }
        if (json != before.value())
            changedIds.append(it.key());
        current.insert(it.key(), std::move(json));
    }
    QList<qint64> removedIds;
    for (auto it = previous->constBegin(); it != previous->constEnd(); ++it) {
        if (!current.contains(it.key()))
            removedIds.append(it.key());
    }

    HistorySnapshot snapshot;
    snapshot.takenAt = QDateTime::fromMSecsSinceEpoch(takenAt.toMSecsSinceEpoch(), Qt::UTC);
    snapshot.total = current.size();
    snapshot.created = createdIds.size();
    snapshot.changed = changedIds.size();
    snapshot.removed = removedIds.size();
    query.prepare(QStringLiteral("INSERT INTO snapshots (profile_id, taken_at, total, created, "
                                 "changed, removed) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(*id);
    query.addBindValue(snapshot.takenAt.toMSecsSinceEpoch());
    query.addBindValue(snapshot.total);
    query.addBindValue(snapshot.created);
    query.addBindValue(snapshot.changed);
    query.addBindValue(snapshot.removed);
    if (!query.exec()) {
        failQuery(query, tr("record the snapshot"));
        return rollback();
    }
    snapshot.id = query.lastInsertId().toLongLong();

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO webhook_versions (profile_id, webhook_id, "
                                  "snapshot_id, removed, json) VALUES (?, ?, ?, ?, ?)"));
    const auto insertVersion = [&](qint64 webhookId, bool removed) {
        insert.bindValue(0, *id);
        insert.bindValue(1, webhookId);
        insert.bindValue(2, snapshot.id);
        insert.bindValue(3, removed ? 1 : 0);
        insert.bindValue(
                4, removed ? QVariant() : QVariant(QString::fromUtf8(current.value(webhookId))));
        if (insert.exec())
            return true;
        failQuery(insert, tr("record the snapshot"));
        return false;
    };
    for (const qint64 webhookId : std::as_const(createdIds)) {
        if (!insertVersion(webhookId, false))
            return rollback();
    }
    for (const qint64 webhookId : std::as_const(changedIds)) {
        if (!insertVersion(webhookId, false))
            return rollback();
    }
    for (const qint64 webhookId : std::as_const(removedIds)) {
        if (!insertVersion(webhookId, true))
            return rollback();
    }
    if (!db.commit()) {
        fail(tr("The history database could not record the snapshot: %1")
                     .arg(db.lastError().databaseText()));
        return rollback();
    }

    if (diff) {
        HistoryDiff::State before;
        HistoryDiff::State after;
        for (const qint64 webhookId : std::as_const(changedIds)) {
            before.insert(webhookId, parseJson(previous->value(webhookId)));
            after.insert(webhookId, parseJson(current.value(webhookId)));
        }
        for (const qint64 webhookId : std::as_const(createdIds))
            after.insert(webhookId, parseJson(current.value(webhookId)));
        for (const qint64 webhookId : std::as_const(removedIds))
            before.insert(webhookId, parseJson(previous->value(webhookId)));
        *diff = HistoryDiff::compute(before, after);
    }
    m_cachedProfileId = *id;
    m_cachedSnapshotId = snapshot.id;
    m_cachedState = std::move(current);
    m_cachedWebhooks = std::move(webhooks);

    if (prune(takenAt) < 0)
        qCWarning(lcModel) << "history: pruning failed:" << m_error;
    return snapshot;
}

HistorySnapshotList HistoryStore::snapshots(const HistoryProfile &profile)
{
    HistorySnapshotList list;
    if (m_mode == Mode::Closed)
        return list;
    const std::optional<qint64> id = profileId(profile, false);
    if (!id || *id == 0)
        return list;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM snapshots WHERE profile_id = ? ORDER BY id")
                          .arg(SnapshotColumns));
    query.addBindValue(*id);
    if (!query.exec()) {
        failQuery(query, tr("be read"));
        return list;
    }
    while (query.next())
        list.append(readSnapshot(query));
    return list;
}

std::optional<HistorySnapshot> HistoryStore::snapshot(const HistoryProfile &profile, qint64 id)
{
    if (m_mode == Mode::Closed)
        return std::nullopt;
    const std::optional<qint64> owner = profileId(profile, false);
    if (!owner || *owner == 0)
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT %1 FROM snapshots WHERE profile_id = ? AND id = ?")
                          .arg(SnapshotColumns));
    query.addBindValue(*owner);
    query.addBindValue(id);
    if (!query.exec()) {
        failQuery(query, tr("be read"));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return readSnapshot(query);
}

std::optional<HistorySnapshot> HistoryStore::latestSnapshot(const HistoryProfile &profile)
{
    const HistorySnapshotList list = snapshots(profile);
    if (list.isEmpty())
        return std::nullopt;
    return list.constLast();
}

std::optional<HistorySnapshot> HistoryStore::snapshotAt(const HistoryProfile &profile,
                                                        const QDateTime &time)
{
    if (m_mode == Mode::Closed)
        return std::nullopt;
    const std::optional<qint64> id = profileId(profile, false);
    if (!id || *id == 0)
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT %1 FROM snapshots WHERE profile_id = ? AND taken_at <= ?"
                                 " ORDER BY taken_at DESC, id DESC LIMIT 1")
                          .arg(SnapshotColumns));
    query.addBindValue(*id);
    query.addBindValue(time.toMSecsSinceEpoch());
    if (!query.exec()) {
        failQuery(query, tr("be read"));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return readSnapshot(query);
}

std::optional<HistoryDiff::State> HistoryStore::stateAt(const HistoryProfile &profile,
                                                        qint64 snapshotId)
{
    if (!snapshot(profile, snapshotId)) {
        fail(tr("The history of %1 has no snapshot %2.")
                     .arg(profile.displayName())
                     .arg(snapshotId));
        return std::nullopt;
    }
    const std::optional<qint64> id = profileId(profile, false);
    if (!id)
        return std::nullopt;
    const std::optional<QHash<qint64, QByteArray>> raw = rawStateAt(*id, snapshotId);
    if (!raw)
        return std::nullopt;
    HistoryDiff::State state;
    for (auto it = raw->constBegin(); it != raw->constEnd(); ++it)
        state.insert(it.key(), parseJson(it.value()));
    return state;
}

std::optional<WebhookList> HistoryStore::webhooksAt(const HistoryProfile &profile,
                                                    qint64 snapshotId)
{
    if (!snapshot(profile, snapshotId)) {
        fail(tr("The history of %1 has no snapshot %2.")
                     .arg(profile.displayName())
                     .arg(snapshotId));
        return std::nullopt;
    }
    const std::optional<qint64> id = profileId(profile, false);
    if (!id)
        return std::nullopt;
    std::optional<QHash<qint64, QByteArray>> raw = rawStateAt(*id, snapshotId);
    if (!raw)
        return std::nullopt;
    WebhookList webhooks;
    webhooks.reserve(raw->size());
    QHash<qint64, Webhook> byId;
    byId.reserve(raw->size());
    for (auto it = raw->constBegin(); it != raw->constEnd(); ++it) {
        Webhook webhook;
        if (!Webhook::fromJson(parseJson(it.value()), &webhook))
            continue;
        webhooks.append(webhook);
        // Only a value that writes back to the same text may stand for it.
        if (compactJson(webhook) == it.value())
            byId.insert(webhook.id, webhook);
    }
    std::sort(webhooks.begin(), webhooks.end(),
              [](const Webhook &a, const Webhook &b) { return a.id < b.id; });
    // The window reads the latest snapshot at start: keep it for the next record().
    const std::optional<HistorySnapshot> latest = latestSnapshot(profile);
    if (isWritable() && latest && latest->id == snapshotId) {
        m_cachedProfileId = *id;
        m_cachedSnapshotId = snapshotId;
        m_cachedState = std::move(*raw);
        m_cachedWebhooks = std::move(byId);
    }
    return webhooks;
}

std::optional<HistoryDiff> HistoryStore::diff(const HistoryProfile &profile, qint64 fromId,
                                              qint64 toId)
{
    const std::optional<HistoryDiff::State> before = stateAt(profile, fromId);
    if (!before)
        return std::nullopt;
    const std::optional<HistoryDiff::State> after = stateAt(profile, toId);
    if (!after)
        return std::nullopt;
    return HistoryDiff::compute(*before, *after);
}

int HistoryStore::prune(const QDateTime &now)
{
    if (!isWritable()) {
        fail(tr("The history is read-only here."));
        return -1;
    }
    const qint64 cutoff = now.addDays(-qMax(0, m_retentionDays)).toMSecsSinceEpoch();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT DISTINCT profile_id FROM snapshots WHERE taken_at < ?"));
    query.addBindValue(cutoff);
    if (!query.exec()) {
        failQuery(query, tr("be pruned"));
        return -1;
    }
    QList<qint64> profiles;
    while (query.next())
        profiles.append(query.value(0).toLongLong());
    query.finish();
    int pruned = 0;
    for (const qint64 profile : std::as_const(profiles)) {
        const int count = pruneProfile(profile, cutoff);
        if (count < 0)
            return -1;
        pruned += count;
    }
    return pruned;
}

int HistoryStore::pruneProfile(qint64 profile, qint64 cutoffMs)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    // The oldest snapshot kept: the first within the retention, or else the newest.
    query.prepare(QStringLiteral(
            "SELECT COALESCE((SELECT MIN(id) FROM snapshots WHERE profile_id = ?"
            " AND taken_at >= ?), (SELECT MAX(id) FROM snapshots WHERE profile_id = ?))"));
    query.addBindValue(profile);
    query.addBindValue(cutoffMs);
    query.addBindValue(profile);
    if (!query.exec() || !query.next()) {
        failQuery(query, tr("be pruned"));
        return -1;
    }
    const qint64 kept = query.value(0).toLongLong();
    query.finish();
    if (!db.transaction()) {
        fail(tr("The history database could not start a transaction: %1")
                     .arg(db.lastError().databaseText()));
        return -1;
    }
    // Deleted rows are overwritten, not left in free pages: URIs may hold secrets.
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    const auto run = [&](const QString &statement, const QVariantList &values) {
        query.prepare(statement);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (query.exec())
            return true;
        failQuery(query, tr("be pruned"));
        return false;
    };
    // The state at the kept snapshot must not change: each webhook's latest version before
    // it, when live and the latest at or before it, moves into it; the rest goes.
    const bool ok = run(QStringLiteral("UPDATE webhook_versions SET snapshot_id = ?"
                                       " WHERE profile_id = ? AND snapshot_id < ? AND removed = 0"
                                       " AND snapshot_id = (SELECT MAX(q.snapshot_id)"
                                       " FROM webhook_versions q WHERE q.profile_id = ?"
                                       " AND q.webhook_id = webhook_versions.webhook_id"
                                       " AND q.snapshot_id <= ?)"),
                        {kept, profile, kept, profile, kept})
            && run(QStringLiteral(
                           "DELETE FROM webhook_versions WHERE profile_id = ? AND snapshot_id < ?"),
                   {profile, kept})
            && run(QStringLiteral("DELETE FROM snapshots WHERE profile_id = ? AND id < ?"),
                   {profile, kept});
    const int pruned = ok ? query.numRowsAffected() : -1;
    if (!ok || !db.commit()) {
        if (ok)
            fail(db.lastError().databaseText());
        db.rollback();
        pragma.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
        return -1;
    }
    pragma.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    return pruned;
}

bool HistoryStore::forgetProfile(const HistoryProfile &profile)
{
    if (!isWritable())
        return fail(tr("The history is read-only here."));
    const std::optional<qint64> id = profileId(profile, false);
    if (!id)
        return false;
    if (*id == 0)
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    bool ok = db.transaction();
    for (const QString &table : {QStringLiteral("webhook_versions"), QStringLiteral("snapshots")}) {
        if (!ok)
            break;
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE profile_id = ?").arg(table));
        query.addBindValue(*id);
        ok = query.exec();
    }
    if (ok) {
        query.prepare(QStringLiteral("DELETE FROM profiles WHERE id = ?"));
        query.addBindValue(*id);
        ok = query.exec();
    }
    if (!ok || !db.commit()) {
        failQuery(query, tr("forget the history of %1").arg(profile.displayName()));
        db.rollback();
        query.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
        return false;
    }
    query.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    if (m_cachedProfileId == *id)
        dropCache();
    return true;
}
