#include "tests/support/FaultServer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "tests/support/WarningGuard.h"
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString Token = u"cli-faults-token-0123456789"_s;

struct CliResult
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString diagnostics() const
    {
        return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(exitCode).arg(QString::fromUtf8(out),
                                                                      QString::fromUtf8(err));
    }
};

QJsonObject record(qint64 id)
{
    return QJsonObject{{u"id"_s, id},
                       {u"name"_s, u"Hook %1"_s.arg(id)},
                       {u"event"_s, u"request.create"_s},
                       {u"uri"_s, u"https://hooks.test/%1"_s.arg(id)},
                       {u"description"_s, QString(1000, u'd')},
                       {u"created_at"_s, u"2016-03-17T16:36:11Z"_s}};
}

} // namespace

// hookbench-cli probed from outside, as a hostile server or an unlucky user would (issue 15):
// escape sequences from the network, header injection, long rate-limit waits, a full disk,
// and what stderr carries.
class tst_CliFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void textOutputNeutralisesControlCharacters();
    void serverMessageIsNeutralisedOnStderr();
    void controlCharactersInHeaderValuesAreUsageErrors_data();
    void controlCharactersInHeaderValuesAreUsageErrors();
    void maxWaitEndsALongRateLimitWait();
    void stderrCarriesNoLoggingUnlessVerbose();
    void exportOntoAFullDiskFailsAndKeepsTheEarlierFile_data();
    void exportOntoAFullDiskFailsAndKeepsTheEarlierFile();
    void listenRefusesAKeyFileThatHoldsNoKey();

private:
    QProcessEnvironment environment(const QString &token = Token) const;
    CliResult run(const QString &program, const QStringList &arguments,
                  const QProcessEnvironment &environment, int timeoutMs = 30000);
    CliResult runCli(const QStringList &arguments, const QProcessEnvironment &environment,
                     int timeoutMs = 30000)
    {
        return run(cliPath(), arguments, environment, timeoutMs);
    }
    static QString cliPath() { return QStringLiteral(HB_BINARY_DIR "/bin/hookbench-cli"); }

    std::unique_ptr<FaultServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CliFaults::init()
{
    hb::test::failOnUnexpectedWarnings();
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    m_server = std::make_unique<FaultServer>();
    QVERIFY(m_server->listen());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_CliFaults::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

QProcessEnvironment tst_CliFaults::environment(const QString &token) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"QT_LOGGING_RULES"_s);
    environment.remove(u"COLUMNS"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    environment.insert(u"HOOKBENCH_URL"_s, m_server->baseUrl().toString());
    environment.insert(u"HOOKBENCH_ACCOUNT"_s, u"wdc"_s);
    environment.insert(u"HOOKBENCH_TOKEN"_s, token);
    return environment;
}

// Runs a program while this thread's event loop keeps the fault server answering.
CliResult tst_CliFaults::run(const QString &program, const QStringList &arguments,
                             const QProcessEnvironment &environment, int timeoutMs)
{
    CliResult result;
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (finished.isEmpty() && !deadline.hasExpired())
        finished.wait(int(std::max<qint64>(1, deadline.remainingTime())));
    if (finished.isEmpty()) {
        process.kill();
        process.waitForFinished(5000);
        result.err = "(timed out) " + process.readAllStandardError();
        return result;
    }
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

static bool hasControlBytes(const QByteArray &bytes)
{
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7f)
            return true;
    }
    // C1 controls in UTF-8: C2 80 .. C2 9F.
    for (qsizetype i = 0; i + 1 < bytes.size(); ++i) {
        if (static_cast<unsigned char>(bytes.at(i)) == 0xc2
            && static_cast<unsigned char>(bytes.at(i + 1)) >= 0x80
            && static_cast<unsigned char>(bytes.at(i + 1)) <= 0x9f)
            return true;
    }
    return false;
}

