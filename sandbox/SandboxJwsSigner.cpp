#include "sandbox/SandboxJwsSigner.h"

#include "sandbox/SandboxOpenSsl.h"

#include <QJsonDocument>

#include <openssl/hmac.h>
#include <openssl/pem.h>

using Ssl = SandboxOpenSsl;

namespace {

namespace HeaderKeys {
constexpr QLatin1StringView Algorithm{"alg"};
constexpr QLatin1StringView Type{"typ"};
constexpr QLatin1StringView KeyId{"kid"};
} // namespace HeaderKeys

const EVP_MD *digestFor(int bits)
{
    switch (bits) {
    case 256:
        return EVP_sha256();
    case 384:
        return EVP_sha384();
    case 512:
        return EVP_sha512();
    default:
        return nullptr;
    }
}

QByteArray fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    ERR_clear_error(); // leave nothing for the next OpenSSL user on this thread
    return {};
}

QByteArray hmac(int bits, const QByteArray &secret, const QByteArray &input, QString *error)
{
    if (secret.isEmpty())
        return fail(error, QStringLiteral("The policy has no shared secret"));
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    if (!HMAC(digestFor(bits), secret.constData(), int(secret.size()),
              reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()), mac,
              &macLength)) {
        return fail(error, Ssl::errorText(QStringLiteral("HMAC failed")));
    }
    return QByteArray(reinterpret_cast<const char *>(mac), qsizetype(macLength));
}

Ssl::Ptr<EVP_PKEY> readPrivateKey(const QByteArray &pem, QString *error)
{
    const Ssl::Ptr<BIO> bio = Ssl::memoryBuffer(pem);
    Ssl::Ptr<EVP_PKEY> key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr)
                               : nullptr);
    if (!key)
        fail(error, Ssl::errorText(QStringLiteral("The policy's private key cannot be read")));
    return key;
}

// The DER signature of EVP_DigestSign; for ECDSA that is an ECDSA-Sig-Value.
QByteArray digestSign(EVP_PKEY *key, int bits, const QByteArray &input, QString *error)
{
    const Ssl::Ptr<EVP_MD_CTX> context(EVP_MD_CTX_new());
    size_t length = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(input.constData());
    if (!context || EVP_DigestSignInit(context.get(), nullptr, digestFor(bits), nullptr, key) != 1
        || EVP_DigestSign(context.get(), nullptr, &length, data, size_t(input.size())) != 1) {
        return fail(error, Ssl::errorText(QStringLiteral("Signing failed")));
    }
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       data, size_t(input.size()))
        != 1) {
        return fail(error, Ssl::errorText(QStringLiteral("Signing failed")));
    }
    signature.truncate(qsizetype(length));
    return signature;
}

// ECDSA-Sig-Value (DER) -> R||S, each left-padded to the curve's size (RFC 7518 §3.4).
QByteArray rawEcdsaSignature(const QByteArray &der, int coordinateBytes, QString *error)
{
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    const Ssl::Ptr<ECDSA_SIG> signature(d2i_ECDSA_SIG(nullptr, &cursor, long(der.size())));
    if (!signature)
        return fail(error, Ssl::errorText(QStringLiteral("Signing failed")));
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(signature.get(), &r, &s);
    QByteArray raw(2 * coordinateBytes, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_bn2binpad(r, out, coordinateBytes) != coordinateBytes
        || BN_bn2binpad(s, out + coordinateBytes, coordinateBytes) != coordinateBytes) {
        return fail(error, QStringLiteral("Signing failed: the ECDSA signature is too large"));
    }
    return raw;
}

} // namespace

QList<SandboxJwsSigner::Algorithm> SandboxJwsSigner::allAlgorithms()
{
    return {Algorithm::None,  Algorithm::Hs256, Algorithm::Hs384, Algorithm::Hs512,
            Algorithm::Rs256, Algorithm::Rs384, Algorithm::Rs512, Algorithm::Es256,
            Algorithm::Es384, Algorithm::Es512};
}

std::optional<SandboxJwsSigner::Algorithm> SandboxJwsSigner::fromPolicyName(QStringView name)
{
    for (const Algorithm algorithm : allAlgorithms()) {
        if (name == policyName(algorithm))
            return algorithm;
    }
    return std::nullopt;
}

QString SandboxJwsSigner::policyName(Algorithm algorithm)
{
    const QString name = jwsName(algorithm);
    return name.toLower();
}

