// hookbench-cli end to end, in-process (CliMain through tests/support/CliHarness) against an
// in-process sandbox: the command's event loop also runs the sandbox. What needs a real
// process (exit status, the real streams, signals, listen) is in tst_CliProcess.
#include "models/CsvWriter.h"
#include "models/EventCatalog.h"
#include "models/ProfileStore.h"
#include "models/Webhook.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/CliHarness.h"
#include "tests/support/CsvReader.h"
#include "tests/support/FaultServer.h"
#include "tests/support/SandboxClientStore.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/WarningGuard.h"
#include <memory>

namespace {

const QString Token = QStringLiteral("tok-5ecret-for-cli-tests");
const QString WrongToken = QStringLiteral("wrong-5ecret-token");

QJsonDocument parseJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString() << bytes.left(200);
    return document;
}

QSet<qint64> idsOf(const WebhookList &webhooks)
{
    QSet<qint64> ids;
    for (const Webhook &webhook : webhooks)
        ids.insert(webhook.id);
    return ids;
}

QSet<qint64> idsOf(const QJsonArray &array)
{
    QSet<qint64> ids;
    for (const QJsonValue &value : array)
        ids.insert(value.toObject().value(QLatin1StringView("id")).toInteger());
    return ids;
}

SandboxOptions sandboxOptions(int seed = 0)
{
    SandboxOptions options;
    options.token = Token;
    options.seed = seed;
    return options;
}

} // namespace

class tst_Cli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Any warning fails the test function; expected ones are declared with ignoreMessage.
    void init() { hb::test::failOnUnexpectedWarnings(); }
    void initTestCase();
    void cleanup();

    void help();
    void commandHelp_data();
    void commandHelp();
    void usageErrors_data();
    void usageErrors();
    void invalidInputSendsNothing_data();
    void invalidInputSendsNothing();

    void listJson();
    void listCsv();
    void listTable();
    void tableFitsTerminal();
    void tableFitsTerminal_data();
    void listStates_data();
    void listStates();
    void listFilters_data();
    void listFilters();
    void exportIsFilteredAndHistoryIsWhole();
    void pagination_data();
    void pagination();
    void rateLimitedListingCompletes();
    void incompleteListing_data();
    void incompleteListing();

    void exportCsv_data();
    void exportCsv();
    void exportJson();
    void exportTenThousand();

    void getWebhook_data();
    void getWebhook();
    void timesAreUtc();
    void unknownWebhook_data();
    void unknownWebhook();
    void createSendsOfferingsAndDiscovery();
    void offeringOptionsAreChecked_data();
    void offeringOptionsAreChecked();
    void createAndNewUriSayVerificationIsPending();
    void createWebhook_data();
    void createWebhook();
    void updateWebhook_data();
    void updateWebhook();
    void updateRejectedByServer();
    void deleteWebhook_data();
    void deleteWebhook();
    void testWebhook_data();
    void testWebhook();
    void events_data();
    void events();
    void eventsWithoutEnums();

    void refusedToken();
    void profile();

private:
    QProcessEnvironment environment(const SandboxServer *sandbox,
                                    const QString &token = Token) const;
    QProcessEnvironment environment(const QUrl &url, const QString &token = Token) const;
    CliResult run(const QStringList &arguments, const QProcessEnvironment &environment,
                  const CliTerminal &terminal = {});
    Webhook storedWebhook(const SandboxServer &sandbox, qint64 id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliHarness> m_cli;
};

QProcessEnvironment tst_Cli::environment(const QUrl &url, const QString &token) const
{
    return m_cli->environment(url, token);
}

QProcessEnvironment tst_Cli::environment(const SandboxServer *sandbox, const QString &token) const
{
    return environment(sandbox ? sandbox->baseUrl() : QUrl(), token);
}

CliResult tst_Cli::run(const QStringList &arguments, const QProcessEnvironment &environment,
                       const CliTerminal &terminal)
{
    return m_cli->run(arguments, environment, terminal);
}

Webhook tst_Cli::storedWebhook(const SandboxServer &sandbox, qint64 id) const
{
    const Webhook *webhook = SandboxClientStore::of(sandbox)->find(id);
    return webhook ? *webhook : Webhook();
}

void tst_Cli::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliHarness>(m_dir->path());
    m_cli->addSecret(Token);
    m_cli->addSecret(WrongToken);
}

void tst_Cli::cleanup()
{
    // Every run of every test: the token never shows in stdout or stderr.
    const QStringList leaks = m_cli->takeLeaks();
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
}

void tst_Cli::help()
{
    const CliResult result = run({QStringLiteral("--help")}, environment(nullptr));
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
    const QString text = QString::fromUtf8(result.out);
    for (const char *expected : {"list",
                                 "export",
                                 "get",
                                 "create",
                                 "update",
                                 "delete",
                                 "test",
                                 "events",
                                 "listen",
                                 "--url",
                                 "--account",
                                 "--account-header",
                                 "--profile",
                                 "HOOKBENCH_TOKEN",
                                 "HOOKBENCH_URL",
                                 "HOOKBENCH_ACCOUNT",
                                 "--format json",
                                 "Exit status",
                                 "4 no webhook with that id",
                                 "ISO 8601 in UTC"}) {
        QVERIFY2(text.contains(QLatin1StringView(expected)), expected);
    }
    QVERIFY(!text.contains(QLatin1StringView("--token")));
}

void tst_Cli::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("expected");
    const auto list = [](std::initializer_list<const char *> items) {
        QStringList result;
        for (const char *item : items)
            result.append(QLatin1StringView(item));
        return result;
    };
    QTest::newRow("list") << QStringLiteral("list")
                          << list({"--state", "--format", "table, json, csv", "--search", "--event",
                                   "--with-errors", "fits its width"});
    QTest::newRow("export") << QStringLiteral("export")
                            << list({"--output", "--state", "--bom", "--no-formula-guard",
                                     "csv, json", "--search", "--event", "--with-errors"});
    QTest::newRow("get") << QStringLiteral("get") << list({"ID", "--format", "table, json"});
    QTest::newRow("create") << QStringLiteral("create")
                            << list({"--event", "--uri", "--name", "--description",
                                     "--mail-exceptions-to", "--disabled", "--format"});
    QTest::newRow("update") << QStringLiteral("update")
                            << list({"ID", "--event", "--uri", "--name", "--description",
                                     "--mail-exceptions-to", "--disabled", "--enabled"});
    QTest::newRow("delete") << QStringLiteral("delete")
                            << list({"ID", "--format", "Nothing is printed on success", "4 no"});
    QTest::newRow("test") << QStringLiteral("test")
                          << list({"ID", "--format", "Nothing is printed on success"});
    QTest::newRow("events") << QStringLiteral("events") << list({"--format"});
}