void tst_CliFaults::textOutputNeutralisesControlCharacters()
{
    QJsonObject hostile = record(9);
    hostile.insert(u"name"_s, u"evil\u001b]0;pwned\u0007 name"_s);
    hostile.insert(u"description"_s, u"line one\nline two\u001b[2J\r overwritten\u009b31m"_s);
    hostile.insert(u"last_error"_s, u"500 \u001b[31mred\u001b[0m"_s);
    m_server->setHandler([hostile](const FaultServer::Request &request) {
        if (request.path() == u"/v1/webhooks/9")
            return FaultServer::json(200, QJsonDocument(hostile).toJson());
        return FaultServer::json(200, QJsonDocument(QJsonArray{hostile}).toJson(),
                                 {{"X-Pagination-Total-Entries", "1"}});
    });
    for (const QStringList &arguments : {QStringList{u"get"_s, u"9"_s}, QStringList{u"list"_s}}) {
        const CliResult result = runCli(arguments, environment());
        QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.diagnostics()));
        QVERIFY2(!hasControlBytes(result.out), result.out.constData());
        QVERIFY2(result.out.contains("evil"), result.out.constData());
    }
    // `get` shows each field as sent, with U+FFFD where a control character was.
    const CliResult get = runCli({u"get"_s, u"9"_s}, environment());
    QVERIFY2(get.out.contains("evil\xef\xbf\xbd]0;pwned\xef\xbf\xbd name"), get.out.constData());
    // JSON output stays exact: the escapes are JSON-escaped, not replaced.
    const CliResult json = runCli({u"get"_s, u"--format"_s, u"json"_s, u"9"_s}, environment());
    QVERIFY2(json.finished && json.exitCode == 0, qPrintable(json.diagnostics()));
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(u"name"_s), hostile.value(u"name"_s));
}

void tst_CliFaults::serverMessageIsNeutralisedOnStderr()
{
    m_server->setHandler([](const FaultServer::Request &) {
        return FaultServer::json(500, R"({"message":"boom \u001b[2J\u001b]0;title\u0007 done"})");
    });
    const CliResult result = runCli({u"get"_s, u"9"_s}, environment());
    QVERIFY2(result.finished && result.exitCode == 1, qPrintable(result.diagnostics()));
    QVERIFY2(!hasControlBytes(result.err), result.err.constData());
    QVERIFY2(result.err.contains("boom"), result.err.constData());
}

void tst_CliFaults::controlCharactersInHeaderValuesAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("CR LF in --account")
            << QStringList{u"--account"_s, u"wdc\r\nX-Injected: 1"_s, u"list"_s} << Token
            << u"--account"_s;
    QTest::newRow("LF in the token")
            << QStringList{u"list"_s} << QString(Token + u"\nX-Injected: 1"_s) << u"token"_s;
    QTest::newRow("CR in --url") << QStringList{u"--url"_s, u"http://127.0.0.1:1/v1\r"_s, u"list"_s}
                                 << Token << u"--url"_s;
}

void tst_CliFaults::controlCharactersInHeaderValuesAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, token);
    QFETCH(QString, mentions);
    const CliResult result = runCli(arguments, environment(token));
    QVERIFY2(result.finished && result.exitCode == 2, qPrintable(result.diagnostics()));
    QVERIFY2(result.err.contains(mentions.toUtf8()), result.err.constData());
    QVERIFY2(result.err.contains("control character"), result.err.constData());
    QCOMPARE(m_server->requestCount(), 0);
}

void tst_CliFaults::maxWaitEndsALongRateLimitWait()
{
    m_server->setHandler([](const FaultServer::Request &) {
        return FaultServer::json(429, R"({"message":"Too Many Requests"})",
                                 {{"Retry-After", "3600"}});
    });
    const CliResult result = runCli({u"--max-wait"_s, u"5"_s, u"list"_s}, environment(), 60000);
    QVERIFY2(result.finished && result.exitCode == 1, qPrintable(result.diagnostics()));
    // The time in ISO 8601, UTC, as every time the command line prints.
    QVERIFY2(QRegularExpression(u"resets at \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ "_s)
                     .match(QString::fromUtf8(result.err))
                     .hasMatch(),
             result.err.constData());
    QCOMPARE(m_server->requestCount(), 1);

    const CliResult usage = runCli({u"--max-wait"_s, u"soon"_s, u"list"_s}, environment());
    QCOMPARE(usage.exitCode, 2);
}

