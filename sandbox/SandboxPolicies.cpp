#include "sandbox/SandboxPolicies.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cmath>

using Algorithm = SandboxJwsSigner::Algorithm;

namespace {

// The API's field names (reference §7).
namespace ApiKeys {
constexpr QLatin1StringView Id{"id"};
constexpr QLatin1StringView Name{"name"};
constexpr QLatin1StringView Disabled{"disabled"};
constexpr QLatin1StringView JwtAlg{"jwt_alg"};
constexpr QLatin1StringView JwtAudience{"jwt_audience"};
constexpr QLatin1StringView JwtClaimExpiresIn{"jwt_claim_expires_in"};
constexpr QLatin1StringView PublicKeyPem{"public_key_pem"};
constexpr QLatin1StringView CreatedAt{"created_at"};
constexpr QLatin1StringView UpdatedAt{"updated_at"};
constexpr QLatin1StringView Message{"message"};
constexpr QLatin1StringView Errors{"errors"};
constexpr QLatin1StringView Secret{"secret"};
} // namespace ApiKeys

// The store's field names (the sandbox's own).
namespace StoreKeys {
constexpr QLatin1StringView Version{"version"};
constexpr QLatin1StringView NextId{"nextId"};
constexpr QLatin1StringView Policies{"policies"};
constexpr QLatin1StringView Id{"id"};
constexpr QLatin1StringView Name{"name"};
constexpr QLatin1StringView Disabled{"disabled"};
constexpr QLatin1StringView JwtAlg{"jwtAlg"};
constexpr QLatin1StringView Audience{"audience"};
constexpr QLatin1StringView ExpiresInMinutes{"expiresInMinutes"};
constexpr QLatin1StringView CreatedAt{"createdAt"};
constexpr QLatin1StringView UpdatedAt{"updatedAt"};
constexpr QLatin1StringView PrivateKeyPem{"privateKeyPem"};
constexpr QLatin1StringView PublicKeyPem{"publicKeyPem"};
constexpr QLatin1StringView Secret{"secret"};
} // namespace StoreKeys

using FieldErrors = QList<QPair<QString, QString>>;

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime now()
{
    // Whole seconds, as the API shows them, so a stored record reads back equal.
    const QDateTime current = QDateTime::currentDateTimeUtc();
    return current.addMSecs(-(current.toMSecsSinceEpoch() % 1000));
}

SandboxPolicyReply reply(int status, const QJsonValue &body)
{
    SandboxPolicyReply result;
    result.status = status;
    result.body = body;
    return result;
}

SandboxPolicyReply message(int status, const QString &text)
{
    return reply(status, QJsonObject{{ApiKeys::Message, text}});
}

SandboxPolicyReply notFound()
{
    return message(404, QStringLiteral("Not Found"));
}

SandboxPolicyReply validationFailed(const FieldErrors &errors)
{
    QJsonArray list;
    for (const auto &[field, text] : errors)
        list.append(QJsonArray{field, text});
    return reply(422,
                 QJsonObject{{ApiKeys::Message, QStringLiteral("Validation Failed")},
                             {ApiKeys::Errors, list}});
}

// true, false, "true", "false", 1, 0 (reference §2 reads disabled leniently).
bool readBool(const QJsonValue &value, bool *target)
{
    if (value.isBool()) {
        *target = value.toBool();
        return true;
    }
    if (value.isString() && (value.toString() == u"true" || value.toString() == u"false")) {
        *target = value.toString() == u"true";
        return true;
    }
    if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1)) {
        *target = value.toDouble() == 1;
        return true;
    }
    return false;
}

// jwt_claim_expires_in: null, or a whole non-negative number of minutes (a JSON number or a
// string of digits). Adds an error and leaves *target alone when the value is not one.
void readExpiresIn(const QJsonValue &value, std::optional<qint64> *target, FieldErrors *errors)
{
    const QString field = ApiKeys::JwtClaimExpiresIn;
    if (value.isNull()) {
        target->reset();
        return;
    }
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        number = value.toString().trimmed().toDouble(&ok);
        if (!ok) {
            errors->append({field, QStringLiteral("Jwt claim expires in is not a number")});
            return;
        }
    } else {
        errors->append({field, QStringLiteral("Jwt claim expires in is not a number")});
        return;
    }
    if (!std::isfinite(number) || number != std::floor(number)) {
        errors->append({field,
                        QStringLiteral("Jwt claim expires in must be a whole number of "
                                       "minutes")});
    } else if (number < 0) {
        errors->append(
                {field, QStringLiteral("Jwt claim expires in must be greater than or equal to 0")});
    } else if (number > double(SandboxPolicies::MaxExpiresInMinutes)) {
        errors->append({field,
                        QStringLiteral("Jwt claim expires in must be less than or equal "
                                       "to %1")
                                .arg(SandboxPolicies::MaxExpiresInMinutes)});
    } else {
        *target = qint64(number);
    }
}