void tst_Cli::commandHelp()
{
    QFETCH(QString, command);
    QFETCH(QStringList, expected);
    // No URL, account or token is needed for help.
    const CliResult result = run({command, QStringLiteral("--help")}, environment(nullptr, {}));
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
    const QString text = QString::fromUtf8(result.out);
    QVERIFY2(text.startsWith(QStringLiteral("Usage: hookbench-cli [global options] ") + command),
             qPrintable(text));
    for (const QString &option : expected)
        QVERIFY2(text.contains(option), qPrintable(option + u'\n' + text));
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withUrl");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<QString>("message"); // a fragment of stderr

    const auto args = [](std::initializer_list<const char *> items) {
        QStringList result;
        for (const char *item : items)
            result.append(QLatin1StringView(item));
        return result;
    };
    QTest::newRow("no command") << QStringList() << true << true << QStringLiteral("no command");
    QTest::newRow("unknown command")
            << args({"frobnicate"}) << true << true << QStringLiteral("not a command");
    QTest::newRow("mistyped command") << args({"lsit"}) << true << true
                                      << QStringLiteral("'lsit' is not a command. Did you mean "
                                                        "'list'?");
    QTest::newRow("mistyped command, swapped letters")
            << args({"evnets"}) << true << true << QStringLiteral("Did you mean 'events'?");
    QTest::newRow("mistyped global option") << args({"--acount", "wdc", "list"}) << true << true
                                            << QStringLiteral("Did you mean '--account'?");
    QTest::newRow("mistyped command option") << args({"list", "--serch", "x"}) << true << true
                                             << QStringLiteral("Did you mean '--search'?");
    QTest::newRow("unknown event filter")
            << args({"list", "--event", "request.craete"}) << true << true
            << QStringLiteral("'request.craete' is not an event (see 'hookbench-cli events'). "
                              "Did you mean 'request.create'?");
    QTest::newRow("token option") << args({"--token", "abc", "list"}) << true << true
                                  << QStringLiteral("HOOKBENCH_TOKEN");
    QTest::newRow("token option with value") << args({"--token=wrong-5ecret-token", "list"}) << true
                                             << true << QStringLiteral("HOOKBENCH_TOKEN");
    QTest::newRow("token option after command") << args({"list", "--token", "abc"}) << true << true
                                                << QStringLiteral("HOOKBENCH_TOKEN");
    QTest::newRow("unknown global option")
            << args({"--colour", "list"}) << true << true << QStringLiteral("colour");
    QTest::newRow("unknown command option")
            << args({"list", "--colour"}) << true << true << QStringLiteral("colour");
    QTest::newRow("bad format") << args({"list", "--format", "xml"}) << true << true
                                << QStringLiteral("--format must be one of table, json, csv");
    QTest::newRow("csv for get") << args({"get", "1", "--format", "csv"}) << true << true
                                 << QStringLiteral("--format must be one of table, json");
    QTest::newRow("bad state") << args({"list", "--state", "sleeping"}) << true << true
                               << QStringLiteral("--state");
    QTest::newRow("get without id")
            << args({"get"}) << true << true << QStringLiteral("exactly one webhook id");
    QTest::newRow("get two ids") << args({"get", "1", "2"}) << true << true
                                 << QStringLiteral("exactly one webhook id");
    QTest::newRow("id not a number")
            << args({"delete", "abc"}) << true << true << QStringLiteral("not a webhook id");
    QTest::newRow("id zero") << args({"test", "0"}) << true << true
                             << QStringLiteral("not a webhook id");
    QTest::newRow("events with argument")
            << args({"events", "extra"}) << true << true << QStringLiteral("unexpected argument");
    QTest::newRow("create without event")
            << args({"create", "--uri", "https://example.com/in"}) << true << true
            << QStringLiteral("--event EVENT is required");
    QTest::newRow("create without uri") << args({"create", "--event", "request.create"}) << true
                                        << true << QStringLiteral("--uri URI is required");
    QTest::newRow("update without change")
            << args({"update", "3"}) << true << true << QStringLiteral("nothing to change");
    QTest::newRow("enabled and disabled") << args({"update", "3", "--enabled", "--disabled"})
                                          << true << true << QStringLiteral("exclude each other");
    QTest::newRow("export without output")
            << args({"export"}) << true << true << QStringLiteral("--output FILE is required");
    QTest::newRow("export into missing folder")
            << args({"export", "--output", "/nonexistent-hookbench/out.csv"}) << true << true
            << QStringLiteral("does not exist");
    QTest::newRow("bom with json")
            << args({"export", "--output", "x.json", "--format", "json", "--bom"}) << true << true
            << QStringLiteral("CSV only");
    QTest::newRow("bad account header")
            << args({"--account-header", "X-Other", "list"}) << true << true
            << QStringLiteral("--account-header must be one of");
    QTest::newRow("no url") << args({"list"}) << false << true << QStringLiteral("no service URL");
    QTest::newRow("plain http to remote host") << args({"--url", "http://api.4me.com/v1", "list"})
                                               << true << true << QStringLiteral("https://");
    QTest::newRow("relative url") << args({"--url", "api/v1", "list"}) << true << true
                                  << QStringLiteral("absolute");
    QTest::newRow("no token") << args({"list"}) << true << false
                              << QStringLiteral("HOOKBENCH_TOKEN");
    QTest::newRow("unknown profile") << args({"--profile", "nowhere", "list"}) << true << true
                                     << QStringLiteral("no profile named 'nowhere'");
}

void tst_Cli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withUrl);
    QFETCH(bool, withToken);
    QFETCH(QString, message);

    SandboxServer sandbox(sandboxOptions(3));
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const int requestsBefore = sandbox.requestCount();

    const CliResult result = run(
            arguments, environment(withUrl ? &sandbox : nullptr, withToken ? Token : QString()));
    QVERIFY2(result.finished && result.exitCode == 2, qPrintable(result.diagnostics()));
    QVERIFY2(QString::fromUtf8(result.err).contains(message), qPrintable(result.diagnostics()));
    QVERIFY2(result.out.isEmpty(), qPrintable(result.diagnostics()));
    QVERIFY(!result.err.contains("wrong-5ecret-token"));
    QCOMPARE(sandbox.requestCount(), requestsBefore); // nothing was sent
}

void tst_Cli::invalidInputSendsNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const QStringList create{QStringLiteral("create"), QStringLiteral("--event"),
                             QStringLiteral("request.create"), QStringLiteral("--uri"),
                             QStringLiteral("https://example.com/in")};
    QTest::newRow("unknown event")
            << QStringList{QStringLiteral("create"), QStringLiteral("--event"),
                           QStringLiteral("request.explode"), QStringLiteral("--uri"),
                           QStringLiteral("https://example.com/in")}
            << QStringLiteral("--event: “request.explode” is not an event");
    QTest::newRow("legacy event") << QStringList{QStringLiteral("create"),
                                                 QStringLiteral("--event"),
                                                 QStringLiteral("change.create"),
                                                 QStringLiteral("--uri"),
                                                 QStringLiteral("https://example.com/in")}
                                  << QStringLiteral("legacy event");
    QTest::newRow("relative uri") << QStringList{QStringLiteral("create"),
                                                 QStringLiteral("--event"),
                                                 QStringLiteral("request.create"),
                                                 QStringLiteral("--uri"), QStringLiteral("/hooks")}
                                  << QStringLiteral("--uri: Enter an absolute URI");
    QTest::newRow("bad mail address")
            << create + QStringList{QStringLiteral("--mail-exceptions-to"), QStringLiteral("ops@")}
            << QStringLiteral("--mail-exceptions-to: “ops@” is not a valid e-mail address");
    QTest::newRow("description too long")
            << create + QStringList{QStringLiteral("--description"), QString(70000, u'x')}
            << QStringLiteral("--description: The description is 70000 bytes long");
    QTest::newRow("update to bad uri")
            << QStringList{QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("--uri"),
                           QStringLiteral("ftp://example.com/in")}
            << QStringLiteral("--uri: The URI must start with https:// or http://");
}

