// The sandbox's JWS signer: compact JWS for the ten jwt_alg values, checked with OpenSSL
// (and Qt's HMAC) in the test, never with the signer's own code or the receiver's verifier.
#include "sandbox/SandboxJwsSigner.h"
#include "tests/support/JwsTestVerifier.h"

#include "tests/support/WarningGuard.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Algorithm = SandboxJwsSigner::Algorithm;

Q_DECLARE_METATYPE(SandboxJwsSigner::Algorithm)

class tst_SandboxJwsSigner final : public QObject
{
    Q_OBJECT

private:
    static QJsonObject sampleClaims()
    {
        return QJsonObject{
                {QStringLiteral("sub"), QStringLiteral("42")},
                {QStringLiteral("data"),
                 QJsonObject{{QStringLiteral("event"), QStringLiteral("request.create")},
                             {QStringLiteral("person_name"), QStringLiteral("Zoë Ångström ✓")}}}};
    }
    // A key made here with OpenSSL, and the key a receiver checks with.
    static void keysFor(Algorithm algorithm, QByteArray *signingKey, QByteArray *verifyingKey)
    {
        switch (SandboxJwsSigner::keyKind(algorithm)) {
        case SandboxJwsSigner::KeyKind::None:
            break;
        case SandboxJwsSigner::KeyKind::Secret:
            *signingKey = "a shared secret of the policy, long enough for HS512 ............";
            *verifyingKey = *signingKey;
            break;
        case SandboxJwsSigner::KeyKind::Rsa:
            *signingKey = JwsTestVerifier::generatePrivatePem("RSA", 2048);
            *verifyingKey = JwsTestVerifier::publicPemOf(*signingKey);
            break;
        case SandboxJwsSigner::KeyKind::EllipticCurve:
            *signingKey = JwsTestVerifier::generatePrivatePem(
                    "EC", 0, SandboxJwsSigner::curveName(algorithm).toLatin1().constData());
            *verifyingKey = JwsTestVerifier::publicPemOf(*signingKey);
            break;
        }
    }
    static void algorithmRows()
    {
        QTest::addColumn<Algorithm>("algorithm");
        QTest::addColumn<QString>("policyName");
        QTest::addColumn<QString>("jwsName");
        QTest::addColumn<int>("signatureBytes"); // -1: varies (none: 0)
        QTest::newRow("none") << Algorithm::None << "none"
                              << "none" << 0;
        QTest::newRow("hs256") << Algorithm::Hs256 << "hs256"
                               << "HS256" << 32;
        QTest::newRow("hs384") << Algorithm::Hs384 << "hs384"
                               << "HS384" << 48;
        QTest::newRow("hs512") << Algorithm::Hs512 << "hs512"
                               << "HS512" << 64;
        QTest::newRow("rs256") << Algorithm::Rs256 << "rs256"
                               << "RS256" << 256;
        QTest::newRow("rs384") << Algorithm::Rs384 << "rs384"
                               << "RS384" << 256;
        QTest::newRow("rs512") << Algorithm::Rs512 << "rs512"
                               << "RS512" << 256;
        QTest::newRow("es256") << Algorithm::Es256 << "es256"
                               << "ES256" << 64;
        QTest::newRow("es384") << Algorithm::Es384 << "es384"
                               << "ES384" << 96;
        QTest::newRow("es512") << Algorithm::Es512 << "es512"
                               << "ES512" << 132;
    }

private Q_SLOTS:
    // Any warning fails the test function; expected ones are declared with ignoreMessage.
    void init() { hb::test::failOnUnexpectedWarnings(); }
    void names_data() { algorithmRows(); }
    void names()
    {
        QFETCH(Algorithm, algorithm);
        QFETCH(QString, policyName);
        QFETCH(QString, jwsName);
        QCOMPARE(SandboxJwsSigner::policyName(algorithm), policyName);
        QCOMPARE(SandboxJwsSigner::jwsName(algorithm), jwsName);
        QCOMPARE(SandboxJwsSigner::fromPolicyName(policyName), std::optional(algorithm));
        QVERIFY(SandboxJwsSigner::allAlgorithms().contains(algorithm));
    }

