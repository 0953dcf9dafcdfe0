// TestFollowUp against the in-process sandbox, without a window: after a test to a receiver
// that fails, the webhook is read again and its new last_error reaches the model; a
// cancelled follow-up reads nothing; by default it waits past the service's 10 s deadline.
#include "models/WebhookTableModel.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "models/workflow/TestFollowUp.h"
#include "tests/support/SandboxFixture.h"
#include "tests/support/WarningGuard.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

class tst_TestFollowUp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsTheNewLastErrorAfterTheDelay();
    void cancelledFollowUpReadsNothing();
    void defaultWaitsPastTheServicesDeadline();

private:
    qint64 addFailingWebhook();

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<WebhookService> m_service;
    std::unique_ptr<WebhookTableModel> m_model;
    std::unique_ptr<TestFollowUp> m_followUp;
};

void tst_TestFollowUp::init()
{
    hb::test::failOnUnexpectedWarnings();
    SandboxOptions options;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    ConnectionProfile profile;
    profile.name = QStringLiteral("Sandbox");
    profile.serviceUrl = m_sandbox->server()->baseUrl();
    profile.account = options.account;
    m_client->setProfile(profile, options.token);
    m_service = std::make_unique<WebhookService>(m_client.get());
    m_model = std::make_unique<WebhookTableModel>();
    m_followUp = std::make_unique<TestFollowUp>(m_service.get(), m_model.get());
    m_followUp->setDelayMs(1000);
}

void tst_TestFollowUp::cleanup()
{
    m_followUp.reset();
    m_model.reset();
    m_service.reset();
    m_client.reset();
    m_network.reset();
    m_sandbox.reset();
}

qint64 tst_TestFollowUp::addFailingWebhook()
{
    // A port nobody listens on: every delivery fails at once.
    QTcpServer closed;
    if (!closed.listen(QHostAddress::LocalHost))
        return 0;
    Webhook webhook;
    webhook.name = QStringLiteral("Failing");
    webhook.event = QStringLiteral("request.create");
    webhook.uri = QStringLiteral("http://127.0.0.1:%1/hook").arg(closed.serverPort());
    closed.close();
    Webhook created;
    ApiError failure;
    bool done = false;
    m_service->create(webhook, this, [&](const Webhook &result, const ApiError &error) {
        created = result;
        failure = error;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 10000) || failure.isError())
        return 0;
    m_model->upsert({created});
    return created.id;
}

void tst_TestFollowUp::readsTheNewLastErrorAfterTheDelay()
{
    const qint64 id = addFailingWebhook();
    QVERIFY(id > 0);
    QVERIFY(m_model->webhookAt(m_model->rowOf(id)).lastError.isEmpty());
    bool tested = false;
    m_service->test(id, this, [&tested](const ApiError &error) { tested = !error.isError(); });
    QTRY_VERIFY(tested);
    QSignalSpy reread(m_followUp.get(), &TestFollowUp::reread);
    m_followUp->follow(id);
    QVERIFY(m_followUp->isFollowing(id));
    QVERIFY(reread.wait(10000));
    const Webhook read = reread.first().first().value<Webhook>();
    QCOMPARE(read.id, id);
    QVERIFY(!read.lastError.isEmpty());
    QCOMPARE(m_model->webhookAt(m_model->rowOf(id)).lastError, read.lastError);
    QVERIFY(!m_followUp->isFollowing(id));
}

void tst_TestFollowUp::cancelledFollowUpReadsNothing()
{
    const qint64 id = addFailingWebhook();
    QVERIFY(id > 0);
    QSignalSpy reread(m_followUp.get(), &TestFollowUp::reread);
    m_followUp->follow(id);
    m_followUp->cancelAll();
    QVERIFY(!m_followUp->isFollowing(id));
    QVERIFY(!reread.wait(2000)); // longer than the delay: nothing comes
}

void tst_TestFollowUp::defaultWaitsPastTheServicesDeadline()
{
    // The service gives a receiver 10 s (reference, section 4): reading earlier would show
    // the last_error from before the test.
    const TestFollowUp followUp(m_service.get(), m_model.get());
    QVERIFY2(followUp.delayMs() > 10000, qPrintable(QString::number(followUp.delayMs())));
    QVERIFY(!followUp.isFollowing(1));
}

QTEST_GUILESS_MAIN(tst_TestFollowUp)
#include "tst_TestFollowUp.moc"
