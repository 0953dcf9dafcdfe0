#include "models/api/ApiClient.h"

#include "models/JsonKeys.h"
#include "models/Logging.h"
#include "models/ServiceUrl.h"
#include "models/api/ApiCall.h"
#include "models/api/RequestPacer.h"
#include "models/api/RetryAfter.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiClient", text);
}

// The body of a POST or PATCH. Sequential and not resettable on purpose: when a server
// closes a connection after it read a request but before it answered, Qt's HTTP layer
// silently sends the request again on a new connection (QHttpNetworkConnectionChannel,
// "reconnect attempts"). For a create that would make a second webhook. Qt re-sends
// only when it can rewind the upload device; with DoNotBufferUploadDataAttribute it uses
// this device directly, cannot rewind it, and fails with ContentReSendError instead,
// which the caller then reconciles by re-reading.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data) : m_data(std::move(data)) { }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_position);
        if (count <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

QString jsonMessage(const QJsonDocument &document)
{
    if (!document.isObject())
        return {};
    const QJsonValue message = document.object().value(JsonKeys::Message);
    return message.isString() ? message.toString().simplified().left(500) : QString();
}

FieldErrors jsonFieldErrors(const QJsonDocument &document)
{
    FieldErrors errors;
    if (!document.isObject())
        return errors;
    const QJsonValue value = document.object().value(JsonKeys::Errors);
    if (value.isArray()) {
        for (const QJsonValue &entry : value.toArray()) {
            const QJsonArray pair = entry.toArray();
            if (pair.size() >= 2 && pair.at(0).isString())
                errors.append({pair.at(0).toString(), pair.at(1).toVariant().toString()});
            else if (entry.isString())
                errors.append({QString(), entry.toString()});
        }
    } else if (value.isObject()) { // {"field": ["message", ...]}, as some Rails APIs send
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonArray messages = it.value().toArray();
            for (const QJsonValue &message : messages)
                errors.append({it.key(), message.toString()});
            if (it.value().isString())
                errors.append({it.key(), it.value().toString()});
        }
    }
    return errors;
}

// A network-layer error text without URLs (they may carry a query).
QString transportMessage(QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("the connection was refused");
    case QNetworkReply::HostNotFoundError:
        return tr("the host %1 was not found").arg(reply->url().host());
    case QNetworkReply::RemoteHostClosedError:
        return tr("the server closed the connection before it answered completely");
    case QNetworkReply::ContentReSendError:
        return tr("the connection broke after the request was sent");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("the secure connection failed: %1").arg(reply->errorString());
    default: {
        QString text = reply->errorString();
        text.replace(reply->url().toString(), reply->url().path());
        return text;
    }
    }
}

} // namespace

struct ApiClient::Private
{
    QNetworkAccessManager *network = nullptr;
    ConnectionProfile profile;
    QByteArray token;
    int transferTimeoutMs = 30000;
    int requestDeadlineMs = 120000;
    qint64 maxResponseBytes = ApiClient::MaxResponseBytes;
    qint64 maxWaitMs = -1;
    int maxAttempts = 3;
    int retryBackoffMs = 500;
    int maxRateLimitRetries = 5;
    RequestPacer *pacer = nullptr;
};

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), d(new Private)
{
    Q_ASSERT(network);
    qRegisterMetaType<ApiError>();
    d->network = network;
    d->pacer = new RequestPacer(this);
    connect(d->pacer, &RequestPacer::waiting, this, &ApiClient::rateLimitWaiting);
}

ApiClient::~ApiClient()
{
    delete d;
}

void ApiClient::setProfile(const ConnectionProfile &profile, const QString &token)
{
    // Qt reuses an open HTTPS connection without a new handshake, so a connection that was
    // accepted because of the old pin would otherwise go on carrying requests.
    const QByteArray oldPin = normalizedFingerprint(d->profile.pinnedCertificateSha256);
    if (!oldPin.isEmpty() && oldPin != normalizedFingerprint(profile.pinnedCertificateSha256)) {
        qCDebug(lcApi) << "certificate pin changed; closing idle connections";
        d->network->clearConnectionCache();
    }
    d->profile = profile;
    d->token = token.toUtf8();
}

