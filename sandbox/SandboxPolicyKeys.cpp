#include "sandbox/SandboxPolicyKeys.h"

#include "sandbox/SandboxOpenSsl.h"

#include <openssl/pem.h>
#include <openssl/rand.h>

using Algorithm = SandboxJwsSigner::Algorithm;
using KeyKind = SandboxJwsSigner::KeyKind;
using Ssl = SandboxOpenSsl;

namespace {

namespace JwkKeys {
constexpr QLatin1StringView KeyType{"kty"};
constexpr QLatin1StringView KeyId{"kid"};
constexpr QLatin1StringView Algorithm{"alg"};
constexpr QLatin1StringView Use{"use"};
constexpr QLatin1StringView Modulus{"n"};
constexpr QLatin1StringView Exponent{"e"};
constexpr QLatin1StringView Curve{"crv"};
constexpr QLatin1StringView X{"x"};
constexpr QLatin1StringView Y{"y"};
} // namespace JwkKeys

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    ERR_clear_error(); // leave nothing for the next OpenSSL user on this thread
    return false;
}

QByteArray privatePem(EVP_PKEY *key)
{
    const Ssl::Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    if (!bio
        || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return Ssl::readAll(bio.get());
}

QByteArray publicPem(EVP_PKEY *key)
{
    const Ssl::Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), key) != 1)
        return {};
    return Ssl::readAll(bio.get());
}

// Whether `key` is what `algorithm` signs with (RSA >= 2048 bits, or the algorithm's curve).
bool fitsAlgorithm(EVP_PKEY *key, Algorithm algorithm)
{
    if (SandboxJwsSigner::keyKind(algorithm) == KeyKind::Rsa)
        return Ssl::isRsaForJws(key);
    return Ssl::isNistCurve(key, SandboxJwsSigner::curveName(algorithm).toLatin1().constData());
}

// The big-endian bytes of a key parameter, left-padded to `width` bytes (0: minimal).
QByteArray numberParameter(EVP_PKEY *key, const char *name, int width)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1) {
        ERR_clear_error();
        return {};
    }
    const Ssl::Ptr<BIGNUM> number(raw);
    const int size = width > 0 ? width : BN_num_bytes(number.get());
    QByteArray bytes(size, Qt::Uninitialized);
    if (BN_bn2binpad(number.get(), reinterpret_cast<unsigned char *>(bytes.data()), size) != size)
        return {};
    return bytes;
}

} // namespace

int SandboxPolicyKeys::secretRandomBytes(Algorithm algorithm)
{
    return SandboxJwsSigner::keyKind(algorithm) == KeyKind::Secret
            ? SandboxJwsSigner::digestBits(algorithm) / 8
            : 0;
}

SandboxPolicyKeys SandboxPolicyKeys::generate(Algorithm algorithm, QString *error)
{
    SandboxPolicyKeys keys;
    keys.m_algorithm = algorithm;
    switch (SandboxJwsSigner::keyKind(algorithm)) {
    case KeyKind::None:
        break;
    case KeyKind::Secret: {
        QByteArray random(secretRandomBytes(algorithm), Qt::Uninitialized);
        if (RAND_bytes(reinterpret_cast<unsigned char *>(random.data()), int(random.size())) != 1) {
            fail(error, Ssl::errorText(QStringLiteral("No random secret could be made")));
            return keys;
        }
        keys.m_secret = SandboxJwsSigner::base64Url(random);
        break;
    }
    case KeyKind::Rsa:
    case KeyKind::EllipticCurve: {
        const bool rsa = SandboxJwsSigner::keyKind(algorithm) == KeyKind::Rsa;
        const QByteArray curve = SandboxJwsSigner::curveName(algorithm).toLatin1();
        const Ssl::Ptr<EVP_PKEY> key(
                rsa ? EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(Ssl::MinimumRsaBits))
                    : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve.constData()));
        if (key) {
            keys.m_privateKeyPem = privatePem(key.get());
            keys.m_publicKeyPem = publicPem(key.get());
        }
        if (keys.m_privateKeyPem.isEmpty() || keys.m_publicKeyPem.isEmpty()) {
            fail(error,
                 Ssl::errorText(QStringLiteral("No %1 key could be made")
                                        .arg(SandboxJwsSigner::jwsName(algorithm))));
            return keys;
        }
        break;
    }
    }
    keys.m_valid = true;
    return keys;
}

