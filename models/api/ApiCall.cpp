#include "models/api/ApiCall.h"

#include "models/Logging.h"
#include "models/api/ApiClient.h"
#include "models/api/RequestPacer.h"
#include "models/api/RetryAfter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QNetworkReply>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#endif

namespace {

bool isRetryableForGet(const ApiResponse &response)
{
    switch (response.error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::Http:
        return response.httpStatus >= 500 && response.httpStatus != 501;
    default:
        return false;
    }
}

#if QT_CONFIG(ssl)
// Who the certificate names, who issued it, when it is valid and its fingerprint: what a
// person compares with what the server's administrator says before trusting it.
QString certificateSummary(const QSslCertificate &certificate)
{
    const auto names = [](const QSslCertificate &c, bool issuer) {
        QStringList parts;
        const QList<QByteArray> attributes
                = issuer ? c.issuerInfoAttributes() : c.subjectInfoAttributes();
        for (const QByteArray &attribute : attributes) {
            const QStringList values = issuer ? c.issuerInfo(attribute) : c.subjectInfo(attribute);
            for (const QString &value : values)
                parts.append(QString::fromLatin1(attribute) + u'=' + value);
        }
        return parts.join(QStringLiteral(", "));
    };
    QString fingerprint;
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (i > 0)
            fingerprint += u':';
        fingerprint += QString::fromLatin1(hex.mid(i, 2));
    }
    const QString subject = names(certificate, false);
    const QString issuer = names(certificate, true);
    QStringList lines;
    lines.append(QCoreApplication::translate("ApiCall", "Issued to: %1").arg(subject));
    lines.append(issuer == subject
                         ? QCoreApplication::translate("ApiCall", "Issued by: itself (self-signed)")
                         : QCoreApplication::translate("ApiCall", "Issued by: %1").arg(issuer));
    lines.append(QCoreApplication::translate("ApiCall", "Valid from %1 until %2 (UTC)")
                         .arg(certificate.effectiveDate().toUTC().toString(Qt::ISODate),
                              certificate.expiryDate().toUTC().toString(Qt::ISODate)));
    lines.append(
            QCoreApplication::translate("ApiCall", "SHA-256 fingerprint: %1").arg(fingerprint));
    return lines.join(u'\n');
}
#endif

} // namespace

ApiCall::ApiCall(ApiClient *client, const ApiRequest &request)
    : QObject(client),
      m_client(client),
      m_request(request),
      m_requestPath(client->describe(request))
{ }

