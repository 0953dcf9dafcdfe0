#include "models/WebhookTableModel.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "models/workflow/WebhookBatchActions.h"
#include "tests/support/SandboxFixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// WebhookBatchActions against the in-process sandbox, without a window: what the service
// holds afterwards is read over HTTP, independently of the client.
class tst_WebhookBatchActions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void testsEach();
    void disablesAndEnables();
    void enableSkipsWhatIsEnabled();
    void deletesKeepsAndRecreates();
    void deletingWhatIsGoneSucceeds();
    void reportsEachFailure();
    void recentlyDeletedIsPerProfile();

private:
    WebhookBatchActions::Result waitForBatch(QSignalSpy &finished);
    QJsonArray serverWebhooks();
    WebhookList loadModel();

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<WebhookService> m_service;
    std::unique_ptr<WebhookTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<WebhookBatchActions> m_batch;
};

void tst_WebhookBatchActions::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    SandboxOptions options;
    options.seed = 6;
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
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_batch = std::make_unique<WebhookBatchActions>(m_service.get(), m_model.get());
    m_batch->setProfileName(profile.name);
    QCOMPARE(loadModel().size(), 6);
}

void tst_WebhookBatchActions::cleanup()
{
    m_batch.reset();
    m_tester.reset();
    m_model.reset();
    m_service.reset();
    m_client.reset();
    m_network.reset();
    m_sandbox.reset();
}

WebhookList tst_WebhookBatchActions::loadModel()
{
    WebhookListing *listing = m_service->list();
    QSignalSpy finished(listing, &WebhookListing::finished);
    [&finished] {
        QVERIFY(finished.wait(10000));
    }();
    const WebhookList rows = finished.isEmpty() ? WebhookList() : listing->rows();
    m_model->replaceAll(rows);
    return rows;
}

QJsonArray tst_WebhookBatchActions::serverWebhooks()
{
    const SandboxFixture::Reply reply = m_sandbox->get(QStringLiteral("/webhooks?per_page=100"));
    [&reply] {
        QCOMPARE(reply.status, 200);
    }();
    return reply.json().array();
}

WebhookBatchActions::Result tst_WebhookBatchActions::waitForBatch(QSignalSpy &finished)
{
    [&finished] {
        QVERIFY(finished.wait(10000));
    }();
    if (finished.isEmpty())
        return {};
    return finished.first().first().value<WebhookBatchActions::Result>();
}

void tst_WebhookBatchActions::testsEach()
{
    QSignalSpy items(m_batch.get(), &WebhookBatchActions::itemFinished);
    QSignalSpy finished(m_batch.get(), &WebhookBatchActions::finished);
    const WebhookList chosen = m_model->webhooks().mid(0, 3);
    QVERIFY(m_batch->test(chosen));
    QCOMPARE(m_batch->pendingBatches(), 1);
    const WebhookBatchActions::Result result = waitForBatch(finished);
    QCOMPARE(result.action, WebhookBatchActions::Action::Test);
    QCOMPARE(result.succeeded.size(), 3);
    QVERIFY(result.failures.isEmpty());
    QCOMPARE(items.size(), 3);
    QCOMPARE(m_batch->pendingBatches(), 0);
    QVERIFY(!m_batch->test({}));
}

void tst_WebhookBatchActions::disablesAndEnables()
{
    const WebhookList all = m_model->webhooks();
    QSignalSpy finished(m_batch.get(), &WebhookBatchActions::finished);
    QVERIFY(m_batch->setDisabled(all, true));
    WebhookBatchActions::Result result = waitForBatch(finished);
    QCOMPARE(result.action, WebhookBatchActions::Action::Disable);
    QCOMPARE(result.total(), int(std::count_if(all.begin(), all.end(), [](const Webhook &w) {
                 return !w.disabled;
             })));
    QCOMPARE(m_model->disabledCount(), 6);
    for (const QJsonValue &webhook : serverWebhooks())
        QVERIFY(webhook.toObject().value(QStringLiteral("disabled")).toBool());

    finished.clear();
    QVERIFY(m_batch->setDisabled(m_model->webhooks(), false));
    result = waitForBatch(finished);
    QCOMPARE(result.action, WebhookBatchActions::Action::Enable);
    QCOMPARE(result.succeeded.size(), 6);
    QCOMPARE(m_model->disabledCount(), 0);
    for (const QJsonValue &webhook : serverWebhooks())
        QVERIFY(!webhook.toObject().value(QStringLiteral("disabled")).toBool());
}

