// The API token never leaves the Authorization header: one distinctive token goes through
// the whole data layer and hookbench-cli (listing, export, a 422, a 401, network errors,
// a proxy that echoes the request back, profile saving), and every place a person or a
// file could see text is searched for it: every log message of every hookbench category
// at debug level, the CLI's stdout and stderr (with debug logging on), the CSV files, the
// settings file and every ApiError's message and userMessage().
//
// That a redirect to another origin never carries the Authorization header is asserted
// by tst_ApiClient::refusesRedirectToAnotherOrigin (the other server sees no request).
#include "models/CsvWriter.h"
#include "models/ProfileStore.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/FaultServer.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/WarningGuard.h"
#include <memory>

namespace {

const QString Token = QStringLiteral("hb-secret-7f3a9c1e5d2b4a60");
// Any 8 characters in a row of the token's random part count as a leak, so that a
// truncated or partly masked token is caught as well.
const QString TokenRandomPart = QStringLiteral("7f3a9c1e5d2b4a60");
constexpr qsizetype LeakLength = 8;

QMutex logMutex;
QStringList capturedLog; // every message, "category: text"
QtMessageHandler previousHandler = nullptr;
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&logMutex);
        capturedLog.append(QLatin1StringView(context.category ? context.category : "default")
                           + QStringLiteral(": ") + message);
    }
    // QtTest sees warnings (and worse) as usual; the flood of debug output stays here.
    if (type != QtDebugMsg && type != QtInfoMsg && previousHandler)
        previousHandler(type, context, message);
}

// Every level of every hookbench.* category, whatever QT_LOGGING_RULES says.
void enableHookbenchCategories(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrncmp(category->categoryName(), "hookbench.", 10) == 0) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
        category->setEnabled(QtWarningMsg, true);
        category->setEnabled(QtCriticalMsg, true);
    }
}

bool leaks(const QString &text)
{
    for (qsizetype i = 0; i + LeakLength <= TokenRandomPart.size(); ++i) {
        if (text.contains(QStringView(TokenRandomPart).sliced(i, LeakLength)))
            return true;
    }
    return false;
}

bool leaks(const QByteArray &bytes)
{
    return leaks(QString::fromUtf8(bytes));
}

SandboxOptions sandboxOptions(const QString &token)
{
    SandboxOptions options;
    options.token = token;
    options.seed = 25;
    return options;
}

struct CliResult
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString diagnostics() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
                .arg(exitCode)
                .arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(4000)));
    }
};

} // namespace

class tst_SecretHygiene final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void listingAndExport();
    void rejectedCreate();
    void refusedToken();
    void failures_data();
    void failures();
    void profileSettings();
    void cli_data();
    void cli();

private:
    void setUpClient(const QUrl &serviceUrl);
    void checkError(const ApiError &error);
    CliResult runCli(const QStringList &arguments, const QUrl &serviceUrl);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<WebhookService> m_service;
};

void tst_SecretHygiene::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QFile::exists(QStringLiteral(HB_BINARY_DIR "/bin/hookbench-cli")));
    previousFilter = QLoggingCategory::installFilter(enableHookbenchCategories);
    previousHandler = qInstallMessageHandler(captureMessage);
    QVERIFY(QLoggingCategory(QByteArrayLiteral("hookbench.api").constData()).isDebugEnabled());
}

void tst_SecretHygiene::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::installFilter(previousFilter);
}

void tst_SecretHygiene::init()
{
    hb::test::failOnUnexpectedWarnings();
    QMutexLocker locker(&logMutex);
    capturedLog.clear();
}

void tst_SecretHygiene::cleanup()
{
    m_service.reset();
    m_client.reset();
    m_network.reset();
    QStringList log;
    {
        QMutexLocker locker(&logMutex);
        log = std::exchange(capturedLog, {});
    }
    for (const QString &line : std::as_const(log))
        QVERIFY2(!leaks(line), qPrintable(QStringLiteral("token in the log: ") + line));
}

void tst_SecretHygiene::setUpClient(const QUrl &serviceUrl)
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_client->setRetryBackoffMs(1);
    m_client->setTransferTimeoutMs(5000);
    ConnectionProfile profile;
    profile.name = QStringLiteral("hygiene");
    profile.serviceUrl = serviceUrl;
    profile.account = QStringLiteral("wdc");
    m_client->setProfile(profile, Token);
    m_service = std::make_unique<WebhookService>(m_client.get());
}

