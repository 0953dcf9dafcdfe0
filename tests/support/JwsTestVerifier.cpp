#include "tests/support/JwsTestVerifier.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QList>
#include <QMessageAuthenticationCode>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>

#include <memory>

namespace {

struct Free
{
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
    void operator()(ECDSA_SIG *p) const { ECDSA_SIG_free(p); }
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
    void operator()(OSSL_PARAM_BLD *p) const { OSSL_PARAM_BLD_free(p); }
    void operator()(OSSL_PARAM *p) const { OSSL_PARAM_free(p); }
};
template<typename T>
using Ptr = std::unique_ptr<T, Free>;

bool fail(QString *why, const QString &text)
{
    if (why)
        *why = text;
    ERR_clear_error();
    return false;
}

Ptr<EVP_PKEY> readPublic(const QByteArray &pem)
{
    Ptr<BIO> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Ptr<EVP_PKEY>(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
}

QByteArray pemOf(EVP_PKEY *key, bool privateKey)
{
    Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    const int written = privateKey
            ? PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr)
            : PEM_write_bio_PUBKEY(bio.get(), key);
    if (written != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

const EVP_MD *digestFor(const QString &alg)
{
    if (alg.endsWith(QLatin1StringView("256")))
        return EVP_sha256();
    if (alg.endsWith(QLatin1StringView("384")))
        return EVP_sha384();
    if (alg.endsWith(QLatin1StringView("512")))
        return EVP_sha512();
    return nullptr;
}

bool digestVerify(EVP_PKEY *key, const EVP_MD *digest, const QByteArray &input,
                  const QByteArray &signature)
{
    Ptr<EVP_MD_CTX> context(EVP_MD_CTX_new());
    return EVP_DigestVerifyInit(context.get(), nullptr, digest, nullptr, key) == 1
            && EVP_DigestVerify(context.get(),
                                reinterpret_cast<const unsigned char *>(signature.constData()),
                                size_t(signature.size()),
                                reinterpret_cast<const unsigned char *>(input.constData()),
                                size_t(input.size()))
            == 1;
}

} // namespace

QByteArray JwsTestVerifier::decodeBase64Url(const QByteArray &text, bool *ok)
{
    bool valid = true;
    for (const char c : text) {
        const bool alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9') || c == '-' || c == '_';
        valid = valid && alphabet;
    }
    if (ok)
        *ok = valid;
    return QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding);
}

QJsonObject JwsTestVerifier::jsonPart(const QByteArray &compact, int index)
{
    const QList<QByteArray> parts = compact.split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(decodeBase64Url(parts.at(index))).object();
}

QByteArray JwsTestVerifier::signature(const QByteArray &compact)
{
    const QList<QByteArray> parts = compact.split('.');
    return parts.size() == 3 ? decodeBase64Url(parts.at(2)) : QByteArray();
}

bool JwsTestVerifier::verify(const QByteArray &compact, const QByteArray &key, QString *why)
{
    const QList<QByteArray> parts = compact.split('.');
    if (parts.size() != 3)
        return fail(why, QStringLiteral("not three parts"));
    const QByteArray input = parts.at(0) + '.' + parts.at(1);
    bool ok = false;
    const QByteArray signatureBytes = decodeBase64Url(parts.at(2), &ok);
    if (!ok)
        return fail(why, QStringLiteral("signature is not base64url"));
    const QString alg = jsonPart(compact, 0).value(QLatin1StringView("alg")).toString();
    const EVP_MD *digest = digestFor(alg);
    if (!digest)
        return fail(why, QStringLiteral("unsigned or unknown alg %1").arg(alg));

    if (alg.startsWith(u'H')) {
        const QCryptographicHash::Algorithm hash = alg.endsWith(QLatin1StringView("256"))
                ? QCryptographicHash::Sha256
                : alg.endsWith(QLatin1StringView("384")) ? QCryptographicHash::Sha384
                                                         : QCryptographicHash::Sha512;
        // Compared with OpenSSL's HMAC through Qt's own, independent implementation.
        if (QMessageAuthenticationCode::hash(input, key, hash) != signatureBytes)
            return fail(why, QStringLiteral("HMAC mismatch"));
        return true;
    }
    Ptr<EVP_PKEY> publicKey = readPublic(key);
    if (!publicKey)
        return fail(why, QStringLiteral("public key unreadable"));
    if (alg.startsWith(u'R')) {
        if (!EVP_PKEY_is_a(publicKey.get(), "RSA"))
            return fail(why, QStringLiteral("not an RSA key"));
        return digestVerify(publicKey.get(), digest, input, signatureBytes)
                || fail(why, QStringLiteral("RSA signature invalid"));
    }
    if (alg.startsWith(u'E')) {
        const int width = (EVP_PKEY_get_bits(publicKey.get()) + 7) / 8;
        if (signatureBytes.size() != 2 * width) {
            return fail(why,
                        QStringLiteral("ES signature of %1 bytes, expected raw R||S of %2")
                                .arg(signatureBytes.size())
                                .arg(2 * width));
        }
        const auto *raw = reinterpret_cast<const unsigned char *>(signatureBytes.constData());
        Ptr<ECDSA_SIG> ecdsa(ECDSA_SIG_new());
        BIGNUM *r = BN_bin2bn(raw, width, nullptr);
        BIGNUM *s = BN_bin2bn(raw + width, width, nullptr);
        ECDSA_SIG_set0(ecdsa.get(), r, s);
        unsigned char *der = nullptr;
        const int derLength = i2d_ECDSA_SIG(ecdsa.get(), &der);
        const QByteArray derSignature(reinterpret_cast<const char *>(der), derLength);
        OPENSSL_free(der);
        return digestVerify(publicKey.get(), digest, input, derSignature)
                || fail(why, QStringLiteral("ECDSA signature invalid"));
    }
    return fail(why, QStringLiteral("unknown alg %1").arg(alg));
}

QByteArray JwsTestVerifier::publicPemFromJwk(const QJsonObject &jwk)
{
    const auto number = [&jwk](const char *name) {
        const QByteArray bytes
                = decodeBase64Url(jwk.value(QLatin1StringView(name)).toString().toLatin1());
        return Ptr<BIGNUM>(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()),
                                     int(bytes.size()), nullptr));
    };
    Ptr<OSSL_PARAM_BLD> builder(OSSL_PARAM_BLD_new());
    const QString type = jwk.value(QLatin1StringView("kty")).toString();
    Ptr<BIGNUM> n;
    Ptr<BIGNUM> e;
    QByteArray group;
    QByteArray point;
    if (type == u"RSA") {
        n = number("n");
        e = number("e");
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, n.get());
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, e.get());
    } else if (type == u"EC") {
        const QString crv = jwk.value(QLatin1StringView("crv")).toString();
        group = crv == u"P-256" ? "prime256v1" : crv == u"P-384" ? "secp384r1" : "secp521r1";
        point = '\x04' + decodeBase64Url(jwk.value(QLatin1StringView("x")).toString().toLatin1())
                + decodeBase64Url(jwk.value(QLatin1StringView("y")).toString().toLatin1());
        OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME,
                                        group.constData(), 0);
        OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         size_t(point.size()));
    } else {
        return {};
    }
    Ptr<OSSL_PARAM> params(OSSL_PARAM_BLD_to_param(builder.get()));
    Ptr<EVP_PKEY_CTX> context(
            EVP_PKEY_CTX_new_from_name(nullptr, type.toLatin1().constData(), nullptr));
    EVP_PKEY *raw = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1
        || EVP_PKEY_fromdata(context.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1) {
        ERR_clear_error();
        return {};
    }
    Ptr<EVP_PKEY> key(raw);
    return pemOf(key.get(), false);
}

