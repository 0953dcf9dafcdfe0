#pragma once

#include "models/FieldError.h"

#include <QString>

#include <optional>

struct WebhookPolicy;

// Checks a webhook policy before it is sent (reference section 7), one message per field in
// the user's language, with the API's field names. Each check returns an empty string when
// the value is fine, so a form can validate a field as the user types.
class WebhookPolicyValidator
{
public:
    static constexpr qsizetype MaxAudienceBytes = 2048; // 2 KB of UTF-8

    static QString checkAlgorithm(const QString &jwtAlg);
    static QString checkAudience(const QString &audience);
    static QString checkExpiresIn(const std::optional<qint64> &minutes);

    // All checks; empty when the policy can be sent.
    static FieldErrors validate(const WebhookPolicy &policy);
};
