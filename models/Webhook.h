#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One webhook of a 4me account, as the Webhooks API describes it.
//
// A plain value type. Strings are kept exactly as the server sent them; timestamps keep
// the server's text (createdAt, updatedAt) and are parsed on demand for sorting.
// Threading: a value type, safe to copy across threads.
struct Webhook
{
    qint64 id = 0; // 0 until the server has created the webhook
    QString name; // empty means "the event name" (see displayName())
    QString event;
    QString uri;
    bool disabled = false;
    QString description;
    QString mailExceptionsTo;
    QString lastError;
    QString createdAt; // ISO 8601 as the server wrote it
    QString updatedAt;
    qint64 webhookPolicyId = 0;
    QString webhookPolicyName;
    // Signed messages carry `kid` and `iss` for OpenID Connect discovery of the policy key.
    bool openIdConnectDiscovery = false;
    // Only for app_instance.* events: the app offerings the webhook is limited to (empty: all).
    QStringList appOfferingReferences;
    QString source;
    QString sourceId;
    QString nodeId;

    bool isNew() const { return id == 0; }
    QString displayName() const { return name.isEmpty() ? event : name; }

    // Parsed timestamps, with the server's offset; a text without a zone is read as UTC.
    // Invalid QDateTime when the text is empty or not ISO 8601.
    QDateTime createdAtTime() const { return parseTimestamp(createdAt); }
    QDateTime updatedAtTime() const { return parseTimestamp(updatedAt); }
    static QDateTime parseTimestamp(const QString &text);

    // The URI without userinfo and with query values masked, for logs and error texts.
    QString redactedUri() const { return redactUri(uri); }
    static QString redactUri(const QString &uri);
    // True when redactUri() hides something: userinfo (user:password@) or a query value
    // (token=..., secret=..., key=...).
    static bool uriHasSecrets(const QString &uri);

    // Lenient reading of a server record: `disabled` as true, "true", 1 or absent; ids
    // as 64-bit integers or numeric strings; unknown fields ignored. Returns false and sets
    // *error when the object is no webhook at all (no usable id).
    static bool fromJson(const QJsonObject &object, Webhook *out, QString *error = nullptr);
    // Every field that is set, in the API's names (read-only fields included).
    QJsonObject toJson() const;

    // The body of POST /webhooks: the writable fields that are set.
    QJsonObject createPayload() const;
    // The body of PATCH /webhooks/:id: only the writable fields in which `after` differs
    // from `before`. Empty when nothing changed.
    static QJsonObject changedFields(const Webhook &before, const Webhook &after);

    friend bool operator==(const Webhook &, const Webhook &) = default;
};

Q_DECLARE_METATYPE(Webhook)

using WebhookList = QList<Webhook>;
