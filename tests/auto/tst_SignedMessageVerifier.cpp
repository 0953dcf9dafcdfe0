// Sandbox signs, receiver verifies: a real policy is created on the sandbox for each of the
// ten algorithms of reference §4, a webhook linked to it is test-fired at the built-in
// DeliveryReceiver, and SignedMessageVerifier checks what arrived with the policy's key (the
// public key of the 201 answer, the hs* secret from the sandbox-only endpoint, or OpenID
// Connect discovery on the sandbox). A tampered body, a wrong audience, an expired and a
// not-yet-valid token are each reported as failed.
#include "models/receiver/DeliveryReceiver.h"
#include "models/receiver/OidcKeyFetcher.h"
#include "models/receiver/SignedMessageVerifier.h"
#include "tests/support/SandboxFixture.h"
#include "tests/support/WarningGuard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Outcome = SignedMessageCheck::Outcome;
using Signature = DeliveryDecoder::Signature;

namespace {

const QString Audience = u"hookbench-tests"_s;

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

class tst_SignedMessageVerifier final : public QObject
{
    Q_OBJECT

private:
    struct Policy
    {
        qint64 id = 0;
        DeliveryDecoder::Keys keys;
    };

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<DeliveryReceiver> m_receiver;
    QNetworkAccessManager m_network;

    QUrl sandboxOrigin() const { return m_sandbox->server()->baseUrl().adjusted(QUrl::RemovePath); }

    // Creates a policy; its public key from the 201 answer, or its hs* secret.
    Policy createPolicy(const QString &algorithm, const QJsonValue &expiresIn = {})
    {
        QJsonObject fields{{u"jwt_alg"_s, algorithm}, {u"jwt_audience"_s, Audience}};
        if (!expiresIn.isUndefined())
            fields.insert(u"jwt_claim_expires_in"_s, expiresIn);
        const auto created = m_sandbox->send("POST", u"/webhook_policies"_s, json(fields));
        if (created.status != 201) {
            qWarning("policy not created: %d %s", created.status, created.body.constData());
            return {};
        }
        Policy policy;
        policy.id = created.json().object().value(u"id"_s).toInteger();
        policy.keys.publicKeyPem
                = created.json().object().value(u"public_key_pem"_s).toString().toLatin1();
        if (algorithm.startsWith(u"hs")) {
            const auto secret = m_sandbox->get(
                    sandboxOrigin()
                            .resolved(
                                    QUrl(u"/_sandbox/webhook_policies/%1/secret"_s.arg(policy.id)))
                            .toString());
            policy.keys.secret = secret.json().object().value(u"secret"_s).toString().toLatin1();
        }
        return policy;
    }

    // Creates a webhook linked to `policyId` pointing at the receiver, test-fires it and
    // returns the delivery that arrived (sequence 0 when none).
    Delivery fire(qint64 policyId, bool discovery)
    {
        const auto created = m_sandbox->send(
                "POST", u"/webhooks"_s,
                json({{u"event"_s, u"request.create"_s},
                      {u"uri"_s,
                       m_receiver->baseUrl().resolved(QUrl(u"/hooks/signed"_s)).toString()},
                      {u"webhook_policy_id"_s, policyId},
                      {u"openid_connect_discovery"_s, discovery}}));
        const qint64 webhookId = created.json().object().value(u"id"_s).toInteger();
        if (created.status != 201 || webhookId <= 0) {
            qWarning("webhook not created: %d %s", created.status, created.body.constData());
            return {};
        }
        QSignalSpy received(m_receiver.get(), &DeliveryReceiver::deliveryReceived);
        const auto test = m_sandbox->send("POST", u"/webhooks/%1/test"_s.arg(webhookId));
        if (test.status != 204 || (received.isEmpty() && !received.wait(10000))) {
            qWarning("no test message: %d", test.status);
            return {};
        }
        return received.constFirst().constFirst().value<Delivery>();
    }

    // The final report for `delivery` (after discovery, when it needs it).
    static SignedMessageCheck::Report verify(SignedMessageVerifier &verifier,
                                             const Delivery &delivery)
    {
        QSignalSpy checked(&verifier, &SignedMessageVerifier::checked);
        verifier.verify(delivery);
        if (checked.isEmpty() && !checked.wait(10000))
            return {};
        return checked.constFirst().at(1).value<SignedMessageCheck::Report>();
    }

    SignedMessageVerifier *newVerifier()
    {
        auto *verifier = new SignedMessageVerifier(&m_network, this);
        verifier->setSandboxOrigin(sandboxOrigin());
        verifier->setAccountUrl(u"https://wdc.4me.com"_s);
        return verifier;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SignedMessageCheck::Report>();
        SandboxOptions options;
        options.burstLimit = 0;
        options.hourlyLimit = 0;
        options.verification = false;
        m_sandbox = std::make_unique<SandboxFixture>(options);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_receiver = std::make_unique<DeliveryReceiver>();
        QVERIFY(m_receiver->listen());
    }
    void init() { hb::test::failOnUnexpectedWarnings(); }
    void cleanup() { m_receiver->clear(); }

