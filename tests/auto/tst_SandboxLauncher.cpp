#include "models/SandboxLauncher.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

// `hookbench --sandbox`: starting hookbench-sandbox and reading its address.
class tst_SandboxLauncher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Any warning fails the test function; expected ones are declared with ignoreMessage.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void parseListeningLine_data();
    void parseListeningLine();
    void startsAndStopsTheSandbox();
    void reportsAMissingProgram();
};

void tst_SandboxLauncher::parseListeningLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("url");
    QTest::newRow("the sandbox's line") << QStringLiteral("listening on http://127.0.0.1:4711/v1")
                                        << QStringLiteral("http://127.0.0.1:4711/v1");
    QTest::newRow("trailing text") << QStringLiteral("listening on http://127.0.0.1:80/v1 (pid 3)")
                                   << QStringLiteral("http://127.0.0.1:80/v1");
    QTest::newRow("other line") << QStringLiteral("seeded 250 webhooks") << QString();
    QTest::newRow("no url") << QStringLiteral("listening on") << QString();
}

void tst_SandboxLauncher::parseListeningLine()
{
    QFETCH(QString, line);
    QFETCH(QString, url);
    QCOMPARE(SandboxLauncher::parseListeningLine(line).toString(), url);
}

void tst_SandboxLauncher::startsAndStopsTheSandbox()
{
    const QString program = QStringLiteral(HB_BINARY_DIR "/bin/hookbench-sandbox");
    QVERIFY2(QFileInfo(program).isExecutable(), "build hookbench-sandbox first");
    SandboxLauncher launcher;
    launcher.setProgram(program);
    launcher.setSeed(12);
    QSignalSpy started(&launcher, &SandboxLauncher::started);
    QSignalSpy failed(&launcher, &SandboxLauncher::failed);
    launcher.start();
    QVERIFY(started.wait(10000));
    QCOMPARE(failed.count(), 0);
    const QUrl base = started.first().first().toUrl();
    QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(base.path().endsWith(QStringLiteral("/v1")));

    // It answers with the seeded webhooks.
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(base.toString() + QStringLiteral("/webhooks")));
    request.setRawHeader("Authorization", "Bearer sandbox-token");
    request.setRawHeader("X-4me-Account", "wdc");
    QNetworkReply *reply = network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->rawHeader("X-Pagination-Total-Entries"), QByteArray("12"));
    reply->deleteLater();

    // The QA account has webhooks of its own (a variant of the first 20 sample webhooks:
    // three left out, three of its own), for Compare in the demo.
    request.setRawHeader("X-4me-Account", SandboxLauncher::QaAccount);
    QNetworkReply *qaReply = network.get(request);
    QSignalSpy qaDone(qaReply, &QNetworkReply::finished);
    QVERIFY(qaDone.wait(10000));
    QCOMPARE(qaReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(qaReply->rawHeader("X-Pagination-Total-Entries"),
             QByteArray::number(SandboxLauncher::QaSeed));
    qaReply->deleteLater();

    launcher.stop();
    QVERIFY(!launcher.isRunning());
    QCOMPARE(failed.count(), 0); // stopping on purpose is no failure
}

void tst_SandboxLauncher::reportsAMissingProgram()
{
    SandboxLauncher launcher;
    launcher.setProgram(QStringLiteral("/nonexistent/hookbench-sandbox"));
    QSignalSpy failed(&launcher, &SandboxLauncher::failed);
    launcher.start();
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("hookbench-sandbox")));
}

QTEST_MAIN(tst_SandboxLauncher)
#include "tst_SandboxLauncher.moc"
