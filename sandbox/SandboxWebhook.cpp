#include "sandbox/SandboxWebhook.h"

#include "sandbox/SandboxFields.h"

#include <QCoreApplication>

namespace {
// Store-only keys: the sandbox state that the API never shows.
constexpr QLatin1StringView KeyPolicyId{"policy_id"};
constexpr QLatin1StringView KeyLegacyPolicy{"webhook_policy"}; // format 1
constexpr QLatin1StringView KeyVerified{"verified"};
constexpr QLatin1StringView KeyVerificationCode{"verification_code"};
constexpr QLatin1StringView KeyVerificationExpiresAt{"verification_expires_at"};
constexpr QLatin1StringView KeyConsecutiveFailures{"consecutive_failures"};
constexpr QLatin1StringView KeyFirstFailureAt{"first_failure_at"};
constexpr QLatin1StringView KeyLastMailAt{"last_mail_at"};

void insertText(QJsonObject *object, QLatin1StringView key, const QString &text)
{
    if (!text.isEmpty())
        object->insert(key, text);
}
} // namespace

QJsonObject SandboxWebhook::toStoreJson() const
{
    using namespace SandboxFields;
    QJsonObject object{{Id, id}, {Name, name}, {Event, event}, {Uri, uri}};
    if (disabled)
        object.insert(Disabled, true);
    insertText(&object, Description, description);
    insertText(&object, MailExceptionsTo, mailExceptionsTo);
    if (webhookPolicyId > 0)
        object.insert(KeyPolicyId, webhookPolicyId);
    if (openIdConnectDiscovery)
        object.insert(OpenIdConnectDiscovery, true);
    if (!appOfferingReferences.isEmpty())
        object.insert(AppOfferingReferences, QJsonArray::fromStringList(appOfferingReferences));
    if (!attachments.isEmpty())
        object.insert(Attachments, attachments);
    insertText(&object, Source, source);
    insertText(&object, SourceId, sourceId);
    insertText(&object, LastError, lastError);
    insertText(&object, CreatedAt, createdAt);
    insertText(&object, UpdatedAt, updatedAt);
    insertText(&object, NodeId, nodeId);
    if (!verified)
        object.insert(KeyVerified, false);
    insertText(&object, KeyVerificationCode, verificationCode);
    if (verificationExpiresAt > 0)
        object.insert(KeyVerificationExpiresAt, verificationExpiresAt);
    if (consecutiveFailures > 0) {
        object.insert(KeyConsecutiveFailures, consecutiveFailures);
        object.insert(KeyFirstFailureAt, firstFailureAt);
    }
    if (lastMailAt >= 0)
        object.insert(KeyLastMailAt, lastMailAt);
    return object;
}

bool SandboxWebhook::fromStoreJson(const QJsonObject &object, SandboxWebhook *out, QString *error)
{
    using namespace SandboxFields;
    SandboxWebhook webhook;
    webhook.id = object.value(Id).toInteger();
    webhook.event = object.value(Event).toString();
    if (webhook.id <= 0 || webhook.event.isEmpty()) {
        if (error) {
            *error = QCoreApplication::translate("SandboxStore",
                                                 "a stored webhook has no id or no event");
        }
        return false;
    }
    webhook.name = object.value(Name).toString();
    webhook.uri = object.value(Uri).toString();
    webhook.disabled = object.value(Disabled).toBool();
    webhook.description = object.value(Description).toString();
    webhook.mailExceptionsTo = object.value(MailExceptionsTo).toString();
    webhook.webhookPolicyId = object.value(KeyPolicyId).toInteger();
    if (webhook.webhookPolicyId == 0)
        webhook.webhookPolicyId = object.value(KeyLegacyPolicy).toObject().value(Id).toInteger();
    webhook.openIdConnectDiscovery = object.value(OpenIdConnectDiscovery).toBool();
    for (const QJsonValue &value : object.value(AppOfferingReferences).toArray())
        webhook.appOfferingReferences.append(value.toString());
    webhook.attachments = object.value(Attachments).toArray();
    webhook.source = object.value(Source).toString();
    webhook.sourceId = object.value(SourceId).toString();
    webhook.lastError = object.value(LastError).toString();
    webhook.createdAt = object.value(CreatedAt).toString();
    webhook.updatedAt = object.value(UpdatedAt).toString();
    webhook.nodeId = object.value(NodeId).toString();
    webhook.verified = object.value(KeyVerified).toBool(true);
    webhook.verificationCode = object.value(KeyVerificationCode).toString();
    webhook.verificationExpiresAt = object.value(KeyVerificationExpiresAt).toInteger();
    webhook.consecutiveFailures = object.value(KeyConsecutiveFailures).toInt();
    webhook.firstFailureAt = object.value(KeyFirstFailureAt).toInteger();
    webhook.lastMailAt = object.value(KeyLastMailAt).toInteger(-1);
    *out = std::move(webhook);
    return true;
}
