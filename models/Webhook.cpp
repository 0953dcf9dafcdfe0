#include "models/Webhook.h"

#include "models/JsonKeys.h"
#include "models/LenientJson.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace {

using LenientJson::readBool;
using LenientJson::readId;
using LenientJson::readString;
using LenientJson::readStringList;

void putIfSet(QJsonObject &object, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

} // namespace

QDateTime Webhook::parseTimestamp(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return {};
    if (time.timeSpec() == Qt::LocalTime) // no zone designator in the text
        time.setTimeSpec(Qt::UTC);
    return time;
}

QString Webhook::redactUri(const QString &uri)
{
    QUrl url(uri, QUrl::TolerantMode);
    if (!url.isValid())
        return QStringLiteral("(invalid URI)");
    url.setUserInfo(QString());
    if (url.hasQuery()) {
        QUrlQuery query(url);
        auto items = query.queryItems();
        for (auto &item : items)
            item.second = QStringLiteral("***");
        query.setQueryItems(items);
        url.setQuery(query);
    }
    url.setFragment(QString());
    return url.toString();
}

bool Webhook::uriHasSecrets(const QString &uri)
{
    const QUrl url(uri, QUrl::TolerantMode);
    if (!url.isValid())
        return false;
    if (!url.userInfo().isEmpty())
        return true;
    const QUrlQuery query(url);
    const auto items = query.queryItems();
    return std::any_of(items.begin(), items.end(),
                       [](const auto &item) { return !item.second.isEmpty(); });
}

bool Webhook::fromJson(const QJsonObject &object, Webhook *out, QString *error)
{
    Q_ASSERT(out);
    const qint64 id = readId(object.value(JsonKeys::Id));
    if (id <= 0) {
        if (error)
            *error = QStringLiteral("a webhook record has no valid id");
        return false;
    }
    Webhook webhook;
    webhook.id = id;
    webhook.name = readString(object.value(JsonKeys::Name));
    webhook.event = readString(object.value(JsonKeys::Event));
    webhook.uri = readString(object.value(JsonKeys::Uri));
    webhook.disabled = readBool(object.value(JsonKeys::Disabled));
    webhook.description = readString(object.value(JsonKeys::Description));
    webhook.mailExceptionsTo = readString(object.value(JsonKeys::MailExceptionsTo));
    webhook.lastError = readString(object.value(JsonKeys::LastError));
    webhook.createdAt = readString(object.value(JsonKeys::CreatedAt));
    webhook.updatedAt = readString(object.value(JsonKeys::UpdatedAt));
    webhook.openIdConnectDiscovery = readBool(object.value(JsonKeys::OpenIdConnectDiscovery));
    webhook.appOfferingReferences = readStringList(object.value(JsonKeys::AppOfferingReferences));
    webhook.source = readString(object.value(JsonKeys::Source));
    webhook.sourceId = readString(object.value(JsonKeys::SourceId));
    webhook.nodeId = readString(object.value(JsonKeys::NodeId));

    const QJsonValue policy = object.value(JsonKeys::WebhookPolicy);
    if (policy.isObject()) {
        webhook.webhookPolicyId = qMax<qint64>(0, readId(policy.toObject().value(JsonKeys::Id)));
        webhook.webhookPolicyName = readString(policy.toObject().value(JsonKeys::Name));
    } else {
        webhook.webhookPolicyId = qMax<qint64>(0, readId(object.value(JsonKeys::WebhookPolicyId)));
    }
    *out = std::move(webhook);
    return true;
}

QJsonObject Webhook::toJson() const
{
    QJsonObject object;
    if (id > 0)
        object.insert(JsonKeys::Id, id);
    putIfSet(object, JsonKeys::Name, name);
    object.insert(JsonKeys::Event, event);
    object.insert(JsonKeys::Uri, uri);
    object.insert(JsonKeys::Disabled, disabled);
    putIfSet(object, JsonKeys::Description, description);
    putIfSet(object, JsonKeys::MailExceptionsTo, mailExceptionsTo);
    putIfSet(object, JsonKeys::LastError, lastError);
    putIfSet(object, JsonKeys::CreatedAt, createdAt);
    putIfSet(object, JsonKeys::UpdatedAt, updatedAt);
    if (webhookPolicyId > 0) {
        QJsonObject policy{{JsonKeys::Id, webhookPolicyId}};
        putIfSet(policy, JsonKeys::Name, webhookPolicyName);
        object.insert(JsonKeys::WebhookPolicy, policy);
    }
    object.insert(JsonKeys::OpenIdConnectDiscovery, openIdConnectDiscovery);
    if (!appOfferingReferences.isEmpty())
        object.insert(JsonKeys::AppOfferingReferences,
                      QJsonArray::fromStringList(appOfferingReferences));
    putIfSet(object, JsonKeys::Source, source);
    putIfSet(object, JsonKeys::SourceId, sourceId);
    putIfSet(object, JsonKeys::NodeId, nodeId);
    return object;
}

QJsonObject Webhook::createPayload() const
{
    QJsonObject object;
    object.insert(JsonKeys::Event, event);
    object.insert(JsonKeys::Uri, uri);
    putIfSet(object, JsonKeys::Name, name);
    object.insert(JsonKeys::Disabled, disabled);
    putIfSet(object, JsonKeys::Description, description);
    putIfSet(object, JsonKeys::MailExceptionsTo, mailExceptionsTo);
    if (webhookPolicyId > 0)
        object.insert(JsonKeys::WebhookPolicyId, webhookPolicyId);
    if (openIdConnectDiscovery)
        object.insert(JsonKeys::OpenIdConnectDiscovery, true);
    if (!appOfferingReferences.isEmpty())
        object.insert(JsonKeys::AppOfferingReferences,
                      QJsonArray::fromStringList(appOfferingReferences));
    putIfSet(object, JsonKeys::Source, source);
    putIfSet(object, JsonKeys::SourceId, sourceId);
    return object;
}

QJsonObject Webhook::changedFields(const Webhook &before, const Webhook &after)
{
    QJsonObject object;
    auto putChanged = [&object](QLatin1StringView key, const QString &a, const QString &b) {
        if (a != b)
            object.insert(key, b);
    };
    putChanged(JsonKeys::Name, before.name, after.name);
    putChanged(JsonKeys::Event, before.event, after.event);
    putChanged(JsonKeys::Uri, before.uri, after.uri);
    if (before.disabled != after.disabled)
        object.insert(JsonKeys::Disabled, after.disabled);
    putChanged(JsonKeys::Description, before.description, after.description);
    putChanged(JsonKeys::MailExceptionsTo, before.mailExceptionsTo, after.mailExceptionsTo);
    if (before.webhookPolicyId != after.webhookPolicyId) {
        object.insert(JsonKeys::WebhookPolicyId,
                      after.webhookPolicyId > 0 ? QJsonValue(after.webhookPolicyId)
                                                : QJsonValue(QJsonValue::Null));
    }
    if (before.openIdConnectDiscovery != after.openIdConnectDiscovery)
        object.insert(JsonKeys::OpenIdConnectDiscovery, after.openIdConnectDiscovery);
    if (before.appOfferingReferences != after.appOfferingReferences)
        object.insert(JsonKeys::AppOfferingReferences,
                      QJsonArray::fromStringList(after.appOfferingReferences));
    putChanged(JsonKeys::Source, before.source, after.source);
    putChanged(JsonKeys::SourceId, before.sourceId, after.sourceId);
    return object;
}
