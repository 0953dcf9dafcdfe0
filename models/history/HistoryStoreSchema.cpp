// HistoryStore, part two: opening the database (open(), openDatabase()), setting a damaged
// or locked one aside (setAside()), creating the schema (createSchema()) and upgrading an
// older one (migrate()). Reading and writing snapshots is in HistoryStore.cpp.
#include "models/history/HistoryStore.h"

#include "models/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString Driver = QStringLiteral("QSQLITE");

// SQLite's primary result codes that decide what open() does.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;

constexpr QFileDevice::Permissions PrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions PrivateFolder
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// Schema version 1 kept no counts in `snapshots`; version 2 added them.
const char *const SchemaStatements[] = {
        "CREATE TABLE profiles ("
        " id INTEGER PRIMARY KEY,"
        " service_url TEXT NOT NULL,"
        " account TEXT NOT NULL,"
        " UNIQUE (service_url, account))",
        "CREATE TABLE snapshots ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
        " taken_at INTEGER NOT NULL," // milliseconds since 1970, UTC
        " total INTEGER NOT NULL,"
        " created INTEGER NOT NULL DEFAULT 0,"
        " changed INTEGER NOT NULL DEFAULT 0,"
        " removed INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX snapshots_by_profile ON snapshots (profile_id, taken_at)",
        // One row per webhook and snapshot in which it was created, changed or removed.
        "CREATE TABLE webhook_versions ("
        " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
        " webhook_id INTEGER NOT NULL,"
        " snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,"
        " removed INTEGER NOT NULL DEFAULT 0," // 1: gone from the listing of this snapshot
        " json TEXT," // Webhook::toJson(), compact; NULL when removed
        " PRIMARY KEY (profile_id, webhook_id, snapshot_id)) WITHOUT ROWID",
        "CREATE INDEX webhook_versions_by_snapshot ON webhook_versions (snapshot_id)",
};

} // namespace

bool HistoryStore::open()
{
    close();
    m_error.clear();
    m_notice.clear();
    if (!QSqlDatabase::isDriverAvailable(Driver)) {
        return fail(tr("Qt's SQLite driver (QSQLITE) is not installed, so no history is kept. "
                       "Install it (on Debian: libqt6sql6-sqlite)."));
    }
    const QFileInfo file(m_filePath);
    const QString folder = file.absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return fail(tr("Could not create the folder %1 for the history.")
                                .arg(QDir::toNativeSeparators(folder)));
        QFile::setPermissions(folder, PrivateFolder);
    }

    // The first instance writes; a second one reads.
    m_lock = std::make_unique<QLockFile>(m_filePath + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0); // held for the instance's lifetime: stale only when it died
    m_mode = m_lock->tryLock(0) ? Mode::ReadWrite : Mode::ReadOnly;
    if (m_mode == Mode::ReadOnly) {
        m_lock.reset();
        m_notice = tr("Another Hookbench is using the history; it is read-only here and this "
                      "instance records nothing until that one ends.");
        if (!QFileInfo::exists(m_filePath)) {
            m_mode = Mode::Closed;
            return fail(m_notice);
        }
    }

    for (int attempt = 0; attempt < 2; ++attempt) {
        switch (openDatabase()) {
        case OpenResult::Ok:
            return true;
        case OpenResult::Failed:
            close();
            return false;
        case OpenResult::Damaged:
        case OpenResult::Locked:
            // Renamed aside (setAside() wrote the notice); start a new database.
            if (m_mode != Mode::ReadWrite) {
                close();
                return false;
            }
            continue;
        }
    }
    close();
    return fail(tr("The history database %1 could not be opened.")
                        .arg(QDir::toNativeSeparators(m_filePath)));
}

