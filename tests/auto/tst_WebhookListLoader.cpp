#include "models/WebhookTableModel.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "models/workflow/WebhookListLoader.h"
#include "tests/support/SandboxFixture.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// WebhookListLoader against the in-process sandbox, without a window.
class tst_WebhookListLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loadsEveryRow();
    void dropsRowsTheServiceNoLongerLists();
    void failedRefreshKeepsRowsMarkedStale();
    void failedFirstLoadIsNotStale();
    void cancelKeepsRowsMarkedStale();
    void clearEmptiesTheModel();

private:
    void startSandbox(int seed);
    ApiError load(qint64 *rows = nullptr);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<WebhookService> m_service;
    std::unique_ptr<WebhookTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<WebhookListLoader> m_loader;
};

void tst_WebhookListLoader::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_client->setMaxAttempts(1);
    m_service = std::make_unique<WebhookService>(m_client.get());
    m_model = std::make_unique<WebhookTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_loader = std::make_unique<WebhookListLoader>(m_service.get(), m_model.get());
}

void tst_WebhookListLoader::cleanup()
{
    m_loader.reset();
    m_tester.reset();
    m_model.reset();
    m_service.reset();
    m_client.reset();
    m_network.reset();
    m_sandbox.reset();
}

void tst_WebhookListLoader::startSandbox(int seed)
{
    SandboxOptions options;
    options.seed = seed;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    ConnectionProfile profile;
    profile.name = QStringLiteral("Sandbox");
    profile.serviceUrl = m_sandbox->server()->baseUrl();
    profile.account = options.account;
    m_client->setProfile(profile, options.token);
}

ApiError tst_WebhookListLoader::load(qint64 *rows)
{
    QSignalSpy finished(m_loader.get(), &WebhookListLoader::finished);
    m_loader->load();
    // A listing that never ends fails the test here and reads as a timeout to the caller.
    [&finished] {
        QVERIFY(finished.wait(10000));
    }();
    if (finished.isEmpty()) {
        ApiError timeout;
        timeout.kind = ApiError::Kind::Timeout;
        return timeout;
    }
    if (rows)
        *rows = finished.first().at(1).toLongLong();
    return finished.first().first().value<ApiError>();
}

void tst_WebhookListLoader::loadsEveryRow()
{
    startSandbox(250);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy started(m_loader.get(), &WebhookListLoader::started);
    qint64 rows = 0;
    const ApiError error = load(&rows);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(started.size(), 1);
    QCOMPARE(rows, 250);
    QCOMPARE(m_model->rowCount(), 250);
    QVERIFY(!m_model->isStale());
    QVERIFY(m_loader->lastLoaded().isValid());
    QVERIFY(!m_loader->isLoading());
}

void tst_WebhookListLoader::dropsRowsTheServiceNoLongerLists()
{
    startSandbox(4);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!load().isError());
    QCOMPARE(m_model->rowCount(), 4);
    const qint64 gone = m_model->webhookAt(0).id;
    const auto reply = m_sandbox->send("DELETE", QStringLiteral("/webhooks/%1").arg(gone));
    QCOMPARE(reply.status, 204);
    QVERIFY(!load().isError());
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOf(gone), -1);
}

void tst_WebhookListLoader::failedRefreshKeepsRowsMarkedStale()
{
    startSandbox(4);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!load().isError());
    const QDateTime loaded = m_loader->lastLoaded();
    m_sandbox.reset(); // the service goes away
    const ApiError error = load();
    QCOMPARE(error.kind, ApiError::Kind::Network);
    QCOMPARE(m_model->rowCount(), 4);
    QVERIFY(m_model->isStale());
    QCOMPARE(m_loader->lastLoaded(), loaded);
}

void tst_WebhookListLoader::failedFirstLoadIsNotStale()
{
    startSandbox(0);
    if (QTest::currentTestFailed())
        return;
    ConnectionProfile profile = m_client->profile();
    m_client->setProfile(profile, QStringLiteral("wrong-token"));
    const ApiError error = load();
    QVERIFY(error.isUnauthorized());
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->isStale()); // nothing shown, so nothing out of date
}

void tst_WebhookListLoader::cancelKeepsRowsMarkedStale()
{
    startSandbox(4);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!load().isError());
    QSignalSpy finished(m_loader.get(), &WebhookListLoader::finished);
    m_loader->load();
    QVERIFY(m_loader->isLoading());
    m_loader->cancel();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
    QCOMPARE(m_model->rowCount(), 4);
    QVERIFY(m_model->isStale());
}

void tst_WebhookListLoader::clearEmptiesTheModel()
{
    startSandbox(4);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!load().isError());
    QSignalSpy finished(m_loader.get(), &WebhookListLoader::finished);
    m_loader->load();
    m_loader->clear(); // another account: the running listing is dropped silently
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->isStale());
    QVERIFY(!m_loader->lastLoaded().isValid());
    QVERIFY(!m_loader->isLoading());
    // Only the next listing reports; the dropped one never does.
    QVERIFY(!load().isError());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_model->rowCount(), 4);
}

QTEST_GUILESS_MAIN(tst_WebhookListLoader)
#include "tst_WebhookListLoader.moc"
