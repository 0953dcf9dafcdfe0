#pragma once

#include "models/FieldError.h"

#include <QString>
#include <QStringList>

class EventCatalog;
struct Webhook;

// Checks a webhook before it is sent, one message per field, in the user's language.
// Each check returns an empty string when the value is fine, so a form can validate a
// field as the user types.
class WebhookValidator
{
public:
    static constexpr qsizetype MaxDescriptionBytes = 65536; // 64 KB of UTF-8
    static constexpr qsizetype MaxSourceLength = 30; // characters
    static constexpr qsizetype MaxSourceIdLength = 128; // characters

    // `originalEvent` is the event the webhook had before editing: a legacy event is
    // accepted only when it is unchanged.
    static QString checkEvent(const QString &event, const EventCatalog &catalog,
                              const QString &originalEvent = {});
    static QString checkUri(const QString &uri);
    static QString checkDescription(const QString &description);
    static QString checkMailExceptionsTo(const QString &addresses);
    static bool isValidEmailAddress(const QString &address);
    // App offering references are accepted only for app_instance.* events.
    static QString checkAppOfferingReferences(const QStringList &references, const QString &event);
    static bool acceptsAppOfferingReferences(const QString &event);
    static QString checkSource(const QString &source);
    static QString checkSourceId(const QString &sourceId);

    // All checks; empty when the webhook can be sent.
    static FieldErrors validate(const Webhook &webhook, const EventCatalog &catalog,
                                const QString &originalEvent = {});
};
