// The keys of the sandbox's webhook policies: the right kind and size for each jwt_alg,
// a public key that fits in the API's 2 KB, a JWK that is the same key, and stored keys that
// are checked when read back.
#include "sandbox/SandboxPolicyKeys.h"
#include "tests/support/JwsTestVerifier.h"

#include "tests/support/WarningGuard.h"
#include <QJsonObject>
#include <QTest>

using Algorithm = SandboxJwsSigner::Algorithm;

Q_DECLARE_METATYPE(SandboxJwsSigner::Algorithm)

class tst_SandboxPolicyKeys final : public QObject
{
    Q_OBJECT

private:
    static void algorithmRows()
    {
        QTest::addColumn<Algorithm>("algorithm");
        QTest::addColumn<QString>("publicKey"); // JwsTestVerifier::describePublicKey
        QTest::newRow("none") << Algorithm::None << QString();
        QTest::newRow("hs256") << Algorithm::Hs256 << QString();
        QTest::newRow("hs384") << Algorithm::Hs384 << QString();
        QTest::newRow("hs512") << Algorithm::Hs512 << QString();
        QTest::newRow("rs256") << Algorithm::Rs256 << "RSA 2048";
        QTest::newRow("rs384") << Algorithm::Rs384 << "RSA 2048";
        QTest::newRow("rs512") << Algorithm::Rs512 << "RSA 2048";
        QTest::newRow("es256") << Algorithm::Es256 << "EC 256 prime256v1";
        QTest::newRow("es384") << Algorithm::Es384 << "EC 384 secp384r1";
        QTest::newRow("es512") << Algorithm::Es512 << "EC 521 secp521r1";
    }
    static bool isSecretAlgorithm(Algorithm algorithm)
    {
        return SandboxJwsSigner::keyKind(algorithm) == SandboxJwsSigner::KeyKind::Secret;
    }

private Q_SLOTS:
    // Any warning fails the test function; expected ones are declared with ignoreMessage.
    void init() { hb::test::failOnUnexpectedWarnings(); }
    void generatesTheKeyOfTheAlgorithm_data() { algorithmRows(); }
    void generatesTheKeyOfTheAlgorithm()
    {
        QFETCH(Algorithm, algorithm);
        QFETCH(QString, publicKey);
        QString error;
        const SandboxPolicyKeys keys = SandboxPolicyKeys::generate(algorithm, &error);
        QVERIFY2(keys.isValid(), qPrintable(error));
        QCOMPARE(keys.algorithm(), algorithm);
        QCOMPARE(JwsTestVerifier::describePublicKey(keys.publicKeyPem()), publicKey);
        QVERIFY(keys.publicKeyPem().size() <= 2048);
        if (!publicKey.isEmpty()) {
            QVERIFY(keys.publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----\n"));
            QVERIFY(keys.privateKeyPem().startsWith("-----BEGIN PRIVATE KEY-----\n"));
            QCOMPARE(JwsTestVerifier::publicPemOf(keys.privateKeyPem()), keys.publicKeyPem());
            QCOMPARE(keys.signingKey(), keys.privateKeyPem());
            QVERIFY(keys.secret().isEmpty());
        } else {
            QVERIFY(keys.privateKeyPem().isEmpty());
        }
        if (isSecretAlgorithm(algorithm)) {
            bool base64Url = false;
            const QByteArray random = JwsTestVerifier::decodeBase64Url(keys.secret(), &base64Url);
            QVERIFY(base64Url);
            QCOMPARE(random.size(), SandboxJwsSigner::digestBits(algorithm) / 8);
            QVERIFY(random.size() >= 32);
            QCOMPARE(keys.signingKey(), keys.secret());
        } else {
            QVERIFY(keys.secret().isEmpty());
        }
    }

    void everyPolicyGetsItsOwnKeys_data() { algorithmRows(); }
    void everyPolicyGetsItsOwnKeys()
    {
        QFETCH(Algorithm, algorithm);
        if (algorithm == Algorithm::None)
            return; // no key at all
        const SandboxPolicyKeys first = SandboxPolicyKeys::generate(algorithm);
        const SandboxPolicyKeys second = SandboxPolicyKeys::generate(algorithm);
        QVERIFY(first.signingKey() != second.signingKey());
    }

    void publicJwkIsTheSameKey_data() { algorithmRows(); }
    void publicJwkIsTheSameKey()
    {
        QFETCH(Algorithm, algorithm);
        QFETCH(QString, publicKey);
        const SandboxPolicyKeys keys = SandboxPolicyKeys::generate(algorithm);
        const QJsonObject jwk = keys.publicJwk(QStringLiteral("kid-1"));
        if (publicKey.isEmpty()) {
            QVERIFY(jwk.isEmpty()); // a secret is never published
            return;
        }
        QCOMPARE(jwk.value(QStringLiteral("kid")).toString(), QStringLiteral("kid-1"));
        QCOMPARE(jwk.value(QStringLiteral("alg")).toString(), SandboxJwsSigner::jwsName(algorithm));
        QCOMPARE(jwk.value(QStringLiteral("use")).toString(), QStringLiteral("sig"));
        QVERIFY(!jwk.contains(QStringLiteral("d"))); // no private part
        if (publicKey.startsWith(u'R')) {
            QCOMPARE(jwk.value(QStringLiteral("kty")).toString(), QStringLiteral("RSA"));
            QCOMPARE(jwk.value(QStringLiteral("e")).toString(), QStringLiteral("AQAB"));
        } else {
            QCOMPARE(jwk.value(QStringLiteral("kty")).toString(), QStringLiteral("EC"));
            QCOMPARE(jwk.value(QStringLiteral("crv")).toString(),
                     SandboxJwsSigner::curveName(algorithm));
            // Coordinates keep their leading zero bytes (RFC 7518 §6.2.1.2).
            const int width = SandboxJwsSigner::ecCoordinateBytes(algorithm);
            QCOMPARE(JwsTestVerifier::decodeBase64Url(
                             jwk.value(QStringLiteral("x")).toString().toLatin1())
                             .size(),
                     width);
            QCOMPARE(JwsTestVerifier::decodeBase64Url(
                             jwk.value(QStringLiteral("y")).toString().toLatin1())
                             .size(),
                     width);
        }
        QCOMPARE(JwsTestVerifier::publicPemFromJwk(jwk), keys.publicKeyPem());
    }

    void jwkCoordinatesKeepLeadingZeros()
    {
        // About one P-256 key in 128 has a coordinate that starts with a zero byte; such a
        // coordinate must still be 32 bytes in the JWK, or receivers build another key.
        for (int attempt = 0; attempt < 5000; ++attempt) {
            const SandboxPolicyKeys keys = SandboxPolicyKeys::generate(Algorithm::Es256);
            const QByteArray point = JwsTestVerifier::ecPoint(keys.publicKeyPem());
            QCOMPARE(point.size(), 65);
            if (point.at(1) != 0 && point.at(33) != 0)
                continue;
            const QJsonObject jwk = keys.publicJwk(QStringLiteral("kid"));
            QCOMPARE(JwsTestVerifier::decodeBase64Url(
                             jwk.value(QStringLiteral("x")).toString().toLatin1()),
                     point.mid(1, 32));
            QCOMPARE(JwsTestVerifier::decodeBase64Url(
                             jwk.value(QStringLiteral("y")).toString().toLatin1()),
                     point.mid(33, 32));
            QCOMPARE(JwsTestVerifier::publicPemFromJwk(jwk), keys.publicKeyPem());
            return;
        }
        QFAIL("no key with a leading zero byte in 5000 attempts");
    }

    void storedKeysReadBack_data() { algorithmRows(); }
    void storedKeysReadBack()
    {
        QFETCH(Algorithm, algorithm);
        const SandboxPolicyKeys keys = SandboxPolicyKeys::generate(algorithm);
        QString error;
        const SandboxPolicyKeys stored = SandboxPolicyKeys::fromStored(
                algorithm, keys.privateKeyPem(), keys.publicKeyPem(), keys.secret(), &error);
        QVERIFY2(stored.isValid(), qPrintable(error));
        QCOMPARE(stored.signingKey(), keys.signingKey());
        QCOMPARE(stored.publicKeyPem(), keys.publicKeyPem());
    }

    void unfitStoredKeysAreRefused_data()
    {
        QTest::addColumn<Algorithm>("algorithm");
        QTest::addColumn<QByteArray>("privateKeyPem");
        QTest::addColumn<QByteArray>("publicKeyPem");
        QTest::addColumn<QByteArray>("secret");
        const SandboxPolicyKeys rsa = SandboxPolicyKeys::generate(Algorithm::Rs256);
        const SandboxPolicyKeys otherRsa = SandboxPolicyKeys::generate(Algorithm::Rs256);
        const SandboxPolicyKeys p256 = SandboxPolicyKeys::generate(Algorithm::Es256);
        QTest::newRow("hs256 without secret")
                << Algorithm::Hs256 << QByteArray() << QByteArray() << QByteArray();
        QTest::newRow("rs256 with another public key") << Algorithm::Rs256 << rsa.privateKeyPem()
                                                       << otherRsa.publicKeyPem() << QByteArray();
        QTest::newRow("rs256 without public key")
                << Algorithm::Rs256 << rsa.privateKeyPem() << QByteArray() << QByteArray();
        QTest::newRow("rs256 with a damaged private key")
                << Algorithm::Rs256 << rsa.privateKeyPem().left(200) << rsa.publicKeyPem()
                << QByteArray();
        QTest::newRow("es384 with a P-256 key")
                << Algorithm::Es384 << p256.privateKeyPem() << p256.publicKeyPem() << QByteArray();
        QTest::newRow("es256 with an RSA key")
                << Algorithm::Es256 << rsa.privateKeyPem() << rsa.publicKeyPem() << QByteArray();
    }
    void unfitStoredKeysAreRefused()
    {
        QFETCH(Algorithm, algorithm);
        QFETCH(QByteArray, privateKeyPem);
        QFETCH(QByteArray, publicKeyPem);
        QFETCH(QByteArray, secret);
        QString error;
        const SandboxPolicyKeys keys = SandboxPolicyKeys::fromStored(algorithm, privateKeyPem,
                                                                     publicKeyPem, secret, &error);
        QVERIFY(!keys.isValid());
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(QLatin1StringView("PRIVATE KEY")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxPolicyKeys)
#include "tst_SandboxPolicyKeys.moc"
