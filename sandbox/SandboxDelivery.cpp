#include "sandbox/SandboxDelivery.h"

#include "sandbox/SandboxFields.h"
#include "sandbox/SandboxLogging.h"
#include "sandbox/SandboxMessageSigner.h"
#include "sandbox/SandboxPolicies.h"
#include "sandbox/SandboxStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace {
constexpr QLatin1StringView KeyAuditLineId{"audit_line_id"};
constexpr QLatin1StringView KeyNoteId{"note_id"};
constexpr QLatin1StringView KeyStatus{"status"};
constexpr QLatin1StringView KeyPreviousStatus{"previous_status"};
constexpr QLatin1StringView KeyTeam{"team"};
constexpr QLatin1StringView KeyMember{"member"};
constexpr QLatin1StringView KeyCustom{"custom"};

// Outbox entries
constexpr QLatin1StringView KeyTo{"to"};
constexpr QLatin1StringView KeySubject{"subject"};
constexpr QLatin1StringView KeyError{"error"};
constexpr QLatin1StringView KeySentAt{"sent_at"};
constexpr QLatin1StringView KeyConsecutiveFailures{"consecutive_failures"};

QString globalId(const QString &type, qint64 id)
{
    return QString::fromLatin1(
            QStringLiteral("gid://sandbox/%1/%2")
                    .arg(type)
                    .arg(id)
                    .toUtf8()
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The query and userinfo of a URI stay out of logs: they may hold a secret.
QString redacted(const QString &uri)
{
    QUrl url(uri);
    url.setUserInfo({});
    url.setQuery(QString());
    return url.toString();
}

// Names reserved for documentation and tests (RFC 2606, RFC 6761): nobody can receive a
// message there, so the sandbox does not even look them up (and tests stay off the network).
bool isReservedHost(const QString &host)
{
    const QString name = host.toLower();
    for (const char *domain : {"example.com", "example.org", "example.net"}) {
        const QString reserved = QString::fromLatin1(domain);
        if (name == reserved || name.endsWith(u'.' + reserved))
            return true;
    }
    for (const char *suffix : {".example", ".test", ".invalid"}) {
        if (name.endsWith(QString::fromLatin1(suffix)))
            return true;
    }
    return false;
}

// The .status-changed events whose payload names the previous status.
bool hasPreviousStatus(const QString &event)
{
    return event.endsWith(u".status-changed") && !event.startsWith(u"change.");
}
} // namespace

SandboxDelivery::SandboxDelivery(SandboxStore *store, const SandboxOptions &options,
                                 QObject *parent)
    : QObject(parent),
      m_store(store),
      m_options(options),
      m_clock(options.timeScale),
      m_network(new QNetworkAccessManager(this)),
      m_timeoutMs(options.deliveryTimeoutMs)
{
    Q_ASSERT(store);
    // The sandbox talks to receivers directly, never through a proxy from the environment.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

QString SandboxDelivery::accountUrl(const QString &account) const
{
    return m_options.brand == SandboxOptions::Brand::Xurrent
            ? QStringLiteral("https://%1.xurrent.com").arg(account)
            : QStringLiteral("https://%1.4me.com").arg(account);
}

QString SandboxDelivery::objectCollection(const QString &event)
{
    if (event == u"automation_rule")
        return QStringLiteral("automation_rules");
    const QString noun = event.section(u'.', 0, 0);
    if (noun == u"person")
        return QStringLiteral("people");
    if (noun == u"webhook")
        return QStringLiteral("webhooks");
    return noun + u's';
}

QString SandboxDelivery::callbackUrl(const SandboxWebhook &webhook) const
{
    QUrl url = m_apiBaseUrl;
    url.setPath(QStringLiteral("/webhooks/%1/verify").arg(webhook.id));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("code"), webhook.verificationCode);
    query.addQueryItem(QStringLiteral("expires_at"),
                       QString::number(webhook.verificationExpiresAt));
    url.setQuery(query);
    return url.toString();
}

QJsonObject SandboxDelivery::buildMessage(const QString &account, const SandboxWebhook &webhook,
                                          const QString &event, qint64 objectId,
                                          const Person &person) const
{
    using namespace SandboxFields;
    QString objectType = objectCollection(event);
    objectType.chop(1);
    QJsonObject message;
    message.insert(WebhookIdKey, webhook.id);
    message.insert(WebhookNodeIdKey, webhook.nodeId);
    message.insert(AccountId, account);
    message.insert(Account, accountUrl(account));
    message.insert(Name, webhook.name.isEmpty() ? webhook.event : webhook.name);
    message.insert(Event, event);
    message.insert(ObjectId, objectId);
    message.insert(ObjectNodeId, globalId(objectType, objectId));
    if (person.id > 0) {
        message.insert(PersonId, person.id);
        message.insert(PersonNodeId, globalId(QStringLiteral("Person"), person.id));
    } else {
        message.insert(PersonId, QJsonValue::Null);
        message.insert(PersonNodeId, QJsonValue::Null);
    }
    message.insert(PersonName, person.name);

    QJsonObject payload;
    auto *random = QRandomGenerator::global();
    const QString verb = event.section(u'.', 1);
    const QJsonObject accountRef{{Id, account}, {Name, account.toUpper()}};
    if (event == u"webhook.verify") {
        payload.insert(Callback, callbackUrl(webhook));
    } else if (event == u"automation_rule") {
        payload.insert(KeyCustom, QStringLiteral("sandbox automation rule"));
    } else {
        payload.insert(KeyAuditLineId, qint64(random->bounded(1000000, 9999999)));
        if (verb == u"note-added") {
            payload.insert(KeyNoteId, qint64(random->bounded(100000, 999999)));
        } else if (verb.endsWith(u"status-changed")) {
            payload.insert(KeyStatus, QStringLiteral("in_progress"));
            if (hasPreviousStatus(event))
                payload.insert(KeyPreviousStatus, QStringLiteral("assigned"));
        } else if (verb == u"team-changed") {
            payload.insert(KeyTeam,
                           QJsonObject{{Id, 73},
                                       {NodeId, globalId(QStringLiteral("Team"), 73)},
                                       {Name, QStringLiteral("Service Desk")},
                                       {Account, accountRef}});
        } else if (verb == u"member-changed") {
            payload.insert(KeyMember,
                           QJsonObject{{Id, 12},
                                       {NodeId, globalId(QStringLiteral("Person"), 12)},
                                       {Name, QStringLiteral("Jane Doe")},
                                       {Account, accountRef}});
        }
    }
    message.insert(Payload, payload);
    return message;
}

QString SandboxDelivery::lastErrorFor(QNetworkReply *reply)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        const int code = status.toInt();
        if (code >= 200 && code < 300)
            return {};
        const QString reason
                = QString::fromLatin1(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                              .toByteArray())
                          .trimmed();
        return reason.isEmpty() ? QString::number(code)
                                : QStringLiteral("%1 %2").arg(code).arg(reason);
    }
    switch (reply->error()) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("Connection refused");
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return QStringLiteral("Timeout");
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("Host not found");
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("Connection closed by the receiver");
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("SSL handshake failed");
    default:
        // Not errorString(): it can quote the URI with its credentials or secret query.
        return QStringLiteral("Network error %1").arg(int(reply->error()));
    }
}

