#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// An independent check of compact JWS for the sandbox's signing tests, written straight on
// OpenSSL (not the receiver's verifier and not the sandbox's signer): decodes the parts,
// verifies HS*, RS* and ES* (raw R||S) signatures, and turns a JWK back into a public key.
class JwsTestVerifier final
{
public:
    JwsTestVerifier() = delete;

    // base64url without padding -> bytes; sets *ok to false for any other character or '='.
    static QByteArray decodeBase64Url(const QByteArray &text, bool *ok = nullptr);
    // Part 0 (header) or 1 (claims) as a JSON object; empty when it does not decode.
    static QJsonObject jsonPart(const QByteArray &compact, int index);
    // The raw signature bytes (part 2).
    static QByteArray signature(const QByteArray &compact);

    // Verifies the signature of `compact` for the header's alg with `key` (the shared secret
    // for HS*, a public key PEM for RS* and ES*). "none" never verifies. Sets *why when false.
    static bool verify(const QByteArray &compact, const QByteArray &key, QString *why = nullptr);

    // The public key of an RSA or EC JWK as SubjectPublicKeyInfo PEM; empty when invalid.
    static QByteArray publicPemFromJwk(const QJsonObject &jwk);
    // An OpenSSL key made here, as PKCS #8 PEM: "RSA" with `bits`, or "EC" on `curve`.
    static QByteArray generatePrivatePem(const char *type, int bits, const char *curve = nullptr);
    // The public key of a private key PEM.
    static QByteArray publicPemOf(const QByteArray &privatePem);
    // An EC public key's point, uncompressed: 0x04 || x || y (each padded to the curve size).
    static QByteArray ecPoint(const QByteArray &publicPem);
    // The key's type ("RSA", "EC"), size in bits and (EC) curve group name, for checks.
    static QString describePublicKey(const QByteArray &publicPem);
};
