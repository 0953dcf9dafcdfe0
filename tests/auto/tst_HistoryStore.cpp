// HistoryStore: snapshots of complete listings in SQLite, stored as changes only, read back
// as states, pruned, migrated, and safe with damaged files and a second instance.
#include "models/history/HistoryStore.h"

#include "tests/support/WarningGuard.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const HistoryProfile Profile = HistoryProfile::from(QUrl(QStringLiteral("https://api.4me.com/v1")),
                                                    QStringLiteral("wdc"));
const HistoryProfile OtherProfile = HistoryProfile::from(
        QUrl(QStringLiteral("https://api.4me.com/v1")), QStringLiteral("acme"));

Webhook webhook(qint64 id, const QString &name = QStringLiteral("Hook"))
{
    Webhook hook;
    hook.id = id;
    hook.name = name;
    hook.event = QStringLiteral("request.create");
    hook.uri = QStringLiteral("https://user:pw@example.com/hooks/%1?secret=s3cr3t").arg(id);
    hook.createdAt = QStringLiteral("2026-11-01T08:00:00Z");
    return hook;
}

WebhookList webhooks(qint64 first, qint64 count)
{
    WebhookList list;
    for (qint64 id = first; id < first + count; ++id)
        list.append(webhook(id));
    return list;
}

QSet<qint64> idsOf(const WebhookList &list)
{
    QSet<qint64> ids;
    for (const Webhook &hook : list)
        ids.insert(hook.id);
    return ids;
}

// Runs `sql` on the file through a connection of the test's own; returns the first column of
// the first row.
QVariant rawQuery(const QString &file, const QString &sql)
{
    QVariant result;
    {
        QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery query(db);
            if (!query.exec(sql))
                qWarning() << sql << query.lastError().text();
            else if (query.next())
                result = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return result;
}

const QDateTime Now = QDateTime(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC);

} // namespace