void tst_SecretHygiene::checkError(const ApiError &error)
{
    QVERIFY(error.isError());
    const QStringList texts{error.message, error.userMessage(), error.requestPath,
                            error.certificateSummary};
    for (const QString &text : texts)
        QVERIFY2(!leaks(text), qPrintable(QStringLiteral("token in an error: ") + text));
    for (const FieldError &field : error.fieldErrors)
        QVERIFY2(!leaks(field.message), qPrintable(field.message));
}

void tst_SecretHygiene::listingAndExport()
{
    SandboxServer sandbox(sandboxOptions(Token));
    QVERIFY(sandbox.start());
    setUpClient(sandbox.baseUrl());

    WebhookListing *listing = m_service->list();
    QSignalSpy finished(listing, &WebhookListing::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::None);
    const WebhookList rows = listing->rows();
    QCOMPARE(rows.size(), 25); // the sandbox accepted the token

    const QString fileName = m_dir->filePath(QStringLiteral("listing.csv"));
    QString error;
    QVERIFY2(CsvWriter::writeFile(fileName, rows, {}, &error), qPrintable(error));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.contains(rows.first().event.toUtf8()));
    QVERIFY(!leaks(csv));

    // The log was captured at debug level (so its search in cleanup() means something).
    QMutexLocker locker(&logMutex);
    QVERIFY2(capturedLog.filter(QStringLiteral("hookbench.api: ")).size() >= 1,
             qPrintable(capturedLog.join(u'\n')));
}

