// hookbench-cli and the local history: listings recorded, `history`, and `changes` with its
// exit status (0 nothing changed, 3 something did), run in-process (tests/support/CliHarness)
// against an in-process sandbox, which answers from the command's event loop.
#include "models/Webhook.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "tests/support/CliHarness.h"
#include "tests/support/SandboxClientStore.h"

#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/WarningGuard.h"
#include <memory>

namespace {

const QString Token = QStringLiteral("tok-5ecret-for-history-tests");

QLatin1StringView key(const char *name)
{
    return QLatin1StringView(name);
}

} // namespace

class tst_CliHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listRecordsSnapshots();
    void changesExitStatus();
    void changesBetweenSnapshotsNeedsNoToken();
    void changesUsage_data();
    void changesUsage();
    void changesWithoutSnapshot();
    void notRecorded_data();
    void notRecorded();
    void incompleteListingNotRecorded();
    void filteredListingIsRecordedWhole();

private:
    QProcessEnvironment environment(const QUrl &url, bool withToken = true) const;
    CliResult run(const QStringList &arguments, const QProcessEnvironment &environment);
    QJsonArray snapshots(const QUrl &url);
    QString databasePath() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliHarness> m_cli;
    std::unique_ptr<SandboxServer> m_sandbox;
};

void tst_CliHistory::init()
{
    hb::test::failOnUnexpectedWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliHarness>(m_dir->path());
    SandboxOptions options;
    options.token = Token;
    options.seed = 20;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

void tst_CliHistory::cleanup()
{
    if (m_cli) {
        const QStringList leaks = m_cli->takeLeaks();
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
    m_cli.reset();
    m_sandbox.reset();
    m_dir.reset();
}

QString tst_CliHistory::databasePath() const
{
    return m_dir->filePath(QStringLiteral("data/Hookbench/hookbench/history.sqlite"));
}

QProcessEnvironment tst_CliHistory::environment(const QUrl &url, bool withToken) const
{
    return m_cli->environment(url, withToken ? Token : QString());
}

CliResult tst_CliHistory::run(const QStringList &arguments, const QProcessEnvironment &environment)
{
    return m_cli->run(arguments, environment);
}

QJsonArray tst_CliHistory::snapshots(const QUrl &url)
{
    const CliResult result
            = run({QStringLiteral("history"), QStringLiteral("--format"), QStringLiteral("json")},
                  environment(url, false));
    if (!result.finished || result.exitCode != 0)
        qWarning() << result.diagnostics();
    return QJsonDocument::fromJson(result.out).array();
}

void tst_CliHistory::listRecordsSnapshots()
{
    const QUrl url = m_sandbox->baseUrl();
    QVERIFY(snapshots(url).isEmpty());
    const CliResult list = run({QStringLiteral("list")}, environment(url));
    QVERIFY2(list.finished && list.exitCode == 0, qPrintable(list.diagnostics()));
    QVERIFY2(list.err.isEmpty(), list.err.constData());
    const QString exported = m_dir->filePath(QStringLiteral("all.csv"));
    const CliResult exportRun = run(
            {QStringLiteral("export"), QStringLiteral("--output"), exported}, environment(url));
    QVERIFY2(exportRun.finished && exportRun.exitCode == 0, qPrintable(exportRun.diagnostics()));

    const QJsonArray recorded = snapshots(url);
    QCOMPARE(recorded.size(), 2);
    QCOMPARE(recorded.at(0).toObject().value(key("total")).toInteger(), 20);
    QCOMPARE(recorded.at(0).toObject().value(key("created")).toInteger(), 20);
    QCOMPARE(recorded.at(1).toObject().value(key("created")).toInteger(), 0);
    QCOMPARE(recorded.at(1).toObject().value(key("changed")).toInteger(), 0);

    // The table names the snapshots with their counts.
    const CliResult table = run({QStringLiteral("history")}, environment(url, false));
    QVERIFY2(table.finished && table.exitCode == 0, qPrintable(table.diagnostics()));
    QVERIFY(table.out.contains("TAKEN"));
    QVERIFY(table.out.contains("+20"));

    // The database is private and holds no token.
    QFile database(databasePath());
    QVERIFY(database.open(QIODevice::ReadOnly));
    QVERIFY(!database.readAll().contains(Token.toUtf8()));
    QCOMPARE(
            database.permissions()
                    & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
            QFile::Permissions());
}

void tst_CliHistory::changesExitStatus()
{
    const QUrl url = m_sandbox->baseUrl();
    QVERIFY(run({QStringLiteral("list")}, environment(url)).exitCode == 0);

    // Nothing changed since snapshot 1.
    CliResult result
            = run({QStringLiteral("changes"), QStringLiteral("--since"), QStringLiteral("1")},
                  environment(url));
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
    QVERIFY2(result.out.contains("0 created, 0 changed, 0 removed"), result.out.constData());

    // An administrator renames one, deletes one and re-creates one with a new id.
    SandboxClientStore *store = SandboxClientStore::of(m_sandbox);
    WebhookList before = store->webhooks();
    // The renamed one first: a name that reads the same in JSON and as text.
    const auto plain = std::find_if(before.cbegin(), before.cend(), [](const Webhook &webhook) {
        return !webhook.name.isEmpty() && !webhook.name.contains(u'"')
                && !webhook.name.contains(u'\\');
    });
    QVERIFY(plain != before.cend());
    before.move(plain - before.cbegin(), 0);
    Webhook renamed = before.at(0);
    renamed.name = QStringLiteral("Renamed by someone");
    QVERIFY(store->update(renamed));
    QVERIFY(store->remove(before.at(1).id));
    QVERIFY(store->remove(before.at(2).id));
    Webhook recreated = before.at(2);
    recreated.id = 0;
    const Webhook added = store->add(recreated);

    result = run({QStringLiteral("changes"), QStringLiteral("--since"), QStringLiteral("1"),
                  QStringLiteral("--format"), QStringLiteral("json")},
                 environment(url));
    QVERIFY2(result.finished && result.exitCode == 3, qPrintable(result.diagnostics()));
    const QJsonObject changes = QJsonDocument::fromJson(result.out).object();
    const QJsonArray created = changes.value(key("created")).toArray();
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.at(0).toObject().value(key("id")).toInteger(), added.id);
    const QJsonArray removed = changes.value(key("removed")).toArray();
    QCOMPARE(removed.size(), 2);
    const QJsonArray changed = changes.value(key("changed")).toArray();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).toObject().value(key("id")).toInteger(), renamed.id);
    bool sawName = false;
    for (const QJsonValue &field : changed.at(0).toObject().value(key("fields")).toArray()) {
        if (field.toObject().value(key("field")).toString() == u"name") {
            sawName = true;
            QCOMPARE(field.toObject().value(key("old")).toString(), before.at(0).name);
            QCOMPARE(field.toObject().value(key("new")).toString(), renamed.name);
        }
    }
    QVERIFY(sawName);
    QCOMPARE(changes.value(key("to")).toString(), QStringLiteral("live"));

    // The table says the same, field by field.
    result = run({QStringLiteral("changes"), QStringLiteral("--since"), QStringLiteral("1")},
                 environment(url));
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.out.contains("1 created, 1 changed, 2 removed"), result.out.constData());
    QVERIFY2(result.out.contains("name: \"" + before.at(0).name.toUtf8()
                                 + "\" -> \"Renamed by someone\""),
             result.out.constData());

    // Each `changes` recorded its listing: nothing changed since the last one.
    const QJsonArray recorded = snapshots(url);
    QCOMPARE(recorded.size(), 4);
    const QString last = QString::number(recorded.last().toObject().value(key("id")).toInteger());
    result = run({QStringLiteral("changes"), QStringLiteral("--since"), last}, environment(url));
    QVERIFY2(result.exitCode == 0, qPrintable(result.diagnostics()));

    // --since takes a time too: the last snapshot at or before it.
    result = run({QStringLiteral("changes"), QStringLiteral("--since"),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                 environment(url));
    QVERIFY2(result.exitCode == 0, qPrintable(result.diagnostics()));
}

