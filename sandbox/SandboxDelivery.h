#pragma once

#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxWebhook.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class SandboxStore;

// Sends webhook messages (reference §4) the way the service does: a JSON POST to the
// webhook's uri with the brand's User-Agent, delivery-id header and a Link header.
//
// Three kinds of message:
// - event messages go only to enabled, verified webhooks; a failure (anything but a 2xx
//   within the delivery timeout) is retried up to MaxRetries times, further apart each time
//   (in sandbox time); every failed attempt counts towards the consecutive failures and a
//   success resets them; an exception mail goes to the outbox at most once per MailIntervalMs
//   per webhook; after DisableAfterFailures consecutive failures over more than
//   DisableAfterMs the webhook is disabled, keeping its last_error;
// - test messages (POST /webhooks/:id/test) go out even to disabled or unverified webhooks,
//   once, never retried and not counted; they set last_error like the service shows it;
// - webhook.verify messages carry the callback, once, never retried, not counted.
class SandboxDelivery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxDelivery)

public:
    enum class Kind { Event, Test, Verify };

    // The person a message names (the user whose action caused the event).
    struct Person
    {
        qint64 id = 0; // 0: a system event, person fields empty
        QString name;
    };

    static constexpr int MaxRetries = 10;
    static constexpr qint64 FirstRetryMs = 60 * 1000; // doubles with each retry
    static constexpr qint64 MailIntervalMs = 20 * 60 * 1000;
    static constexpr int DisableAfterFailures = 20;
    static constexpr qint64 DisableAfterMs = 7 * 24 * 3600 * 1000LL;

    // `store` is not owned and must outlive this object.
    SandboxDelivery(SandboxStore *store, const SandboxOptions &options, QObject *parent = nullptr);

    // The sandbox's API root, http://127.0.0.1:PORT/v1; its origin serves the callbacks.
    void setApiBaseUrl(const QUrl &url) { m_apiBaseUrl = url; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int pendingCount() const { return m_pending; }
    const SandboxClock &clock() const { return m_clock; }

    // Sends a message about object `objectId`. Asynchronous; emits delivered() for every
    // attempt. An event message for a disabled or unverified webhook is not sent (false).
    bool deliver(const QString &account, const SandboxWebhook &webhook, qint64 objectId,
                 const Person &person, Kind kind = Kind::Test);
    // Sends webhook.verify with the webhook's current code as the callback.
    void sendVerification(const QString &account, const SandboxWebhook &webhook);

    // The callback URL of the webhook's current verification code.
    QString callbackUrl(const SandboxWebhook &webhook) const;
    // The message body.
    QJsonObject buildMessage(const QString &account, const SandboxWebhook &webhook,
                             const QString &event, qint64 objectId, const Person &person) const;
    // Exception mails sent for the account's webhooks, oldest first.
    QJsonArray outbox(const QString &account) const { return m_outbox.value(account); }

    // https://wdc.4me.com or https://wdc.xurrent.com
    QString accountUrl(const QString &account) const;
    // The API's collection name of an event's object: "request.create" -> "requests".
    static QString objectCollection(const QString &event);
    // The error text the service shows in last_error for a failed reply; empty on success.
    static QString lastErrorFor(QNetworkReply *reply);

Q_SIGNALS:
    // One attempt of an event or test message finished; `error` is empty when the receiver
    // answered 2xx.
    void delivered(qint64 webhookId, const QString &error);
    // A webhook.verify message was sent (once); `error` as for delivered().
    void verificationSent(qint64 webhookId, const QString &error);

private:
    struct Attempt
    {
        QString account;
        qint64 webhookId = 0;
        QString event;
        qint64 objectId = 0;
        Person person;
        Kind kind = Kind::Test;
        int retry = 0; // 0: the first attempt
    };
    void send(const Attempt &attempt, const SandboxWebhook &webhook);
    void finish(const Attempt &attempt, const QString &error);
    void recordEventResult(const Attempt &attempt, const QString &error);
    void sendMail(const QString &account, const SandboxWebhook &webhook);

    SandboxStore *m_store;
    SandboxOptions m_options;
    SandboxClock m_clock;
    QNetworkAccessManager *m_network;
    QUrl m_apiBaseUrl;
    int m_timeoutMs = 10000;
    int m_pending = 0;
    QHash<QString, QJsonArray> m_outbox;
};
