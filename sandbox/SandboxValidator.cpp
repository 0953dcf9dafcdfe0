#include "sandbox/SandboxValidator.h"

#include "sandbox/SandboxEvents.h"
#include "sandbox/SandboxFields.h"

#include <QRegularExpression>
#include <QUrl>

bool SandboxValidator::isDeliverableUri(const QString &uri)
{
    const QString trimmed = uri.trimmed();
    if (trimmed != uri || trimmed.isEmpty())
        return false;
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == u"http" || scheme == u"https";
}

bool SandboxValidator::isMailList(const QString &text)
{
    if (text.trimmed().isEmpty())
        return true; // empty: all account administrators
    static const QRegularExpression address(QStringLiteral(R"(^[^@\s,]+@[^@\s,]+\.[^@\s,]+$)"));
    const QStringList parts = text.split(u',');
    for (const QString &part : parts) {
        if (!address.match(part.trimmed()).hasMatch())
            return false;
    }
    return true;
}

bool SandboxValidator::isAppInstanceEvent(const QString &event)
{
    return event.startsWith(u"app_instance.");
}

SandboxValidator::Errors SandboxValidator::validate(const SandboxWebhook &webhook,
                                                    const QString &originalEvent)
{
    using namespace SandboxFields;
    Errors errors;
    const SandboxEvents &events = SandboxEvents::instance();
    if (webhook.event.trimmed().isEmpty()) {
        errors.append({QString(Event), QStringLiteral("Event can't be blank")});
    } else if (!events.isKnown(webhook.event)
               || (events.isLegacy(webhook.event) && webhook.event != originalEvent)) {
        errors.append({QString(Event), QStringLiteral("Event is not included in the list")});
    }
    if (webhook.uri.trimmed().isEmpty())
        errors.append({QString(Uri), QStringLiteral("Uri can't be blank")});
    else if (!isDeliverableUri(webhook.uri))
        errors.append({QString(Uri), QStringLiteral("Uri is invalid")});
    if (webhook.description.toUtf8().size() > MaxDescriptionBytes) {
        errors.append({QString(Description),
                       QStringLiteral("Description is too long (maximum is %1 bytes)")
                               .arg(MaxDescriptionBytes)});
    }
    if (!isMailList(webhook.mailExceptionsTo))
        errors.append({QString(MailExceptionsTo), QStringLiteral("Mail exceptions to is invalid")});
    if (webhook.source.size() > MaxSourceLength) {
        errors.append({QString(Source),
                       QStringLiteral("Source is too long (maximum is %1 characters)")
                               .arg(MaxSourceLength)});
    }
    if (webhook.sourceId.size() > MaxSourceIdLength) {
        errors.append({QString(SourceId),
                       QStringLiteral("Sourceid is too long (maximum is %1 characters)")
                               .arg(MaxSourceIdLength)});
    }
    if (!webhook.appOfferingReferences.isEmpty() && !isAppInstanceEvent(webhook.event)) {
        errors.append({QString(AppOfferingReferences),
                       QStringLiteral("App offering references are only allowed for "
                                      "app_instance events")});
    }
    return errors;
}