class tst_HistoryStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void snapshotsStoreOnlyChanges();
    void stateAtEverySnapshot();
    void diffBetweenSnapshots();
    void recreatedWithNewId();
    void refreshAfterCachedStart();
    void incompleteListingIsNotRecorded();
    void profilesAreSeparate();
    void snapshotAtTime();
    void pruning();
    void pruningKeepsNewest();
    void forgetProfile();
    void migrationFromVersion1();
    void newerSchemaIsReadOnly();
    void damagedFileIsSetAside();
    void lockedByAnotherProgramIsSetAside();
    void secondInstanceIsReadOnly();
    void privatePermissions();
    void noSecretOfTheServiceUrl();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("data/history.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistoryStore::init()
{
    hb::test::failOnUnexpectedWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_HistoryStore::cleanup()
{
    m_dir.reset();
}

void tst_HistoryStore::snapshotsStoreOnlyChanges()
{
    HistoryStore store(path());
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    QVERIFY(store.isWritable());
    QVERIFY(store.notice().isEmpty());

    WebhookList list = webhooks(1, 100);
    const auto first = store.record(Profile, list, HistoryStore::Listing::Complete, Now);
    QVERIFY2(first, qPrintable(store.errorString()));
    QCOMPARE(first->total, 100);
    QCOMPARE(first->created, 100);
    QCOMPARE(first->changed + first->removed, 0);

    list[4].name = QStringLiteral("Renamed");
    list[9].disabled = true;
    list.removeAt(20);
    list.append(webhook(500));
    HistoryDiff diff;
    const auto second
            = store.record(Profile, list, HistoryStore::Listing::Complete, Now.addSecs(60), &diff);
    QVERIFY2(second, qPrintable(store.errorString()));
    QCOMPARE(second->total, 100);
    QCOMPARE(second->created, 1);
    QCOMPARE(second->changed, 2);
    QCOMPARE(second->removed, 1);
    QCOMPARE(diff.created().size(), 1);
    QCOMPARE(diff.changed().size(), 2);
    QCOMPARE(diff.removed().size(), 1);

    const auto third
            = store.record(Profile, list, HistoryStore::Listing::Complete, Now.addSecs(120));
    QVERIFY(third);
    QVERIFY(!third->hasChanges());
    QCOMPARE(store.snapshots(Profile).size(), 3);
    store.close();

    // The second snapshot holds the 4 rows that changed, the third none.
    QCOMPARE(rawQuery(path(),
                      QStringLiteral("SELECT COUNT(*) FROM webhook_versions WHERE "
                                     "snapshot_id = %1")
                              .arg(second->id))
                     .toInt(),
             4);
    QCOMPARE(rawQuery(path(),
                      QStringLiteral("SELECT COUNT(*) FROM webhook_versions WHERE "
                                     "snapshot_id = %1")
                              .arg(third->id))
                     .toInt(),
             0);
}

void tst_HistoryStore::stateAtEverySnapshot()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const WebhookList first = webhooks(1, 5);
    WebhookList second = first;
    second[0].uri = QStringLiteral("https://example.com/moved");
    second.removeLast();
    WebhookList third = second;
    third.append(webhook(5, QStringLiteral("Back again")));
    const auto a = store.record(Profile, first, HistoryStore::Listing::Complete, Now);
    const auto b = store.record(Profile, second, HistoryStore::Listing::Complete, Now.addDays(1));
    const auto c = store.record(Profile, third, HistoryStore::Listing::Complete, Now.addDays(2));
    QVERIFY(a && b && c);
    // A fresh store reads from the file, not from what it wrote.
    store.close();
    HistoryStore reader(path());
    QVERIFY(reader.open());
    QCOMPARE(reader.webhooksAt(Profile, a->id).value(), first);
    QCOMPARE(reader.webhooksAt(Profile, b->id).value(), second);
    QCOMPARE(reader.webhooksAt(Profile, c->id).value(), third);
    QCOMPARE(reader.latestSnapshot(Profile)->id, c->id);
}

void tst_HistoryStore::diffBetweenSnapshots()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    WebhookList list = webhooks(1, 3);
    const auto a = store.record(Profile, list, HistoryStore::Listing::Complete, Now);
    list[1].description = QStringLiteral("described");
    store.record(Profile, list, HistoryStore::Listing::Complete, Now.addSecs(1));
    list[1].mailExceptionsTo = QStringLiteral("ops@example.com");
    list.removeFirst();
    const auto c = store.record(Profile, list, HistoryStore::Listing::Complete, Now.addSecs(2));
    QVERIFY(a && c);
    // Over two snapshots: both field changes of webhook 2, and the removal of 1.
    const std::optional<HistoryDiff> diff = store.diff(Profile, a->id, c->id);
    QVERIFY(diff);
    QCOMPARE(diff->removed().size(), 1);
    QCOMPARE(diff->changed().size(), 1);
    QCOMPARE(diff->changed().constFirst().id, 2);
    QCOMPARE(diff->changed().constFirst().fields.size(), 2);
    QCOMPARE(diff->changed().constFirst().fields.at(0).field, QStringLiteral("description"));
    QCOMPARE(diff->changed().constFirst().fields.at(1).field, QStringLiteral("mail_exceptions_to"));
    QVERIFY(store.diff(Profile, c->id, c->id)->isEmpty());
    QVERIFY(!store.diff(Profile, a->id, 9999));
}

void tst_HistoryStore::recreatedWithNewId()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const Webhook original = webhook(1);
    Webhook again = original;
    again.id = 2;
    store.record(Profile, {original}, HistoryStore::Listing::Complete, Now);
    const auto second
            = store.record(Profile, {again}, HistoryStore::Listing::Complete, Now.addSecs(1));
    QVERIFY(second);
    QCOMPARE(second->created, 1);
    QCOMPARE(second->removed, 1);
    QCOMPARE(second->changed, 0);
}