void tst_Cli::invalidInputSendsNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    SandboxServer sandbox(sandboxOptions(3));
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QList<Webhook> before = SandboxClientStore::of(sandbox)->webhooks();

    const CliResult result = run(arguments, environment(&sandbox));
    QVERIFY2(result.finished && result.exitCode == 2, qPrintable(result.diagnostics()));
    QVERIFY2(QString::fromUtf8(result.err).contains(message), qPrintable(result.diagnostics()));
    QCOMPARE(sandbox.requestCount(), 0);
    QCOMPARE(SandboxClientStore::of(sandbox)->webhooks(), before);
}

void tst_Cli::listJson()
{
    SandboxServer sandbox(sandboxOptions(25));
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const CliResult result
            = run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")},
                  environment(&sandbox));
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QJsonArray array = parseJson(result.out).array();
    QCOMPARE(array.size(), 25);
    QCOMPARE(idsOf(array), idsOf(SandboxClientStore::of(sandbox)->webhooks()));
    // Every field of the table is there, as the API named it.
    for (const QJsonValue &value : array) {
        Webhook parsed;
        QVERIFY(Webhook::fromJson(value.toObject(), &parsed));
        const Webhook stored = storedWebhook(sandbox, parsed.id);
        QCOMPARE(parsed.event, stored.event);
        QCOMPARE(parsed.uri, stored.uri); // JSON keeps the full URI
        QCOMPARE(parsed.disabled, stored.disabled);
        QCOMPARE(parsed.description, stored.description);
        QCOMPARE(parsed.mailExceptionsTo, stored.mailExceptionsTo);
        QCOMPARE(parsed.createdAt, stored.createdAt);
    }
    // Sorted by id.
    for (qsizetype i = 1; i < array.size(); ++i) {
        QVERIFY(array.at(i - 1).toObject().value(QLatin1StringView("id")).toInteger()
                < array.at(i).toObject().value(QLatin1StringView("id")).toInteger());
    }
}

void tst_Cli::listCsv()
{
    SandboxServer sandbox(sandboxOptions(25));
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    Webhook formula = SandboxClientStore::of(sandbox)->webhooks().constFirst();
    formula.name = QStringLiteral("=HYPERLINK(\"x\")");
    QVERIFY(SandboxClientStore::of(sandbox)->update(formula));

    const CliResult result
            = run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")},
                  environment(&sandbox));
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
    QVERIFY(result.out.endsWith("\r\n"));
    QVERIFY(!result.out.startsWith("\xEF\xBB\xBF")); // no BOM on stdout
    const QList<QStringList> records = CsvReader::read(result.out);
    QCOMPARE(records.size(), 26);
    QCOMPARE(records.constFirst(), CsvWriter::headers());
    QSet<qint64> ids;
    for (qsizetype i = 1; i < records.size(); ++i) {
        QCOMPARE(records.at(i).size(), CsvWriter::headers().size());
        ids.insert(records.at(i).constFirst().toLongLong());
    }
    QCOMPARE(ids, idsOf(SandboxClientStore::of(sandbox)->webhooks()));
    QCOMPARE(records.at(1).at(1), QStringLiteral("'=HYPERLINK(\"x\")")); // formula guard
}

void tst_Cli::listTable()
{
    SandboxServer sandbox(sandboxOptions(0));
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    Webhook webhook;
    webhook.name = QStringLiteral("Orders");
    webhook.event = QStringLiteral("request.create");
    webhook.uri = QStringLiteral("https://user:pa55word@hooks.example.com/in?key=hidden-value");
    const qint64 first = SandboxClientStore::of(sandbox)->add(webhook).id;
    webhook.name = QStringLiteral("Audit");
    webhook.event = QStringLiteral("task.update");
    webhook.uri = QStringLiteral("https://audit.example.com/in");
    webhook.disabled = true;
    webhook.lastError = QStringLiteral("404 Not Found");
    const qint64 second = SandboxClientStore::of(sandbox)->add(webhook).id;

    const CliResult result = run({QStringLiteral("list")}, environment(&sandbox));
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
    const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("ID")), qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).contains(QStringLiteral("EVENT")));
    QVERIFY(lines.at(1).startsWith(QString::number(first) + u' '));
    QVERIFY(lines.at(1).contains(QStringLiteral("Orders")));
    QVERIFY(lines.at(1).contains(QStringLiteral("Enabled")));
    QVERIFY(lines.at(2).startsWith(QString::number(second) + u' '));
    QVERIFY(lines.at(2).contains(QStringLiteral("Disabled")));
    QVERIFY(lines.at(2).contains(QStringLiteral("404 Not Found")));
    // Columns line up: the event column starts at the same place in every line.
    const qsizetype eventColumn = lines.at(0).indexOf(QStringLiteral("EVENT"));
    QCOMPARE(lines.at(1).indexOf(QStringLiteral("request.create")), eventColumn);
    QCOMPARE(lines.at(2).indexOf(QStringLiteral("task.update")), eventColumn);
    // A table is for people: the URI's secrets are masked.
    QVERIFY(!result.out.contains("pa55word"));
    QVERIFY(!result.out.contains("hidden-value"));
    QVERIFY(result.out.contains("hooks.example.com"));
}

void tst_Cli::tableFitsTerminal_data()
{
    QTest::addColumn<bool>("terminal");
    QTest::addColumn<int>("terminalColumns"); // what the terminal says
    QTest::addColumn<QString>("columnsVariable"); // $COLUMNS; empty: not set
    QTest::addColumn<int>("expectedWidth"); // 0: no limit

    QTest::newRow("terminal") << true << 90 << QString() << 90;
    QTest::newRow("terminal wins over COLUMNS") << true << 72 << QStringLiteral("200") << 72;
    QTest::newRow("terminal that does not say, COLUMNS")
            << true << 0 << QStringLiteral("100") << 100;
    QTest::newRow("terminal that does not say") << true << 0 << QString() << 80;
    QTest::newRow("pipe with COLUMNS") << false << 0 << QStringLiteral("100") << 100;
    QTest::newRow("pipe") << false << 0 << QString() << 0;
}

void tst_Cli::tableFitsTerminal()
{
    QFETCH(bool, terminal);
    QFETCH(int, terminalColumns);
    QFETCH(QString, columnsVariable);
    QFETCH(int, expectedWidth);
    SandboxServer sandbox(sandboxOptions(40));
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    Webhook longOne = SandboxClientStore::of(sandbox)->webhooks().constFirst();
    longOne.name = QString(150, u'n');
    longOne.uri = QStringLiteral("https://example.com/") + QString(150, u'u');
    longOne.lastError = QStringLiteral("500 ") + QString(150, u'e');
    QVERIFY(SandboxClientStore::of(sandbox)->update(longOne));

    QProcessEnvironment env = environment(&sandbox);
    if (!columnsVariable.isEmpty())
        env.insert(QStringLiteral("COLUMNS"), columnsVariable);
    CliTerminal where;
    where.stdoutIsTerminal = terminal;
    where.columns = terminalColumns;
    const CliResult result = run({QStringLiteral("list")}, env, where);
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
    const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 41); // the long cells were cut, not the rows dropped
    if (expectedWidth > 0) {
        qsizetype widest = 0;
        for (const QString &line : lines)
            widest = std::max(widest, line.size());
        QVERIFY2(widest <= expectedWidth, qPrintable(lines.join(u'\n')));
        QVERIFY(widest >= expectedWidth - 2); // it uses the room it has
        QVERIFY(result.out.contains("…"));
        // The id, event and state always show whole; the URI is cut.
        const QString &row = lines.at(1);
        QVERIFY2(row.startsWith(QString::number(longOne.id) + u' '), qPrintable(row));
        QVERIFY2(row.contains(longOne.event), qPrintable(row));
        QVERIFY2(row.contains(QStringLiteral("https:")), qPrintable(row));
        QVERIFY2(!row.contains(QString(150, u'u')), qPrintable(row));
    } else {
        // Scripts get whole values.
        QVERIFY(!result.out.contains("…"));
        QVERIFY(result.out.contains(QString(150, u'n').toUtf8()));
        QVERIFY(result.out.contains(QString(150, u'u').toUtf8()));
    }
}

