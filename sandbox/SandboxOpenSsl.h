#pragma once

#include <QByteArray>
#include <QString>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>

#include <memory>

// Owning pointers for the OpenSSL objects of the sandbox's signing code, and the text of the
// last OpenSSL error. Only for the sandbox's .cpp files.
struct SandboxOpenSsl
{
    void operator()(BIO *bio) const { BIO_free(bio); }
    void operator()(BIGNUM *number) const { BN_free(number); }
    void operator()(ECDSA_SIG *signature) const { ECDSA_SIG_free(signature); }
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }

    template<typename T>
    using Ptr = std::unique_ptr<T, SandboxOpenSsl>;

    // "what failed: OpenSSL's reason" (and clears OpenSSL's error queue).
    static QString errorText(const QString &what)
    {
        const unsigned long code = ERR_get_error();
        ERR_clear_error();
        if (code == 0)
            return what;
        char reason[256] = {};
        ERR_error_string_n(code, reason, sizeof reason);
        return QStringLiteral("%1: %2").arg(what, QString::fromLatin1(reason));
    }

    // JWS asks for RSA keys of at least 2048 bits (RFC 7518 §3.3).
    static constexpr int MinimumRsaBits = 2048;
    static bool isRsaForJws(EVP_PKEY *key)
    {
        return EVP_PKEY_is_a(key, "RSA") && EVP_PKEY_get_bits(key) >= MinimumRsaBits;
    }

    // Whether `key` is an elliptic-curve key on the NIST curve `nistName` ("P-256").
    static bool isNistCurve(EVP_PKEY *key, const char *nistName)
    {
        char group[64] = {};
        if (!EVP_PKEY_is_a(key, "EC")
            || EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                              nullptr)
                    != 1) {
            return false;
        }
        const int nid = EC_curve_nist2nid(nistName);
        return nid != NID_undef && OBJ_sn2nid(group) == nid;
    }

    static Ptr<BIO> memoryBuffer(const QByteArray &data)
    {
        return Ptr<BIO>(BIO_new_mem_buf(data.constData(), int(data.size())));
    }
    static QByteArray readAll(BIO *bio)
    {
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        return QByteArray(data, qsizetype(size));
    }
};
