#pragma once

#include "sandbox/SandboxJwsSigner.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The keys of one webhook policy, made with OpenSSL: RSA 2048 for rs*, an elliptic-curve key
// on P-256 / P-384 / P-521 for es256 / es384 / es512, a random shared secret for hs*, nothing
// for none. A value type; any thread.
class SandboxPolicyKeys final
{
public:
    // Bytes of randomness in an hs* secret: the digest size, so at least 32.
    static int secretRandomBytes(SandboxJwsSigner::Algorithm algorithm);

    // New keys for `algorithm`. On failure (OpenSSL could not make them) returns keys with
    // isValid() false and sets *error.
    static SandboxPolicyKeys generate(SandboxJwsSigner::Algorithm algorithm,
                                      QString *error = nullptr);

    // Keys read back from the store. Checks that the private key parses, fits the algorithm
    // and matches the stored public key (hs*: that there is a secret); on failure returns keys
    // with isValid() false and sets *error.
    static SandboxPolicyKeys fromStored(SandboxJwsSigner::Algorithm algorithm,
                                        const QByteArray &privateKeyPem,
                                        const QByteArray &publicKeyPem, const QByteArray &secret,
                                        QString *error = nullptr);

    bool isValid() const { return m_valid; }
    SandboxJwsSigner::Algorithm algorithm() const { return m_algorithm; }

    // rs*/es*: the private key as PKCS #8 PEM (kept by the sandbox, never shown).
    QByteArray privateKeyPem() const { return m_privateKeyPem; }
    // rs*/es*: the public key as SubjectPublicKeyInfo PEM (at most 2 KB).
    QByteArray publicKeyPem() const { return m_publicKeyPem; }
    // hs*: the shared secret, printable (base64url of secretRandomBytes() random bytes). The
    // HMAC key is this text's bytes, as a receiver that is given the text uses it.
    QByteArray secret() const { return m_secret; }
    // The key the signer takes: the secret for hs*, the private key PEM for rs*/es*.
    QByteArray signingKey() const;

    // The public key as a JSON Web Key (RFC 7517/7518) with kid, alg and "use": "sig":
    // {kty RSA, n, e} or {kty EC, crv, x, y}. Empty for hs* and none, whose key is not public.
    QJsonObject publicJwk(const QString &keyId) const;

private:
    SandboxJwsSigner::Algorithm m_algorithm = SandboxJwsSigner::Algorithm::None;
    QByteArray m_privateKeyPem;
    QByteArray m_publicKeyPem;
    QByteArray m_secret;
    bool m_valid = false;
};
