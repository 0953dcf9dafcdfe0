// The sandbox test-fires a webhook that points at this machine: the delivery must arrive in
// the in-process receiver and inspector, and in `hookbench-cli listen --format json`.
#include "models/api/ApiClient.h"
#include "models/receiver/DeliveryReceiver.h"
#include "models/receiver/SandboxSecretSource.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/SandboxClientStore.h"
#include "views/DeliveryInspector.h"

#include <QLabel>

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include "tests/support/WarningGuard.h"
#include <memory>

using namespace Qt::StringLiterals;

class tst_ReceiverEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void testFireArrivesInTheInspector();
    void failingReceiverSetsLastError();
    void testFireArrivesInListen();
    void signedTestFireIsVerifiedInTheInspector_data();
    void signedTestFireIsVerifiedInTheInspector();

private:
    qint64 addWebhook(const QString &uri);
    int testFire(qint64 webhookId);
    // POST `path` (below /v1) with a JSON body as a client would; the answer's object, or
    // an empty one on any status but 201.
    QJsonObject create(const QString &path, const QJsonObject &fields);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void tst_ReceiverEndToEnd::init()
{
    hb::test::failOnUnexpectedWarnings();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_sandbox = std::make_unique<SandboxServer>(SandboxOptions());
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

void tst_ReceiverEndToEnd::cleanup()
{
    m_sandbox.reset();
    m_network.reset();
}

qint64 tst_ReceiverEndToEnd::addWebhook(const QString &uri)
{
    Webhook webhook;
    webhook.name = u"Receiver end to end"_s;
    webhook.event = u"request.update"_s;
    webhook.uri = uri;
    return SandboxClientStore::of(m_sandbox)->add(webhook).id;
}

// POST /v1/webhooks/:id/test as a client would; returns the HTTP status.
int tst_ReceiverEndToEnd::testFire(qint64 webhookId)
{
    QUrl url = m_sandbox->baseUrl();
    url.setPath(url.path() + u"/webhooks/%1/test"_s.arg(webhookId));
    QNetworkRequest request(url);
    request.setTransferTimeout(20000);
    request.setRawHeader("Authorization", "Bearer sandbox-token");
    request.setRawHeader("X-4me-Account", "wdc");
    std::unique_ptr<QNetworkReply> reply(m_network->post(request, QByteArray()));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return 0;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QJsonObject tst_ReceiverEndToEnd::create(const QString &path, const QJsonObject &fields)
{
    QUrl url = m_sandbox->baseUrl();
    url.setPath(url.path() + path);
    QNetworkRequest request(url);
    request.setTransferTimeout(20000);
    request.setRawHeader("Authorization", "Bearer sandbox-token");
    request.setRawHeader("X-4me-Account", "wdc");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    std::unique_ptr<QNetworkReply> reply(
            m_network->post(request, QJsonDocument(fields).toJson(QJsonDocument::Compact)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return {};
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 201)
        return {};
    return QJsonDocument::fromJson(reply->readAll()).object();
}

void tst_ReceiverEndToEnd::testFireArrivesInTheInspector()
{
    DeliveryReceiver receiver;
    QVERIFY(receiver.listen());
    DeliveryInspector inspector(&receiver);
    QSignalSpy arrived(&inspector, &DeliveryInspector::expectedDeliveryArrived);
    QSignalSpy missing(&inspector, &DeliveryInspector::expectedDeliveryMissing);
    QSignalSpy delivered(m_sandbox.get(), &SandboxServer::delivered);

    const qint64 id = addWebhook(u"http://127.0.0.1:1/not-yet"_s);
    Webhook webhook = *SandboxClientStore::of(m_sandbox)->find(id);
    webhook.uri = receiver.receiverUrlFor(id);
    QVERIFY(SandboxClientStore::of(m_sandbox)->update(webhook));

    inspector.expectDelivery(id);
    QCOMPARE(testFire(id), 204);
    QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 1, 10000);
    QCOMPARE(arrived.at(0).at(0).toLongLong(), id);
    QCOMPARE(missing.size(), 0);

    QCOMPARE(receiver.deliveries().size(), 1);
    const Delivery &delivery = receiver.deliveries().constFirst();
    QCOMPARE(delivery.objectId, 12345);
    QCOMPARE(delivery.webhookId, id);
    QCOMPARE(delivery.event, u"request.update"_s);
    QCOMPARE(delivery.accountId, u"wdc"_s);
    QCOMPARE(delivery.path, DeliveryReceiver::pathFor(id));
    QVERIFY(delivery.headerValue("User-Agent").startsWith("4me/1.0"));

    const QAbstractItemModel *list = inspector.findChild<QTreeView *>(u"deliveryList"_s)->model();
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(list->index(0, 3).data().toString(), u"12345"_s);
    QCOMPARE(inspector.currentDelivery().objectId, 12345);
    // The sandbox saw the receiver's 200 (and leaves last_error empty).
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10000);
    QCOMPARE(delivered.at(0).at(1).toString(), QString());
    QVERIFY(SandboxClientStore::of(m_sandbox)->find(id)->lastError.isEmpty());
}

void tst_ReceiverEndToEnd::failingReceiverSetsLastError()
{
    DeliveryReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.setResponseStatus(500);
    const qint64 id = addWebhook(receiver.receiverUrlFor(1));
    QSignalSpy delivered(m_sandbox.get(), &SandboxServer::delivered);

    QCOMPARE(testFire(id), 204);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10000);
    QCOMPARE(receiver.deliveries().constFirst().status, 500);
    QVERIFY2(SandboxClientStore::of(m_sandbox)->find(id)->lastError.startsWith(u"500"_s),
             qPrintable(SandboxClientStore::of(m_sandbox)->find(id)->lastError));

    receiver.setResponseStatus(200);
    QCOMPARE(testFire(id), 204);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2, 10000);
    QVERIFY(SandboxClientStore::of(m_sandbox)->find(id)->lastError.isEmpty());
}

