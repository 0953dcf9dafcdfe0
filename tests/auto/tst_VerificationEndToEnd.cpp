// Verification end to end (reference section 4), with nothing stubbed: Hookbench's own client
// creates webhooks on the sandbox, the sandbox POSTs webhook.verify to Hookbench's built-in
// receiver, the VerificationResponder calls the callback, and both sides then agree that the
// webhook is verified: the sandbox (GET /_sandbox/webhooks/ID) and Hookbench's marks.
#include "models/VerificationTracker.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "models/receiver/DeliveryReceiver.h"
#include "models/receiver/VerificationResponder.h"
#include "models/workflow/VerificationTracking.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/SandboxFixture.h"
#include "tests/support/WarningGuard.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_VerificationEndToEnd final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aNewWebhookIsVerifiedThroughTheBuiltInReceiver();
    void aUriThatIsAlreadyVerifiedNeedsNoMessage();
    void aNewUriNeedsANewVerification();

private:
    // Through Hookbench's WebhookService; a failure fails the test (check currentTestFailed).
    void create(const QString &uri, Webhook *created);
    void update(const Webhook &before, const Webhook &after, Webhook *updated);
    QString sandboxState(qint64 id);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<WebhookService> m_service;
    std::unique_ptr<VerificationTracker> m_tracker;
    std::unique_ptr<DeliveryReceiver> m_receiver;
    std::unique_ptr<VerificationResponder> m_responder;
};

void tst_VerificationEndToEnd::init()
{
    hb::test::failOnUnexpectedWarnings();
    SandboxOptions options;
    options.seed = 0;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));

    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    ConnectionProfile profile;
    profile.name = u"Sandbox"_s;
    profile.serviceUrl = m_sandbox->server()->baseUrl();
    profile.account = options.account;
    m_client->setProfile(profile, options.token);
    m_service = std::make_unique<WebhookService>(m_client.get());
    m_tracker = std::make_unique<VerificationTracker>(QString());
    trackVerification(m_tracker.get(), m_service.get());

    m_receiver = std::make_unique<DeliveryReceiver>();
    QVERIFY(m_receiver->listen());
    m_responder = std::make_unique<VerificationResponder>(m_client.get(), m_tracker.get());
    connect(m_receiver.get(), &DeliveryReceiver::deliveryReceived, m_responder.get(),
            [this](const Delivery &delivery) { m_responder->respond(delivery); });
}

void tst_VerificationEndToEnd::cleanup()
{
    m_responder.reset();
    m_receiver.reset();
    m_service.reset();
    m_client.reset();
    m_tracker.reset();
    m_network.reset();
    m_sandbox.reset();
}

void tst_VerificationEndToEnd::create(const QString &uri, Webhook *created)
{
    Webhook webhook;
    webhook.name = u"Verification end to end"_s;
    webhook.event = u"request.update"_s;
    webhook.uri = uri;
    ApiError failure;
    bool done = false;
    m_service->create(webhook, this, [&](const Webhook &result, const ApiError &error) {
        *created = result;
        failure = error;
        done = true;
    });
    QVERIFY2(QTest::qWaitFor([&] { return done; }, 15000), "create did not finish in 15 s");
    QVERIFY2(!failure, qPrintable(failure.message));
    QVERIFY(created->id > 0);
}

void tst_VerificationEndToEnd::update(const Webhook &before, const Webhook &after, Webhook *updated)
{
    ApiError failure;
    bool done = false;
    m_service->update(before, after, this, [&](const Webhook &result, const ApiError &error) {
        *updated = result;
        failure = error;
        done = true;
    });
    QVERIFY2(QTest::qWaitFor([&] { return done; }, 15000), "update did not finish in 15 s");
    QVERIFY2(!failure, qPrintable(failure.message));
}

// What the sandbox says of `id`: "verified", "not verified", or what went wrong.
QString tst_VerificationEndToEnd::sandboxState(qint64 id)
{
    // The sandbox-only namespace lies beside /v1, on the sandbox's origin.
    QUrl url = m_sandbox->server()->baseUrl();
    url.setPath(u"/_sandbox/webhooks/%1"_s.arg(id));
    const SandboxFixture::Reply reply = m_sandbox->send("GET", url.toString(), {});
    if (reply.status != 200)
        return u"GET %1 answered %2"_s.arg(url.path()).arg(reply.status);
    const QJsonValue verified = reply.json().object().value("verified"_L1);
    if (!verified.isBool())
        return u"no boolean \"verified\" in %1"_s.arg(QString::fromUtf8(reply.body));
    return verified.toBool() ? u"verified"_s : u"not verified"_s;
}

void tst_VerificationEndToEnd::aNewWebhookIsVerifiedThroughTheBuiltInReceiver()
{
    QSignalSpy verified(m_responder.get(), &VerificationResponder::verified);
    QSignalSpy refused(m_responder.get(), &VerificationResponder::notVerified);

    Webhook created;
    create(m_receiver->receiverUrlFor(1), &created);
    if (QTest::currentTestFailed())
        return;
    // Until the callback is called, Hookbench knows the webhook is not verified.
    QVERIFY(m_tracker->isAwaiting(created.id));

    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, 10000);
    QCOMPARE(verified.at(0).at(0).toLongLong(), created.id);
    QCOMPARE(refused.size(), 0);
    const Delivery &message = m_receiver->deliveries().constFirst();
    QCOMPARE(message.event, u"webhook.verify"_s);
    QCOMPARE(message.objectId, created.id);

    QVERIFY(!m_tracker->isAwaiting(created.id));
    QCOMPARE(sandboxState(created.id), u"verified"_s);
}

void tst_VerificationEndToEnd::aUriThatIsAlreadyVerifiedNeedsNoMessage()
{
    QSignalSpy verified(m_responder.get(), &VerificationResponder::verified);
    const QString uri = m_receiver->receiverUrlFor(2);
    Webhook first;
    create(uri, &first);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, 10000);
    QCOMPARE(m_receiver->deliveries().size(), 1);

    // A second webhook with exactly the same URI: the service sends nothing, and Hookbench
    // must not tell the user to wait for a message that never comes.
    Webhook second;
    create(uri, &second);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(second.id != first.id);
    QVERIFY(!m_tracker->isAwaiting(second.id));
    QCOMPARE(sandboxState(second.id), u"verified"_s);
    QTest::qWait(500); // a webhook.verify would arrive within milliseconds on loopback
    QCOMPARE(m_receiver->deliveries().size(), 1);
}

void tst_VerificationEndToEnd::aNewUriNeedsANewVerification()
{
    QSignalSpy verified(m_responder.get(), &VerificationResponder::verified);
    Webhook created;
    create(m_receiver->receiverUrlFor(3), &created);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, 10000);

    Webhook moved = created;
    moved.uri = m_receiver->receiverUrlFor(4);
    Webhook updated;
    update(created, moved, &updated);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(updated.uri, moved.uri);
    QVERIFY(m_tracker->isAwaiting(created.id));
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 2, 10000);
    QVERIFY(!m_tracker->isAwaiting(created.id));
    QCOMPARE(sandboxState(created.id), u"verified"_s);
    QCOMPARE(m_receiver->deliveries().size(), 2);
    QCOMPARE(m_receiver->deliveries().last().path, DeliveryReceiver::pathFor(4));
}

QTEST_GUILESS_MAIN(tst_VerificationEndToEnd)
#include "tst_VerificationEndToEnd.moc"
