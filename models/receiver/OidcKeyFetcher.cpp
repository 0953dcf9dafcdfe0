#include "models/receiver/OidcKeyFetcher.h"

#include "models/JsonKeys.h"
#include "models/Logging.h"
#include "models/ServiceUrl.h"
#include "models/api/ApiClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>

#include <memory>

namespace {

constexpr QLatin1StringView OpenIdConfigurationPath{"/.well-known/openid-configuration"};

struct OpenSslDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
    void operator()(BIGNUM *number) const { BN_free(number); }
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
    void operator()(EVP_PKEY_CTX *context) const { EVP_PKEY_CTX_free(context); }
    void operator()(OSSL_PARAM_BLD *builder) const { OSSL_PARAM_BLD_free(builder); }
    void operator()(OSSL_PARAM *params) const { OSSL_PARAM_free(params); }
};
template<typename T>
using OpenSslPtr = std::unique_ptr<T, OpenSslDeleter>;

QByteArray fromBase64Url(const QJsonValue &value, bool *ok)
{
    auto result = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                 QByteArray::Base64UrlEncoding
                                                         | QByteArray::OmitTrailingEquals
                                                         | QByteArray::AbortOnBase64DecodingErrors);
    *ok = value.isString() && !value.toString().isEmpty()
            && result.decodingStatus == QByteArray::Base64DecodingStatus::Ok;
    return result.decoded;
}

OpenSslPtr<BIGNUM> bigNumber(const QByteArray &bytes)
{
    return OpenSslPtr<BIGNUM>(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()),
                                        int(bytes.size()), nullptr));
}

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    return ApiClient::isSameOrigin(a, b);
}

QString withoutTrailingSlash(QString url)
{
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

} // namespace

struct OidcKeyFetcher::Fetch
{
    QString issuer;
    QString keyId;
    bool readingJwks = false;
    QUrl jwksUrl;
    QNetworkReply *reply = nullptr;
    QByteArray body;
    QTimer *deadline = nullptr;
};

OidcKeyFetcher::OidcKeyFetcher(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
    Q_ASSERT(network);
}

OidcKeyFetcher::~OidcKeyFetcher()
{
    for (Fetch *fetch : std::as_const(m_fetches)) {
        if (fetch->reply) {
            fetch->reply->disconnect(this);
            fetch->reply->abort();
        }
        delete fetch;
    }
}

QString OidcKeyFetcher::cacheKey(const QString &issuer, const QString &keyId)
{
    return withoutTrailingSlash(issuer) + u'\n' + keyId;
}

QByteArray OidcKeyFetcher::key(const QString &issuer, const QString &keyId) const
{
    return m_keys.value(cacheKey(issuer, keyId));
}

QString OidcKeyFetcher::keyOrigin(const QString &issuer, const QString &keyId) const
{
    return m_origins.value(cacheKey(issuer, keyId));
}

QString OidcKeyFetcher::failure(const QString &issuer, const QString &keyId) const
{
    return m_failures.value(cacheKey(issuer, keyId));
}

bool OidcKeyFetcher::isFetching(const QString &issuer, const QString &keyId) const
{
    return m_fetches.contains(cacheKey(issuer, keyId));
}

void OidcKeyFetcher::forget()
{
    m_keys.clear();
    m_origins.clear();
    m_failures.clear();
}

QString OidcKeyFetcher::refusal(const QUrl &issuer)
{
    switch (ServiceUrl::check(issuer)) {
    case ServiceUrl::Problem::None:
        return {};
    case ServiceUrl::Problem::NotAnAddress:
        return tr("the issuer %1 is no https:// address").arg(issuer.toString());
    case ServiceUrl::Problem::PlainHttpToAnotherComputer:
        return tr("the issuer %1 uses plain http:// to another computer; only https:// is "
                  "trusted there")
                .arg(issuer.host());
    }
    return {};
}

void OidcKeyFetcher::fetch(const QString &issuer, const QString &keyId)
{
    const QString cache = cacheKey(issuer, keyId);
    if (m_keys.contains(cache) || m_failures.contains(cache) || m_fetches.contains(cache))
        return;
    auto *fetch = new Fetch;
    fetch->issuer = issuer;
    fetch->keyId = keyId;
    m_fetches.insert(cache, fetch);

    const QUrl issuerUrl(issuer);
    const QString refused = refusal(issuerUrl);
    if (!refused.isEmpty()) {
        // Failures are reported from the event loop, as network ones are.
        QTimer::singleShot(0, this, [this, fetch, refused] { fail(fetch, refused); });
        return;
    }
    if (m_fetches.size() > MaxConcurrentFetches) {
        // Not remembered: the key may be looked up again once the others are done.
        const QString busy
                = tr("more than %1 keys are being looked up at once").arg(MaxConcurrentFetches);
        QTimer::singleShot(0, this, [this, fetch, busy] { fail(fetch, busy, false); });
        return;
    }
    fetch->deadline = new QTimer(this);
    fetch->deadline->setSingleShot(true);
    connect(fetch->deadline, &QTimer::timeout, this, [this, fetch] {
        fail(fetch,
             tr("%1 did not give the key within %2 s")
                     .arg(fetch->issuer)
                     .arg(qMax(1, m_timeoutMs / 1000)));
    });
    fetch->deadline->start(m_timeoutMs);
    QUrl url = issuerUrl;
    url.setPath(withoutTrailingSlash(url.path()) + OpenIdConfigurationPath);
    get(fetch, url);
}