// Reads the writable fields present in `body` into `policy` and validates them. jwt_alg is
// required on create and cannot change on update.
FieldErrors applyFields(const QJsonObject &body, SandboxPolicy *policy, bool creating)
{
    FieldErrors errors;
    const QString algField = ApiKeys::JwtAlg;
    const auto alg = body.constFind(ApiKeys::JwtAlg);
    if (alg == body.constEnd() || alg->isNull()
        || (alg->isString() && alg->toString().trimmed().isEmpty())) {
        if (creating || alg != body.constEnd())
            errors.append({algField, QStringLiteral("Jwt alg can't be blank")});
    } else if (const std::optional<Algorithm> algorithm
               = alg->isString() ? SandboxJwsSigner::fromPolicyName(alg->toString()) : std::nullopt;
               !algorithm) {
        errors.append({algField, QStringLiteral("Jwt alg is not included in the list")});
    } else if (creating) {
        policy->algorithm = *algorithm;
    } else if (*algorithm != policy->algorithm) {
        errors.append({algField,
                       QStringLiteral("Jwt alg cannot be changed: its key was shown "
                                      "only once; create a new policy instead")});
    }

    if (const auto it = body.constFind(ApiKeys::JwtAudience); it != body.constEnd()) {
        const QString field = ApiKeys::JwtAudience;
        if (it->isNull()) {
            policy->audience.clear();
        } else if (!it->isString()) {
            errors.append({field, QStringLiteral("Jwt audience is invalid")});
        } else if (it->toString().toUtf8().size() > SandboxPolicies::MaxAudienceBytes) {
            errors.append({field,
                           QStringLiteral("Jwt audience is too long (maximum is %1 bytes)")
                                   .arg(SandboxPolicies::MaxAudienceBytes)});
        } else {
            policy->audience = it->toString();
        }
    }

    if (const auto it = body.constFind(ApiKeys::JwtClaimExpiresIn); it != body.constEnd())
        readExpiresIn(*it, &policy->expiresInMinutes, &errors);

    if (const auto it = body.constFind(ApiKeys::Disabled); it != body.constEnd()) {
        if (!readBool(*it, &policy->disabled))
            errors.append({QString(ApiKeys::Disabled), QStringLiteral("Disabled is invalid")});
    }
    return errors;
}

} // namespace

SandboxPolicyReply SandboxPolicies::list(Filter filter) const
{
    QJsonArray array;
    for (const SandboxPolicy &policy : m_policies) {
        if ((filter == Filter::Enabled && policy.disabled)
            || (filter == Filter::Disabled && !policy.disabled)) {
            continue;
        }
        array.append(collectionJson(policy));
    }
    return reply(200, array);
}

SandboxPolicyReply SandboxPolicies::get(qint64 id) const
{
    const SandboxPolicy *policy = find(id);
    return policy ? reply(200, fullJson(*policy)) : notFound();
}

SandboxPolicyReply SandboxPolicies::create(const QJsonObject &body)
{
    SandboxPolicy policy;
    const FieldErrors errors = applyFields(body, &policy, true);
    if (!errors.isEmpty())
        return validationFailed(errors);
    QString error;
    policy.keys = SandboxPolicyKeys::generate(policy.algorithm, &error);
    if (!policy.keys.isValid())
        return message(500, QStringLiteral("The policy's keys could not be made: %1").arg(error));
    Q_ASSERT(policy.keys.publicKeyPem().size() <= MaxPublicKeyPemBytes);
    policy.id = m_nextId++;
    policy.name = newName();
    policy.createdAt = now();
    policy.updatedAt = policy.createdAt;
    m_policies.append(policy);
    return reply(201, fullJson(policy, true));
}

SandboxPolicyReply SandboxPolicies::update(qint64 id, const QJsonObject &body)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return notFound();
    SandboxPolicy policy = m_policies.at(index);
    const FieldErrors errors = applyFields(body, &policy, false);
    if (!errors.isEmpty())
        return validationFailed(errors);
    policy.updatedAt = std::max(now(), policy.createdAt);
    m_policies[index] = policy;
    return reply(200, fullJson(policy));
}