void tst_HistoryStore::refreshAfterCachedStart()
{
    // The window reads the last snapshot at start, then records its first refresh.
    WebhookList list = webhooks(1, 20);
    {
        HistoryStore store(path());
        QVERIFY(store.open());
        QVERIFY(store.record(Profile, list, HistoryStore::Listing::Complete, Now));
    }
    HistoryStore store(path());
    QVERIFY(store.open());
    QCOMPARE(store.webhooksAt(Profile, store.latestSnapshot(Profile)->id).value(), list);
    list[7].mailExceptionsTo = QStringLiteral("ops@example.com");
    list[8].disabled = true;
    list.removeAt(0);
    HistoryDiff diff;
    const auto refreshed
            = store.record(Profile, list, HistoryStore::Listing::Complete, Now.addSecs(5), &diff);
    QVERIFY(refreshed);
    QCOMPARE(refreshed->changed, 2);
    QCOMPARE(refreshed->removed, 1);
    QCOMPARE(diff.changed().at(0).fields.constFirst().field, QStringLiteral("mail_exceptions_to"));
    QCOMPARE(diff.changed().at(1).fields.constFirst().field, QStringLiteral("disabled"));
    // And unchanged again: nothing.
    const auto again = store.record(Profile, list, HistoryStore::Listing::Complete, Now.addSecs(9));
    QVERIFY(again && !again->hasChanges());
    QCOMPARE(store.webhooksAt(Profile, again->id).value(), list);
}

void tst_HistoryStore::incompleteListingIsNotRecorded()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    QVERIFY(store.record(Profile, webhooks(1, 10), HistoryStore::Listing::Complete, Now));
    // Half a listing would read as five deletions.
    QVERIFY(!store.record(Profile, webhooks(1, 5), HistoryStore::Listing::Incomplete,
                          Now.addSecs(1)));
    QVERIFY(!store.errorString().isEmpty());
    QCOMPARE(store.snapshots(Profile).size(), 1);
    QCOMPARE(store.latestSnapshot(Profile)->total, 10);
}

void tst_HistoryStore::profilesAreSeparate()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    QVERIFY(store.record(Profile, webhooks(1, 3), HistoryStore::Listing::Complete, Now));
    const auto other = store.record(OtherProfile, webhooks(1, 2), HistoryStore::Listing::Complete,
                                    Now.addSecs(1));
    QVERIFY(other);
    QCOMPARE(other->created, 2); // not "1 removed" against the other account
    QCOMPARE(store.snapshots(Profile).size(), 1);
    QCOMPARE(store.snapshots(OtherProfile).size(), 1);
    // A snapshot of one profile is no snapshot of the other.
    QVERIFY(!store.snapshot(Profile, other->id));
    // Two spellings of one service URL are one profile.
    const HistoryProfile spelled = HistoryProfile::from(
            QUrl(QStringLiteral("HTTPS://API.4me.com/v1/")), QStringLiteral("wdc"));
    QCOMPARE(store.snapshots(spelled).size(), 1);
}

void tst_HistoryStore::snapshotAtTime()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const auto a = store.record(Profile, webhooks(1, 1), HistoryStore::Listing::Complete, Now);
    const auto b = store.record(Profile, webhooks(1, 2), HistoryStore::Listing::Complete,
                                Now.addDays(1));
    QVERIFY(a && b);
    QCOMPARE(store.snapshotAt(Profile, Now.addSecs(3600))->id, a->id);
    QCOMPARE(store.snapshotAt(Profile, Now.addDays(1))->id, b->id);
    QVERIFY(!store.snapshotAt(Profile, Now.addSecs(-1)));
}