void OidcKeyFetcher::get(Fetch *fetch, const QUrl &url)
{
    qCDebug(lcModel) << "OpenID Connect discovery: GET" << url.toString(QUrl::RemoveQuery);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, ApiClient::userAgent());
    request.setRawHeader("Accept", "application/json");
    fetch->body.clear();
    QNetworkReply *reply = m_network->get(request);
    reply->setParent(this);
    reply->setReadBufferSize(MaxDocumentBytes + 1);
    fetch->reply = reply;
    const QString shown = url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    auto tooLarge = [this, fetch, shown] {
        fail(fetch, tr("%1 is larger than %2 KB").arg(shown).arg(MaxDocumentBytes / 1024));
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, tooLarge] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > MaxDocumentBytes)
            tooLarge();
    });
    connect(reply, &QNetworkReply::readyRead, this, [fetch, reply, tooLarge] {
        fetch->body += reply->read(MaxDocumentBytes + 1 - fetch->body.size());
        if (fetch->body.size() > MaxDocumentBytes)
            tooLarge();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, fetch, reply] { finishDocument(fetch, reply); });
}

void OidcKeyFetcher::finishDocument(Fetch *fetch, QNetworkReply *reply)
{
    if (fetch->reply != reply)
        return;
    reply->deleteLater();
    fetch->reply = nullptr;
    const QString shown = reply->url().toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        fail(fetch,
             status > 0 ? tr("%1 answered HTTP %2").arg(shown).arg(status)
                        : tr("%1 could not be reached: %2").arg(shown, reply->errorString()));
        return;
    }
    fetch->body += reply->read(MaxDocumentBytes + 1 - fetch->body.size());
    if (fetch->body.size() > MaxDocumentBytes) {
        fail(fetch, tr("%1 is larger than %2 KB").arg(shown).arg(MaxDocumentBytes / 1024));
        return;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(fetch->body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        fail(fetch, tr("%1 is no JSON object").arg(shown));
        return;
    }
    const QJsonObject object = document.object();

    if (!fetch->readingJwks) {
        const QString issuer = object.value(JsonKeys::OidcIssuer).toString();
        if (withoutTrailingSlash(issuer) != withoutTrailingSlash(fetch->issuer)) {
            fail(fetch,
                 tr("%1 names the issuer \"%2\", not %3")
                         .arg(shown, issuer.left(200), fetch->issuer));
            return;
        }
        const QUrl jwksUrl(object.value(JsonKeys::OidcJwksUri).toString());
        if (!jwksUrl.isValid() || jwksUrl.isRelative()
            || !isSameOrigin(jwksUrl, QUrl(fetch->issuer))) {
            fail(fetch, tr("the jwks_uri of %1 is not on the issuer's address").arg(shown));
            return;
        }
        fetch->readingJwks = true;
        fetch->jwksUrl = jwksUrl;
        get(fetch, jwksUrl);
        return;
    }

    const QJsonArray keys = object.value(JsonKeys::JwkKeys).toArray();
    QJsonObject found;
    for (const QJsonValue &entry : keys) {
        const QJsonObject jwk = entry.toObject();
        if (jwk.value(JsonKeys::JwkKeyId).toString() == fetch->keyId
            || (fetch->keyId.isEmpty() && keys.size() == 1)) {
            found = jwk;
            break;
        }
    }
    if (found.isEmpty()) {
        fail(fetch, tr("%1 holds no key with kid \"%2\"").arg(shown, fetch->keyId.left(200)));
        return;
    }
    QString why;
    const QByteArray pem = pemFromJwk(found, &why);
    if (pem.isEmpty()) {
        fail(fetch, tr("the key in %1 cannot be used: %2").arg(shown, why));
        return;
    }
    succeed(fetch, pem, shown);
}

