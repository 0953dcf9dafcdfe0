// hookbench-cli as a process: what the in-process tests (tst_Cli) cannot see. Exit statuses
// of the real program, results on stdout and messages on stderr and nothing crossed, and
// `listen` ended by a termination signal. The servers answer from this process's event loop,
// so every run waits on a QSignalSpy (CliHarness::runProcess) or QTRY_*.
#include "sandbox/SandboxServer.h"
#include "tests/support/CliHarness.h"
#include "tests/support/FaultServer.h"
#include "tests/support/SandboxClientStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/WarningGuard.h"
#include <memory>

namespace {

const QString Token = QStringLiteral("tok-5ecret-for-cli-process-tests");

} // namespace

class tst_CliProcess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void exitStatusAndStreams_data();
    void exitStatusAndStreams();
    void listenAutoVerifiesOnTheServiceOrigin();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliHarness> m_cli;
};

void tst_CliProcess::initTestCase()
{
    QVERIFY2(QFile::exists(CliHarness::executable()), qPrintable(CliHarness::executable()));
}

void tst_CliProcess::init()
{
    hb::test::failOnUnexpectedWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliHarness>(m_dir->path());
}

void tst_CliProcess::cleanup()
{
    if (m_cli) {
        const QStringList leaks = m_cli->takeLeaks();
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
    m_cli.reset();
    m_dir.reset();
}

void tst_CliProcess::exitStatusAndStreams_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("expectOut"); // else stdout stays empty
    QTest::addColumn<QString>("errorText"); // empty: stderr stays empty
    QTest::addColumn<int>("errorLines");

    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << true << QString() << 0;
    QTest::newRow("list") << QStringList{QStringLiteral("list"), QStringLiteral("--format"),
                                         QStringLiteral("json")}
                          << 0 << true << QString() << 0;
    // ID: the first webhook's id
    QTest::newRow("delete prints nothing")
            << QStringList{QStringLiteral("delete"), QStringLiteral("ID")} << 0 << false
            << QString() << 0;
    QTest::newRow("mistyped command")
            << QStringList{QStringLiteral("lsit")} << 2 << false
            << QStringLiteral("'lsit' is not a command. Did you mean 'list'?") << 2;
    QTest::newRow("no such webhook")
            << QStringList{QStringLiteral("get"), QStringLiteral("999999")} << 4 << false
            << QStringLiteral("webhook 999999 does not exist.") << 1;
    QTest::newRow("refused token")
            << QStringList{QStringLiteral("list")} << 1 << false << QStringLiteral("401") << 1;
}

void tst_CliProcess::exitStatusAndStreams()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(bool, expectOut);
    QFETCH(QString, errorText);
    QFETCH(int, errorLines);
    SandboxOptions options;
    options.token = Token;
    options.seed = 3;
    SandboxServer sandbox(options);
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const bool refused = QTest::currentDataTag() == QByteArray("refused token");
    const QString token = refused ? QStringLiteral("wrong-5ecret-token") : Token;
    m_cli->addSecret(token);
    const qint64 firstId = SandboxClientStore::of(sandbox)->webhooks().constFirst().id;
    arguments.replaceInStrings(QStringLiteral("ID"), QString::number(firstId));

    const CliResult result
            = m_cli->runProcess(arguments, m_cli->environment(sandbox.baseUrl(), token));
    QVERIFY2(result.finished, qPrintable(result.diagnostics()));
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.out.isEmpty() != expectOut, qPrintable(result.diagnostics()));
    QCOMPARE(result.err.count('\n'), errorLines);
    QVERIFY2(QString::fromUtf8(result.err).contains(errorText), qPrintable(result.diagnostics()));
}

void tst_CliProcess::listenAutoVerifiesOnTheServiceOrigin()
{
    FaultServer service; // the sandbox's origin, where the callback lives
    QVERIFY(service.listen());
    service.setHandler([](const FaultServer::Request &) { return FaultServer::json(200, "{}"); });
    QProcess listen;
    listen.setProcessEnvironment(
            m_cli->processEnvironment(m_cli->environment(QUrl(), QString(), QString())));
    QByteArray output;
    QByteArray errors;
    connect(&listen, &QProcess::readyReadStandardOutput, this,
            [&] { output += listen.readAllStandardOutput(); });
    connect(&listen, &QProcess::readyReadStandardError, this,
            [&] { errors += listen.readAllStandardError(); });
    listen.start(CliHarness::executable(),
                 {QStringLiteral("listen"), QStringLiteral("--auto-verify"),
                  QStringLiteral("--url"), service.baseUrl().toString(),
                  QStringLiteral("--account"), QStringLiteral("wdc")});
    QVERIFY2(listen.waitForStarted(10000), qPrintable(listen.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(output.contains('\n'), 10000);
    const QRegularExpressionMatch match
            = QRegularExpression(QStringLiteral("listening on (http://\\S+/)"))
                      .match(QString::fromUtf8(output));
    QVERIFY2(match.hasMatch(), output.constData());

    QNetworkAccessManager network;
    const auto post = [&](const QString &callback) {
        const QJsonObject message{
                {QStringLiteral("webhook_id"), 5},
                {QStringLiteral("event"), QStringLiteral("webhook.verify")},
                {QStringLiteral("object_id"), 5},
                {QStringLiteral("payload"), QJsonObject{{QStringLiteral("callback"), callback}}}};
        QNetworkRequest request(QUrl(match.captured(1) + QStringLiteral("hooks/5")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = network.post(request, QJsonDocument(message).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        reply->deleteLater();
    };
    post(QStringLiteral("https://attacker.example/webhooks/5/verify?code=x"));
    QTRY_VERIFY_WITH_TIMEOUT(errors.contains("not verified"), 10000);
    QCOMPARE(service.requestCount(), 0);

    post(service.url(QStringLiteral("/webhooks/5/verify?code=abc")).toString());
    QTRY_COMPARE_WITH_TIMEOUT(service.requestCount(), 1, 10000);
    QCOMPARE(service.requests().first().target, QByteArray("/webhooks/5/verify?code=abc"));
    QTRY_VERIFY_WITH_TIMEOUT(errors.contains("webhook 5 is verified"), 10000);

    // SIGTERM ends it cleanly.
    listen.terminate();
    QVERIFY(listen.waitForFinished(10000));
    QCOMPARE(listen.exitStatus(), QProcess::NormalExit);
    QCOMPARE(listen.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_CliProcess)
#include "tst_CliProcess.moc"
