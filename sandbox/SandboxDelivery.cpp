#include "sandbox/SandboxDelivery.h"

#include "models/EventCatalog.h"
#include "models/JsonKeys.h"
#include "models/Logging.h"
#include "sandbox/SandboxStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUuid>

namespace {
QString nodeId(const QString &type, qint64 id)
{
    return QString::fromLatin1(
            QStringLiteral("gid://sandbox/%1/%2")
                    .arg(type)
                    .arg(id)
                    .toUtf8()
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Event-specific payload keys, as the service sends them.
QJsonObject payloadFor(const QString &event, qint64 objectId, const QString &accountUrl)
{
    auto *random = QRandomGenerator::global();
    QJsonObject payload;
    const QString verb = event.section(u'.', 1);
    if (event == u"webhook.verify") {
        const qint64 expires = QDateTime::currentSecsSinceEpoch() + 24 * 3600;
        payload.insert(QLatin1StringView("callback"),
                       QStringLiteral("%1/webhooks/%2/verify?code=%3&expires_at=%4")
                               .arg(accountUrl)
                               .arg(objectId)
                               .arg(random->generate64(), 0, 16)
                               .arg(expires));
        return payload;
    }
    if (event == u"automation_rule") {
        payload.insert(QLatin1StringView("custom"), QStringLiteral("sandbox automation rule"));
        return payload;
    }
    payload.insert(QLatin1StringView("audit_line_id"), qint64(random->bounded(1000000, 9999999)));
    if (verb == u"note-added") {
        payload.insert(QLatin1StringView("note_id"), qint64(random->bounded(100000, 999999)));
    } else if (verb == u"status-changed" || verb == u"major-incident-status-changed") {
        payload.insert(QLatin1StringView("status"), QStringLiteral("in_progress"));
        payload.insert(QLatin1StringView("previous_status"), QStringLiteral("assigned"));
    } else if (verb == u"team-changed") {
        payload.insert(
                QLatin1StringView("team"),
                QJsonObject{{JsonKeys::Id, 73}, {JsonKeys::Name, QStringLiteral("Service Desk")}});
    } else if (verb == u"member-changed" || verb == u"manager-changed") {
        payload.insert(
                verb == u"member-changed" ? QLatin1StringView("member")
                                          : QLatin1StringView("manager"),
                QJsonObject{{JsonKeys::Id, 12}, {JsonKeys::Name, QStringLiteral("Jane Doe")}});
    } else if (verb == u"agile-board-column-changed") {
        payload.insert(QLatin1StringView("agile_board_column"),
                       QJsonObject{{JsonKeys::Id, 3}, {JsonKeys::Name, QStringLiteral("Doing")}});
    }
    return payload;
}
} // namespace

SandboxDelivery::SandboxDelivery(SandboxStore *store, QObject *parent)
    : QObject(parent), m_store(store), m_network(new QNetworkAccessManager(this))
{
    Q_ASSERT(store);
    // The sandbox talks to receivers directly, never through a proxy from the environment.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

QString SandboxDelivery::accountUrl() const
{
    return QStringLiteral("https://%1.4me.com").arg(m_account);
}

QString SandboxDelivery::objectCollection(const QString &event)
{
    const QString noun = EventCatalog::groupOf(event);
    if (event == u"automation_rule")
        return QStringLiteral("automation_rules");
    if (noun == u"person")
        return QStringLiteral("people");
    if (noun == u"other")
        return event.section(u'.', 0, 0) + u's';
    return noun + u's';
}

QJsonObject SandboxDelivery::buildMessage(const Webhook &webhook, qint64 objectId,
                                          const Person &person) const
{
    const QString collection = objectCollection(webhook.event);
    QString objectType = collection;
    objectType.chop(1);
    QJsonObject message;
    message.insert(JsonKeys::MessageWebhookId, webhook.id);
    message.insert(JsonKeys::MessageWebhookNodeId, webhook.nodeId);
    message.insert(JsonKeys::MessageAccountId, m_account);
    message.insert(JsonKeys::MessageAccount, accountUrl());
    message.insert(JsonKeys::Name, webhook.displayName());
    message.insert(JsonKeys::Event, webhook.event);
    message.insert(JsonKeys::MessageObjectId, objectId);
    message.insert(JsonKeys::MessageObjectNodeId, nodeId(objectType, objectId));
    if (person.id > 0) {
        message.insert(JsonKeys::MessagePersonId, person.id);
        message.insert(JsonKeys::MessagePersonNodeId, nodeId(QStringLiteral("Person"), person.id));
    } else {
        message.insert(JsonKeys::MessagePersonId, QJsonValue::Null);
        message.insert(JsonKeys::MessagePersonNodeId, QJsonValue::Null);
    }
    message.insert(JsonKeys::MessagePersonName, person.name);
    message.insert(JsonKeys::MessagePayload, payloadFor(webhook.event, objectId, accountUrl()));
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

void SandboxDelivery::deliver(const Webhook &webhook, qint64 objectId, const Person &person)
{
    const QUrl target(webhook.uri, QUrl::StrictMode);
    const qint64 webhookId = webhook.id;
    if (!target.isValid() || (target.scheme() != u"http" && target.scheme() != u"https")) {
        const QString error = QStringLiteral("Invalid URI");
        m_store->setLastError(webhookId, error);
        Q_EMIT delivered(webhookId, error);
        return;
    }
    const QString collection = objectCollection(webhook.event);
    QNetworkRequest request(target);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/json; charset=utf-8"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("4me/1.0 (https://developer.4me.com/v1/webhooks)"));
    request.setRawHeader(QByteArrayLiteral("X-4me-Delivery"),
                         QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    QString link = QStringLiteral("<%1/%2/%3>; rel=\"canonical\"")
                           .arg(accountUrl(), collection)
                           .arg(objectId);
    if (m_apiBaseUrl.isValid()) {
        link += QStringLiteral(", <%1/%2/%3>; rel=\"resource\"")
                        .arg(m_apiBaseUrl.toString(), collection)
                        .arg(objectId);
    }
    request.setRawHeader(QByteArrayLiteral("Link"), link.toUtf8());
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);

    const QByteArray body
            = QJsonDocument(buildMessage(webhook, objectId, person)).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network->post(request, body);
    reply->setParent(this);
    ++m_pending;
    qCDebug(lcSandbox).noquote() << "delivering" << webhook.event << "to"
                                 << Webhook::redactUri(webhook.uri);
    connect(reply, &QNetworkReply::finished, this, [this, reply, webhookId] {
        reply->deleteLater();
        --m_pending;
        const QString error = lastErrorFor(reply);
        m_store->setLastError(webhookId, error);
        if (!error.isEmpty())
            qCDebug(lcSandbox).noquote()
                    << "delivery for webhook" << webhookId << "failed:" << error;
        Q_EMIT delivered(webhookId, error);
    });
}