bool SandboxDelivery::deliver(const QString &account, const SandboxWebhook &webhook,
                              qint64 objectId, const Person &person, Kind kind)
{
    if (kind == Kind::Event && (webhook.disabled || !webhook.verified))
        return false;
    Attempt attempt;
    attempt.account = account;
    attempt.webhookId = webhook.id;
    attempt.event = kind == Kind::Verify ? QStringLiteral("webhook.verify") : webhook.event;
    attempt.objectId = objectId;
    attempt.person = person;
    attempt.kind = kind;
    send(attempt, webhook);
    return true;
}

void SandboxDelivery::sendVerification(const QString &account, const SandboxWebhook &webhook)
{
    deliver(account, webhook, webhook.id, {}, Kind::Verify);
}

void SandboxDelivery::finish(const Attempt &attempt, const QString &error)
{
    if (attempt.kind == Kind::Event)
        recordEventResult(attempt, error);
    else if (attempt.kind == Kind::Test)
        m_store->setLastError(attempt.webhookId, error, attempt.account);
    if (attempt.kind == Kind::Verify)
        Q_EMIT verificationSent(attempt.webhookId, error);
    else
        Q_EMIT delivered(attempt.webhookId, error);
}

void SandboxDelivery::send(const Attempt &attempt, const SandboxWebhook &webhook)
{
    const QUrl target(webhook.uri, QUrl::StrictMode);
    QString early;
    if (!target.isValid() || (target.scheme() != u"http" && target.scheme() != u"https"))
        early = QStringLiteral("Invalid URI");
    else if (isReservedHost(target.host()))
        early = QStringLiteral("Host not found");
    if (!early.isEmpty()) {
        // Answered later, like any delivery.
        QTimer::singleShot(0, this, [this, attempt, early] { finish(attempt, early); });
        return;
    }
    const bool xurrent = m_options.brand == SandboxOptions::Brand::Xurrent;
    const QString collection = objectCollection(attempt.event);
    QNetworkRequest request(target);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/json; charset=utf-8"));
    request.setHeader(
            QNetworkRequest::UserAgentHeader,
            xurrent ? QByteArrayLiteral("xurrent/1.0 (https://developer.xurrent.com/v1/webhooks)")
                    : QByteArrayLiteral("4me/1.0 (https://developer.4me.com/v1/webhooks)"));
    request.setRawHeader(xurrent ? QByteArrayLiteral("X-Xurrent-Delivery")
                                 : QByteArrayLiteral("X-4me-Delivery"),
                         QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    const QString account = accountUrl(attempt.account);
    QStringList links{QStringLiteral("<%1/%2/%3>; rel=\"canonical\"")
                              .arg(account, collection)
                              .arg(attempt.objectId)};
    const QString api
            = m_apiBaseUrl.isValid() ? m_apiBaseUrl.toString() : account + QStringLiteral("/v1");
    links.append(QStringLiteral("<%1/%2/%3>; rel=\"resource\"")
                         .arg(api, collection)
                         .arg(attempt.objectId));
    // The record the event is about, when it is not the object itself.
    const QString verb = attempt.event.section(u'.', 1);
    if (verb == u"note-added") {
        links.append(QStringLiteral("<%1/%2/%3/notes>; rel=\"related\"")
                             .arg(api, collection)
                             .arg(attempt.objectId));
    } else if (verb == u"team-changed") {
        links.append(QStringLiteral("<%1/teams/73>; rel=\"related\"").arg(api));
    } else if (verb == u"member-changed") {
        links.append(QStringLiteral("<%1/people/12>; rel=\"related\"").arg(api));
    }
    request.setRawHeader(QByteArrayLiteral("Link"), links.join(QStringLiteral(", ")).toUtf8());
    // The answer deadline is real time, never scaled.
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);

    const QJsonObject message = buildMessage(attempt.account, webhook, attempt.event,
                                             attempt.objectId, attempt.person);
    QByteArray body;
    if (webhook.webhookPolicyId > 0) {
        // A linked webhook's messages go out as {"jwt": "..."} (reference §4, Signing).
        QString error;
        const std::optional<SandboxPolicy> policy = SandboxPolicies::fromStoreJson(
                m_store->policy(webhook.webhookPolicyId, attempt.account), &error);
        if (policy) {
            body = SandboxMessageSigner::signedBody(message, webhook.id, account, *policy,
                                                    webhook.openIdConnectDiscovery, m_apiBaseUrl,
                                                    QDateTime::currentDateTimeUtc(), &error);
        }
        if (body.isEmpty()) {
            const QString failure = QStringLiteral("Cannot sign the message: %1").arg(error);
            QTimer::singleShot(0, this, [this, attempt, failure] { finish(attempt, failure); });
            return;
        }
    } else {
        body = QJsonDocument(message).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = m_network->post(request, body);
    reply->setParent(this);
    ++m_pending;
    qCDebug(lcSandboxServer).noquote()
            << "delivering" << attempt.event << "to" << redacted(webhook.uri);
    connect(reply, &QNetworkReply::finished, this, [this, reply, attempt] {
        reply->deleteLater();
        --m_pending;
        const QString error = lastErrorFor(reply);
        if (!error.isEmpty()) {
            qCDebug(lcSandboxServer).noquote()
                    << "delivery for webhook" << attempt.webhookId << "failed:" << error;
        }
        finish(attempt, error);
    });
}

void SandboxDelivery::recordEventResult(const Attempt &attempt, const QString &error)
{
    const SandboxWebhook *stored = m_store->find(attempt.webhookId, attempt.account);
    if (!stored)
        return; // deleted meanwhile
    SandboxWebhook webhook = *stored;
    const qint64 now = m_clock.nowMs();
    if (error.isEmpty()) {
        webhook.consecutiveFailures = 0;
        webhook.firstFailureAt = 0;
        webhook.lastError.clear();
        m_store->update(webhook, false, attempt.account);
        return;
    }
    if (webhook.consecutiveFailures == 0)
        webhook.firstFailureAt = now;
    ++webhook.consecutiveFailures;
    webhook.lastError = error;
    const bool mail = webhook.lastMailAt < 0 || now - webhook.lastMailAt >= MailIntervalMs;
    if (mail)
        webhook.lastMailAt = now;
    if (webhook.consecutiveFailures >= DisableAfterFailures
        && now - webhook.firstFailureAt > DisableAfterMs) {
        webhook.disabled = true;
    }
    m_store->update(webhook, false, attempt.account);
    if (mail)
        sendMail(attempt.account, webhook);
    if (webhook.disabled || attempt.retry >= MaxRetries)
        return;

    Attempt next = attempt;
    ++next.retry;
    const qint64 waitMs = FirstRetryMs << (next.retry - 1);
    QTimer::singleShot(m_clock.realDelayMs(waitMs), this, [this, next] {
        const SandboxWebhook *current = m_store->find(next.webhookId, next.account);
        if (current && !current->disabled && current->verified)
            send(next, *current);
    });
}

void SandboxDelivery::sendMail(const QString &account, const SandboxWebhook &webhook)
{
    const QString to = webhook.mailExceptionsTo.trimmed().isEmpty()
            ? QStringLiteral("account administrators")
            : webhook.mailExceptionsTo;
    m_outbox[account].append(QJsonObject{
            {SandboxFields::WebhookIdKey, webhook.id},
            {KeyTo, to},
            {KeySubject,
             QStringLiteral("Webhook \"%1\" could not be executed")
                     .arg(webhook.name.isEmpty() ? webhook.event : webhook.name)},
            {KeyError, webhook.lastError},
            {KeyConsecutiveFailures, webhook.consecutiveFailures},
            {KeySentAt,
             QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC).toString(Qt::ISODate)},
            {SandboxFields::Disabled, webhook.disabled}});
}
