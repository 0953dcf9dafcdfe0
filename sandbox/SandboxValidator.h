#pragma once

#include "sandbox/SandboxWebhook.h"

#include <QList>
#include <QPair>
#include <QString>

// The service's validation of a webhook (reference §2 and §3), with the service's messages.
// The existence of a linked policy is checked by SandboxApi, which knows the account.
class SandboxValidator final
{
public:
    using Errors = QList<QPair<QString, QString>>; // [field, message], as in a 422 answer

    static constexpr qsizetype MaxDescriptionBytes = 64 * 1024;
    static constexpr qsizetype MaxSourceLength = 30;
    static constexpr qsizetype MaxSourceIdLength = 128;

    // `originalEvent`: the stored event of an updated webhook (a legacy event may stay);
    // empty for a new webhook.
    static Errors validate(const SandboxWebhook &webhook, const QString &originalEvent);

    // An absolute http(s) URI with a host: something the service can POST to.
    static bool isDeliverableUri(const QString &uri);
    static bool isMailList(const QString &text);
    static bool isAppInstanceEvent(const QString &event);
};
