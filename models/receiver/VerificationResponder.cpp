#include "models/receiver/VerificationResponder.h"

#include "models/Logging.h"
#include "models/VerificationTracker.h"
#include "models/Webhook.h"
#include "models/api/ApiClient.h"
#include "models/receiver/Delivery.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {
constexpr QLatin1StringView ServiceHostPrefix{"api."};
} // namespace

VerificationResponder::VerificationResponder(const ApiClient *client, VerificationTracker *tracker,
                                             QObject *parent)
    : QObject(parent), m_client(client), m_tracker(tracker)
{
    Q_ASSERT(client);
}

QString VerificationResponder::accountHost(const ConnectionProfile &profile)
{
    const QString serviceHost = profile.serviceUrl.host().toLower();
    const QString account = profile.account.trimmed().toLower();
    if (account.isEmpty() || !serviceHost.startsWith(ServiceHostPrefix)
        || serviceHost.size() <= ServiceHostPrefix.size())
        return {};
    return account + u'.' + serviceHost.mid(ServiceHostPrefix.size());
}

QString VerificationResponder::callbackRefusal(const QUrl &callback,
                                               const ConnectionProfile &profile)
{
    if (!callback.isValid() || callback.isRelative() || callback.host().isEmpty())
        return tr("the message carries no usable callback address");
    const QUrl &service = profile.serviceUrl;
    if (ApiClient::isLoopbackHost(service.host())) {
        // The sandbox verifies on its own origin.
        if (ApiClient::isSameOrigin(callback, service))
            return {};
        return tr("the callback %1 is not on the sandbox's address %2")
                .arg(callback.host(), service.host());
    }
    const QString host = accountHost(profile);
    if (!host.isEmpty() && callback.scheme() == u"https"
        && callback.host().compare(host, Qt::CaseInsensitive) == 0
        && (callback.port() == -1 || callback.port() == 443))
        return {};
    return tr("the callback %1 is not on the account's address %2")
            .arg(callback.host(), host.isEmpty() ? service.host() : host);
}

QString VerificationResponder::signatureRefusal(const Delivery &delivery,
                                                const SignedMessageCheck::Report &report)
{
    // Decoded here again with the report's keys, so that a report of another delivery (or
    // none at all) cannot let a signed message through.
    const DeliveryDecoder::Result decoded = DeliveryDecoder::decode(
            delivery.body, delivery.headerValue("content-type"), report.keys);
    if (decoded.format != DeliveryDecoder::Format::Jwt)
        return {}; // an unsigned webhook's message, as the service sends it
    if (decoded.signature == DeliveryDecoder::Signature::Unsecured)
        return tr("the message is a JWT with alg none: it is unsigned, and anyone could have "
                  "sent it");
    if (!report.isSigned)
        return tr("the message is signed, and its signature was not checked");
    if (!report.trusted())
        return tr("the signed message is not trusted: %1").arg(report.distrustReason());
    if (decoded.signature != DeliveryDecoder::Signature::Valid)
        return tr("the signature does not verify with the key it was checked with (%1)")
                .arg(decoded.signatureText);
    return {};
}

bool VerificationResponder::respond(const Delivery &delivery,
                                    const SignedMessageCheck::Report &report)
{
    if (!delivery.isVerify())
        return false;
    const qint64 id = delivery.webhookId > 0 ? delivery.webhookId : delivery.objectId;
    const QUrl callback = delivery.verifyCallback;
    QString refusal = signatureRefusal(delivery, report);
    if (refusal.isEmpty())
        refusal = callbackRefusal(callback, m_client->profile());
    if (!refusal.isEmpty()) {
        qCInfo(lcModel) << "not calling the verification callback of webhook" << id << ':'
                        << refusal;
        Q_EMIT notVerified(id, refusal);
        return false;
    }

    QNetworkRequest request(callback);
    request.setTransferTimeout(CallbackTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, ApiClient::userAgent());
    QNetworkReply *reply = m_client->network()->get(request);
    reply->setParent(this);
    const QString shown = Webhook::redactUri(callback.toString());
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, shown] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            if (m_tracker)
                m_tracker->clear(id);
            Q_EMIT verified(id);
            return;
        }
        const QString reason = status > 0
                ? tr("the service answered %1 to %2").arg(status).arg(shown)
                : tr("%1 could not be reached: %2").arg(shown, reply->errorString());
        Q_EMIT notVerified(id, reason);
    });
    return true;
}