HistoryStore::OpenResult HistoryStore::openDatabase()
{
    const bool writable = m_mode == Mode::ReadWrite;
    if (writable) {
        if (!QFileInfo::exists(m_filePath)) {
            // Created empty (a valid empty SQLite database) with private permissions before
            // SQLite opens it; SQLite gives its journal the same permissions.
            QFile create(m_filePath);
            if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
                fail(tr("Could not create the history database %1: %2")
                             .arg(QDir::toNativeSeparators(m_filePath), create.errorString()));
                return OpenResult::Failed;
            }
            create.close();
        }
        QFile::setPermissions(m_filePath, PrivateFile);
    }

    enum class Check { Intact, Damaged, Busy, Unreadable };
    Check check = Check::Intact;
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(Driver, m_connectionName);
        db.setDatabaseName(m_filePath);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs);
        if (!writable)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open()) {
            fail(tr("Could not open the history database %1: %2")
                         .arg(QDir::toNativeSeparators(m_filePath), db.lastError().text()));
            return OpenResult::Failed;
        }
        // A damaged file shows itself at the first read.
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("PRAGMA quick_check"))) {
            if (!query.next() || query.value(0).toString() != u"ok") {
                check = Check::Damaged;
                problem = query.value(0).toString();
            }
        } else {
            problem = query.lastError().databaseText();
            const int code = sqliteCode(query.lastError());
            check = code == SqliteBusy || code == SqliteLocked            ? Check::Busy
                    : code == SqliteCorrupt || code == SqliteNotADatabase ? Check::Damaged
                                                                          : Check::Unreadable;
        }
    }
    switch (check) {
    case Check::Intact:
        break;
    case Check::Busy:
        if (!writable) {
            fail(tr("The history database is locked by another program: %1").arg(problem));
            return OpenResult::Failed;
        }
        if (!setAside(tr("another program kept it locked")))
            return OpenResult::Failed;
        return OpenResult::Locked;
    case Check::Damaged:
        if (!writable) {
            fail(tr("The history database %1 is damaged (%2).")
                         .arg(QDir::toNativeSeparators(m_filePath), problem));
            return OpenResult::Failed;
        }
        if (!setAside(tr("it is damaged (%1)").arg(problem)))
            return OpenResult::Failed;
        return OpenResult::Damaged;
    case Check::Unreadable:
        fail(tr("Could not read the history database %1: %2")
                     .arg(QDir::toNativeSeparators(m_filePath), problem));
        return OpenResult::Failed;
    }

    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        failQuery(query, tr("be read"));
        return OpenResult::Failed;
    }
    const int version = query.value(0).toInt();
    query.finish();
    if (version > SchemaVersion) {
        m_mode = Mode::ReadOnly;
        m_notice = tr("The history was written by a newer Hookbench (schema %1); it is "
                      "read-only here.")
                           .arg(version);
        return OpenResult::Ok;
    }
    if (version == SchemaVersion)
        return OpenResult::Ok;
    if (!writable) {
        fail(tr("The history database has an older schema and another Hookbench is using it; "
                "it becomes available when that one ends."));
        return OpenResult::Failed;
    }
    const bool ok = version == 0 ? createSchema() : migrate(version);
    return ok ? OpenResult::Ok : OpenResult::Failed;
}

bool HistoryStore::setAside(const QString &why)
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    const QString stamp
            = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString aside = m_filePath + QStringLiteral(".damaged-") + stamp;
    if (!QFile::rename(m_filePath, aside)) {
        return fail(tr("The history database %1 cannot be used (%2) and could not be moved "
                       "aside; move or delete it to keep a history again.")
                            .arg(QDir::toNativeSeparators(m_filePath), why));
    }
    // A journal belongs to its database.
    const QString journal = m_filePath + QStringLiteral("-journal");
    if (QFileInfo::exists(journal))
        QFile::rename(journal, aside + QStringLiteral("-journal"));
    m_notice = tr("The history database could not be used (%1). It was moved aside to %2 and "
                  "a new history starts now.")
                       .arg(why, QDir::toNativeSeparators(aside));
    qCWarning(lcModel) << "history:" << m_notice;
    return true;
}

bool HistoryStore::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!db.transaction())
        return fail(tr("The history database could not start a transaction: %1")
                            .arg(db.lastError().databaseText()));
    for (const char *statement : SchemaStatements) {
        if (!query.exec(QString::fromLatin1(statement))) {
            failQuery(query, tr("be created"));
            db.rollback();
            return false;
        }
    }
    query.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
    if (!db.commit())
        return fail(tr("The history database could not be created: %1")
                            .arg(db.lastError().databaseText()));
    return true;
}

bool HistoryStore::migrate(int fromVersion)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!db.transaction())
        return fail(tr("The history database could not start a transaction: %1")
                            .arg(db.lastError().databaseText()));
    const auto run = [&](const QString &statement) {
        if (query.exec(statement))
            return true;
        failQuery(query, tr("be upgraded from schema %1").arg(fromVersion));
        db.rollback();
        return false;
    };
    if (fromVersion < 2) {
        // Version 2 keeps per-snapshot counts; version 1 had only the total. Count them from
        // the versions: a live version whose webhook had no live version before is created.
        for (const char *column : {"created", "changed", "removed"}) {
            if (!run(QStringLiteral("ALTER TABLE snapshots ADD COLUMN %1 INTEGER NOT NULL "
                                    "DEFAULT 0")
                             .arg(QLatin1StringView(column))))
                return false;
        }
        const QString previousLive = QStringLiteral(
                "EXISTS (SELECT 1 FROM webhook_versions p WHERE p.profile_id = v.profile_id"
                " AND p.webhook_id = v.webhook_id AND p.removed = 0 AND p.snapshot_id ="
                " (SELECT MAX(q.snapshot_id) FROM webhook_versions q WHERE"
                " q.profile_id = v.profile_id AND q.webhook_id = v.webhook_id"
                " AND q.snapshot_id < v.snapshot_id))");
        if (!run(QStringLiteral("UPDATE snapshots SET"
                                " removed = (SELECT COUNT(*) FROM webhook_versions v"
                                "  WHERE v.snapshot_id = snapshots.id AND v.removed = 1),"
                                " created = (SELECT COUNT(*) FROM webhook_versions v"
                                "  WHERE v.snapshot_id = snapshots.id AND v.removed = 0"
                                "  AND NOT %1),"
                                " changed = (SELECT COUNT(*) FROM webhook_versions v"
                                "  WHERE v.snapshot_id = snapshots.id AND v.removed = 0"
                                "  AND %1)")
                         .arg(previousLive)))
            return false;
    }
    if (!run(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)))
        return false;
    if (!db.commit())
        return fail(tr("The history database could not be upgraded: %1")
                            .arg(db.lastError().databaseText()));
    qCInfo(lcModel) << "history: upgraded the schema from version" << fromVersion;
    return true;
}