    void sandboxSignsReceiverVerifies_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<bool>("discovery");
        QTest::addColumn<int>("signature");
        for (const char *name :
             {"hs256", "hs384", "hs512", "rs256", "rs384", "rs512", "es256", "es384", "es512"}) {
            QTest::addRow("%s", name)
                    << QString::fromLatin1(name) << false << int(Signature::Valid);
        }
        QTest::addRow("none") << u"none"_s << false << int(Signature::Unsecured);
        for (const char *name : {"rs256", "rs512", "es256", "es384", "es512"}) {
            QTest::addRow("%s discovery", name)
                    << QString::fromLatin1(name) << true << int(Signature::Valid);
        }
    }

    void sandboxSignsReceiverVerifies()
    {
        QFETCH(QString, algorithm);
        QFETCH(bool, discovery);
        QFETCH(int, signature);
        const Policy policy = createPolicy(algorithm, 5);
        QVERIFY(policy.id > 0);
        const Delivery delivery = fire(policy.id, discovery);
        QVERIFY(delivery.sequence > 0);

        SignedMessageVerifier *verifier = newVerifier();
        verifier->setAudience(Audience);
        // Discovery finds the key by itself; otherwise the user gave it.
        if (!discovery)
            verifier->setPastedKeys(policy.keys);
        const SignedMessageCheck::Report report = verify(*verifier, delivery);
        QVERIFY(report.isSigned);
        QCOMPARE(int(report.signature), signature);
        QCOMPARE(report.header.value(u"alg"_s).toString().toLower(), algorithm);
        QCOMPARE(report.audience.outcome, Outcome::Passed);
        QCOMPARE(report.expires.outcome, Outcome::Passed);
        QCOMPARE(report.notBefore.outcome, Outcome::Passed);
        QVERIFY2(report.issuer.outcome == Outcome::Passed, qPrintable(report.issuer.reason));
        if (algorithm == u"none") {
            // Unsigned is never valid, and never trusted.
            QCOMPARE(report.toJson().value(u"signature"_s).toString(), u"unsigned"_s);
            QVERIFY(!report.trusted());
            QCOMPARE(report.keySource, SignedMessageCheck::KeySource::None);
        } else {
            QCOMPARE(report.toJson().value(u"signature"_s).toString(), u"valid"_s);
            QVERIFY(report.trusted());
            QCOMPARE(report.keySource,
                     discovery ? SignedMessageCheck::KeySource::Discovery
                               : SignedMessageCheck::KeySource::Pasted);
        }
        if (discovery) {
            QCOMPARE(report.keys.publicKeyPem, policy.keys.publicKeyPem);
            QVERIFY(report.issuer.reason.contains(u"sandbox"_s));
        }
    }

    void keyLookupComesFirst()
    {
        const Policy policy = createPolicy(u"es256"_s);
        const Policy other = createPolicy(u"es256"_s);
        const Delivery delivery = fire(policy.id, false);
        QVERIFY(delivery.sequence > 0);
        SignedMessageVerifier *verifier = newVerifier();
        SignedMessageVerifier::KeyQuery asked;
        verifier->setKeyLookup([&](const SignedMessageVerifier::KeyQuery &query) {
            asked = query;
            return policy.keys;
        });
        verifier->setAudienceLookup(
                [](const SignedMessageVerifier::KeyQuery &) { return std::optional(Audience); });
        verifier->setPastedKeys(other.keys); // the wrong key: not used
        const SignedMessageCheck::Report report = verify(*verifier, delivery);
        QCOMPARE(report.signature, Signature::Valid);
        QCOMPARE(report.keySource, SignedMessageCheck::KeySource::Lookup);
        QCOMPARE(report.audience.outcome, Outcome::Passed);
        QCOMPARE(asked.webhookId, delivery.webhookId);
        QCOMPARE(asked.algorithm, u"ES256"_s);

        // Without the lookup, the pasted (wrong) key says invalid.
        verifier->setKeyLookup({});
        const SignedMessageCheck::Report wrong = verify(*verifier, delivery);
        QCOMPARE(wrong.signature, Signature::Invalid);
        QVERIFY(!wrong.trusted());
    }

    void tamperedBodyIsInvalid()
    {
        const Policy policy = createPolicy(u"rs256"_s);
        Delivery delivery = fire(policy.id, false);
        QVERIFY(delivery.sequence > 0);
        // Change the claims (object_id) and keep the signature.
        const QByteArray jwt = QJsonDocument::fromJson(delivery.body)
                                       .object()
                                       .value(u"jwt"_s)
                                       .toString()
                                       .toLatin1();
        QList<QByteArray> parts = jwt.split('.');
        QCOMPARE(parts.size(), 3);
        QJsonObject claims
                = QJsonDocument::fromJson(
                          QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding))
                          .object();
        QJsonObject data = claims.value(u"data"_s).toObject();
        QVERIFY(data.contains(u"object_id"_s));
        data.insert(u"object_id"_s, 666);
        claims.insert(u"data"_s, data);
        parts[1] = base64Url(json(claims));
        delivery.body = json({{u"jwt"_s, QString::fromLatin1(parts.join('.'))}});