void tst_CliHistory::changesBetweenSnapshotsNeedsNoToken()
{
    const QUrl url = m_sandbox->baseUrl();
    QCOMPARE(run({QStringLiteral("list")}, environment(url)).exitCode, 0);
    Webhook disabled = SandboxClientStore::of(m_sandbox)->webhooks().at(5);
    disabled.disabled = !disabled.disabled;
    QVERIFY(SandboxClientStore::of(m_sandbox)->update(disabled));
    QCOMPARE(run({QStringLiteral("list")}, environment(url)).exitCode, 0);

    // From the history alone: no token, no request.
    CliResult result = run({QStringLiteral("changes"), QStringLiteral("--since"),
                            QStringLiteral("1"), QStringLiteral("--until"), QStringLiteral("2")},
                           environment(url, false));
    QVERIFY2(result.finished && result.exitCode == 3, qPrintable(result.diagnostics()));
    QVERIFY2(result.out.contains("disabled: "), result.out.constData());
    result = run({QStringLiteral("changes"), QStringLiteral("--since"), QStringLiteral("2"),
                  QStringLiteral("--until"), QStringLiteral("2")},
                 environment(url, false));
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
}

void tst_CliHistory::changesUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no --since") << QStringList{QStringLiteral("changes")};
    QTest::newRow("not a time") << QStringList{QStringLiteral("changes"), QStringLiteral("--since"),
                                               QStringLiteral("yesterday")};
    QTest::newRow("bad --until") << QStringList{QStringLiteral("changes"),
                                                QStringLiteral("--since"), QStringLiteral("1"),
                                                QStringLiteral("--until"), QStringLiteral("-4")};
    QTest::newRow("csv") << QStringList{QStringLiteral("history"), QStringLiteral("--format"),
                                        QStringLiteral("csv")};
}