void tst_CliFaults::stderrCarriesNoLoggingUnlessVerbose()
{
    m_server->setHandler([](const FaultServer::Request &) {
        return FaultServer::json(200, QJsonDocument(QJsonArray{record(1)}).toJson(),
                                 {{"X-Pagination-Total-Entries", "1"}});
    });
    const CliResult quiet = runCli({u"list"_s}, environment());
    QVERIFY2(quiet.finished && quiet.exitCode == 0, qPrintable(quiet.diagnostics()));
    QCOMPARE(quiet.err, QByteArray());

    const CliResult verbose = runCli({u"--verbose"_s, u"list"_s}, environment());
    QVERIFY2(verbose.finished && verbose.exitCode == 0, qPrintable(verbose.diagnostics()));
    QVERIFY2(verbose.err.contains("hookbench.api"), verbose.err.constData());
    QVERIFY(!verbose.err.contains(Token.toUtf8()));
}

void tst_CliFaults::exportOntoAFullDiskFailsAndKeepsTheEarlierFile_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << u"json"_s;
    QTest::newRow("csv") << u"csv"_s;
}

// hookbench-cli export onto a 64 KB tmpfs that an earlier export half fills: the new
// export does not fit. It must exit 1 with the system's reason and leave the earlier file
// as it was. The tmpfs is mounted in a mount namespace of its own (as root, or as an
// unprivileged user mapped to root in a user namespace).
void tst_CliFaults::exportOntoAFullDiskFailsAndKeepsTheEarlierFile()
{
    QFETCH(QString, format);
    QJsonArray rows;
    for (int id = 1; id <= 300; ++id)
        rows.append(record(id));
    m_server->setHandler([rows](const FaultServer::Request &) {
        return FaultServer::json(200, QJsonDocument(rows).toJson(),
                                 {{"X-Pagination-Total-Entries", "300"}});
    });
    const QString mountPoint = m_dir->filePath(u"full"_s);
    QVERIFY(QDir().mkpath(mountPoint));
    const QString script = u"set -u\n"
                           "mount -t tmpfs -o size=64k hookbench-test \"$1\" || exit 97\n"
                           "printf 'EARLIER EXPORT\\n' > \"$1/webhooks.out\" || exit 98\n"
                           "head -c 40000 /dev/zero > \"$1/filler\" || exit 98\n"
                           "\"$2\" export --format \"$3\" --output \"$1/webhooks.out\"\n"
                           "status=$?\n"
                           "printf '%s\\n' '--- file:' >&2\n"
                           "cat \"$1/webhooks.out\" >&2\n"
                           "printf '%s\\n' '--- left over:' >&2\n"
                           "ls -A \"$1\" >&2\n"
                           "exit $status\n"_s;
    QStringList arguments;
    if (::geteuid() != 0)
        arguments << u"--user"_s << u"--map-root-user"_s;
    arguments << u"--mount"_s << u"sh"_s << u"-c"_s << script << u"sh"_s << mountPoint << cliPath()
              << format;
    const CliResult result = run(u"unshare"_s, arguments, environment(), 60000);
    QVERIFY2(result.finished, qPrintable(result.diagnostics()));
    QVERIFY2(result.exitCode != 97 && result.exitCode != 98, qPrintable(result.diagnostics()));
    QVERIFY2(result.exitCode == 1, qPrintable(result.diagnostics()));
    QVERIFY2(result.err.contains("No space left on device"), result.err.constData());
    QVERIFY2(result.err.contains(
                     "--- file:\nEARLIER EXPORT\n--- left over:\nfiller\nwebhooks.out\n"),
             result.err.constData());
}

// An unlucky user hands `listen --public-key` the wrong file (a secret, a private key's
// neighbour, a truncated download): every signed message would then read as "signature
// invalid", as if tampered with. It is refused before anything listens.
void tst_CliFaults::listenRefusesAKeyFileThatHoldsNoKey()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString keyFile = dir.filePath(u"not-a-key.pem"_s);
    QFile file(keyFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5\n-----END PUBLIC KEY-----\n");
    file.close();
    const CliResult result = runCli({u"listen"_s, u"--port"_s, u"0"_s, u"--public-key"_s, keyFile},
                                    environment(), 10000);
    QVERIFY2(result.finished, qPrintable(result.diagnostics()));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("holds no PEM public key"), qPrintable(result.diagnostics()));
    QVERIFY(!result.out.contains("listening"));
}

QTEST_GUILESS_MAIN(tst_CliFaults)
#include "tst_CliFaults.moc"