void ApiClient::setPinnedCertificate(const QByteArray &sha256)
{
    ConnectionProfile pinned = d->profile;
    pinned.pinnedCertificateSha256 = normalizedFingerprint(sha256);
    setProfile(pinned, QString::fromUtf8(d->token));
}

ConnectionProfile ApiClient::profile() const
{
    return d->profile;
}

int ApiClient::transferTimeoutMs() const
{
    return d->transferTimeoutMs;
}

void ApiClient::setTransferTimeoutMs(int milliseconds)
{
    d->transferTimeoutMs = std::max(1, milliseconds);
}

int ApiClient::requestDeadlineMs() const
{
    return d->requestDeadlineMs;
}

void ApiClient::setRequestDeadlineMs(int milliseconds)
{
    d->requestDeadlineMs = std::max(1, milliseconds);
}

qint64 ApiClient::maxResponseBytes() const
{
    return d->maxResponseBytes;
}

void ApiClient::setMaxResponseBytes(qint64 bytes)
{
    d->maxResponseBytes = std::max<qint64>(1, bytes);
}

qint64 ApiClient::maxWaitMs() const
{
    return d->maxWaitMs;
}

void ApiClient::setMaxWaitMs(qint64 milliseconds)
{
    d->maxWaitMs = milliseconds;
}

bool ApiClient::containsControlCharacters(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() < 0x20 || c.unicode() == 0x7f
                || (c.unicode() >= 0x80 && c.unicode() <= 0x9f);
    });
}

QString ApiClient::headerRefusalFor(const ConnectionProfile &profile, const QString &token)
{
    if (containsControlCharacters(profile.account))
        return tr("the account contains a control character (such as a line break)");
    if (containsControlCharacters(token))
        return tr("the API token contains a control character (such as a line break)");
    if (containsControlCharacters(profile.serviceUrl.host())
        || containsControlCharacters(profile.serviceUrl.path(QUrl::FullyDecoded)))
        return tr("the service URL contains a control character (such as a line break)");
    return {};
}

int ApiClient::maxAttempts() const
{
    return d->maxAttempts;
}

void ApiClient::setMaxAttempts(int attempts)
{
    d->maxAttempts = std::max(1, attempts);
}

int ApiClient::retryBackoffMs() const
{
    return d->retryBackoffMs;
}

void ApiClient::setRetryBackoffMs(int milliseconds)
{
    d->retryBackoffMs = std::max(0, milliseconds);
}

int ApiClient::maxRateLimitRetries() const
{
    return d->maxRateLimitRetries;
}

void ApiClient::setMaxRateLimitRetries(int retries)
{
    d->maxRateLimitRetries = std::max(0, retries);
}

RequestPacer *ApiClient::pacer() const
{
    return d->pacer;
}

QNetworkAccessManager *ApiClient::network() const
{
    return d->network;
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("Hookbench/" HB_VERSION_STRING);
}

ApiCall *ApiClient::send(const ApiRequest &request)
{
    auto *call = new ApiCall(this, request);
    call->start();
    return call;
}

QUrl ApiClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = d->profile.serviceUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(query);
    url.setFragment(QString());
    return url;
}

QString ApiClient::describe(const ApiRequest &request) const
{
    QString path = request.url.path();
    QString base = d->profile.serviceUrl.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    if (!base.isEmpty() && path.startsWith(base))
        path = path.mid(base.size());
    return QString::fromLatin1(request.verb()) + u' '
            + (path.isEmpty() ? QStringLiteral("/") : path);
}

bool ApiClient::isLoopbackHost(const QString &host)
{
    return ServiceUrl::isLoopbackHost(host);
}

QByteArray ApiClient::normalizedFingerprint(QByteArrayView text)
{
    QByteArray hex;
    hex.reserve(text.size());
    for (const char c : text) {
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))
            hex.append(c);
        else if (c >= 'A' && c <= 'F')
            hex.append(char(c - 'A' + 'a'));
    }
    return hex;
}

bool ApiClient::isSameOrigin(const QUrl &a, const QUrl &b)
{
    const QString scheme = a.scheme().toLower();
    const int defaultPort = scheme == u"https" ? 443 : 80;
    return scheme == b.scheme().toLower() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
            && a.port(defaultPort) == b.port(defaultPort);
}