void tst_Cli::listStates_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("disabledFilter"); // -1 all, 0 enabled only, 1 disabled only
    QTest::newRow("all") << QStringLiteral("all") << -1;
    QTest::newRow("enabled") << QStringLiteral("enabled") << 0;
    QTest::newRow("disabled") << QStringLiteral("disabled") << 1;
    // Any case, and as the table prints them.
    QTest::newRow("All") << QStringLiteral("All") << -1;
    QTest::newRow("Enabled") << QStringLiteral("Enabled") << 0;
    QTest::newRow("Disabled") << QStringLiteral("Disabled") << 1;
    QTest::newRow("DISABLED") << QStringLiteral("DISABLED") << 1;
}

void tst_Cli::listStates()
{
    QFETCH(QString, state);
    QFETCH(int, disabledFilter);
    SandboxServer sandbox(sandboxOptions(60));
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QSet<qint64> expected;
    for (const Webhook &webhook : SandboxClientStore::of(sandbox)->webhooks()) {
        if (disabledFilter < 0 || webhook.disabled == (disabledFilter == 1))
            expected.insert(webhook.id);
    }
    QVERIFY(!expected.isEmpty());

    const CliResult result = run({QStringLiteral("list"), QStringLiteral("--state"), state,
                                  QStringLiteral("--format"), QStringLiteral("json")},
                                 environment(&sandbox));
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
    QCOMPARE(idsOf(parseJson(result.out).array()), expected);
}

void tst_Cli::listFilters_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("expected"); // names, in id order

    const auto names = [](std::initializer_list<const char *> items) {
        QStringList result;
        for (const char *item : items)
            result.append(QLatin1StringView(item));
        return result;
    };
    QTest::newRow("none") << QStringList()
                          << names({"Orders", "Audit", "Billing", "request.update"});
    QTest::newRow("search in the name, any case")
            << QStringList{QStringLiteral("--search"), QStringLiteral("ORDERS")}
            << names({"Orders"});
    QTest::newRow("search in the URI")
            << QStringList{QStringLiteral("--search"), QStringLiteral("audit.example")}
            << names({"Audit"});
    QTest::newRow("search in the description")
            << QStringList{QStringLiteral("--search"), QStringLiteral("für die buchhaltung")}
            << names({"Billing"});
    QTest::newRow("search in the name the table shows")
            << QStringList{QStringLiteral("--search"), QStringLiteral("request.upd")}
            << names({"request.update"});
    QTest::newRow("search without match")
            << QStringList{QStringLiteral("--search"), QStringLiteral("nowhere")} << QStringList();
    QTest::newRow("one event") << QStringList{QStringLiteral("--event"),
                                              QStringLiteral("task.update")}
                               << names({"Audit"});
    QTest::newRow("events, repeated")
            << QStringList{QStringLiteral("--event"), QStringLiteral("task.update"),
                           QStringLiteral("--event"), QStringLiteral("request.update")}
            << names({"Audit", "request.update"});
    QTest::newRow("events, comma list")
            << QStringList{QStringLiteral("--event"),
                           QStringLiteral("request.create, request.update")}
            << names({"Orders", "Billing", "request.update"});
    QTest::newRow("with errors") << QStringList{QStringLiteral("--with-errors")}
                                 << names({"Audit", "Billing"});
    QTest::newRow("with errors and an event")
            << QStringList{QStringLiteral("--with-errors"), QStringLiteral("--event"),
                           QStringLiteral("request.create")}
            << names({"Billing"});
    QTest::newRow("with errors and a state")
            << QStringList{QStringLiteral("--with-errors"), QStringLiteral("--state"),
                           QStringLiteral("enabled")}
            << names({"Billing"});
}

void tst_Cli::listFilters()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, expected);
    SandboxServer sandbox(sandboxOptions(0));
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const auto add = [&sandbox](const char *name, const char *event, const char *uri,
                                const char *description, const char *lastError, bool disabled) {
        Webhook webhook;
        webhook.name = QString::fromUtf8(name);
        webhook.event = QString::fromUtf8(event);
        webhook.uri = QString::fromUtf8(uri);
        webhook.description = QString::fromUtf8(description);
        webhook.lastError = QString::fromUtf8(lastError);
        webhook.disabled = disabled;
        SandboxClientStore::of(sandbox)->add(webhook);
    };
    add("Orders", "request.create", "https://erp.example.com/orders", "", "", false);
    add("Audit", "task.update", "https://audit.example.com/in", "", "404 Not Found", true);
    add("Billing", "request.create", "https://billing.example.com/in", "Für die Buchhaltung",
        "500 Internal Server Error", false);
    add("", "request.update", "https://erp.example.com/updates", "", "", false);

    // The table and JSON carry the same webhooks.
    const CliResult json = run(
            QStringList{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}
                    + options,
            environment(&sandbox));
    QVERIFY2(json.finished && json.exitCode == 0, qPrintable(json.diagnostics()));
    QStringList names;
    for (const QJsonValue &value : parseJson(json.out).array()) {
        Webhook webhook;
        QVERIFY(Webhook::fromJson(value.toObject(), &webhook));
        names.append(webhook.displayName());
    }
    QCOMPARE(names, expected);

    const CliResult table
            = run(QStringList{QStringLiteral("list")} + options, environment(&sandbox));
    QVERIFY2(table.finished && table.exitCode == 0, qPrintable(table.diagnostics()));
    const QStringList lines = QString::fromUtf8(table.out).split(u'\n', Qt::SkipEmptyParts);
    if (expected.isEmpty()) {
        QCOMPARE(lines, QStringList{QStringLiteral("No webhooks.")});
    } else {
        QCOMPARE(lines.size(), expected.size() + 1);
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(lines.at(i + 1).contains(expected.at(i)), qPrintable(lines.at(i + 1)));
    }
}

void tst_Cli::exportIsFilteredAndHistoryIsWhole()
{
    SandboxServer sandbox(sandboxOptions(30));
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    WebhookList all = SandboxClientStore::of(sandbox)->webhooks();
    QSet<qint64> failing;
    for (qsizetype i = 0; i < all.size(); ++i) {
        Webhook webhook = all.at(i);
        webhook.lastError = i % 3 == 0 ? QStringLiteral("404 Not Found") : QString();
        QVERIFY(SandboxClientStore::of(sandbox)->update(webhook));
        if (i % 3 == 0)
            failing.insert(webhook.id);
    }
    const QString fileName = m_dir->filePath(QStringLiteral("failing.csv"));
    const CliResult result
            = run({QStringLiteral("--no-history"), QStringLiteral("export"),
                   QStringLiteral("--with-errors"), QStringLiteral("--output"), fileName},
                  environment(&sandbox));
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> records = CsvReader::read(file.readAll());
    QSet<qint64> ids;
    for (qsizetype i = 1; i < records.size(); ++i)
        ids.insert(records.at(i).constFirst().toLongLong());
    QCOMPARE(ids, failing);
}