void tst_HistoryStore::pruning()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    store.setRetentionDays(180);
    // 1 and 2 are never changed again after the first snapshot: their only version lives in
    // a snapshot that pruning deletes.
    WebhookList list = webhooks(1, 4);
    const auto old
            = store.record(Profile, list, HistoryStore::Listing::Complete, Now.addDays(-200));
    list[2].name = QStringLiteral("Changed");
    list.removeLast();
    const auto older
            = store.record(Profile, list, HistoryStore::Listing::Complete, Now.addDays(-190));
    list[2].name = QStringLiteral("Changed again");
    const auto kept
            = store.record(Profile, list, HistoryStore::Listing::Complete, Now.addDays(-10));
    QVERIFY(old && older && kept);
    const WebhookList atKept = store.webhooksAt(Profile, kept->id).value();

    // Recording prunes with the retention.
    const auto latest = store.record(Profile, list, HistoryStore::Listing::Complete, Now);
    QVERIFY(latest);
    const HistorySnapshotList left = store.snapshots(Profile);
    QCOMPARE(left.size(), 2);
    QCOMPARE(left.constFirst().id, kept->id);
    QVERIFY(!store.snapshot(Profile, old->id));
    // The oldest kept snapshot still reads as it was; so does the newest.
    QCOMPARE(store.webhooksAt(Profile, kept->id).value(), atKept);
    QCOMPARE(store.webhooksAt(Profile, latest->id).value(), list);
    store.close();
    QCOMPARE(rawQuery(path(), QStringLiteral("SELECT COUNT(*) FROM webhook_versions")).toInt(), 3);
}

void tst_HistoryStore::pruningKeepsNewest()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    store.setRetentionDays(30);
    QVERIFY(store.record(Profile, webhooks(1, 3), HistoryStore::Listing::Complete,
                         Now.addDays(-400)));
    const auto last = store.record(Profile, webhooks(1, 2), HistoryStore::Listing::Complete,
                                   Now.addDays(-300));
    QVERIFY(last);
    QCOMPARE(store.prune(Now), 0); // already pruned by record(), to the newest
    const HistorySnapshotList left = store.snapshots(Profile);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.constFirst().id, last->id);
    QCOMPARE(idsOf(store.webhooksAt(Profile, last->id).value()), (QSet<qint64>{1, 2}));
}

void tst_HistoryStore::forgetProfile()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const Webhook secretive = webhook(9, QStringLiteral("Forget-me-7f3a"));
    QVERIFY(store.record(Profile, {secretive}, HistoryStore::Listing::Complete, Now));
    QVERIFY(store.record(OtherProfile, webhooks(1, 3), HistoryStore::Listing::Complete, Now));
    QVERIFY2(store.forgetProfile(Profile), qPrintable(store.errorString()));
    QVERIFY(store.snapshots(Profile).isEmpty());
    QCOMPARE(store.snapshots(OtherProfile).size(), 1);
    // Recording again starts afresh: everything is created.
    const auto again = store.record(Profile, webhooks(1, 3), HistoryStore::Listing::Complete,
                                    Now.addSecs(1));
    QVERIFY(again);
    QCOMPARE(again->created, 3);
    store.close();
    // Gone from the file, not only from the tables.
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("Forget-me-7f3a"));
}