QByteArray JwsTestVerifier::generatePrivatePem(const char *type, int bits, const char *curve)
{
    Ptr<EVP_PKEY> key(qstrcmp(type, "RSA") == 0
                              ? EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits))
                              : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve));
    return key ? pemOf(key.get(), true) : QByteArray();
}

QByteArray JwsTestVerifier::publicPemOf(const QByteArray &privatePem)
{
    Ptr<BIO> bio(BIO_new_mem_buf(privatePem.constData(), int(privatePem.size())));
    Ptr<EVP_PKEY> key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    return key ? pemOf(key.get(), false) : QByteArray();
}

QString JwsTestVerifier::describePublicKey(const QByteArray &publicPem)
{
    Ptr<EVP_PKEY> key = readPublic(publicPem);
    if (!key)
        return {};
    const int bits = EVP_PKEY_get_bits(key.get());
    if (EVP_PKEY_is_a(key.get(), "RSA"))
        return QStringLiteral("RSA %1").arg(bits);
    char group[64] = {};
    EVP_PKEY_get_utf8_string_param(key.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                   nullptr);
    return QStringLiteral("EC %1 %2").arg(bits).arg(QString::fromLatin1(group));
}

QByteArray JwsTestVerifier::ecPoint(const QByteArray &publicPem)
{
    Ptr<EVP_PKEY> key = readPublic(publicPem);
    if (!key)
        return {};
    // Ask for the uncompressed form, whatever the key was made with.
    EVP_PKEY_set_utf8_string_param(key.get(), OSSL_PKEY_PARAM_EC_POINT_CONVERSION_FORMAT,
                                   "uncompressed");
    size_t size = 0;
    if (EVP_PKEY_get_octet_string_param(key.get(), OSSL_PKEY_PARAM_PUB_KEY, nullptr, 0, &size) != 1)
        return {};
    QByteArray point(qsizetype(size), Qt::Uninitialized);
    if (EVP_PKEY_get_octet_string_param(key.get(), OSSL_PKEY_PARAM_PUB_KEY,
                                        reinterpret_cast<unsigned char *>(point.data()), size,
                                        &size)
        != 1)
        return {};
    return point;
}