void OidcKeyFetcher::fail(Fetch *fetch, const QString &reason, bool remember)
{
    const QString cache = cacheKey(fetch->issuer, fetch->keyId);
    if (m_fetches.value(cache) != fetch)
        return;
    m_fetches.remove(cache);
    if (fetch->reply) {
        fetch->reply->disconnect(this);
        fetch->reply->abort();
        fetch->reply->deleteLater();
    }
    if (fetch->deadline)
        fetch->deadline->deleteLater();
    if (remember) {
        if (m_failures.size() >= MaxRemembered)
            m_failures.clear();
        m_failures.insert(cache, reason);
    }
    qCInfo(lcModel) << "OpenID Connect discovery failed:" << reason;
    const QString issuer = fetch->issuer;
    const QString keyId = fetch->keyId;
    delete fetch;
    Q_EMIT failed(issuer, keyId, reason);
}

void OidcKeyFetcher::succeed(Fetch *fetch, const QByteArray &pem, const QString &origin)
{
    const QString cache = cacheKey(fetch->issuer, fetch->keyId);
    m_fetches.remove(cache);
    if (fetch->deadline)
        fetch->deadline->deleteLater();
    if (m_keys.size() >= MaxRemembered) {
        m_keys.clear();
        m_origins.clear();
    }
    m_keys.insert(cache, pem);
    m_origins.insert(cache, origin);
    const QString issuer = fetch->issuer;
    const QString keyId = fetch->keyId;
    delete fetch;
    Q_EMIT keyFound(issuer, keyId);
}

QByteArray OidcKeyFetcher::pemFromJwk(const QJsonObject &jwk, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    const QString type = jwk.value(JsonKeys::JwkKeyType).toString();
    OpenSslPtr<OSSL_PARAM_BLD> builder(OSSL_PARAM_BLD_new());
    if (!builder)
        return fail(tr("out of memory"));
    OpenSslPtr<BIGNUM> modulus;
    OpenSslPtr<BIGNUM> exponent;
    QByteArray point;
    QByteArray group;
    const char *keyType = nullptr;
    if (type == u"RSA") {
        bool nOk = false;
        bool eOk = false;
        const QByteArray n = fromBase64Url(jwk.value(JsonKeys::JwkModulus), &nOk);
        const QByteArray e = fromBase64Url(jwk.value(JsonKeys::JwkExponent), &eOk);
        // 1024 to 16384 bits: anything else is no key a policy would have.
        if (!nOk || !eOk || n.size() < 128 || n.size() > 2048 || e.size() > 8)
            return fail(tr("the RSA key's n or e is missing or out of range"));
        modulus = bigNumber(n);
        exponent = bigNumber(e);
        if (!modulus || !exponent
            || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get()) != 1
            || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get()) != 1)
            return fail(tr("the RSA key cannot be read"));
        keyType = "RSA";
    } else if (type == u"EC") {
        const QString curve = jwk.value(JsonKeys::JwkCurve).toString();
        int width = 0;
        if (curve == u"P-256") {
            group = "prime256v1";
            width = 32;
        } else if (curve == u"P-384") {
            group = "secp384r1";
            width = 48;
        } else if (curve == u"P-521") {
            group = "secp521r1";
            width = 66;
        } else {
            return fail(tr("the curve \"%1\" is not supported").arg(curve.left(40)));
        }
        bool xOk = false;
        bool yOk = false;
        const QByteArray x = fromBase64Url(jwk.value(JsonKeys::JwkX), &xOk);
        const QByteArray y = fromBase64Url(jwk.value(JsonKeys::JwkY), &yOk);
        if (!xOk || !yOk || x.size() != width || y.size() != width)
            return fail(tr("the EC key's x or y is missing or of the wrong size"));
        point = QByteArray(1, '\x04') + x + y;
        if (OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME,
                                            group.constData(), 0)
                    != 1
            || OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY,
                                                point.constData(), size_t(point.size()))
                    != 1)
            return fail(tr("the EC key cannot be read"));
        keyType = "EC";
    } else {
        return fail(tr("the key type \"%1\" is not supported").arg(type.left(40)));
    }

    OpenSslPtr<OSSL_PARAM> params(OSSL_PARAM_BLD_to_param(builder.get()));
    OpenSslPtr<EVP_PKEY_CTX> context(EVP_PKEY_CTX_new_from_name(nullptr, keyType, nullptr));
    EVP_PKEY *raw = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1
        || EVP_PKEY_fromdata(context.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1) {
        ERR_clear_error();
        return fail(tr("OpenSSL does not accept the key"));
    }
    OpenSslPtr<EVP_PKEY> key(raw);
    if (type == u"EC") {
        // fromdata does not check that the point lies on the curve.
        OpenSslPtr<EVP_PKEY_CTX> check(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
        if (!check || EVP_PKEY_public_check(check.get()) != 1) {
            ERR_clear_error();
            return fail(tr("the EC point is not on the curve"));
        }
    }
    OpenSslPtr<BIO> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), key.get()) != 1) {
        ERR_clear_error();
        return fail(tr("the key cannot be written as PEM"));
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}
