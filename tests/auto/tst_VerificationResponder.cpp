// The built-in receiver answers webhook.verify (reference section 4): it calls only callbacks
// on the account's host or the sandbox's origin, a signed message only after its signature
// verified (never one with alg none), never with the token, and clears the webhook's
// verification mark.
#include "models/VerificationTracker.h"
#include "models/api/ApiClient.h"
#include "models/receiver/Delivery.h"
#include "models/receiver/SignedMessageVerifier.h"
#include "models/receiver/VerificationResponder.h"
#include "tests/support/FaultServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class tst_VerificationResponder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void callbackHosts_data();
    void callbackHosts();
    void callsTheSandboxCallbackAndClearsTheMark();
    void refusesACallbackOnAnotherOrigin();
    void signedMessageOnlyWithAValidSignature_data();
    void signedMessageOnlyWithAValidSignature();
    void algNoneIsNeverAnswered_data();
    void algNoneIsNeverAnswered();

private:
    Delivery verifyDelivery(const QString &callback) const;
    static Delivery deliveryWith(const QByteArray &body);
    // {"jwt": ...} of `message`, signed with HS256 and `secret`, or with alg none when
    // `secret` is empty. iss is the test server's origin (the sandbox's).
    QByteArray signedBody(const QJsonObject &message, const QByteArray &secret) const;

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FaultServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<VerificationTracker> m_tracker;
    std::unique_ptr<VerificationResponder> m_responder;
};

namespace {
QJsonObject verifyMessage(const QString &callback)
{
    return QJsonObject{
            {QStringLiteral("webhook_id"), 5},
            {QStringLiteral("event"), QStringLiteral("webhook.verify")},
            {QStringLiteral("object_id"), 5},
            {QStringLiteral("account_id"), QStringLiteral("wdc")},
            {QStringLiteral("payload"), QJsonObject{{QStringLiteral("callback"), callback}}}};
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

void tst_VerificationResponder::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<FaultServer>();
    QVERIFY(m_server->listen());
    m_server->setHandler([](const FaultServer::Request &) { return FaultServer::json(200, "{}"); });
    m_client = std::make_unique<ApiClient>(m_network.get());
    ConnectionProfile profile;
    profile.name = QStringLiteral("sandbox");
    profile.serviceUrl = m_server->baseUrl(); // a loopback service: the sandbox
    profile.account = QStringLiteral("wdc");
    m_client->setProfile(profile, QStringLiteral("secret-token-4711"));
    m_tracker = std::make_unique<VerificationTracker>(QString());
    m_tracker->setProfile(profile.serviceUrl, profile.account);
    m_tracker->markAwaiting(5);
    m_responder = std::make_unique<VerificationResponder>(m_client.get(), m_tracker.get());
}

void tst_VerificationResponder::cleanup()
{
    m_responder.reset();
    m_tracker.reset();
    m_client.reset();
    m_server.reset();
    m_network.reset();
}

Delivery tst_VerificationResponder::verifyDelivery(const QString &callback) const
{
    return deliveryWith(QJsonDocument(verifyMessage(callback)).toJson(QJsonDocument::Compact));
}

Delivery tst_VerificationResponder::deliveryWith(const QByteArray &body)
{
    Delivery delivery;
    delivery.method = "POST";
    delivery.headers = {{"Content-Type", "application/json"}};
    delivery.body = body;
    delivery.readMessage();
    return delivery;
}

QByteArray tst_VerificationResponder::signedBody(const QJsonObject &message,
                                                 const QByteArray &secret) const
{
    const QByteArray header = base64Url(secret.isEmpty() ? R"({"alg":"none","typ":"JWT"})"
                                                         : R"({"alg":"HS256","typ":"JWT"})");
    const QString issuer = m_server->baseUrl().adjusted(QUrl::RemovePath).toString();
    const QByteArray claims
            = base64Url(QJsonDocument(QJsonObject{{QStringLiteral("data"), message},
                                                  {QStringLiteral("iss"), issuer},
                                                  {QStringLiteral("sub"), QStringLiteral("5")}})
                                .toJson(QJsonDocument::Compact));
    const QByteArray input = header + '.' + claims;
    const QByteArray signature = secret.isEmpty()
            ? QByteArray()
            : QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256);
    const QByteArray token = input + '.' + base64Url(signature);
    return QJsonDocument(QJsonObject{{QStringLiteral("jwt"), QString::fromLatin1(token)}})
            .toJson(QJsonDocument::Compact);
}