void tst_Cli::pagination_data()
{
    QTest::addColumn<SandboxOptions::Pagination>("pagination");
    QTest::newRow("page numbers") << SandboxOptions::Pagination::Pages;
    QTest::newRow("cursors") << SandboxOptions::Pagination::Cursor;
}

void tst_Cli::pagination()
{
    QFETCH(SandboxOptions::Pagination, pagination);
    SandboxOptions options = sandboxOptions(250);
    options.pagination = pagination;
    SandboxServer sandbox(options);
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    const CliResult result
            = run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")},
                  environment(&sandbox));
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
    const QJsonArray array = parseJson(result.out).array();
    QCOMPARE(array.size(), 250);
    QCOMPARE(idsOf(array), idsOf(SandboxClientStore::of(sandbox)->webhooks()));
    // per_page is capped at 100: 250 webhooks take exactly three pages.
    QCOMPARE(sandbox.requestCount(), 3);
}

void tst_Cli::rateLimitedListingCompletes()
{
    // A server whose burst limit is below the client's pacing: the client meets 429s,
    // announces its waits and still gets every page.
    SandboxOptions options = sandboxOptions(700);
    options.burstLimit = 3;
    options.burstSeconds = 1;
    SandboxServer sandbox(options);
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    const CliResult result
            = run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")},
                  environment(&sandbox));
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
    QCOMPARE(idsOf(parseJson(result.out).array()),
             idsOf(SandboxClientStore::of(sandbox)->webhooks()));
    QVERIFY(sandbox.rateLimitedCount() > 0);
    QVERIFY2(result.err.contains("rate limit reached; waiting"), result.err.constData());
}

void tst_Cli::incompleteListing_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("list") << QStringLiteral("list");
    QTest::newRow("export") << QStringLiteral("export");
}

void tst_Cli::incompleteListing()
{
    QFETCH(QString, command);
    // A server whose only page says there are 5 webhooks but carries 1 and no next link.
    QHttpServer server;
    server.route(QStringLiteral("/v1/webhooks"), [](const QHttpServerRequest &) {
        QHttpServerResponse response(
                QByteArrayLiteral("application/json"),
                QByteArrayLiteral(R"([{"id":1,"name":"a","event":"request.create",)"
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

    const QString fileName = m_dir->filePath(QStringLiteral("incomplete.csv"));
    {
        QFile earlier(fileName);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("earlier export\r\n");
    }
    QStringList arguments{command};
    if (command == u"export")
        arguments << QStringLiteral("--output") << fileName;
    else
        arguments << QStringLiteral("--format") << QStringLiteral("csv");

    const CliResult result = run(arguments, environment(url));
    QVERIFY2(result.finished && result.exitCode == 1, qPrintable(result.diagnostics()));
    QCOMPARE(result.err.count('\n'), 1); // one line
    QVERIFY2(result.err.contains("1 of 5"), result.err.constData());
    QVERIFY2(result.out.isEmpty(), result.out.constData()); // no partial listing either
    QFile earlier(fileName);
    QVERIFY(earlier.open(QIODevice::ReadOnly));
    QCOMPARE(earlier.readAll(), QByteArrayLiteral("earlier export\r\n"));
}

void tst_Cli::exportCsv_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("byteOrderMark");
    QTest::addColumn<QString>("formulaCell");

    const QString formula = QStringLiteral("=1+2");
    QTest::newRow("defaults") << QStringList() << false << QStringLiteral("'=1+2");
    QTest::newRow("bom") << QStringList{QStringLiteral("--bom")} << true << QStringLiteral("'=1+2");
    QTest::newRow("no formula guard")
            << QStringList{QStringLiteral("--no-formula-guard")} << false << formula;
    QTest::newRow("bom, no formula guard")
            << QStringList{QStringLiteral("--bom"), QStringLiteral("--no-formula-guard")} << true
            << formula;
}

void tst_Cli::exportCsv()
{
    QFETCH(QStringList, options);
    QFETCH(bool, byteOrderMark);
    QFETCH(QString, formulaCell);

    SandboxServer sandbox(sandboxOptions(30));
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    Webhook webhook = SandboxClientStore::of(sandbox)->webhooks().constFirst();
    webhook.description = QStringLiteral("=1+2");
    QVERIFY(SandboxClientStore::of(sandbox)->update(webhook));

    const QString fileName = m_dir->filePath(
            QStringLiteral("export-%1.csv")
                    .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    const CliResult result = run(
            QStringList{QStringLiteral("export"), QStringLiteral("--output"), fileName} + options,
            environment(&sandbox));
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.isEmpty(), result.err.constData()); // no progress outside a terminal

    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), byteOrderMark);
    const QList<QStringList> records = CsvReader::read(bytes);
    QCOMPARE(records.size(), 31);
    QCOMPARE(records.constFirst(), CsvWriter::headers());
    const qsizetype descriptionColumn = CsvWriter::headers().indexOf(QStringLiteral("description"));
    QCOMPARE(records.at(1).constFirst(), QString::number(webhook.id));
    QCOMPARE(records.at(1).at(descriptionColumn), formulaCell);
}

void tst_Cli::exportJson()
{
    SandboxServer sandbox(sandboxOptions(30));
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString fileName = m_dir->filePath(QStringLiteral("export.json"));
    const CliResult result = run({QStringLiteral("export"), QStringLiteral("--state"),
                                  QStringLiteral("enabled"), QStringLiteral("--format"),
                                  QStringLiteral("json"), QStringLiteral("-o"), fileName},
                                 environment(&sandbox));
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray array = parseJson(file.readAll()).array();
    QSet<qint64> enabled;
    for (const Webhook &webhook : SandboxClientStore::of(sandbox)->webhooks()) {
        if (!webhook.disabled)
            enabled.insert(webhook.id);
    }
    QCOMPARE(idsOf(array), enabled);
}

void tst_Cli::exportTenThousand()
{
    SandboxServer sandbox(sandboxOptions(10000));
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QCOMPARE(SandboxClientStore::of(sandbox)->count(), 10000);
    const QString fileName = m_dir->filePath(QStringLiteral("ten-thousand.csv"));

    const CliResult result = run({QStringLiteral("export"), QStringLiteral("--output"), fileName},
                                 environment(&sandbox));
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
    // stderr says nothing but, should the pacer have met a 429 after all, that it waits.
    const QList<QByteArray> lines = result.err.trimmed().split('\n');
    for (const QByteArray &line : lines)
        QVERIFY2(line.isEmpty() || line.contains("rate limit reached; waiting"), line.constData());
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> records = CsvReader::read(file.readAll());
    QCOMPARE(records.size(), 10001);
    QSet<qint64> ids;
    for (qsizetype i = 1; i < records.size(); ++i)
        ids.insert(records.at(i).constFirst().toLongLong());
    QCOMPARE(ids.size(), 10000);
    QCOMPARE(ids, idsOf(SandboxClientStore::of(sandbox)->webhooks()));
    // Every page was answered once; how rarely the pacer meets a 429 is measured by
    // scripts/bench (list_10k_throttled_429) with the server in its own process.
    QCOMPARE(sandbox.requestCount() - sandbox.rateLimitedCount(), 100);
}

void tst_Cli::getWebhook_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("table") << false;
    QTest::newRow("json") << true;
}