void tst_HistoryStore::migrationFromVersion1()
{
    // A database as schema version 1 wrote it: snapshots kept only their total.
    QDir().mkpath(QFileInfo(path()).absolutePath());
    {
        QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        const QStringList statements{
                QStringLiteral("CREATE TABLE profiles (id INTEGER PRIMARY KEY, service_url TEXT "
                               "NOT NULL, account TEXT NOT NULL, UNIQUE (service_url, account))"),
                QStringLiteral("CREATE TABLE snapshots (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                               "profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE "
                               "CASCADE, taken_at INTEGER NOT NULL, total INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX snapshots_by_profile ON snapshots (profile_id, "
                               "taken_at)"),
                QStringLiteral("CREATE TABLE webhook_versions (profile_id INTEGER NOT NULL, "
                               "webhook_id INTEGER NOT NULL, snapshot_id INTEGER NOT NULL, "
                               "removed INTEGER NOT NULL DEFAULT 0, json TEXT, PRIMARY KEY "
                               "(profile_id, webhook_id, snapshot_id)) WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX webhook_versions_by_snapshot ON webhook_versions "
                               "(snapshot_id)"),
                QStringLiteral("INSERT INTO profiles VALUES (1, 'https://api.4me.com/v1', "
                               "'wdc')"),
                QStringLiteral("INSERT INTO snapshots VALUES (1, 1, %1, 2), (2, 1, %2, 2)")
                        .arg(Now.addDays(-2).toMSecsSinceEpoch())
                        .arg(Now.addDays(-1).toMSecsSinceEpoch()),
                // Snapshot 1: webhooks 1 and 2. Snapshot 2: 1 changed, 2 removed, 3 created.
                QStringLiteral(
                        "INSERT INTO webhook_versions VALUES "
                        "(1, 1, 1, 0, '{\"disabled\":false,\"event\":\"request.create\",\"id\":1,"
                        "\"name\":\"One\",\"uri\":\"https://example.com/1\"}'), "
                        "(1, 2, 1, 0, '{\"disabled\":false,\"event\":\"request.create\",\"id\":2,"
                        "\"uri\":\"https://example.com/2\"}'), "
                        "(1, 1, 2, 0, '{\"disabled\":false,\"event\":\"request.create\",\"id\":1,"
                        "\"name\":\"Uno\",\"uri\":\"https://example.com/1\"}'), "
                        "(1, 2, 2, 1, NULL), "
                        "(1, 3, 2, 0, '{\"disabled\":false,\"event\":\"request.create\",\"id\":3,"
                        "\"uri\":\"https://example.com/3\"}')"),
                QStringLiteral("PRAGMA user_version = 1"),
        };
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));

    HistoryStore store(path());
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    QVERIFY(store.isWritable());
    const HistorySnapshotList snapshots = store.snapshots(Profile);
    QCOMPARE(snapshots.size(), 2);
    QCOMPARE(snapshots.at(0).created, 2);
    QCOMPARE(snapshots.at(0).changed, 0);
    QCOMPARE(snapshots.at(1).created, 1);
    QCOMPARE(snapshots.at(1).changed, 1);
    QCOMPARE(snapshots.at(1).removed, 1);
    QCOMPARE(idsOf(store.webhooksAt(Profile, 2).value()), (QSet<qint64>{1, 3}));
    // And it goes on recording in the new schema.
    const auto next = store.record(Profile, store.webhooksAt(Profile, 2).value(),
                                   HistoryStore::Listing::Complete, Now);
    QVERIFY2(next, qPrintable(store.errorString()));
    QVERIFY(!next->hasChanges());
    store.close();
    QCOMPARE(rawQuery(path(), QStringLiteral("PRAGMA user_version")).toInt(),
             HistoryStore::SchemaVersion);
}

void tst_HistoryStore::newerSchemaIsReadOnly()
{
    {
        HistoryStore store(path());
        QVERIFY(store.open());
        QVERIFY(store.record(Profile, webhooks(1, 2), HistoryStore::Listing::Complete, Now));
    }
    rawQuery(path(), QStringLiteral("PRAGMA user_version = 99"));
    HistoryStore store(path());
    QVERIFY(store.open());
    QCOMPARE(store.mode(), HistoryStore::Mode::ReadOnly);
    QVERIFY(store.notice().contains(QStringLiteral("newer")));
    QVERIFY(!store.record(Profile, webhooks(1, 2), HistoryStore::Listing::Complete, Now));
    QCOMPARE(rawQuery(path(), QStringLiteral("PRAGMA user_version")).toInt(), 99);
}

