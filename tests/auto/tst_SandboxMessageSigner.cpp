// Signed messages of the sandbox (reference §4, Signing): {"jwt": ...} with the claims a
// receiver checks, verified for every algorithm with OpenSSL in the test, and OpenID Connect
// discovery that leads from iss to a JWKS holding the policy's public key.
#include "sandbox/SandboxMessageSigner.h"
#include "sandbox/SandboxPolicies.h"
#include "tests/support/JwsTestVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using Algorithm = SandboxJwsSigner::Algorithm;
using KeyKind = SandboxJwsSigner::KeyKind;

Q_DECLARE_METATYPE(SandboxJwsSigner::Algorithm)

class tst_SandboxMessageSigner final : public QObject
{
    Q_OBJECT

private:
    static inline const QString AccountUrl = QStringLiteral("https://wdc.4me.com");
    static inline const QUrl Origin = QUrl(QStringLiteral("http://127.0.0.1:8421/v1"));

    static QJsonObject message()
    {
        return QJsonObject{{QStringLiteral("webhook_id"), 42},
                           {QStringLiteral("event"), QStringLiteral("request.create")},
                           {QStringLiteral("object_id"), 12345},
                           {QStringLiteral("person_name"), QStringLiteral("Zoë")}};
    }
    // Creates one policy; *key receives what a receiver verifies with (public key or secret).
    static const SandboxPolicy *createPolicy(SandboxPolicies *policies, Algorithm algorithm,
                                             const QJsonObject &fields, QByteArray *key)
    {
        QJsonObject body = fields;
        body.insert(QStringLiteral("jwt_alg"), SandboxJwsSigner::policyName(algorithm));
        const SandboxPolicyReply reply = policies->create(body);
        if (reply.status != 201)
            return nullptr;
        const QJsonObject created = reply.body.toObject();
        const qint64 id = created.value(QStringLiteral("id")).toInteger();
        *key = created.value(QStringLiteral("public_key_pem")).toString().toLatin1();
        if (SandboxJwsSigner::keyKind(algorithm) == KeyKind::Secret) {
            *key = policies->secret(id)
                           .body.toObject()
                           .value(QStringLiteral("secret"))
                           .toString()
                           .toLatin1();
        }
        return policies->find(id);
    }
    static QByteArray jwtOf(const QByteArray &body)
    {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        if (object.keys() != QStringList{QStringLiteral("jwt")})
            return {};
        return object.value(QStringLiteral("jwt")).toString().toLatin1();
    }
    static void algorithmRows()
    {
        QTest::addColumn<Algorithm>("algorithm");
        for (const Algorithm algorithm : SandboxJwsSigner::allAlgorithms())
            QTest::newRow(qPrintable(SandboxJwsSigner::policyName(algorithm))) << algorithm;
    }

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void signsTheMessageWithEveryClaim_data() { algorithmRows(); }
    void signsTheMessageWithEveryClaim()
    {
        QFETCH(Algorithm, algorithm);
        SandboxPolicies policies;
        QByteArray key;
        const SandboxPolicy *policy = createPolicy(
                &policies, algorithm,
                QJsonObject{{QStringLiteral("jwt_audience"), QStringLiteral("https://receiver/")},
                            {QStringLiteral("jwt_claim_expires_in"), 15}},
                &key);
        QVERIFY(policy);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, QTimeZone::utc());
        QString error;
        const QByteArray body = SandboxMessageSigner::signedBody(message(), 42, AccountUrl, *policy,
                                                                 false, Origin, now, &error);
        QVERIFY2(!body.isEmpty(), qPrintable(error));
        const QByteArray jwt = jwtOf(body);
        QVERIFY2(!jwt.isEmpty(), body.constData());

        const QJsonObject header = JwsTestVerifier::jsonPart(jwt, 0);
        QCOMPARE(header.value(QStringLiteral("alg")).toString(),
                 SandboxJwsSigner::jwsName(algorithm));
        QVERIFY(!header.contains(QStringLiteral("kid")));