void tst_Cli::getWebhook()
{
    QFETCH(bool, json);
    SandboxServer sandbox(sandboxOptions(0));
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    Webhook webhook;
    webhook.name = QStringLiteral("Orders to ERP");
    webhook.event = QStringLiteral("request.status-changed");
    webhook.uri = QStringLiteral("https://erp.example.com/in?secret=s3cr3t-value");
    webhook.description = QStringLiteral("First line\nSecond line");
    webhook.mailExceptionsTo = QStringLiteral("ops@example.com");
    const Webhook stored = SandboxClientStore::of(sandbox)->add(webhook);

    QStringList arguments{QStringLiteral("get"), QString::number(stored.id)};
    if (json)
        arguments << QStringLiteral("--format") << QStringLiteral("json");
    const CliResult result = run(arguments, environment(&sandbox));
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
    if (json) {
        Webhook parsed;
        QVERIFY(Webhook::fromJson(parseJson(result.out).object(), &parsed));
        QCOMPARE(parsed.id, stored.id);
        QCOMPARE(parsed.name, stored.name);
        QCOMPARE(parsed.uri, stored.uri);
        QCOMPARE(parsed.description, stored.description);
        QCOMPARE(parsed.mailExceptionsTo, stored.mailExceptionsTo);
        QCOMPARE(parsed.createdAt, stored.createdAt);
    } else {
        const QString text = QString::fromUtf8(result.out);
        QVERIFY2(text.contains(QStringLiteral("ID:")), qPrintable(text));
        QVERIFY(text.contains(QString::number(stored.id)));
        QVERIFY(text.contains(QStringLiteral("Orders to ERP")));
        QVERIFY(text.contains(QStringLiteral("request.status-changed")));
        QVERIFY(text.contains(QStringLiteral("ops@example.com")));
        QVERIFY(text.contains(QStringLiteral("Second line")));
        QVERIFY(text.contains(QStringLiteral("erp.example.com")));
        QVERIFY(!text.contains(QStringLiteral("s3cr3t-value")));
    }
}

void tst_Cli::timesAreUtc()
{
    // The server writes its offset; text output shows UTC, JSON keeps the server's text.
    FaultServer server;
    QVERIFY(server.listen());
    server.setHandler([](const FaultServer::Request &) {
        return FaultServer::json(200,
                                 R"({"id":7,"name":"Hook","event":"request.create",)"
                                 R"("uri":"https://hooks.example.com/in",)"
                                 R"("created_at":"2016-03-17T16:36:11-06:00",)"
                                 R"("updated_at":"2026-12-02T15:05:00+01:00"})");
    });
    const CliResult text
            = run({QStringLiteral("get"), QStringLiteral("7")}, environment(server.baseUrl()));
    QVERIFY2(text.finished && text.exitCode == 0, qPrintable(text.diagnostics()));
    const QStringList lines = QString::fromUtf8(text.out).split(u'\n');
    QVERIFY2(lines.contains(QStringLiteral("Created: 2016-03-17T22:36:11Z")), text.out.constData());
    QVERIFY2(lines.contains(QStringLiteral("Updated: 2026-12-02T14:05:00Z")), text.out.constData());

    const CliResult json = run({QStringLiteral("get"), QStringLiteral("7"),
                                QStringLiteral("--format"), QStringLiteral("json")},
                               environment(server.baseUrl()));
    QVERIFY2(json.finished && json.exitCode == 0, qPrintable(json.diagnostics()));
    QCOMPARE(parseJson(json.out).object().value(u"created_at").toString(),
             QStringLiteral("2016-03-17T16:36:11-06:00"));
}

void tst_Cli::unknownWebhook_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("get") << QStringList{QStringLiteral("get"), QStringLiteral("999999")};
    QTest::newRow("update") << QStringList{QStringLiteral("update"), QStringLiteral("999999"),
                                           QStringLiteral("--name"), QStringLiteral("x")};
    QTest::newRow("delete") << QStringList{QStringLiteral("delete"), QStringLiteral("999999")};
    QTest::newRow("test") << QStringList{QStringLiteral("test"), QStringLiteral("999999")};
}

void tst_Cli::unknownWebhook()
{
    QFETCH(QStringList, arguments);
    SandboxServer sandbox(sandboxOptions(3));
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const CliResult result = run(arguments, environment(&sandbox));
    // One sentence and its own exit status, not the HTTP status and the server's words.
    QVERIFY2(result.finished && result.exitCode == 4, qPrintable(result.diagnostics()));
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.err.startsWith("hookbench-cli: webhook 999999 does not exist"),
             result.err.constData());
    QVERIFY2(!result.err.contains("404") && !result.err.contains("HTTP"), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QCOMPARE(SandboxClientStore::of(sandbox)->count(), 3);
}

void tst_Cli::createSendsOfferingsAndDiscovery()
{
    FaultServer server;
    QVERIFY(server.listen());
    server.setHandler([](const FaultServer::Request &request) {
        QJsonObject created = QJsonDocument::fromJson(request.body).object();
        created.insert(QStringLiteral("id"), 31);
        return FaultServer::json(201, QJsonDocument(created).toJson(QJsonDocument::Compact));
    });
    const CliResult result
            = run({QStringLiteral("create"), QStringLiteral("--event"),
                   QStringLiteral("app_instance.create"), QStringLiteral("--uri"),
                   QStringLiteral("https://hooks.example.com/apps"),
                   QStringLiteral("--app-offering-reference"), QStringLiteral("crm"),
                   QStringLiteral("--app-offering-reference"), QStringLiteral("wdc-app"),
                   QStringLiteral("--openid-connect-discovery")},
                  environment(server.baseUrl()));
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
    QCOMPARE(server.requestCount("POST"), 1);
    QJsonObject sent;
    for (const FaultServer::Request &request : server.requests()) {
        if (request.method == "POST")
            sent = QJsonDocument::fromJson(request.body).object();
    }
    QCOMPARE(sent.value(u"app_offering_references"),
             QJsonValue(QJsonArray{QStringLiteral("crm"), QStringLiteral("wdc-app")}));
    QCOMPARE(sent.value(u"openid_connect_discovery"), QJsonValue(true));
    QVERIFY2(result.out.contains("crm, wdc-app"), result.out.constData());
}

void tst_Cli::offeringOptionsAreChecked_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("references on a request event")
            << QStringList{QStringLiteral("create"),
                           QStringLiteral("--event"),
                           QStringLiteral("request.create"),
                           QStringLiteral("--uri"),
                           QStringLiteral("https://hooks.example.com/in"),
                           QStringLiteral("--app-offering-reference"),
                           QStringLiteral("crm")}
            << QStringLiteral("--app-offering-reference");
    QTest::newRow("discovery on and off")
            << QStringList{QStringLiteral("update"), QStringLiteral("4"),
                           QStringLiteral("--openid-connect-discovery"),
                           QStringLiteral("--no-openid-connect-discovery")}
            << QStringLiteral("exclude each other");
}