SandboxPolicyKeys SandboxPolicyKeys::fromStored(Algorithm algorithm,
                                                const QByteArray &privateKeyPem,
                                                const QByteArray &publicKeyPem,
                                                const QByteArray &secret, QString *error)
{
    SandboxPolicyKeys keys;
    keys.m_algorithm = algorithm;
    const QString name = SandboxJwsSigner::policyName(algorithm);
    switch (SandboxJwsSigner::keyKind(algorithm)) {
    case KeyKind::None:
        break;
    case KeyKind::Secret:
        if (secret.isEmpty()) {
            fail(error, QStringLiteral("The %1 policy has no secret").arg(name));
            return keys;
        }
        keys.m_secret = secret;
        break;
    case KeyKind::Rsa:
    case KeyKind::EllipticCurve: {
        const Ssl::Ptr<BIO> bio = Ssl::memoryBuffer(privateKeyPem);
        const Ssl::Ptr<EVP_PKEY> key(
                bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
        if (!key) {
            fail(error,
                 Ssl::errorText(QStringLiteral("The private key of the %1 policy cannot be read")
                                        .arg(name)));
            return keys;
        }
        if (!fitsAlgorithm(key.get(), algorithm)) {
            fail(error, QStringLiteral("The private key does not fit jwt_alg %1").arg(name));
            return keys;
        }
        const QByteArray derivedPublicPem = publicPem(key.get());
        if (derivedPublicPem.isEmpty() || derivedPublicPem != publicKeyPem) {
            fail(error,
                 QStringLiteral("The public key of the %1 policy does not match its "
                                "private key")
                         .arg(name));
            return keys;
        }
        keys.m_privateKeyPem = privateKeyPem;
        keys.m_publicKeyPem = publicKeyPem;
        break;
    }
    }
    keys.m_valid = true;
    return keys;
}

QByteArray SandboxPolicyKeys::signingKey() const
{
    return SandboxJwsSigner::keyKind(m_algorithm) == KeyKind::Secret ? m_secret : m_privateKeyPem;
}

QJsonObject SandboxPolicyKeys::publicJwk(const QString &keyId) const
{
    const KeyKind kind = SandboxJwsSigner::keyKind(m_algorithm);
    if (kind != KeyKind::Rsa && kind != KeyKind::EllipticCurve)
        return {};
    const Ssl::Ptr<BIO> bio = Ssl::memoryBuffer(m_publicKeyPem);
    const Ssl::Ptr<EVP_PKEY> key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr)
                                     : nullptr);
    ERR_clear_error();
    if (!key)
        return {};
    QJsonObject jwk{{JwkKeys::KeyId, keyId},
                    {JwkKeys::Algorithm, SandboxJwsSigner::jwsName(m_algorithm)},
                    {JwkKeys::Use, QStringLiteral("sig")}};
    if (kind == KeyKind::Rsa) {
        const QByteArray modulus = numberParameter(key.get(), OSSL_PKEY_PARAM_RSA_N, 0);
        const QByteArray exponent = numberParameter(key.get(), OSSL_PKEY_PARAM_RSA_E, 0);
        if (modulus.isEmpty() || exponent.isEmpty())
            return {};
        jwk.insert(JwkKeys::KeyType, QStringLiteral("RSA"));
        jwk.insert(JwkKeys::Modulus, QString::fromLatin1(SandboxJwsSigner::base64Url(modulus)));
        jwk.insert(JwkKeys::Exponent, QString::fromLatin1(SandboxJwsSigner::base64Url(exponent)));
    } else {
        const int width = SandboxJwsSigner::ecCoordinateBytes(m_algorithm);
        const QByteArray x = numberParameter(key.get(), OSSL_PKEY_PARAM_EC_PUB_X, width);
        const QByteArray y = numberParameter(key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, width);
        if (x.isEmpty() || y.isEmpty())
            return {};
        jwk.insert(JwkKeys::KeyType, QStringLiteral("EC"));
        jwk.insert(JwkKeys::Curve, SandboxJwsSigner::curveName(m_algorithm));
        jwk.insert(JwkKeys::X, QString::fromLatin1(SandboxJwsSigner::base64Url(x)));
        jwk.insert(JwkKeys::Y, QString::fromLatin1(SandboxJwsSigner::base64Url(y)));
    }
    return jwk;
}
