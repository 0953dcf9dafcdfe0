#include "models/WebhookPolicy.h"

#include "models/JsonKeys.h"
#include "models/LenientJson.h"

#include <QJsonValue>

#include <cmath>

namespace {

// jwt_claim_expires_in: a whole number of minutes (a JSON number or a string of digits);
// nullopt for null, absent or anything else.
std::optional<qint64> readMinutes(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && number >= 0 && std::floor(number) == number)
            return qint64(number);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 minutes = value.toString().trimmed().toLongLong(&ok);
        if (ok && minutes >= 0)
            return minutes;
    }
    return std::nullopt;
}

QJsonValue minutesValue(const std::optional<qint64> &minutes)
{
    return minutes ? QJsonValue(*minutes) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString WebhookPolicy::displayName() const
{
    return name.isEmpty() ? QStringLiteral("#%1").arg(id) : name;
}

QStringList WebhookPolicy::algorithms()
{
    return {QStringLiteral("none"),  QStringLiteral("hs256"), QStringLiteral("hs384"),
            QStringLiteral("hs512"), QStringLiteral("rs256"), QStringLiteral("rs384"),
            QStringLiteral("rs512"), QStringLiteral("es256"), QStringLiteral("es384"),
            QStringLiteral("es512")};
}

bool WebhookPolicy::fromJson(const QJsonObject &object, WebhookPolicy *out, QString *error)
{
    Q_ASSERT(out);
    const qint64 id = LenientJson::readId(object.value(JsonKeys::Id));
    if (id <= 0) {
        if (error)
            *error = QStringLiteral("a webhook policy record has no valid id");
        return false;
    }
    WebhookPolicy policy;
    policy.id = id;
    policy.name = LenientJson::readString(object.value(JsonKeys::Name));
    policy.jwtAlg = LenientJson::readString(object.value(JsonKeys::JwtAlg));
    policy.jwtAudience = LenientJson::readString(object.value(JsonKeys::JwtAudience));
    policy.jwtClaimExpiresIn = readMinutes(object.value(JsonKeys::JwtClaimExpiresIn));
    policy.disabled = LenientJson::readBool(object.value(JsonKeys::Disabled));
    policy.createdAt = LenientJson::readString(object.value(JsonKeys::CreatedAt));
    policy.updatedAt = LenientJson::readString(object.value(JsonKeys::UpdatedAt));
    policy.publicKeyPem = LenientJson::readString(object.value(JsonKeys::PublicKeyPem));
    *out = std::move(policy);
    return true;
}

QJsonObject WebhookPolicy::toJson() const
{
    QJsonObject object;
    if (id > 0)
        object.insert(JsonKeys::Id, id);
    if (!name.isEmpty())
        object.insert(JsonKeys::Name, name);
    object.insert(JsonKeys::JwtAlg, jwtAlg);
    object.insert(JsonKeys::JwtAudience,
                  jwtAudience.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(jwtAudience));
    object.insert(JsonKeys::JwtClaimExpiresIn, minutesValue(jwtClaimExpiresIn));
    object.insert(JsonKeys::Disabled, disabled);
    if (!createdAt.isEmpty())
        object.insert(JsonKeys::CreatedAt, createdAt);
    if (!updatedAt.isEmpty())
        object.insert(JsonKeys::UpdatedAt, updatedAt);
    if (!publicKeyPem.isEmpty())
        object.insert(JsonKeys::PublicKeyPem, publicKeyPem);
    return object;
}

QJsonObject WebhookPolicy::createPayload() const
{
    QJsonObject object{{JsonKeys::JwtAlg, jwtAlg}, {JsonKeys::Disabled, disabled}};
    if (!jwtAudience.isEmpty())
        object.insert(JsonKeys::JwtAudience, jwtAudience);
    if (jwtClaimExpiresIn)
        object.insert(JsonKeys::JwtClaimExpiresIn, *jwtClaimExpiresIn);
    return object;
}

QJsonObject WebhookPolicy::changedFields(const WebhookPolicy &before, const WebhookPolicy &after)
{
    QJsonObject object;
    if (before.jwtAlg != after.jwtAlg)
        object.insert(JsonKeys::JwtAlg, after.jwtAlg);
    if (before.jwtAudience != after.jwtAudience)
        object.insert(JsonKeys::JwtAudience, after.jwtAudience);
    if (before.jwtClaimExpiresIn != after.jwtClaimExpiresIn)
        object.insert(JsonKeys::JwtClaimExpiresIn, minutesValue(after.jwtClaimExpiresIn));
    if (before.disabled != after.disabled)
        object.insert(JsonKeys::Disabled, after.disabled);
    return object;
}