void tst_Cli::offeringOptionsAreChecked()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    FaultServer server;
    QVERIFY(server.listen());
    const CliResult result = run(arguments, environment(server.baseUrl()));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), qPrintable(result.diagnostics()));
    QCOMPARE(server.requestCount(), 0); // nothing was sent
}

void tst_Cli::createAndNewUriSayVerificationIsPending()
{
    SandboxServer sandbox(sandboxOptions(0));
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const CliResult created = run({QStringLiteral("create"), QStringLiteral("--event"),
                                   QStringLiteral("request.create"), QStringLiteral("--uri"),
                                   QStringLiteral("https://hooks.example.com/in"),
                                   QStringLiteral("--format"), QStringLiteral("json")},
                                  environment(&sandbox));
    QVERIFY2(created.finished && created.exitCode == 0, qPrintable(created.diagnostics()));
    QVERIFY2(created.err.contains("awaits verification"), qPrintable(created.diagnostics()));
    const qint64 id = parseJson(created.out).object().value(u"id").toInteger();
    QVERIFY(id > 0);

    // The mark is kept between runs: an update of the unverified webhook says so again.
    const CliResult renamed = run({QStringLiteral("update"), QString::number(id),
                                   QStringLiteral("--name"), QStringLiteral("Renamed")},
                                  environment(&sandbox));
    QVERIFY2(renamed.exitCode == 0, qPrintable(renamed.diagnostics()));
    QVERIFY2(renamed.err.contains("awaits verification"), qPrintable(renamed.diagnostics()));

    // A webhook Hookbench did not create or move needs nothing.
    Webhook other;
    other.event = QStringLiteral("request.create");
    other.uri = QStringLiteral("https://hooks.example.com/other");
    const Webhook stored = SandboxClientStore::of(sandbox)->add(other);
    const CliResult plainUpdate = run({QStringLiteral("update"), QString::number(stored.id),
                                       QStringLiteral("--name"), QStringLiteral("Quiet")},
                                      environment(&sandbox));
    QVERIFY2(plainUpdate.exitCode == 0, qPrintable(plainUpdate.diagnostics()));
    QVERIFY2(!plainUpdate.err.contains("verification"), qPrintable(plainUpdate.diagnostics()));
    const CliResult moved
            = run({QStringLiteral("update"), QString::number(stored.id), QStringLiteral("--uri"),
                   QStringLiteral("https://hooks.example.com/moved")},
                  environment(&sandbox));
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.diagnostics()));
    QVERIFY2(moved.err.contains("awaits verification"), qPrintable(moved.diagnostics()));
}

void tst_Cli::createWebhook_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("json");
    QTest::addColumn<bool>("disabled");
    QTest::addColumn<int>("createStatus");

    QTest::newRow("table") << QStringList() << false << false << 201;
    QTest::newRow("json") << QStringList{QStringLiteral("--format"), QStringLiteral("json")} << true
                          << false << 201;
    QTest::newRow("disabled") << QStringList{QStringLiteral("--disabled")} << false << true << 201;
    QTest::newRow("server answers 200")
            << QStringList{QStringLiteral("--format"), QStringLiteral("json")} << true << false
            << 200;
}

void tst_Cli::createWebhook()
{
    QFETCH(QStringList, options);
    QFETCH(bool, json);
    QFETCH(bool, disabled);
    QFETCH(int, createStatus);
    SandboxOptions sandboxSettings = sandboxOptions(2);
    sandboxSettings.createStatus = createStatus;
    SandboxServer sandbox(sandboxSettings);
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    const CliResult result
            = run(QStringList{QStringLiteral("create"), QStringLiteral("--event"),
                              QStringLiteral("problem.update"), QStringLiteral("--uri"),
                              QStringLiteral("https://hooks.example.com/problems"),
                              QStringLiteral("--name"), QStringLiteral("Problems"),
                              QStringLiteral("--description"), QStringLiteral("Für die Leitstelle"),
                              QStringLiteral("--mail-exceptions-to"),
                              QStringLiteral("ops@example.com, lead@example.com")}
                          + options,
                  environment(&sandbox));
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
    QCOMPARE(sandbox.createCount(), 1);
    QCOMPARE(SandboxClientStore::of(sandbox)->count(), 3);
    const Webhook created = SandboxClientStore::of(sandbox)->webhooks().constLast();
    QCOMPARE(created.event, QStringLiteral("problem.update"));
    QCOMPARE(created.uri, QStringLiteral("https://hooks.example.com/problems"));
    QCOMPARE(created.name, QStringLiteral("Problems"));
    QCOMPARE(created.description, QStringLiteral("Für die Leitstelle"));
    QCOMPARE(created.mailExceptionsTo, QStringLiteral("ops@example.com, lead@example.com"));
    QCOMPARE(created.disabled, disabled);

    if (json) {
        Webhook printed;
        QVERIFY(Webhook::fromJson(parseJson(result.out).object(), &printed));
        QCOMPARE(printed.id, created.id);
        QCOMPARE(printed.name, created.name);
        QCOMPARE(printed.createdAt, created.createdAt);
    } else {
        const QString text = QString::fromUtf8(result.out);
        QVERIFY2(text.contains(QString::number(created.id)), qPrintable(text));
        QVERIFY(text.contains(disabled ? QStringLiteral("Disabled") : QStringLiteral("Enabled")));
        QVERIFY(text.contains(QStringLiteral("Für die Leitstelle")));
    }
}

void tst_Cli::updateWebhook_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("disabled");
    QTest::addColumn<bool>("json");

    QTest::newRow("rename and disable")
            << QStringList{QStringLiteral("--name"), QStringLiteral("Renamed"),
                           QStringLiteral("--disabled")}
            << QStringLiteral("Renamed") << true << false;
    QTest::newRow("enable, json") << QStringList{QStringLiteral("--enabled"),
                                                 QStringLiteral("--format"), QStringLiteral("json")}
                                  << QStringLiteral("Original") << false << true;
}

void tst_Cli::updateWebhook()
{
    QFETCH(QStringList, options);
    QFETCH(QString, name);
    QFETCH(bool, disabled);
    QFETCH(bool, json);
    SandboxServer sandbox(sandboxOptions(0));
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    Webhook webhook;
    webhook.name = QStringLiteral("Original");
    webhook.event = QStringLiteral("request.create");
    webhook.uri = QStringLiteral("https://hooks.example.com/in");
    webhook.description = QStringLiteral("kept");
    webhook.disabled = !disabled;
    const Webhook before = SandboxClientStore::of(sandbox)->add(webhook);

    const CliResult result
            = run(QStringList{QStringLiteral("update"), QString::number(before.id)} + options,
                  environment(&sandbox));
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
    const Webhook after = storedWebhook(sandbox, before.id);
    QCOMPARE(after.name, name);
    QCOMPARE(after.disabled, disabled);
    QCOMPARE(after.description, QStringLiteral("kept"));
    QCOMPARE(after.uri, before.uri);
    if (json) {
        Webhook printed;
        QVERIFY(Webhook::fromJson(parseJson(result.out).object(), &printed));
        QCOMPARE(printed.id, before.id);
        QCOMPARE(printed.disabled, disabled);
        QCOMPARE(printed.updatedAt, after.updatedAt);
    } else {
        QVERIFY2(result.out.contains(name.toUtf8()), result.out.constData());
    }
}