SandboxPolicyReply SandboxPolicies::remove(qint64 id, const QHash<qint64, qint64> &webhookPolicyIds)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return notFound();
    m_policies.removeAt(index);
    SandboxPolicyReply result = reply(204, QJsonValue::Undefined);
    for (auto it = webhookPolicyIds.constBegin(); it != webhookPolicyIds.constEnd(); ++it) {
        if (it.value() == id)
            result.webhooksToUnlink.append(it.key());
    }
    std::sort(result.webhooksToUnlink.begin(), result.webhooksToUnlink.end());
    return result;
}

SandboxPolicyReply SandboxPolicies::secret(qint64 id) const
{
    const SandboxPolicy *policy = find(id);
    if (!policy)
        return notFound();
    if (SandboxJwsSigner::keyKind(policy->algorithm) != SandboxJwsSigner::KeyKind::Secret) {
        return message(404,
                       QStringLiteral("Webhook policy %1 signs with %2 and has no shared secret")
                               .arg(id)
                               .arg(SandboxJwsSigner::policyName(policy->algorithm)));
    }
    return reply(200, QJsonObject{{ApiKeys::Secret, QString::fromLatin1(policy->keys.secret())}});
}

std::optional<QString> SandboxPolicies::linkError(qint64 id) const
{
    const SandboxPolicy *policy = find(id);
    if (!policy)
        return QStringLiteral("Webhook policy is invalid");
    if (policy->disabled)
        return QStringLiteral("Webhook policy is disabled and cannot be linked");
    return std::nullopt;
}

const SandboxPolicy *SandboxPolicies::find(qint64 id) const
{
    const qsizetype index = indexOf(id);
    return index < 0 ? nullptr : &m_policies.at(index);
}

const SandboxPolicy *SandboxPolicies::findByName(QStringView name) const
{
    for (const SandboxPolicy &policy : m_policies) {
        if (policy.name == name)
            return &policy;
    }
    return nullptr;
}

qsizetype SandboxPolicies::indexOf(qint64 id) const
{
    const auto it = std::lower_bound(
            m_policies.cbegin(), m_policies.cend(), id,
            [](const SandboxPolicy &policy, qint64 wanted) { return policy.id < wanted; });
    return it != m_policies.cend() && it->id == id ? qsizetype(it - m_policies.cbegin()) : -1;
}

QString SandboxPolicies::newName() const
{
    for (;;) {
        std::array<quint32, NameLength / 8> words; // 4 random bytes give 8 hex characters
        QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
        const QByteArray random(reinterpret_cast<const char *>(words.data()), sizeof words);
        const QString name = QString::fromLatin1(random.toHex());
        if (!findByName(name))
            return name;
    }
}

QJsonObject SandboxPolicies::fullJson(const SandboxPolicy &policy, bool withPublicKey)
{
    QJsonObject json{
            {ApiKeys::Id, policy.id},
            {ApiKeys::Name, policy.name},
            {ApiKeys::Disabled, policy.disabled},
            {ApiKeys::JwtAlg, SandboxJwsSigner::policyName(policy.algorithm)},
            {ApiKeys::JwtAudience,
             policy.audience.isEmpty() ? QJsonValue(QJsonValue::Null) : policy.audience},
            {ApiKeys::JwtClaimExpiresIn,
             policy.expiresInMinutes ? QJsonValue(*policy.expiresInMinutes)
                                     : QJsonValue(QJsonValue::Null)},
            {ApiKeys::CreatedAt, timestamp(policy.createdAt)},
            {ApiKeys::UpdatedAt, timestamp(policy.updatedAt)},
    };
    if (withPublicKey) {
        const QByteArray pem = policy.keys.publicKeyPem();
        json.insert(ApiKeys::PublicKeyPem,
                    pem.isEmpty() ? QJsonValue(QJsonValue::Null) : QString::fromLatin1(pem));
    }
    return json;
}

QJsonObject SandboxPolicies::collectionJson(const SandboxPolicy &policy)
{
    return QJsonObject{{ApiKeys::Id, policy.id},
                       {ApiKeys::Name, policy.name},
                       {ApiKeys::CreatedAt, timestamp(policy.createdAt)},
                       {ApiKeys::UpdatedAt, timestamp(policy.updatedAt)}};
}

QJsonObject SandboxPolicies::toStoreJson() const
{
    QJsonArray records;
    for (const SandboxPolicy &policy : m_policies)
        records.append(storeJson(policy));
    return QJsonObject{{StoreKeys::Version, StoreVersion},
                       {StoreKeys::NextId, m_nextId},
                       {StoreKeys::Policies, records}};
}