void tst_VerificationResponder::callbackHosts_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("callback");
    QTest::addColumn<bool>("allowed");
    const QString fourMe = QStringLiteral("https://api.4me.com/v1");
    const QString regional = QStringLiteral("https://api.au.xurrent.com/v1");
    const QString sandbox = QStringLiteral("http://127.0.0.1:4000/v1");
    QTest::newRow("account host") << fourMe
                                  << QStringLiteral("https://wdc.4me.com/webhooks/5/verify?code=a")
                                  << true;
    QTest::newRow("account host, other case")
            << fourMe << QStringLiteral("https://WDC.4me.com/webhooks/5/verify?code=a") << true;
    QTest::newRow("regional account host")
            << regional << QStringLiteral("https://wdc.au.xurrent.com/webhooks/5/verify") << true;
    QTest::newRow("another account")
            << fourMe << QStringLiteral("https://evil.4me.com/webhooks/5/verify") << false;
    QTest::newRow("another domain")
            << fourMe << QStringLiteral("https://wdc.4me.com.evil.example/verify") << false;
    QTest::newRow("plain http") << fourMe << QStringLiteral("http://wdc.4me.com/verify") << false;
    QTest::newRow("another port") << fourMe << QStringLiteral("https://wdc.4me.com:8443/verify")
                                  << false;
    QTest::newRow("the API host") << fourMe << QStringLiteral("https://api.4me.com/verify")
                                  << false;
    QTest::newRow("sandbox origin")
            << sandbox << QStringLiteral("http://127.0.0.1:4000/webhooks/5/verify?code=a") << true;
    QTest::newRow("sandbox, another port")
            << sandbox << QStringLiteral("http://127.0.0.1:4001/webhooks/5/verify") << false;
    QTest::newRow("sandbox, internet host")
            << sandbox << QStringLiteral("https://wdc.4me.com/webhooks/5/verify") << false;
}

void tst_VerificationResponder::callbackHosts()
{
    QFETCH(QString, service);
    QFETCH(QString, callback);
    QFETCH(bool, allowed);
    ConnectionProfile profile;
    profile.serviceUrl = QUrl(service);
    profile.account = QStringLiteral("wdc");
    const QString refusal = VerificationResponder::callbackRefusal(QUrl(callback), profile);
    QCOMPARE(refusal.isEmpty(), allowed);
}

void tst_VerificationResponder::callsTheSandboxCallbackAndClearsTheMark()
{
    const QString callback
            = m_server->url(QStringLiteral("/webhooks/5/verify?code=abc&expires_at=9")).toString();
    QSignalSpy verified(m_responder.get(), &VerificationResponder::verified);
    QVERIFY(m_responder->respond(verifyDelivery(callback)));
    QVERIFY(verified.wait(10000));
    QCOMPARE(verified.first().first().toLongLong(), 5);
    QVERIFY(!m_tracker->isAwaiting(5));
    QCOMPARE(m_server->requestCount(), 1);
    const FaultServer::Request request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.target, QByteArray("/webhooks/5/verify?code=abc&expires_at=9"));
    QVERIFY(!request.hasHeader("Authorization")); // the token stays at home
}

void tst_VerificationResponder::refusesACallbackOnAnotherOrigin()
{
    QSignalSpy notVerified(m_responder.get(), &VerificationResponder::notVerified);
    QVERIFY(!m_responder->respond(
            verifyDelivery(QStringLiteral("https://attacker.example/webhooks/5/verify"))));
    QCOMPARE(notVerified.size(), 1);
    QVERIFY(m_tracker->isAwaiting(5));
    QCOMPARE(m_server->requestCount(), 0);
}