void tst_Cli::updateRejectedByServer()
{
    // The stored webhook breaks a rule the server checks on every update; the command line
    // only changes the name, which is fine locally: the server's 422 is an API error.
    SandboxServer sandbox(sandboxOptions(0));
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    Webhook webhook;
    webhook.event = QStringLiteral("request.create");
    webhook.uri = QStringLiteral("https://hooks.example.com/in");
    webhook.mailExceptionsTo = QStringLiteral("not-an-address");
    const Webhook stored = SandboxClientStore::of(sandbox)->add(webhook);

    const CliResult result = run({QStringLiteral("update"), QString::number(stored.id),
                                  QStringLiteral("--name"), QStringLiteral("New name")},
                                 environment(&sandbox));
    QVERIFY2(result.finished && result.exitCode == 1, qPrintable(result.diagnostics()));
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.err.contains("Mail exceptions to is invalid"), result.err.constData());
    QVERIFY2(result.err.contains("Validation Failed"), result.err.constData());
    QCOMPARE(storedWebhook(sandbox, stored.id).name, stored.name);
}

void tst_Cli::deleteWebhook_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("table") << false;
    QTest::newRow("json") << true;
}

void tst_Cli::deleteWebhook()
{
    QFETCH(bool, json);
    SandboxServer sandbox(sandboxOptions(5));
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const qint64 id = SandboxClientStore::of(sandbox)->webhooks().at(2).id;

    QStringList arguments{QStringLiteral("delete"), QString::number(id)};
    if (json)
        arguments << QStringLiteral("--format") << QStringLiteral("json");
    const CliResult result = run(arguments, environment(&sandbox));
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
    QVERIFY(!SandboxClientStore::of(sandbox)->find(id));
    QCOMPARE(SandboxClientStore::of(sandbox)->count(), 4);
    // Nothing on success, as the README says (and the API: 204, no body).
    QVERIFY2(result.out.isEmpty(), result.out.constData());
    QVERIFY2(result.err.isEmpty(), result.err.constData());

    // A second delete of the same id: one clear sentence and exit status 4.
    const CliResult again = run(arguments, environment(&sandbox));
    QVERIFY2(again.finished && again.exitCode == 4, qPrintable(again.diagnostics()));
    QCOMPARE(QString::fromUtf8(again.err),
             QStringLiteral("hookbench-cli: webhook %1 does not exist (it may have been deleted "
                            "already).\n")
                     .arg(id));
    QVERIFY(again.out.isEmpty());
    QCOMPARE(SandboxClientStore::of(sandbox)->count(), 4);
}

void tst_Cli::testWebhook_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("table") << false;
    QTest::newRow("json") << true;
}

void tst_Cli::testWebhook()
{
    QFETCH(bool, json);
    SandboxServer sandbox(sandboxOptions(0));
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    // A disabled webhook whose receiver does not exist: the test is accepted (204) anyway.
    Webhook webhook;
    webhook.event = QStringLiteral("request.create");
    webhook.uri = QStringLiteral("http://127.0.0.1:9/nothing-listens-here");
    webhook.disabled = true;
    const qint64 id = SandboxClientStore::of(sandbox)->add(webhook).id;

    QStringList arguments{QStringLiteral("test"), QString::number(id)};
    if (json)
        arguments << QStringLiteral("--format") << QStringLiteral("json");
    QSignalSpy delivered(&sandbox, &SandboxServer::delivered);
    const CliResult result = run(arguments, environment(&sandbox));
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
    // Nothing on success, in either format.
    QVERIFY2(result.out.isEmpty(), result.out.constData());
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    // The sandbox really sent the test message.
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 15000);
    QCOMPARE(delivered.constFirst().constFirst().toLongLong(), id);
}

void tst_Cli::events_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("table") << false;
    QTest::newRow("json") << true;
}

void tst_Cli::events()
{
    QFETCH(bool, json);
    SandboxServer sandbox(sandboxOptions(0));
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QStringList arguments{QStringLiteral("events")};
    if (json)
        arguments << QStringLiteral("--format") << QStringLiteral("json");
    const CliResult result = run(arguments, environment(&sandbox));
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const qsizetype expected = EventCatalog::builtIn().events().size();
    if (json) {
        const QJsonArray array = parseJson(result.out).array();
        QCOMPARE(array.size(), expected);
        const QJsonObject first = array.at(0).toObject();
        QCOMPARE(first.value(QLatin1StringView("id")).toString(), QStringLiteral("request.create"));
        QCOMPARE(first.value(QLatin1StringView("code")).toInt(), 20000);
    } else {
        const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), expected + 1);
        QVERIFY(lines.at(1).startsWith(QStringLiteral("request.create")));
        QVERIFY(lines.at(1).contains(QStringLiteral("20000")));
        QVERIFY(result.out.contains("change.create"));
        QVERIFY(result.out.contains("legacy"));
    }
}

void tst_Cli::eventsWithoutEnums()
{
    // A server without GET /enums (404): the built-in events, with a note on stderr.
    QHttpServer server;
    server.route(QStringLiteral("/v1/webhooks"), [] { return QStringLiteral("[]"); });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    const CliResult result
            = run({QStringLiteral("events"), QStringLiteral("--format"), QStringLiteral("json")},
                  environment(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port))));
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
    QCOMPARE(parseJson(result.out).array().size(), EventCatalog::builtIn().events().size());
    QVERIFY2(result.err.contains("built-in"), result.err.constData());
}

void tst_Cli::refusedToken()
{
    SandboxServer sandbox(sandboxOptions(3));
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const CliResult result = run({QStringLiteral("list")}, environment(&sandbox, WrongToken));
    QVERIFY2(result.finished && result.exitCode == 1, qPrintable(result.diagnostics()));
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.err.contains("401") && result.err.contains("HOOKBENCH_TOKEN"),
             result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void tst_Cli::profile()
{
    SandboxServer sandbox(sandboxOptions(7));
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    // The GUI's settings file, in the test's XDG_CONFIG_HOME.
    {
        QSettings settings(m_cli->settingsFile(), QSettings::IniFormat);
        ProfileStore store(&settings);
        ConnectionProfile stored;
        stored.name = QStringLiteral("Local sandbox");
        stored.serviceUrl = sandbox.baseUrl();
        stored.account = QStringLiteral("wdc");
        stored.accountHeader = QStringLiteral("X-Xurrent-Account");
        store.save(stored);
        settings.sync();
    }
    // No URL or account in the environment: they come from the profile.
    const QProcessEnvironment environment = m_cli->environment(QUrl(), Token, QString());
    const CliResult result
            = run({QStringLiteral("--profile"), QStringLiteral("Local sandbox"),
                   QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")},
                  environment);
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
    QCOMPARE(parseJson(result.out).array().size(), 7);

    // A command-line option wins over the profile.
    const CliResult otherAccount = run(
            {QStringLiteral("--profile"), QStringLiteral("Local sandbox"),
             QStringLiteral("--account"), QStringLiteral("elsewhere"), QStringLiteral("list")},
            environment);
    QVERIFY2(otherAccount.finished && otherAccount.exitCode == 1,
             qPrintable(otherAccount.diagnostics()));
    QVERIFY2(otherAccount.err.contains("403"), otherAccount.err.constData());
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_Cli.moc"