ApiCall::~ApiCall()
{
    if (m_ticket)
        m_client->pacer()->cancel(m_ticket);
    if (QNetworkReply *reply = m_reply) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

ApiResponse ApiCall::errorResponse(ApiError::Kind kind, const QString &message) const
{
    ApiResponse response;
    response.error.kind = kind;
    response.error.message = message;
    response.error.requestPath = m_requestPath;
    response.url = m_request.url;
    response.attempts = m_attempts;
    return response;
}

void ApiCall::start()
{
    const QString refusal = m_client->refusalFor(m_request.url);
    if (!refusal.isEmpty()) {
        qCWarning(lcApi) << m_requestPath << "refused:" << refusal;
        finishLater(errorResponse(ApiError::Kind::Network, refusal));
        return;
    }
    enqueue();
}

bool ApiCall::refuseWait(qint64 waitMs, const QString &why)
{
    // The pacer's own short pauses (the burst window, under two seconds) always pass.
    const qint64 limit = m_client->maxWaitMs();
    if (limit < 0 || waitMs <= std::max<qint64>(limit, 2000))
        return false;
    const QDateTime resets = QDateTime::currentDateTimeUtc().addMSecs(waitMs);
    ApiResponse response = errorResponse(
            ApiError::Kind::RateLimited,
            tr("%1; the limit resets at %2 (in %3 s), later than the %4 s Hookbench may "
               "wait")
                    .arg(why, resets.toString(Qt::ISODate)) // UTC, e.g. 2026-12-02T14:05:00Z
                    .arg((waitMs + 999) / 1000)
                    .arg(limit / 1000));
    response.httpStatus = 429;
    response.error.httpStatus = 429;
    finishLater(response); // enqueue() runs inside ApiClient::send() too
    return true;
}

void ApiCall::enqueue()
{
    if (refuseWait(m_client->pacer()->delayMs(), tr("the service's rate limit is spent for now")))
        return;
    m_ticket = m_client->pacer()->enqueue(this, [this] {
        m_ticket = 0;
        m_slot = m_client->pacer()->currentSlot();
        send();
    });
}

void ApiCall::send()
{
    if (m_finished || m_cancelled)
        return;
    ++m_attempts;
    m_refusal.clear();
    m_abortKind = ApiError::Kind::None;
    m_refusedCertificateSha256.clear();
    m_refusedCertificateSummary.clear();
    qCDebug(lcApi) << "sending" << m_requestPath << "attempt" << m_attempts;
    QNetworkReply *reply = m_client->startReply(m_request);
    m_reply = reply;

#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (peer.isNull() && !errors.isEmpty())
            peer = errors.first().certificate();
        const QByteArray fingerprint
                = peer.isNull() ? QByteArray() : peer.digest(QCryptographicHash::Sha256).toHex();
        const QByteArray pinned
                = ApiClient::normalizedFingerprint(m_client->profile().pinnedCertificateSha256);
        if (!pinned.isEmpty() && fingerprint == pinned) {
            // The user trusts exactly this certificate: ignore exactly its errors.
            QList<QSslError> expected;
            bool onlyPeerErrors = true;
            for (const QSslError &error : errors) {
                if (!error.certificate().isNull() && error.certificate() != peer)
                    onlyPeerErrors = false;
                expected.append(QSslError(error.error(), peer));
            }
            if (onlyPeerErrors) {
                reply->ignoreSslErrors(expected);
                return;
            }
        }
        QStringList problems;
        for (const QSslError &error : errors)
            problems.append(error.errorString());
        problems.removeDuplicates();
        m_refusal = tr("the server's certificate was refused: %1")
                            .arg(problems.join(QStringLiteral("; ")));
        m_refusedCertificateSha256 = fingerprint;
        m_refusedCertificateSummary = peer.isNull() ? QString() : certificateSummary(peer);
        qCWarning(lcApi) << m_requestPath << m_refusal;
    });
    // A pin means exactly that certificate: a different one is refused even when a trusted
    // authority issued it (then sslErrors() never fires). encrypted() comes before the
    // request is written, so aborting here keeps the token at home.
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
        const QByteArray pinned
                = ApiClient::normalizedFingerprint(m_client->profile().pinnedCertificateSha256);
        if (pinned.isEmpty())
            return;
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        const QByteArray fingerprint
                = peer.isNull() ? QByteArray() : peer.digest(QCryptographicHash::Sha256).toHex();
        if (fingerprint == pinned)
            return;
        m_refusal = tr("the server's certificate is not the one pinned for this connection; "
                       "Hookbench sent nothing");
        m_refusedCertificateSha256 = fingerprint;
        m_refusedCertificateSummary = peer.isNull() ? QString() : certificateSummary(peer);
        qCWarning(lcApi) << m_requestPath << m_refusal;
        reply->abort();
    });