void tst_SecretHygiene::rejectedCreate()
{
    SandboxServer sandbox(sandboxOptions(Token));
    QVERIFY(sandbox.start());
    setUpClient(sandbox.baseUrl());

    Webhook webhook;
    webhook.event = QStringLiteral("request.no-such-event");
    webhook.uri = QStringLiteral("https://hooks.test/in");
    ApiError error;
    bool done = false;
    m_service->create(webhook, this, [&](const Webhook &, const ApiError &result) {
        error = result;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.kind, ApiError::Kind::Validation);
    QCOMPARE(error.httpStatus, 422);
    checkError(error);
}

void tst_SecretHygiene::refusedToken()
{
    SandboxServer sandbox(sandboxOptions(QStringLiteral("the-right-token")));
    QVERIFY(sandbox.start());
    setUpClient(sandbox.baseUrl());

    WebhookListing *listing = m_service->list();
    QSignalSpy finished(listing, &WebhookListing::finished);
    QVERIFY(finished.wait(10000));
    const ApiError error = finished.first().first().value<ApiError>();
    QCOMPARE(error.httpStatus, 401);
    checkError(error);
    if (QTest::currentTestFailed())
        return;

    ApiError getError;
    bool done = false;
    m_service->get(1, this, [&](const Webhook &, const ApiError &result) {
        getError = result;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(getError.httpStatus, 401);
    checkError(getError);
}

void tst_SecretHygiene::failures_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<ApiError::Kind>("kind");
    QVERIFY(leaks(Token) && leaks(Token.left(20)) && !leaks(Token.left(17)));
    // 0 refused, 1 reset mid-body, 2 timeout, 3 HTML echo, 4 JSON echo, 5 200 HTML echo,
    // 6 the token where the message's length limit cuts the summary of a page
    QTest::newRow("connection refused") << 0 << ApiError::Kind::Network;
    QTest::newRow("reset mid-body") << 1 << ApiError::Kind::Network;
    QTest::newRow("no answer (timeout)") << 2 << ApiError::Kind::Timeout;
    QTest::newRow("proxy error page echoing the request") << 3 << ApiError::Kind::Http;
    QTest::newRow("401 message quoting the token") << 4 << ApiError::Kind::Http;
    QTest::newRow("200 web page echoing the request") << 5 << ApiError::Kind::Parse;
    QTest::newRow("token where the summary is cut") << 6 << ApiError::Kind::Http;
}

void tst_SecretHygiene::failures()
{
    QFETCH(int, fault);
    QFETCH(ApiError::Kind, kind);
    FaultServer server;
    QVERIFY(server.listen());
    QUrl serviceUrl = server.baseUrl();
    // Echoes the request's headers, as debugging proxies and error pages do.
    const auto echo = [](const FaultServer::Request &request) {
        QByteArray text;
        for (const auto &[name, value] : request.headers)
            text += "<tr><td>" + name + "</td><td>" + value + "</td></tr>";
        return text;
    };
    switch (fault) {
    case 0: {
        FaultServer closed;
        QVERIFY(closed.listen());
        serviceUrl = closed.baseUrl();
        break; // closed when it goes out of scope
    }
    case 1:
        server.setHandler([](const FaultServer::Request &) {
            return FaultServer::reset(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n"
                    "\r\n[{\"id\":1,");
        });
        break;
    case 2:
        server.setHandler([](const FaultServer::Request &) { return FaultServer::stall(); });
        break;
    case 3:
        server.setHandler([echo](const FaultServer::Request &request) {
            return FaultServer::raw(FaultServer::response(502,
                                                          "<html><body><h1>Bad gateway</h1><table>"
                                                                  + echo(request)
                                                                  + "</table></body></html>",
                                                          {}, "text/html"));
        });
        break;
    case 4:
        server.setHandler([](const FaultServer::Request &request) {
            return FaultServer::json(401,
                                     R"({"message":"Invalid token: )"
                                             + request.header("Authorization") + "\"}");
        });
        break;
    case 5:
        server.setHandler([echo](const FaultServer::Request &request) {
            return FaultServer::raw(FaultServer::response(
                    200, "<html><body><p>Sign in</p><table>" + echo(request) + "</table></body>",
                    {}, "text/html"));
        });
        break;
    case 6:
        server.setHandler([](const FaultServer::Request &request) {
            return FaultServer::raw(FaultServer::response(
                    502,
                    "<p>" + QByteArray(170, 'A') + ' ' + request.header("Authorization") + "</p>",
                    {}, "text/html"));
        });
        break;
    }
    setUpClient(serviceUrl);
    m_client->setMaxAttempts(fault == 1 ? 2 : 1);
    m_client->setTransferTimeoutMs(fault == 2 ? 300 : 5000);

    WebhookListing *listing = m_service->list();
    QSignalSpy finished(listing, &WebhookListing::finished);
    QVERIFY(finished.wait(10000));
    const ApiError error = finished.first().first().value<ApiError>();
    QCOMPARE(error.kind, kind);
    checkError(error);
    if (fault >= 3) {
        // The server did see the token: that is where it belongs.
        QVERIFY(!server.requests().isEmpty());
        QCOMPARE(server.requests().first().header("Authorization"), "Bearer " + Token.toUtf8());
    }
}

void tst_SecretHygiene::profileSettings()
{
    const QString fileName = m_dir->filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(fileName, QSettings::IniFormat);
        ProfileStore store(&settings);
        ConnectionProfile profile;
        profile.name = QStringLiteral("Production");
        profile.serviceUrl = QUrl(QStringLiteral("https://api.4me.com/v1"));
        profile.account = QStringLiteral("wdc");
        profile.pinnedCertificateSha256 = QByteArray(64, 'a');
        store.save(profile);
        store.setCurrentName(profile.name);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.contains("Production") && bytes.contains("api.4me.com"), bytes.constData());
    QVERIFY2(!leaks(bytes), bytes.constData());
}