QString SandboxJwsSigner::jwsName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::None:
        return QStringLiteral("none");
    case Algorithm::Hs256:
        return QStringLiteral("HS256");
    case Algorithm::Hs384:
        return QStringLiteral("HS384");
    case Algorithm::Hs512:
        return QStringLiteral("HS512");
    case Algorithm::Rs256:
        return QStringLiteral("RS256");
    case Algorithm::Rs384:
        return QStringLiteral("RS384");
    case Algorithm::Rs512:
        return QStringLiteral("RS512");
    case Algorithm::Es256:
        return QStringLiteral("ES256");
    case Algorithm::Es384:
        return QStringLiteral("ES384");
    case Algorithm::Es512:
        return QStringLiteral("ES512");
    }
    Q_UNREACHABLE();
}

SandboxJwsSigner::KeyKind SandboxJwsSigner::keyKind(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::None:
        return KeyKind::None;
    case Algorithm::Hs256:
    case Algorithm::Hs384:
    case Algorithm::Hs512:
        return KeyKind::Secret;
    case Algorithm::Rs256:
    case Algorithm::Rs384:
    case Algorithm::Rs512:
        return KeyKind::Rsa;
    case Algorithm::Es256:
    case Algorithm::Es384:
    case Algorithm::Es512:
        return KeyKind::EllipticCurve;
    }
    Q_UNREACHABLE();
}

int SandboxJwsSigner::digestBits(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::None:
        return 0;
    case Algorithm::Hs256:
    case Algorithm::Rs256:
    case Algorithm::Es256:
        return 256;
    case Algorithm::Hs384:
    case Algorithm::Rs384:
    case Algorithm::Es384:
        return 384;
    case Algorithm::Hs512:
    case Algorithm::Rs512:
    case Algorithm::Es512:
        return 512;
    }
    Q_UNREACHABLE();
}

QString SandboxJwsSigner::curveName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Es256:
        return QStringLiteral("P-256");
    case Algorithm::Es384:
        return QStringLiteral("P-384");
    case Algorithm::Es512:
        return QStringLiteral("P-521"); // ES512 is ECDSA on P-521 with SHA-512
    default:
        return {};
    }
}

int SandboxJwsSigner::ecCoordinateBytes(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Es256:
        return 32;
    case Algorithm::Es384:
        return 48;
    case Algorithm::Es512:
        return 66;
    default:
        return 0;
    }
}

QByteArray SandboxJwsSigner::base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray SandboxJwsSigner::sign(Algorithm algorithm, const QJsonObject &claims,
                                  const QByteArray &key, const QString &keyId, QString *error)
{
    QJsonObject header{{HeaderKeys::Algorithm, jwsName(algorithm)},
                       {HeaderKeys::Type, QStringLiteral("JWT")}};
    if (!keyId.isEmpty())
        header.insert(HeaderKeys::KeyId, keyId);
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact))
            + '.' + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    QString signError;
    const QByteArray rawSignature = signature(algorithm, signingInput, key, &signError);
    if (rawSignature.isEmpty() && algorithm != Algorithm::None)
        return fail(error, signError);
    return signingInput + '.' + base64Url(rawSignature);
}

QByteArray SandboxJwsSigner::signature(Algorithm algorithm, const QByteArray &signingInput,
                                       const QByteArray &key, QString *error)
{
    const int bits = digestBits(algorithm);
    switch (keyKind(algorithm)) {
    case KeyKind::None:
        return {};
    case KeyKind::Secret:
        return hmac(bits, key, signingInput, error);
    case KeyKind::Rsa: {
        const Ssl::Ptr<EVP_PKEY> privateKey = readPrivateKey(key, error);
        if (!privateKey)
            return {};
        if (!Ssl::isRsaForJws(privateKey.get())) {
            return fail(error,
                        QStringLiteral("%1 needs an RSA key of at least %2 bits")
                                .arg(jwsName(algorithm))
                                .arg(Ssl::MinimumRsaBits));
        }
        return digestSign(privateKey.get(), bits, signingInput, error);
    }
    case KeyKind::EllipticCurve: {
        const Ssl::Ptr<EVP_PKEY> privateKey = readPrivateKey(key, error);
        if (!privateKey)
            return {};
        if (!Ssl::isNistCurve(privateKey.get(), curveName(algorithm).toLatin1().constData())) {
            return fail(error,
                        QStringLiteral("%1 needs an elliptic-curve key on %2")
                                .arg(jwsName(algorithm), curveName(algorithm)));
        }
        const QByteArray der = digestSign(privateKey.get(), bits, signingInput, error);
        if (der.isEmpty())
            return {};
        return rawEcdsaSignature(der, ecCoordinateBytes(algorithm), error);
    }
    }
    Q_UNREACHABLE();
}