        const QJsonObject claims = JwsTestVerifier::jsonPart(jwt, 1);
        QCOMPARE(claims.value(QStringLiteral("data")).toObject(), message());
        QCOMPARE(claims.value(QStringLiteral("sub")).toString(), QStringLiteral("42"));
        QCOMPARE(claims.value(QStringLiteral("iss")).toString(), AccountUrl);
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(),
                 QStringLiteral("https://receiver/"));
        QCOMPARE(claims.value(QStringLiteral("iat")).toInteger(), 1'800'000'000);
        QCOMPARE(claims.value(QStringLiteral("nbf")).toInteger(), 1'800'000'000);
        QCOMPARE(claims.value(QStringLiteral("exp")).toInteger(), 1'800'000'000 + 15 * 60);
        QVERIFY(!QUuid::fromString(claims.value(QStringLiteral("jti")).toString()).isNull());

        QString why;
        if (algorithm == Algorithm::None) {
            QVERIFY(jwt.endsWith('.'));
            QVERIFY(key.isEmpty());
            QVERIFY(!JwsTestVerifier::verify(jwt, key, &why));
        } else {
            QVERIFY2(JwsTestVerifier::verify(jwt, key, &why), qPrintable(why));
        }

        // Every message has its own jti.
        const QByteArray again = jwtOf(SandboxMessageSigner::signedBody(
                message(), 42, AccountUrl, *policy, false, Origin, now));
        QVERIFY(JwsTestVerifier::jsonPart(again, 1).value(QStringLiteral("jti"))
                != claims.value(QStringLiteral("jti")));
    }

    void leavesOutAudienceAndExpiryWhenUnset()
    {
        SandboxPolicies policies;
        QByteArray key;
        const SandboxPolicy *policy = createPolicy(&policies, Algorithm::Hs256, {}, &key);
        const QJsonObject claims = JwsTestVerifier::jsonPart(
                jwtOf(SandboxMessageSigner::signedBody(message(), 1, AccountUrl, *policy, false,
                                                       Origin)),
                1);
        QVERIFY(claims.contains(QStringLiteral("iat")));
        QVERIFY(!claims.contains(QStringLiteral("aud")));
        QVERIFY(!claims.contains(QStringLiteral("exp")));

        const QDateTime now = QDateTime::currentDateTimeUtc();
        policies.update(policy->id, QJsonObject{{QStringLiteral("jwt_claim_expires_in"), 0}});
        const QJsonObject expiring = SandboxMessageSigner::claims(
                message(), 1, AccountUrl, *policies.find(policy->id), now, QStringLiteral("j"));
        QCOMPARE(expiring.value(QStringLiteral("exp")).toInteger(), now.toSecsSinceEpoch());
    }

    void discoveryLeadsToThePublicKey_data() { algorithmRows(); }
    void discoveryLeadsToThePublicKey()
    {
        QFETCH(Algorithm, algorithm);
        SandboxPolicies policies;
        QByteArray key;
        const SandboxPolicy *policy = createPolicy(&policies, algorithm, {}, &key);
        const QByteArray jwt = jwtOf(
                SandboxMessageSigner::signedBody(message(), 42, AccountUrl, *policy, true, Origin));
        const QJsonObject header = JwsTestVerifier::jsonPart(jwt, 0);
        const QString kid = header.value(QStringLiteral("kid")).toString();
        QCOMPARE(kid, policy->name);

        const QString iss
                = JwsTestVerifier::jsonPart(jwt, 1).value(QStringLiteral("iss")).toString();
        QCOMPARE(iss, QStringLiteral("http://127.0.0.1:8421/webhook_policies/") + policy->name);

        // ISS/.well-known/openid-configuration -> jwks_uri -> the key with the header's kid.
        const QUrl configurationUrl(iss + QStringLiteral("/.well-known/openid-configuration"));
        const SandboxMessageSigner::DiscoveryRequest configurationRequest
                = SandboxMessageSigner::parseDiscoveryPath(configurationUrl.path());
        QCOMPARE(configurationRequest.document,
                 SandboxMessageSigner::Document::OpenIdConfiguration);
        const SandboxPolicy *found = policies.findByName(configurationRequest.policyName);
        QCOMPARE(found, policy);
        const QJsonObject configuration = SandboxMessageSigner::openIdConfiguration(*found, Origin);
        QCOMPARE(configuration.value(QStringLiteral("issuer")).toString(), iss);
        QCOMPARE(configuration.value(QStringLiteral("id_token_signing_alg_values_supported"))
                         .toArray(),
                 QJsonArray{SandboxJwsSigner::jwsName(algorithm)});
        const QUrl jwksUri(configuration.value(QStringLiteral("jwks_uri")).toString());
        QCOMPARE(jwksUri.scheme(), QStringLiteral("http"));
        QCOMPARE(jwksUri.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(jwksUri.port(), 8421);
        const SandboxMessageSigner::DiscoveryRequest jwksRequest
                = SandboxMessageSigner::parseDiscoveryPath(jwksUri.path());
        QCOMPARE(jwksRequest.document, SandboxMessageSigner::Document::Jwks);
        QCOMPARE(jwksRequest.policyName, policy->name);

        const QJsonArray keys
                = SandboxMessageSigner::jwks(*policies.findByName(jwksRequest.policyName))
                          .value(QStringLiteral("keys"))
                          .toArray();
        if (SandboxJwsSigner::keyKind(algorithm) == KeyKind::Secret
            || algorithm == Algorithm::None) {
            QVERIFY(keys.isEmpty()); // nothing public to publish
            return;
        }
        QCOMPARE(keys.size(), 1);
        const QJsonObject jwk = keys.at(0).toObject();
        QCOMPARE(jwk.value(QStringLiteral("kid")).toString(), kid);
        const QByteArray publicKeyPem = JwsTestVerifier::publicPemFromJwk(jwk);
        QCOMPARE(publicKeyPem, key); // the JWKS holds the key shown at create
        QString why;
        QVERIFY2(JwsTestVerifier::verify(jwt, publicKeyPem, &why), qPrintable(why));
    }

    void otherPathsAreNoDiscovery_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("API") << "/v1/webhook_policies/1";
        QTest::newRow("issuer itself") << "/webhook_policies/abc";
        QTest::newRow("no name") << "/webhook_policies//.well-known/jwks.json";
        QTest::newRow("nested name") << "/webhook_policies/a/b/.well-known/jwks.json";
        QTest::newRow("other document") << "/webhook_policies/abc/.well-known/other";
        QTest::newRow("prefix elsewhere") << "/x/webhook_policies/abc/.well-known/jwks.json";
    }
    void otherPathsAreNoDiscovery()
    {
        QFETCH(QString, path);
        QCOMPARE(SandboxMessageSigner::parseDiscoveryPath(path).document,
                 SandboxMessageSigner::Document::None);
    }

    void unusableKeysGiveAnError()
    {
        SandboxPolicy policy; // as if its keys were lost
        policy.algorithm = Algorithm::Rs256;
        QString error;
        QCOMPARE(SandboxMessageSigner::signedBody(message(), 1, AccountUrl, policy, false, Origin,
                                                  QDateTime::currentDateTimeUtc(), &error),
                 QByteArray());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SandboxMessageSigner)
#include "tst_SandboxMessageSigner.moc"
