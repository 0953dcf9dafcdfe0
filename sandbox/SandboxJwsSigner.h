#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Compact JSON Web Signatures (RFC 7515) as the sandbox's webhook policies make them, for the
// ten algorithms of a policy's jwt_alg (reference §4, §7): none, HMAC (hs*), RSA PKCS #1 v1.5
// (rs*) and ECDSA (es*, with the raw R||S signature JWS requires). Pure functions; any thread.
class SandboxJwsSigner final
{
public:
    enum class Algorithm { None, Hs256, Hs384, Hs512, Rs256, Rs384, Rs512, Es256, Es384, Es512 };
    // The key an algorithm signs with.
    enum class KeyKind { None, Secret, Rsa, EllipticCurve };

    SandboxJwsSigner() = delete;

    static QList<Algorithm> allAlgorithms();
    // The policy's jwt_alg ("hs256"); nullopt for anything but the ten lower-case values.
    static std::optional<Algorithm> fromPolicyName(QStringView name);
    // "none", "hs256", ..., "es512"
    static QString policyName(Algorithm algorithm);
    // The JWS header's alg: "none", "HS256", ..., "ES512"
    static QString jwsName(Algorithm algorithm);
    static KeyKind keyKind(Algorithm algorithm);
    // SHA-2 digest size in bits (256, 384, 512); 0 for none.
    static int digestBits(Algorithm algorithm);
    // The NIST curve of an es* algorithm ("P-256", "P-384", "P-521"); empty for the others.
    static QString curveName(Algorithm algorithm);
    // Bytes of each of R and S in an es* signature (32, 48, 66); 0 for the others.
    static int ecCoordinateBytes(Algorithm algorithm);

    // base64url without padding (RFC 7515 §2).
    static QByteArray base64Url(const QByteArray &data);

    // The compact JWS "header.payload.signature" of `claims`, with the header
    // {"alg": jwsName, "typ": "JWT"} plus "kid" when `keyId` is not empty. `key` is the shared
    // secret for hs*, the private key as PEM for rs* and es* (RSA of at least 2048 bits; the
    // curve of the algorithm), and ignored for none, whose signature is empty. On failure
    // returns an empty array and sets *error.
    static QByteArray sign(Algorithm algorithm, const QJsonObject &claims, const QByteArray &key,
                           const QString &keyId = {}, QString *error = nullptr);

    // The raw signature of `signingInput` (not encoded); empty with *error on failure, and
    // empty for none.
    static QByteArray signature(Algorithm algorithm, const QByteArray &signingInput,
                                const QByteArray &key, QString *error = nullptr);
};