    void rejectsOtherNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << "";
        QTest::newRow("upper-case") << "HS256";
        QTest::newRow("padded") << " rs256";
        QTest::newRow("unknown size") << "hs1024";
        QTest::newRow("PS256") << "ps256";
        QTest::newRow("None capitalized") << "None";
    }
    void rejectsOtherNames()
    {
        QFETCH(QString, name);
        QCOMPARE(SandboxJwsSigner::fromPolicyName(name), std::nullopt);
    }

    void base64UrlHasNoPadding_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("one byte") << QByteArray("f") << QByteArray("Zg");
        QTest::newRow("two bytes") << QByteArray("fo") << QByteArray("Zm8");
        QTest::newRow("url alphabet") << QByteArray("\xfb\xff\xbf", 3) << QByteArray("-_-_");
    }
    void base64UrlHasNoPadding()
    {
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, encoded);
        QCOMPARE(SandboxJwsSigner::base64Url(data), encoded);
    }

    void signsVerifiably_data() { algorithmRows(); }
    void signsVerifiably()
    {
        QFETCH(Algorithm, algorithm);
        QFETCH(QString, jwsName);
        QFETCH(int, signatureBytes);
        QByteArray signingKey;
        QByteArray verifyingKey;
        keysFor(algorithm, &signingKey, &verifyingKey);
        if (QTest::currentTestFailed())
            return;

        QString error;
        const QByteArray jws
                = SandboxJwsSigner::sign(algorithm, sampleClaims(), signingKey, {}, &error);
        QVERIFY2(!jws.isEmpty(), qPrintable(error));
        QCOMPARE(jws.count('.'), 2);
        QVERIFY(!jws.contains('='));
        for (const QByteArray &part : jws.split('.')) {
            bool base64Url = false;
            JwsTestVerifier::decodeBase64Url(part, &base64Url);
            QVERIFY2(base64Url, part.constData());
        }

        const QJsonObject header = JwsTestVerifier::jsonPart(jws, 0);
        QCOMPARE(header.value(QStringLiteral("alg")).toString(), jwsName);
        QCOMPARE(header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
        QVERIFY(!header.contains(QStringLiteral("kid")));
        QCOMPARE(header.size(), 2);
        QCOMPARE(JwsTestVerifier::jsonPart(jws, 1), sampleClaims());
        QCOMPARE(JwsTestVerifier::signature(jws).size(), signatureBytes);

        if (algorithm == Algorithm::None) {
            QVERIFY(jws.endsWith('.'));
            QVERIFY(!JwsTestVerifier::verify(jws, verifyingKey));
            return;
        }
        QString why;
        QVERIFY2(JwsTestVerifier::verify(jws, verifyingKey, &why), qPrintable(why));
    }

    void keyIdGoesIntoTheHeader()
    {
        const QByteArray jws = SandboxJwsSigner::sign(Algorithm::Hs256, sampleClaims(), "secret",
                                                      QStringLiteral("policy-kid"));
        QCOMPARE(JwsTestVerifier::jsonPart(jws, 0).value(QStringLiteral("kid")).toString(),
                 QStringLiteral("policy-kid"));
        QVERIFY(JwsTestVerifier::verify(jws, "secret"));
    }

    void tamperingBreaksTheSignature_data() { algorithmRows(); }
    void tamperingBreaksTheSignature()
    {
        QFETCH(Algorithm, algorithm);
        if (algorithm == Algorithm::None)
            return; // nothing is signed; signsVerifiably shows it never verifies
        QByteArray signingKey;
        QByteArray verifyingKey;
        keysFor(algorithm, &signingKey, &verifyingKey);
        if (QTest::currentTestFailed())
            return;
        const QByteArray jws = SandboxJwsSigner::sign(algorithm, sampleClaims(), signingKey);
        QList<QByteArray> parts = jws.split('.');
        QJsonObject claims = sampleClaims();
        claims.insert(QStringLiteral("sub"), QStringLiteral("43"));
        parts[1]
                = SandboxJwsSigner::base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
        QVERIFY(!JwsTestVerifier::verify(parts.join('.'), verifyingKey));

        QByteArray otherKey;
        QByteArray otherVerifyingKey;
        keysFor(algorithm, &otherKey, &otherVerifyingKey);
        if (QTest::currentTestFailed())
            return;
        if (SandboxJwsSigner::keyKind(algorithm) == SandboxJwsSigner::KeyKind::Secret)
            otherVerifyingKey = "another secret";
        QVERIFY(!JwsTestVerifier::verify(jws, otherVerifyingKey));
    }

    void unfitKeysAreRefused_data()
    {
        QTest::addColumn<Algorithm>("algorithm");
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("hs256 without secret") << Algorithm::Hs256 << QByteArray();
        QTest::newRow("rs256 with garbage") << Algorithm::Rs256 << QByteArray("not a key");
        QTest::newRow("rs256 with a 1024-bit key")
                << Algorithm::Rs256 << JwsTestVerifier::generatePrivatePem("RSA", 1024);
        QTest::newRow("rs256 with an EC key")
                << Algorithm::Rs256 << JwsTestVerifier::generatePrivatePem("EC", 0, "P-256");
        QTest::newRow("es256 with an RSA key")
                << Algorithm::Es256 << JwsTestVerifier::generatePrivatePem("RSA", 2048);
        QTest::newRow("es256 on P-384")
                << Algorithm::Es256 << JwsTestVerifier::generatePrivatePem("EC", 0, "P-384");
        QTest::newRow("es256 on secp256k1")
                << Algorithm::Es256 << JwsTestVerifier::generatePrivatePem("EC", 0, "secp256k1");
        QTest::newRow("es512 without key") << Algorithm::Es512 << QByteArray();
    }
    void unfitKeysAreRefused()
    {
        QFETCH(Algorithm, algorithm);
        QFETCH(QByteArray, key);
        QString error;
        QCOMPARE(SandboxJwsSigner::sign(algorithm, sampleClaims(), key, {}, &error), QByteArray());
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(QLatin1StringView("PRIVATE KEY")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxJwsSigner)
#include "tst_SandboxJwsSigner.moc"