        SignedMessageVerifier *verifier = newVerifier();
        verifier->setPastedKeys(policy.keys);
        const SignedMessageCheck::Report report = verify(*verifier, delivery);
        QCOMPARE(report.signature, Signature::Invalid);
        QCOMPARE(report.toJson().value(u"signature"_s).toString(), u"invalid"_s);
        QVERIFY(report.signatureReason.contains(u"does not match"_s));
        QVERIFY(!report.trusted());
    }

    void wrongAudienceFails()
    {
        const Policy policy = createPolicy(u"hs256"_s);
        const Delivery delivery = fire(policy.id, false);
        QVERIFY(delivery.sequence > 0);
        SignedMessageVerifier *verifier = newVerifier();
        verifier->setPastedKeys(policy.keys);
        verifier->setAudience(u"another-receiver"_s);
        const SignedMessageCheck::Report report = verify(*verifier, delivery);
        QCOMPARE(report.signature, Signature::Valid);
        QCOMPARE(report.audience.outcome, Outcome::Failed);
        QVERIFY(report.audience.reason.contains(u"another-receiver"_s));
        QVERIFY(report.audience.reason.contains(Audience));
        QVERIFY(!report.trusted());
        const QJsonObject checks = report.toJson().value(u"checks"_s).toObject();
        QCOMPARE(checks.value(u"aud"_s).toObject().value(u"result"_s).toString(), u"failed"_s);
    }

    void expiredTokenFails()
    {
        const Policy policy = createPolicy(u"es384"_s, 1); // exp = iat + 1 minute
        const Delivery delivery = fire(policy.id, false);
        QVERIFY(delivery.sequence > 0);
        SignedMessageVerifier *verifier = newVerifier();
        verifier->setPastedKeys(policy.keys);
        verifier->setAudience(Audience);
        QDateTime now = QDateTime::currentDateTimeUtc();
        verifier->setClock([&now] { return now; });

        const SignedMessageCheck::Report fresh = verify(*verifier, delivery);
        QCOMPARE(fresh.expires.outcome, Outcome::Passed);
        QVERIFY(fresh.trusted());

        // 1 minute of validity and 60 s of leeway: 3 minutes later it has expired.
        now = now.addSecs(180);
        const SignedMessageCheck::Report expired = verify(*verifier, delivery);
        QCOMPARE(expired.signature, Signature::Valid);
        QCOMPARE(expired.expires.outcome, Outcome::Failed);
        QVERIFY(expired.expires.reason.contains(u"expired"_s));
        QVERIFY(!expired.trusted());

        // And 3 minutes before it was issued it was not valid yet.
        now = now.addSecs(-360);
        const SignedMessageCheck::Report early = verify(*verifier, delivery);
        QCOMPARE(early.notBefore.outcome, Outcome::Failed);
        QCOMPARE(early.expires.outcome, Outcome::Passed);
        QVERIFY(!early.trusted());
    }

    void issuerOfAnotherAccountFails()
    {
        const Policy policy = createPolicy(u"hs512"_s);
        const Delivery delivery = fire(policy.id, false);
        QVERIFY(delivery.sequence > 0);
        SignedMessageVerifier *verifier = newVerifier();
        verifier->setPastedKeys(policy.keys);
        verifier->setAccountUrl(u"https://other.4me.com"_s);
        const SignedMessageCheck::Report report = verify(*verifier, delivery);
        QCOMPARE(report.signature, Signature::Valid);
        QCOMPARE(report.issuer.outcome, Outcome::Failed);
        QVERIFY(report.issuer.reason.contains(u"https://other.4me.com"_s));
        QVERIFY(!report.trusted());
    }

    void missingKeyIsNotVerified()
    {
        const Policy policy = createPolicy(u"rs384"_s);
        const Delivery delivery = fire(policy.id, false); // no discovery: no kid, iss remote
        QVERIFY(delivery.sequence > 0);
        SignedMessageVerifier *verifier = newVerifier();
        const SignedMessageCheck::Report report = verify(*verifier, delivery);
        QCOMPARE(report.signature, Signature::NotVerified);
        QCOMPARE(report.toJson().value(u"signature"_s).toString(), u"not verified"_s);
        QVERIFY2(report.signatureReason.contains(u"discovery"_s),
                 qPrintable(report.signatureReason));
        QVERIFY(!report.trusted());
    }
};

QTEST_GUILESS_MAIN(tst_SignedMessageVerifier)
#include "tst_SignedMessageVerifier.moc"