void tst_CliHistory::changesUsage()
{
    QFETCH(QStringList, arguments);
    const CliResult result = run(arguments, environment(m_sandbox->baseUrl()));
    QVERIFY2(result.finished && result.exitCode == 2, qPrintable(result.diagnostics()));
    QVERIFY(!result.err.isEmpty());
}

void tst_CliHistory::changesWithoutSnapshot()
{
    const QUrl url = m_sandbox->baseUrl();
    // No history yet: an error, not "nothing changed".
    CliResult result
            = run({QStringLiteral("changes"), QStringLiteral("--since"), QStringLiteral("1")},
                  environment(url));
    QVERIFY2(result.finished && result.exitCode == 1, qPrintable(result.diagnostics()));
    QVERIFY2(result.err.contains("no snapshot"), result.err.constData());

    QCOMPARE(run({QStringLiteral("list")}, environment(url)).exitCode, 0);
    result = run({QStringLiteral("changes"), QStringLiteral("--since"),
                  QStringLiteral("2020-01-01T00:00:00Z")},
                 environment(url));
    QVERIFY2(result.finished && result.exitCode == 1, qPrintable(result.diagnostics()));
    QVERIFY2(result.err.contains("the first was taken at"), result.err.constData());
}

void tst_CliHistory::notRecorded_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--no-history") << QStringList{QStringLiteral("--no-history"),
                                                 QStringLiteral("list")};
    QTest::newRow("filtered by state") << QStringList{
            QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("enabled")};
}

void tst_CliHistory::notRecorded()
{
    QFETCH(QStringList, arguments);
    const QUrl url = m_sandbox->baseUrl();
    const CliResult result = run(arguments, environment(url));
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
    QVERIFY(snapshots(url).isEmpty());
}

void tst_CliHistory::incompleteListingNotRecorded()
{
    // A server whose only page says there are 5 webhooks but carries 1 and no next link.
    QHttpServer server;
    server.route(QStringLiteral("/v1/webhooks"), [](const QHttpServerRequest &) {
        QHttpServerResponse response(QByteArrayLiteral("application/json"),
                                     QByteArrayLiteral(R"([{"id":1,"event":"request.create",)"
                                                       R"("uri":"https://example.com/a"}])"));
        response.setHeader(QByteArrayLiteral("X-Pagination-Per-Page"), QByteArrayLiteral("100"));
        response.setHeader(QByteArrayLiteral("X-Pagination-Current-Page"), QByteArrayLiteral("1"));
        response.setHeader(QByteArrayLiteral("X-Pagination-Total-Pages"), QByteArrayLiteral("1"));
        response.setHeader(QByteArrayLiteral("X-Pagination-Total-Entries"), QByteArrayLiteral("5"));
        return response;
    });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
    const CliResult result = run({QStringLiteral("list")}, environment(url));
    QCOMPARE(result.exitCode, 1);
    QVERIFY(snapshots(url).isEmpty());
}

void tst_CliHistory::filteredListingIsRecordedWhole()
{
    // The filters of `list` pick from the whole listing, which is what the history records.
    const QUrl url = m_sandbox->baseUrl();
    const CliResult result
            = run({QStringLiteral("list"), QStringLiteral("--search"),
                   QStringLiteral("no webhook is called this"), QStringLiteral("--with-errors")},
                  environment(url));
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
    QCOMPARE(result.out, QByteArray("No webhooks.\n"));
    const QJsonArray recorded = snapshots(url);
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.at(0).toObject().value(key("total")).toInteger(), 20);
}

QTEST_GUILESS_MAIN(tst_CliHistory)
#include "tst_CliHistory.moc"