void tst_ReceiverEndToEnd::signedTestFireIsVerifiedInTheInspector_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<bool>("discovery");
    QTest::newRow("rs256, stored key") << u"rs256"_s << false;
    QTest::newRow("es256, discovery") << u"es256"_s << true;
    QTest::newRow("hs256, sandbox secret") << u"hs256"_s << false;
}

// Create a policy, keep its one-time key (as the Policies window stores it), link a webhook,
// test-fire: the Deliveries panel says "signature valid" and shows each check.
void tst_ReceiverEndToEnd::signedTestFireIsVerifiedInTheInspector()
{
    QFETCH(QString, algorithm);
    QFETCH(bool, discovery);
    SandboxOptions options;
    options.verification = false;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    DeliveryReceiver receiver;
    QVERIFY(receiver.listen());
    DeliveryInspector inspector(&receiver);
    inspector.signedMessageVerifier()->setProfile(m_sandbox->baseUrl(), u"wdc"_s);

    const QJsonObject policy
            = create(u"/webhook_policies"_s,
                     {{u"jwt_alg"_s, algorithm}, {u"jwt_audience"_s, u"inspector"_s}});
    const qint64 policyId = policy.value(u"id"_s).toInteger();
    QVERIFY(policyId > 0);
    const QByteArray storedKey = policy.value(u"public_key_pem"_s).toString().toLatin1();
    QVERIFY(!storedKey.isEmpty() || algorithm.startsWith(u"hs"_s));
    const QJsonObject webhook = create(u"/webhooks"_s,
                                       {{u"event"_s, u"request.update"_s},
                                        {u"uri"_s, receiver.baseUrl().toString() + u"signed"_s},
                                        {u"webhook_policy_id"_s, policyId},
                                        {u"openid_connect_discovery"_s, discovery}});
    const qint64 webhookId = webhook.value(u"id"_s).toInteger();
    QVERIFY(webhookId > 0);

    // hookbench --sandbox: hs* secrets come from the sandbox-only endpoint.
    ApiClient client(m_network.get());
    ConnectionProfile profile;
    profile.sandbox = true;
    profile.serviceUrl = m_sandbox->baseUrl();
    profile.account = u"wdc"_s;
    client.setProfile(profile, u"sandbox-token"_s);
    SandboxSecretSource sandboxSecrets(&client);
    inspector.setSandboxSecretSource(&sandboxSecrets);

    const bool secret = algorithm.startsWith(u"hs"_s);
    qint64 askedFor = 0;
    if (secret) {
        askedFor = webhookId; // no lookup: the sandbox gives the secret
    } else if (!discovery) {
        // What the window connects to the policy key store: the key of the webhook's policy.
        inspector.setKeyLookup([&](const SignedMessageVerifier::KeyQuery &query) {
            askedFor = query.webhookId;
            DeliveryDecoder::Keys keys;
            if (query.webhookId == webhookId)
                keys.publicKeyPem = storedKey;
            return keys;
        });
    }
    if (!discovery) {
        // What the window connects to the policy store: the audience of the webhook's policy.
        inspector.signedMessageVerifier()->setAudienceLookup(
                [](const SignedMessageVerifier::KeyQuery &) {
                    return std::optional(u"inspector"_s);
                });
    }

    QCOMPARE(testFire(webhookId), 204);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.deliveries().size(), 1, 10000);
    auto *signatureLabel = inspector.findChild<QLabel *>(u"signatureLabel"_s);
    auto *audLabel = inspector.findChild<QLabel *>(u"audCheckLabel"_s);
    auto *expLabel = inspector.findChild<QLabel *>(u"expCheckLabel"_s);
    auto *nbfLabel = inspector.findChild<QLabel *>(u"nbfCheckLabel"_s);
    auto *issLabel = inspector.findChild<QLabel *>(u"issCheckLabel"_s);
    QVERIFY(signatureLabel && audLabel && expLabel && nbfLabel && issLabel);
    // With discovery the key arrives a moment later.
    QTRY_VERIFY2_WITH_TIMEOUT(signatureLabel->text().startsWith(u"signature valid"_s),
                              qPrintable(signatureLabel->text()), 10000);
    QVERIFY(signatureLabel->text().contains(algorithm.toUpper()));
    QVERIFY2(issLabel->text().startsWith(u"passed"_s), qPrintable(issLabel->text()));
    QVERIFY2(nbfLabel->text().startsWith(u"passed"_s), qPrintable(nbfLabel->text()));
    QVERIFY2(expLabel->text().startsWith(u"not checked"_s), qPrintable(expLabel->text()));
    if (secret) {
        QVERIFY2(signatureLabel->text().contains(u"the sandbox"_s),
                 qPrintable(signatureLabel->text()));
    } else if (discovery) {
        QVERIFY(signatureLabel->text().contains(u"jwks.json"_s));
        QVERIFY2(audLabel->text().startsWith(u"not checked"_s), qPrintable(audLabel->text()));
    } else {
        QCOMPARE(askedFor, webhookId);
        QVERIFY2(audLabel->text().startsWith(u"passed"_s), qPrintable(audLabel->text()));
    }
}

