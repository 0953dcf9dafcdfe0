#include "models/WebhookPolicyValidator.h"

#include "models/JsonKeys.h"
#include "models/WebhookPolicy.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("WebhookPolicyValidator", text);
}
} // namespace

QString WebhookPolicyValidator::checkAlgorithm(const QString &jwtAlg)
{
    const QStringList algorithms = WebhookPolicy::algorithms();
    if (jwtAlg.trimmed().isEmpty())
        return tr("Choose the algorithm that signs the messages (%1).")
                .arg(algorithms.join(QStringLiteral(", ")));
    if (!algorithms.contains(jwtAlg))
        return tr("“%1” is not an algorithm of webhook policies; use one of %2.")
                .arg(jwtAlg, algorithms.join(QStringLiteral(", ")));
    return {};
}

QString WebhookPolicyValidator::checkAudience(const QString &audience)
{
    const qsizetype bytes = audience.toUtf8().size();
    if (bytes > MaxAudienceBytes) {
        return tr("The audience is %1 bytes long; the limit is %2 bytes (2 KB).")
                .arg(bytes)
                .arg(MaxAudienceBytes);
    }
    return {};
}

QString WebhookPolicyValidator::checkExpiresIn(const std::optional<qint64> &minutes)
{
    if (minutes && *minutes < 0)
        return tr("The expiry is a number of minutes, 0 or more.");
    return {};
}

FieldErrors WebhookPolicyValidator::validate(const WebhookPolicy &policy)
{
    FieldErrors errors;
    auto check = [&errors](QLatin1StringView field, const QString &message) {
        if (!message.isEmpty())
            errors.append({QString(field), message});
    };
    check(JsonKeys::JwtAlg, checkAlgorithm(policy.jwtAlg));
    check(JsonKeys::JwtAudience, checkAudience(policy.jwtAudience));
    check(JsonKeys::JwtClaimExpiresIn, checkExpiresIn(policy.jwtClaimExpiresIn));
    return errors;
}