bool SandboxPolicies::loadStoreJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (json.value(StoreKeys::Version).toInt() != StoreVersion) {
        return fail(QStringLiteral("The webhook policies are stored in an unknown format "
                                   "(version %1)")
                            .arg(json.value(StoreKeys::Version).toVariant().toString()));
    }
    if (!json.value(StoreKeys::Policies).isArray())
        return fail(QStringLiteral("The stored webhook policies are no list"));
    QList<SandboxPolicy> policies;
    const QJsonArray records = json.value(StoreKeys::Policies).toArray();
    for (qsizetype i = 0; i < records.size(); ++i) {
        QString recordError;
        std::optional<SandboxPolicy> policy = fromStoreJson(records.at(i).toObject(), &recordError);
        if (!policy)
            return fail(QStringLiteral("Stored webhook policy %1: %2").arg(i + 1).arg(recordError));
        if (!policies.isEmpty() && policy->id <= policies.constLast().id) {
            return fail(QStringLiteral("Stored webhook policy %1: id %2 is out of order or "
                                       "repeated")
                                .arg(i + 1)
                                .arg(policy->id));
        }
        policies.append(*policy);
    }
    const qint64 nextId = json.value(StoreKeys::NextId).toInteger(1);
    const qint64 lowestNextId = policies.isEmpty() ? 1 : policies.constLast().id + 1;
    m_policies = policies;
    m_nextId = std::max(nextId, lowestNextId);
    return true;
}

QJsonObject SandboxPolicies::storeJson(const SandboxPolicy &policy)
{
    QJsonObject json{{StoreKeys::Id, policy.id},
                     {StoreKeys::Name, policy.name},
                     {StoreKeys::Disabled, policy.disabled},
                     {StoreKeys::JwtAlg, SandboxJwsSigner::policyName(policy.algorithm)},
                     {StoreKeys::Audience, policy.audience},
                     {StoreKeys::CreatedAt, timestamp(policy.createdAt)},
                     {StoreKeys::UpdatedAt, timestamp(policy.updatedAt)},
                     {StoreKeys::PrivateKeyPem, QString::fromLatin1(policy.keys.privateKeyPem())},
                     {StoreKeys::PublicKeyPem, QString::fromLatin1(policy.keys.publicKeyPem())},
                     {StoreKeys::Secret, QString::fromLatin1(policy.keys.secret())}};
    if (policy.expiresInMinutes)
        json.insert(StoreKeys::ExpiresInMinutes, *policy.expiresInMinutes);
    return json;
}

std::optional<SandboxPolicy> SandboxPolicies::fromStoreJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &text) -> std::optional<SandboxPolicy> {
        if (error)
            *error = text;
        return std::nullopt;
    };
    SandboxPolicy policy;
    policy.id = json.value(StoreKeys::Id).toInteger(0);
    if (policy.id <= 0)
        return fail(QStringLiteral("no valid id"));
    policy.name = json.value(StoreKeys::Name).toString();
    if (policy.name.isEmpty())
        return fail(QStringLiteral("no name"));
    const std::optional<Algorithm> algorithm
            = SandboxJwsSigner::fromPolicyName(json.value(StoreKeys::JwtAlg).toString());
    if (!algorithm)
        return fail(QStringLiteral("unknown jwtAlg"));
    policy.algorithm = *algorithm;
    policy.disabled = json.value(StoreKeys::Disabled).toBool();
    policy.audience = json.value(StoreKeys::Audience).toString();
    if (policy.audience.toUtf8().size() > MaxAudienceBytes)
        return fail(QStringLiteral("audience longer than %1 bytes").arg(MaxAudienceBytes));
    if (json.contains(StoreKeys::ExpiresInMinutes)) {
        const qint64 minutes = json.value(StoreKeys::ExpiresInMinutes).toInteger(-1);
        if (minutes < 0 || minutes > MaxExpiresInMinutes)
            return fail(QStringLiteral("invalid expiresInMinutes"));
        policy.expiresInMinutes = minutes;
    }
    policy.createdAt
            = QDateTime::fromString(json.value(StoreKeys::CreatedAt).toString(), Qt::ISODate);
    policy.updatedAt
            = QDateTime::fromString(json.value(StoreKeys::UpdatedAt).toString(), Qt::ISODate);
    if (!policy.createdAt.isValid() || !policy.updatedAt.isValid())
        return fail(QStringLiteral("invalid createdAt or updatedAt"));
    QString keyError;
    policy.keys = SandboxPolicyKeys::fromStored(
            policy.algorithm, json.value(StoreKeys::PrivateKeyPem).toString().toLatin1(),
            json.value(StoreKeys::PublicKeyPem).toString().toLatin1(),
            json.value(StoreKeys::Secret).toString().toLatin1(), &keyError);
    if (!policy.keys.isValid())
        return fail(keyError);
    return policy;
}