#endif

    // The whole answer within the deadline, and never more than the size cap in memory.
    if (!m_deadlineTimer) {
        m_deadlineTimer = new QTimer(this);
        m_deadlineTimer->setSingleShot(true);
        connect(m_deadlineTimer, &QTimer::timeout, this, [this] {
            abortReply(ApiError::Kind::Timeout,
                       tr("the server did not finish its answer within %1 s")
                               .arg((m_client->requestDeadlineMs() + 999) / 1000));
        });
    }
    m_deadlineTimer->start(m_client->requestDeadlineMs());
    const auto checkSize = [this, reply] {
        const qint64 cap = m_client->maxResponseBytes();
        bool ok = false;
        const qint64 announced
                = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if ((ok && announced > cap) || reply->bytesAvailable() > cap) {
            abortReply(ApiError::Kind::Network,
                       tr("the server's answer is larger than %1 MB; Hookbench does not read it")
                               .arg(cap / (1024 * 1024)));
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, checkSize);
    connect(reply, &QNetworkReply::readyRead, this, checkSize);

    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::abortReply(ApiError::Kind kind, const QString &message)
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_abortKind != ApiError::Kind::None)
        return;
    qCWarning(lcApi) << m_requestPath << message;
    m_abortKind = kind;
    m_refusal = message;
    reply->abort(); // finished() follows, and onReplyFinished() reports m_refusal
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    reply->disconnect(this);
    m_client->pacer()->release(std::exchange(m_slot, 0));
    if (m_deadlineTimer)
        m_deadlineTimer->stop();

    if (m_cancelled)
        return; // cancel() already queued the Cancelled answer

    if (!m_refusal.isEmpty()) {
        const bool aborted = m_abortKind != ApiError::Kind::None;
        ApiResponse response
                = errorResponse(aborted ? m_abortKind : ApiError::Kind::Network, m_refusal);
        response.error.certificateSha256 = m_refusedCertificateSha256;
        response.error.certificateSummary = m_refusedCertificateSummary;
        // A deadline or a size cap met the answer: the server had the request.
        response.requestMayHaveArrived = aborted;
        response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.error.httpStatus = response.httpStatus;
        finish(response);
        return;
    }
    if (followRedirect(reply))
        return;

    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    ApiResponse response = ApiClient::mapReply(reply, body, m_request.expect);
    if (response.error) {
        // An error page may quote the request, token included: take it out before the
        // body is summarised (and cut short) into the message that is logged and shown.
        if (const QByteArray clean = m_client->redactToken(body); clean != body)
            response = ApiClient::mapReply(reply, clean, m_request.expect);
        m_client->redactToken(&response.error);
    }
    response.attempts = m_attempts;
    response.error.requestPath = m_requestPath;
    // On a 429, Retry-After rules; its budget headers may describe the burst, not the hour.
    if (response.httpStatus != 429)
        m_client->noteRateLimitHeaders(response);

    if (response.error.kind == ApiError::Kind::RateLimited
        && m_rateLimitRetries < m_client->maxRateLimitRetries()) {
        ++m_rateLimitRetries;
        --m_attempts; // the server did not process it; it does not count as a try
        QDateTime serverNow = RetryAfter::parseHttpDate(response.header("Date"));
        if (!serverNow.isValid())
            serverNow = QDateTime::currentDateTimeUtc();
        const int seconds = RetryAfter::seconds(response.header("Retry-After"), serverNow);
        if (refuseWait(qint64(seconds) * 1000,
                       tr("the service's rate limit was reached (HTTP 429)")))
            return;
        qCInfo(lcApi) << m_requestPath << "rate limited; waiting" << seconds << "s";
        m_client->pacer()->noteRateLimited();
        m_client->pacer()->pauseFor(qint64(seconds) * 1000);
        enqueue();
        return;
    }

    if (m_request.method == ApiRequest::Method::Get && isRetryableForGet(response)
        && m_attempts < m_client->maxAttempts()) {
        const int delay = std::min(4000, m_client->retryBackoffMs() << (m_attempts - 1));
        qCInfo(lcApi) << m_requestPath << "failed (" << response.error.message << "); retrying in"
                      << delay << "ms";
        if (!m_backoffTimer) {
            m_backoffTimer = new QTimer(this);
            m_backoffTimer->setSingleShot(true);
            connect(m_backoffTimer, &QTimer::timeout, this, &ApiCall::enqueue);
        }
        m_backoffTimer->start(delay);
        return;
    }

    finish(response);
}

// Redirects are followed here, not by Qt: Qt 6.4 may send a redirected request twice (on
// two connections) and join the bodies. Only to the same origin (which also rules out
// https -> http), so that the token and the account header never reach another host.
bool ApiCall::followRedirect(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool redirect
            = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (!redirect || target.isEmpty())
        return false;
    const bool keepsMethod = status == 307 || status == 308;
    if (m_request.method != ApiRequest::Method::Get && !keepsMethod)
        return false; // reported as the HTTP status it is
    const QUrl resolved = reply->url().resolved(target);
    if (!m_client->refusalFor(resolved).isEmpty()) {
        qCWarning(lcApi) << m_requestPath << "cross-origin redirect refused";
        ApiResponse response = errorResponse(
                ApiError::Kind::Network,
                tr("the server redirected to %1://%2, another address; Hookbench does not "
                   "follow it so that the token stays with the service")
                        .arg(resolved.scheme(), resolved.host()));
        response.error.httpStatus = status;
        response.httpStatus = status;
        finish(response);
        return true;
    }
    if (++m_redirects > 5) {
        finish(errorResponse(ApiError::Kind::Network, tr("the server redirected too often")));
        return true;
    }
    m_request.url = resolved;
    --m_attempts; // a redirect is not a failed try
    enqueue();
    return true;
}

void ApiCall::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_ticket) {
        m_client->pacer()->cancel(m_ticket);
        m_ticket = 0;
    }
    if (m_backoffTimer)
        m_backoffTimer->stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        m_client->pacer()->release(std::exchange(m_slot, 0));
    }
    finishLater(errorResponse(ApiError::Kind::Cancelled, tr("cancelled")));
}

void ApiCall::finishLater(const ApiResponse &response)
{
    QTimer::singleShot(0, this, [this, response] { finish(response); });
}

void ApiCall::finish(const ApiResponse &response)
{
    if (m_finished)
        return;
    m_finished = true;
    if (response.error)
        qCInfo(lcApi) << m_requestPath << "failed:" << response.error.message;
    Q_EMIT finished(response);
    deleteLater();
}