QString ApiClient::refusalFor(const QUrl &url) const
{
    // The one rule for service URLs (models/ServiceUrl.h).
    const ServiceUrl::Problem problem = ServiceUrl::check(url);
    if (problem != ServiceUrl::Problem::None)
        return ServiceUrl::problemText(problem, url);
    if (const QString headerRefusal = headerRefusalFor(d->profile, QString::fromUtf8(d->token));
        !headerRefusal.isEmpty()) {
        return headerRefusal;
    }
    if (!isSameOrigin(url, d->profile.serviceUrl)) {
        return tr("Hookbench refuses to send the token to %1, which is not the service's "
                  "address")
                .arg(url.host());
    }
    return {};
}

QNetworkReply *ApiClient::startReply(const ApiRequest &request)
{
    QNetworkRequest networkRequest(request.url);
    networkRequest.setRawHeader(QByteArrayLiteral("Authorization"),
                                QByteArrayLiteral("Bearer ") + d->token);
    const QString accountHeader = d->profile.accountHeader.isEmpty()
            ? QStringLiteral("X-4me-Account")
            : d->profile.accountHeader;
    networkRequest.setRawHeader(accountHeader.toLatin1(), d->profile.account.toUtf8());
    networkRequest.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    networkRequest.setTransferTimeout(d->transferTimeoutMs);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy); // see ApiCall
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                                QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    QNetworkReply *reply = nullptr;
    switch (request.method) {
    case ApiRequest::Method::Get:
        reply = d->network->get(networkRequest);
        break;
    case ApiRequest::Method::Delete:
    case ApiRequest::Method::Post:
    case ApiRequest::Method::Patch: {
        // Never re-sent by Qt; see OneShotBody. A DELETE too: a silent re-send of a delete
        // that went through answers 404, which would read as a failure.
        if (request.method != ApiRequest::Method::Delete) {
            networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                     QByteArrayLiteral("application/json"));
        }
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        auto *body = new OneShotBody(request.body);
        body->open(QIODevice::ReadOnly);
        reply = d->network->sendCustomRequest(networkRequest, request.verb(), body);
        body->setParent(reply);
        break;
    }
    }
    reply->setParent(this);
    return reply;
}

namespace {
// A very short token would blank out ordinary words; real tokens are long.
constexpr qsizetype MinimumRedactedLength = 8;
} // namespace

QByteArray ApiClient::redactToken(const QByteArray &bytes) const
{
    if (d->token.size() < MinimumRedactedLength || !bytes.contains(d->token))
        return bytes;
    QByteArray clean = bytes;
    return clean.replace(d->token, QByteArrayLiteral("***"));
}

void ApiClient::redactToken(ApiError *error) const
{
    if (d->token.size() < MinimumRedactedLength)
        return;
    const QString token = QString::fromUtf8(d->token);
    const QString mask = QStringLiteral("***");
    error->message.replace(token, mask);
    for (FieldError &field : error->fieldErrors) {
        field.field.replace(token, mask);
        field.message.replace(token, mask);
    }
}

void ApiClient::noteRateLimitHeaders(const ApiResponse &response)
{
    const QByteArray remainingText = response.header("X-RateLimit-Remaining");
    const QByteArray resetText = response.header("X-RateLimit-Reset");
    if (remainingText.isEmpty() || resetText.isEmpty())
        return;
    bool remainingOk = false;
    bool resetOk = false;
    const qint64 remaining = remainingText.trimmed().toLongLong(&remainingOk);
    const qint64 reset = resetText.trimmed().toLongLong(&resetOk);
    if (!remainingOk || !resetOk || remaining > 0)
        return;
    // A limit of 0 means the server enforces none (and "0 remaining" then means nothing).
    bool limitOk = false;
    const qint64 limit = response.header("X-RateLimit-Limit").trimmed().toLongLong(&limitOk);
    if (limitOk && limit <= 0)
        return;
    // The reset time is on the server's clock: measure it against the server's Date.
    QDateTime serverNow = RetryAfter::parseHttpDate(response.header("Date"));
    if (!serverNow.isValid())
        serverNow = QDateTime::currentDateTimeUtc();
    d->pacer->noteBudget(remaining, reset - serverNow.toSecsSinceEpoch());
}