CliResult tst_SecretHygiene::runCli(const QStringList &arguments, const QUrl &serviceUrl)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_dir->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("hookbench.*=true"));
    environment.insert(QStringLiteral("HOOKBENCH_URL"), serviceUrl.toString());
    environment.insert(QStringLiteral("HOOKBENCH_ACCOUNT"), QStringLiteral("wdc"));
    environment.insert(QStringLiteral("HOOKBENCH_TOKEN"), Token);

    CliResult result;
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(HB_BINARY_DIR "/bin/hookbench-cli"), arguments);
    if (!process.waitForStarted(10000))
        return result;
    // The servers answer from this process's event loop: wait by spinning it.
    const QDeadlineTimer deadline(60000);
    while (finished.isEmpty() && !deadline.hasExpired())
        finished.wait(int(std::max<qint64>(1, deadline.remainingTime())));
    if (finished.isEmpty()) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void tst_SecretHygiene::cli_data()
{
    QTest::addColumn<QString>("server"); // sandbox, wrong-token sandbox, fault, closed
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString csv = QStringLiteral("cli-export.csv");
    QTest::newRow("list") << QStringLiteral("sandbox")
                          << QStringList{QStringLiteral("list"), QStringLiteral("--format"),
                                         QStringLiteral("json")}
                          << 0;
    QTest::newRow("export") << QStringLiteral(
            "sandbox") << QStringList{QStringLiteral("export"), QStringLiteral("--output"), csv}
                            << 0;
    QTest::newRow("get unknown (404)")
            << QStringLiteral("sandbox")
            << QStringList{QStringLiteral("get"), QStringLiteral("999999")} << 4;
    QTest::newRow("list with a refused token (401)")
            << QStringLiteral("wrong-token") << QStringList{QStringLiteral("list")} << 1;
    QTest::newRow("create rejected by the server (422)")
            << QStringLiteral("fault")
            << QStringList{QStringLiteral("create"), QStringLiteral("--event"),
                           QStringLiteral("request.create"), QStringLiteral("--uri"),
                           QStringLiteral("https://hooks.test/in")}
            << 1;
    QTest::newRow("list against an echoing proxy (502)")
            << QStringLiteral("fault") << QStringList{QStringLiteral("list")} << 1;
    QTest::newRow("list, connection refused")
            << QStringLiteral("closed") << QStringList{QStringLiteral("list")} << 1;
}

void tst_SecretHygiene::cli()
{
    QFETCH(QString, server);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);

    std::unique_ptr<SandboxServer> sandbox;
    std::unique_ptr<FaultServer> fault;
    QUrl url;
    if (server == u"sandbox" || server == u"wrong-token") {
        sandbox = std::make_unique<SandboxServer>(
                sandboxOptions(server == u"sandbox" ? Token : QStringLiteral("the-right-one")));
        QVERIFY(sandbox->start());
        url = sandbox->baseUrl();
    } else {
        fault = std::make_unique<FaultServer>();
        QVERIFY(fault->listen());
        url = fault->baseUrl();
        fault->setHandler([](const FaultServer::Request &request) {
            if (request.method == "POST") {
                return FaultServer::json(422,
                                         R"({"message":"Validation failed for )"
                                                 + request.header("Authorization")
                                                 + R"(","errors":[["uri","is blocked for )"
                                                 + request.header("Authorization") + R"("]]})");
            }
            QByteArray page = "<html><body><h1>502 Bad Gateway</h1><pre>";
            for (const auto &[name, value] : request.headers)
                page += name + ": " + value + "\n";
            return FaultServer::raw(
                    FaultServer::response(502, page + "</pre></body></html>", {}, "text/html"));
        });
        if (server == u"closed")
            fault.reset(); // nothing listens there any more
    }
    for (QString &argument : arguments) {
        if (argument.endsWith(u".csv"))
            argument = m_dir->filePath(argument);
    }

    const CliResult result = runCli(arguments, url);
    QVERIFY2(result.finished, qPrintable(result.diagnostics()));
    QVERIFY2(result.exitCode == exitCode, qPrintable(result.diagnostics()));
    if (exitCode != 0)
        QVERIFY2(!result.err.isEmpty(), qPrintable(result.diagnostics())); // it said why
    // Debug logging was on in the CLI, so stderr holds its log as well.
    QVERIFY2(!leaks(result.out), qPrintable(result.diagnostics()));
    QVERIFY2(!leaks(result.err), qPrintable(result.diagnostics()));

    // Every file the CLI may have written: exports, settings, caches.
    int files = 0;
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!leaks(file.readAll()), qPrintable(file.fileName()));
        ++files;
    }
    if (arguments.first() == u"export")
        QVERIFY(files >= 1);
    if (arguments.first() == u"create")
        QCOMPARE(fault->requestCount("POST"), 1); // the 422 came from the server
}

QTEST_GUILESS_MAIN(tst_SecretHygiene)
#include "tst_SecretHygiene.moc"