void tst_ReceiverEndToEnd::testFireArrivesInListen()
{
    const QString program = QStringLiteral(HB_BINARY_DIR "/bin/hookbench-cli");
    QVERIFY2(QFile::exists(program), qPrintable(program));
    QProcess listen;
    QByteArray output;
    QByteArray errors;
    connect(&listen, &QProcess::readyReadStandardOutput, this,
            [&] { output += listen.readAllStandardOutput(); });
    connect(&listen, &QProcess::readyReadStandardError, this,
            [&] { errors += listen.readAllStandardError(); });
    listen.start(program, {u"listen"_s, u"--port"_s, u"0"_s, u"--format"_s, u"json"_s});
    QVERIFY2(listen.waitForStarted(10000), qPrintable(listen.errorString()));

    // With --format json, stdout carries JSON lines only (`listen --format json | jq .`):
    // the address goes to stderr, and nothing else does (no debug logging by default).
    QTRY_VERIFY_WITH_TIMEOUT(errors.contains('\n'), 10000);
    const QRegularExpressionMatch match
            = QRegularExpression(u"^listening on (http://127\\.0\\.0\\.1:\\d+/)\n$"_s)
                      .match(QString::fromUtf8(errors));
    QVERIFY2(match.hasMatch(), errors.constData());

    const qint64 id = addWebhook(match.captured(1) + u"hooks/e2e"_s);
    QSignalSpy delivered(m_sandbox.get(), &SandboxServer::delivered);
    QCOMPARE(testFire(id), 204);
    QTRY_VERIFY_WITH_TIMEOUT(output.contains('\n'), 10000);

    const QByteArray line = output.left(output.indexOf('\n'));
    QJsonParseError error;
    const QJsonObject delivery = QJsonDocument::fromJson(line, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
    QCOMPARE(delivery.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(delivery.value(u"path"_s).toString(), u"/hooks/e2e"_s);
    QVERIFY(delivery.value(u"headers"_s)
                    .toObject()
                    .value(u"Content-Type"_s)
                    .toString()
                    .startsWith(u"application/json"_s));
    const QJsonObject message
            = QJsonDocument::fromJson(delivery.value(u"body"_s).toString().toUtf8()).object();
    QCOMPARE(message.value(u"object_id"_s).toInteger(), 12345);
    QCOMPARE(message.value(u"webhook_id"_s).toInteger(), id);

    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10000);
    QCOMPARE(delivered.at(0).at(1).toString(), QString());

    listen.terminate(); // SIGTERM: listen ends cleanly
    QVERIFY(listen.waitForFinished(10000));
    QCOMPARE(listen.exitStatus(), QProcess::NormalExit);
    QCOMPARE(listen.exitCode(), 0);
}

QTEST_MAIN(tst_ReceiverEndToEnd)
#include "tst_ReceiverEndToEnd.moc"
