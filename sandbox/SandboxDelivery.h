#pragma once

#include "models/Webhook.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class SandboxStore;

// Sends webhook messages (reference §4) the way the service does: a JSON POST to the
// webhook's uri with the service's User-Agent, an X-4me-Delivery id and a Link header.
// A failed delivery sets the webhook's last_error ("404 Not Found", "Connection refused",
// "Timeout", ...); a successful one clears it.
class SandboxDelivery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxDelivery)

public:
    // The person a message names (the user whose action caused the event).
    struct Person
    {
        qint64 id = 0; // 0: a system event, person fields empty
        QString name;
    };

    // `store` is not owned and must outlive this object.
    explicit SandboxDelivery(SandboxStore *store, QObject *parent = nullptr);

    void setAccount(const QString &account) { m_account = account; }
    void setApiBaseUrl(const QUrl &url) { m_apiBaseUrl = url; } // http://127.0.0.1:PORT/v1
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int pendingCount() const { return m_pending; }

    // POSTs a message about object `objectId` to the webhook's uri. Asynchronous; emits
    // delivered() when done.
    void deliver(const Webhook &webhook, qint64 objectId, const Person &person);

    // The message body for a webhook event.
    QJsonObject buildMessage(const Webhook &webhook, qint64 objectId, const Person &person) const;
    // The API's collection name of an event's object: "request.create" -> "requests".
    static QString objectCollection(const QString &event);
    // The error text the service shows in last_error for a failed reply; empty on success.
    static QString lastErrorFor(QNetworkReply *reply);

Q_SIGNALS:
    // `error` is empty when the receiver answered 2xx.
    void delivered(qint64 webhookId, const QString &error);

private:
    QString accountUrl() const;

    SandboxStore *m_store;
    QNetworkAccessManager *m_network;
    QString m_account = QStringLiteral("wdc");
    QUrl m_apiBaseUrl;
    int m_timeoutMs = 10000;
    int m_pending = 0;
};