void tst_WebhookBatchActions::enableSkipsWhatIsEnabled()
{
    WebhookList enabled;
    for (const Webhook &webhook : m_model->webhooks()) {
        if (!webhook.disabled)
            enabled.append(webhook);
    }
    QVERIFY(!enabled.isEmpty());
    QSignalSpy finished(m_batch.get(), &WebhookBatchActions::finished);
    QVERIFY(!m_batch->setDisabled(enabled, false)); // nothing to change: no batch
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_batch->pendingBatches(), 0);
}

void tst_WebhookBatchActions::deletesKeepsAndRecreates()
{
    const WebhookList chosen = m_model->webhooks().mid(1, 2);
    QSignalSpy changed(m_batch.get(), &WebhookBatchActions::recentlyDeletedChanged);
    QSignalSpy finished(m_batch.get(), &WebhookBatchActions::finished);
    QVERIFY(m_batch->remove(chosen));
    WebhookBatchActions::Result result = waitForBatch(finished);
    QCOMPARE(result.action, WebhookBatchActions::Action::Delete);
    QCOMPARE(result.succeeded.size(), 2);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(serverWebhooks().size(), 4);
    QCOMPARE(changed.size(), 2);
    const WebhookList kept = m_batch->recentlyDeleted();
    QCOMPARE(kept.size(), 2);
    // Kept with every field (read before the delete), so that re-creating restores them.
    for (const Webhook &webhook : kept)
        QVERIFY(!webhook.createdAt.isEmpty());

    finished.clear();
    QVERIFY(m_batch->recreate(kept));
    result = waitForBatch(finished);
    QCOMPARE(result.action, WebhookBatchActions::Action::Recreate);
    QCOMPARE(result.succeeded.size(), 2);
    QVERIFY(m_batch->recentlyDeleted().isEmpty());
    QCOMPARE(m_model->rowCount(), 6);
    const QJsonArray onServer = serverWebhooks();
    QCOMPARE(onServer.size(), 6);
    for (const Webhook &created : result.succeeded) {
        QVERIFY(created.id > 0);
        QVERIFY(m_model->rowOf(created.id) >= 0);
        const bool sameUri = std::any_of(kept.begin(), kept.end(), [&created](const Webhook &w) {
            return w.uri == created.uri && w.event == created.event;
        });
        QVERIFY(sameUri);
    }
}

void tst_WebhookBatchActions::deletingWhatIsGoneSucceeds()
{
    const Webhook chosen = m_model->webhooks().first();
    QCOMPARE(m_sandbox->send("DELETE", QStringLiteral("/webhooks/%1").arg(chosen.id)).status, 204);
    QSignalSpy finished(m_batch.get(), &WebhookBatchActions::finished);
    QVERIFY(m_batch->remove({chosen}));
    const WebhookBatchActions::Result result = waitForBatch(finished);
    QCOMPARE(result.succeeded.size(), 1); // already gone is what the person wanted
    QCOMPARE(m_model->rowOf(chosen.id), -1);
    QCOMPARE(m_batch->recentlyDeleted().size(), 1);
}

void tst_WebhookBatchActions::reportsEachFailure()
{
    WebhookList chosen = m_model->webhooks().mid(0, 2);
    Webhook missing = chosen.first();
    missing.id = 999999; // not on the server
    chosen.append(missing);
    QSignalSpy finished(m_batch.get(), &WebhookBatchActions::finished);
    QVERIFY(m_batch->test(chosen));
    const WebhookBatchActions::Result result = waitForBatch(finished);
    QCOMPARE(result.total(), 3);
    QCOMPARE(result.succeeded.size(), 2);
    QCOMPARE(result.failures.size(), 1);
    QCOMPARE(result.failures.first().webhook.id, 999999);
    QCOMPARE(result.failures.first().error.httpStatus, 404);
}

void tst_WebhookBatchActions::recentlyDeletedIsPerProfile()
{
    QSignalSpy finished(m_batch.get(), &WebhookBatchActions::finished);
    QVERIFY(m_batch->remove({m_model->webhooks().first()}));
    waitForBatch(finished);
    QCOMPARE(m_batch->recentlyDeleted().size(), 1);
    m_batch->setProfileName(QStringLiteral("Other"));
    QVERIFY(m_batch->recentlyDeleted().isEmpty());
    m_batch->setProfileName(QStringLiteral("Sandbox"));
    QCOMPARE(m_batch->recentlyDeleted().size(), 1);
    m_batch->forgetProfile(QStringLiteral("Sandbox"));
    QVERIFY(m_batch->recentlyDeleted().isEmpty());
}

QTEST_GUILESS_MAIN(tst_WebhookBatchActions)
#include "tst_WebhookBatchActions.moc"