void tst_VerificationResponder::signedMessageOnlyWithAValidSignature_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("called");
    QTest::newRow("right secret") << QByteArray("shared-secret") << true;
    QTest::newRow("wrong secret") << QByteArray("guess") << false;
    QTest::newRow("no secret") << QByteArray() << false;
}

void tst_VerificationResponder::signedMessageOnlyWithAValidSignature()
{
    QFETCH(QByteArray, key);
    QFETCH(bool, called);
    const QString callback = m_server->url(QStringLiteral("/webhooks/5/verify?code=s")).toString();
    const Delivery delivery = deliveryWith(signedBody(verifyMessage(callback), "shared-secret"));
    QVERIFY(delivery.isVerify());
    // Checked as the Deliveries panel and `listen` check it, with the secret the user gave.
    SignedMessageVerifier verifier(m_network.get());
    verifier.setProfile(m_client->profile().serviceUrl, m_client->profile().account);
    DeliveryDecoder::Keys keys;
    keys.secret = key;
    verifier.setPastedKeys(keys);
    QSignalSpy verified(m_responder.get(), &VerificationResponder::verified);
    QSignalSpy notVerified(m_responder.get(), &VerificationResponder::notVerified);
    QCOMPARE(m_responder->respond(delivery, verifier.check(delivery)), called);
    if (called) {
        QVERIFY(verified.wait(10000));
        QCOMPARE(m_server->requestCount(), 1);
    } else {
        QCOMPARE(notVerified.size(), 1);
        QVERIFY(notVerified.first().at(1).toString().contains(QStringLiteral("signature")));
        QCOMPARE(m_server->requestCount(), 0);
    }
}

void tst_VerificationResponder::algNoneIsNeverAnswered_data()
{
    QTest::addColumn<QString>("report");
    QTest::newRow("checked by the verifier") << QStringLiteral("verifier");
    QTest::newRow("no report") << QStringLiteral("none");
    QTest::newRow("a report that claims it valid") << QStringLiteral("forged");
}

void tst_VerificationResponder::algNoneIsNeverAnswered()
{
    QFETCH(QString, report);
    // {"jwt": <alg none>} carrying webhook.verify: anyone can make one, so its callback must
    // not be called, whatever a report says of it.
    const QString callback = m_server->url(QStringLiteral("/webhooks/5/verify?code=n")).toString();
    const Delivery delivery = deliveryWith(signedBody(verifyMessage(callback), {}));
    QVERIFY(delivery.isVerify());
    SignedMessageCheck::Report given;
    if (report == u"verifier") {
        SignedMessageVerifier verifier(m_network.get());
        verifier.setProfile(m_client->profile().serviceUrl, m_client->profile().account);
        given = verifier.check(delivery);
        QCOMPARE(given.signature, DeliveryDecoder::Signature::Unsecured);
    } else if (report == u"forged") {
        given.isSigned = true;
        given.signature = DeliveryDecoder::Signature::Valid;
        given.keySource = SignedMessageCheck::KeySource::Pasted;
        QVERIFY(given.trusted());
    }
    QSignalSpy verified(m_responder.get(), &VerificationResponder::verified);
    QSignalSpy notVerified(m_responder.get(), &VerificationResponder::notVerified);
    QVERIFY(!m_responder->respond(delivery, given));
    QCOMPARE(notVerified.size(), 1);
    QVERIFY2(notVerified.first().at(1).toString().contains(QStringLiteral("alg none")),
             qPrintable(notVerified.first().at(1).toString()));
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY(m_tracker->isAwaiting(5));
    QCOMPARE(verified.size(), 0);
}

QTEST_GUILESS_MAIN(tst_VerificationResponder)
#include "tst_VerificationResponder.moc"