void tst_HistoryStore::damagedFileIsSetAside()
{
    QDir().mkpath(QFileInfo(path()).absolutePath());
    const QByteArray garbage(8192, 'x');
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    HistoryStore store(path());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("moved aside")));
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    QVERIFY(store.isWritable());
    // Reported, with where the old file went ...
    QVERIFY2(store.notice().contains(QStringLiteral("moved aside")), qPrintable(store.notice()));
    const QStringList aside = QDir(QFileInfo(path()).absolutePath())
                                      .entryList({QStringLiteral("history.sqlite.damaged-*")});
    QCOMPARE(aside.size(), 1);
    QVERIFY(store.notice().contains(aside.constFirst()));
    // ... kept as it was ...
    QFile old(QFileInfo(path()).absoluteDir().filePath(aside.constFirst()));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), garbage);
    // ... and a new history works.
    QVERIFY(store.record(Profile, webhooks(1, 2), HistoryStore::Listing::Complete, Now));
}

void tst_HistoryStore::lockedByAnotherProgramIsSetAside()
{
    {
        HistoryStore store(path());
        QVERIFY(store.open());
        QVERIFY(store.record(Profile, webhooks(1, 2), HistoryStore::Listing::Complete, Now));
    }
    // Another program (not a Hookbench: it holds no lock file) keeps an exclusive lock.
    QSqlDatabase other
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
    other.setDatabaseName(path());
    QVERIFY(other.open());
    QSqlQuery lock(other);
    QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));

    HistoryStore store(path());
    store.setBusyTimeout(50);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("moved aside")));
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    QVERIFY(store.isWritable());
    QVERIFY2(store.notice().contains(QStringLiteral("locked")), qPrintable(store.notice()));
    QVERIFY(store.snapshots(Profile).isEmpty());

    lock.exec(QStringLiteral("ROLLBACK"));
    lock = QSqlQuery();
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
}

void tst_HistoryStore::secondInstanceIsReadOnly()
{
    HistoryStore first(path());
    QVERIFY(first.open());
    QVERIFY(first.isWritable());
    const auto snapshot
            = first.record(Profile, webhooks(1, 3), HistoryStore::Listing::Complete, Now);
    QVERIFY(snapshot);

    HistoryStore second(path());
    QVERIFY2(second.open(), qPrintable(second.errorString()));
    QCOMPARE(second.mode(), HistoryStore::Mode::ReadOnly);
    QVERIFY(second.notice().contains(QStringLiteral("read-only")));
    // It reads ...
    QCOMPARE(second.snapshots(Profile).size(), 1);
    QCOMPARE(second.webhooksAt(Profile, snapshot->id).value(), webhooks(1, 3));
    // ... and writes nothing.
    QVERIFY(!second.record(Profile, webhooks(1, 1), HistoryStore::Listing::Complete, Now));
    QVERIFY(!second.forgetProfile(Profile));
    QCOMPARE(first.snapshots(Profile).size(), 1);

    // When the first one ends, the next one writes.
    first.close();
    HistoryStore third(path());
    QVERIFY(third.open());
    QVERIFY(third.isWritable());
}

void tst_HistoryStore::privatePermissions()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    QVERIFY(store.record(Profile, webhooks(1, 2), HistoryStore::Listing::Complete, Now));
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFileInfo(path()).permissions() & others, QFile::Permissions());
    QVERIFY(QFileInfo(path()).permissions() & QFile::ReadOwner);
    store.close();

    // A file that was readable by others is made private on open.
    QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    HistoryStore again(path());
    QVERIFY(again.open());
    QCOMPARE(QFileInfo(path()).permissions() & others, QFile::Permissions());
}

void tst_HistoryStore::noSecretOfTheServiceUrl()
{
    const HistoryProfile profile = HistoryProfile::from(
            QUrl(QStringLiteral("https://admin:hunter22@api.4me.com/v1?token=abc123")),
            QStringLiteral("wdc"));
    QCOMPARE(profile.serviceUrl, QStringLiteral("https://api.4me.com/v1"));
    HistoryStore store(path());
    QVERIFY(store.open());
    QVERIFY(store.record(profile, webhooks(1, 1), HistoryStore::Listing::Complete, Now));
    store.close();
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("hunter22"));
    QVERIFY(!bytes.contains("abc123"));
}

QTEST_GUILESS_MAIN(tst_HistoryStore)
#include "tst_HistoryStore.moc"
