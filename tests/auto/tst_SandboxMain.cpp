// The hookbench-sandbox executable: --help, the first stdout line, the token from the
// environment, bad options, a corrupt data file, and a clean stop on SIGTERM.
#include "tests/support/WarningGuard.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_SandboxMain final : public QObject
{
    Q_OBJECT

private:
    static QString executable() { return QStringLiteral(HB_BINARY_DIR "/bin/hookbench-sandbox"); }

    // Starts the sandbox and returns its base URL from the first stdout line.
    static QString startSandbox(QProcess &process, const QStringList &arguments)
    {
        process.start(executable(), arguments);
        if (!process.waitForStarted(10000))
            return {};
        while (!process.canReadLine() && process.state() == QProcess::Running)
            process.waitForReadyRead(10000);
        const QString line = QString::fromUtf8(process.readLine()).chopped(1);
        static const QRegularExpression pattern(
                QStringLiteral("^listening on (http://127\\.0\\.0\\.1:[1-9][0-9]*/v1)$"));
        const auto match = pattern.match(line);
        if (!match.hasMatch())
            qWarning() << "unexpected first line:" << line;
        return match.captured(1);
    }

    static int request(const QByteArray &method, const QString &url, const QByteArray &token,
                       const QByteArray &body = {}, QByteArray *answer = nullptr)
    {
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request{QUrl(url)};
        request.setTransferTimeout(10000);
        request.setRawHeader("Authorization", "Bearer " + token);
        request.setRawHeader("X-4me-Account", "acme");
        request.setRawHeader("Content-Type", "application/json");
        QNetworkReply *reply = network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        if (answer)
            *answer = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    }

private Q_SLOTS:
    // Any warning fails the test function; expected ones are declared with ignoreMessage.
    void init() { hb::test::failOnUnexpectedWarnings(); }
    void helpListsEveryOption()
    {
        QProcess process;
        process.start(executable(), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        for (const char *option :
             {"--port", "--data", "--seed", "--account", "--token", "--non-admin-token",
              "--latency-ms", "--burst-limit", "--hourly-limit", "--pagination", "--create-status",
              "--simulate-events", "--idle-timeout-ms", "--receiver-url", "--seed-variant",
              "HOOKBENCH_SANDBOX_TOKEN"}) {
            QVERIFY2(help.contains(QLatin1StringView(option)), option);
        }
    }

    void servesAndStopsCleanly()
    {
        QTemporaryDir dir;
        const QString dataFile = dir.filePath(QStringLiteral("sandbox.json"));
        QProcess process;
        const QString base = startSandbox(
                process,
                {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), dataFile,
                 QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--account"),
                 QStringLiteral("acme"), QStringLiteral("--token"), QStringLiteral("cli-token"),
                 QStringLiteral("--pagination"), QStringLiteral("cursor"),
                 QStringLiteral("--create-status"), QStringLiteral("200")});
        QVERIFY(!base.isEmpty());
        QByteArray answer;
        QCOMPARE(request("GET", base + QStringLiteral("/webhooks"), "cli-token", {}, &answer), 200);
        QCOMPARE(QJsonDocument::fromJson(answer).array().size(), 5);
        QCOMPARE(request("GET", base + QStringLiteral("/webhooks"), "sandbox-token"), 401);
        QCOMPARE(request("POST", base + QStringLiteral("/webhooks"), "cli-token",
                         "{\"event\":\"team.update\",\"uri\":\"https://x.example.com/\","
                         "\"name\":\"Made before SIGTERM\"}"),
                 200);

        process.terminate(); // SIGTERM
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QFile file(dataFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("Made before SIGTERM"));
        const QJsonArray accounts
                = QJsonDocument::fromJson(saved).object().value(u"accounts").toArray();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().toObject().value(u"webhooks").toArray().size(), 6);
    }

    void tokenFromEnvironment()
    {
        QTemporaryDir dir;
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOOKBENCH_SANDBOX_TOKEN"), QStringLiteral("env-token"));
        process.setProcessEnvironment(environment);
        const QString base
                = startSandbox(process,
                               {QStringLiteral("--data"), dir.filePath(QStringLiteral("s.json")),
                                QStringLiteral("--account"), QStringLiteral("acme")});
        QVERIFY(!base.isEmpty());
        QCOMPARE(request("GET", base + QStringLiteral("/enums"), "env-token"), 200);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
    }

    void badOptionValue_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("pagination")
                << QStringList{QStringLiteral("--pagination"), QStringLiteral("sideways")};
        QTest::newRow("create status")
                << QStringList{QStringLiteral("--create-status"), QStringLiteral("202")};
        QTest::newRow("burst limit")
                << QStringList{QStringLiteral("--burst-limit"), QStringLiteral("20")};
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
    }
    void badOptionValue()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        QProcess process;
        process.start(executable(),
                      arguments
                              + QStringList{QStringLiteral("--data"),
                                            dir.filePath(QStringLiteral("s.json"))});
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(process.exitCode() != 0);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(arguments.constFirst()));
    }

    void corruptDataFile()
    {
        QTemporaryDir dir;
        const QString dataFile = dir.filePath(QStringLiteral("broken.json"));
        const QByteArray content = "{\"format\":\"hookbench-sandbox/1\",\"webhooks\":[";
        {
            QFile file(dataFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        QProcess process;
        process.start(executable(),
                      {QStringLiteral("--data"), dataFile, QStringLiteral("--seed"),
                       QStringLiteral("3")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QVERIFY(process.readAllStandardError().contains("broken.json"));
        QFile file(dataFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxMain)
#include "tst_SandboxMain.moc"