QString ApiClient::summarizeBody(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(64 * 1024));
    static const QRegularExpression invisible(
            QStringLiteral("<(script|style|head)\\b[^>]*>.*?</\\1\\s*>"),
            QRegularExpression::CaseInsensitiveOption
                    | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    text.remove(invisible);
    text.replace(tag, QStringLiteral(" "));
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : std::as_const(text)) // no control characters in a message
        clean.append(c.isPrint() || c.isSpace() ? c : QChar(u' '));
    clean = clean.simplified();
    constexpr qsizetype limit = 200;
    if (clean.size() > limit) {
        clean.truncate(limit);
        if (clean.back().isHighSurrogate())
            clean.chop(1);
        clean += u'…';
    }
    return clean;
}

ApiResponse ApiClient::mapReply(QNetworkReply *reply, const QByteArray &body,
                                ApiRequest::Expect expect)
{
    ApiResponse response;
    response.body = body;
    response.url = reply->url();
    response.headers = reply->rawHeaderPairs();
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ApiError &error = response.error;
    error.httpStatus = response.httpStatus;

    const QNetworkReply::NetworkError networkError = reply->error();
    const bool transportFailed = networkError > QNetworkReply::NoError
            && networkError < QNetworkReply::ProxyConnectionRefusedError;
    const int status = response.httpStatus;

    if (status == 0 || (transportFailed && status >= 200 && status < 300)) {
        if (networkError == QNetworkReply::TimeoutError
            || networkError == QNetworkReply::OperationCanceledError) {
            error.kind = ApiError::Kind::Timeout;
            error.message = tr("the server did not answer in time");
        } else {
            error.kind = ApiError::Kind::Network;
            error.message = status == 0
                    ? transportMessage(reply)
                    : tr("the connection closed before the whole answer arrived");
        }
        response.requestMayHaveArrived = networkError != QNetworkReply::ConnectionRefusedError
                && networkError != QNetworkReply::HostNotFoundError
                && networkError != QNetworkReply::SslHandshakeFailedError;
        return response;
    }

    QJsonParseError parseError{};
    const QByteArray trimmed = body.trimmed();
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    const bool isJson = !trimmed.isEmpty() && parseError.error == QJsonParseError::NoError;

    if (status >= 200 && status < 300) {
        if (expect == ApiRequest::Expect::Nothing)
            return response;
        error.kind = ApiError::Kind::Parse;
        if (trimmed.isEmpty()) {
            error.message = tr("the server sent an empty answer");
        } else if (!isJson) {
            if (trimmed.startsWith('<'))
                error.message = tr("the server sent a web page instead of data: %1")
                                        .arg(summarizeBody(body));
            else
                error.message = tr("the server's answer is not valid JSON (%1 at byte %2)")
                                        .arg(parseError.errorString())
                                        .arg(parseError.offset);
        } else if (const QString message = jsonMessage(document); !message.isEmpty()) {
            error.message = message; // no successful answer carries a top-level message
        } else if (expect == ApiRequest::Expect::Array && !document.isArray()) {
            error.message = tr("the server sent a single record where a list belongs");
        } else if (expect == ApiRequest::Expect::Object && !document.isObject()) {
            error.message = tr("the server sent a list where a single record belongs");
        } else {
            error.kind = ApiError::Kind::None;
            response.json = document;
        }
        return response;
    }

    // An HTTP error status; the body may be JSON, HTML from a proxy, or anything.
    error.message = isJson ? jsonMessage(document) : summarizeBody(body);
    if (error.message.isEmpty()) {
        error.message
                = QString::fromUtf8(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                            .toByteArray())
                          .simplified()
                          .left(200);
    }
    if (status == 429) {
        error.kind = ApiError::Kind::RateLimited;
    } else if (status == 422 || status == 400) {
        error.fieldErrors = isJson ? jsonFieldErrors(document) : FieldErrors{};
        error.kind = status == 422 || !error.fieldErrors.isEmpty() ? ApiError::Kind::Validation
                                                                   : ApiError::Kind::Http;
    } else {
        error.kind = ApiError::Kind::Http;
    }
    return response;
}
