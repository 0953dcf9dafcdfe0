#include "models/WebhookValidator.h"

#include "models/EventCatalog.h"
#include "models/JsonKeys.h"
#include "models/Webhook.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("WebhookValidator", text);
}
} // namespace

QString WebhookValidator::checkEvent(const QString &event, const EventCatalog &catalog,
                                     const QString &originalEvent)
{
    if (event.trimmed().isEmpty())
        return tr("Choose the event this webhook listens to.");
    if (!catalog.contains(event))
        return tr("“%1” is not an event of the Webhooks API.").arg(event);
    if (catalog.isLegacy(event) && event != originalEvent)
        return tr("“%1” is a legacy event that the service no longer offers.").arg(event);
    return {};
}

QString WebhookValidator::checkUri(const QString &uri)
{
    const QString trimmed = uri.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the URI that receives the webhook’s messages.");
    if (trimmed != uri || uri.contains(u' '))
        return tr("The URI must not contain spaces.");
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return tr("Enter an absolute URI, such as https://example.com/hooks.");
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return tr("The URI must start with https:// or http://.");
    if (url.host().isEmpty())
        return tr("The URI has no host name.");
    return {};
}

QString WebhookValidator::checkDescription(const QString &description)
{
    const qsizetype bytes = description.toUtf8().size();
    if (bytes > MaxDescriptionBytes) {
        return tr("The description is %1 bytes long; the limit is %2 bytes (64 KB).")
                .arg(bytes)
                .arg(MaxDescriptionBytes);
    }
    return {};
}

bool WebhookValidator::isValidEmailAddress(const QString &address)
{
    // The practical subset of RFC 5321 that mail servers accept: a dot-atom local part and
    // a domain of letter-digit-hyphen labels with at least one dot.
    static const QRegularExpression pattern(
            QStringLiteral(R"(^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
                           R"(@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$)"));
    return address.size() <= 254 && pattern.match(address).hasMatch();
}

QString WebhookValidator::checkMailExceptionsTo(const QString &addresses)
{
    if (addresses.trimmed().isEmpty())
        return {};
    const QStringList parts = addresses.split(u',');
    QStringList invalid;
    for (const QString &part : parts) {
        const QString address = part.trimmed();
        if (address.isEmpty())
            return tr("Remove the empty entry between commas.");
        if (!isValidEmailAddress(address))
            invalid.append(tr("“%1”").arg(address));
    }
    // Every bad address at once, so that one correction is enough.
    if (invalid.size() == 1)
        return tr("%1 is not a valid e-mail address.").arg(invalid.first());
    if (!invalid.isEmpty())
        return tr("%1 are not valid e-mail addresses.").arg(invalid.join(tr(", ")));
    return {};
}

bool WebhookValidator::acceptsAppOfferingReferences(const QString &event)
{
    return event.startsWith(u"app_instance.");
}

QString WebhookValidator::checkAppOfferingReferences(const QStringList &references,
                                                     const QString &event)
{
    if (references.isEmpty())
        return {};
    if (!acceptsAppOfferingReferences(event))
        return tr("App offering references apply only to app_instance events; remove them or "
                  "choose an app_instance event.");
    for (const QString &reference : references) {
        if (reference.trimmed().isEmpty())
            return tr("Remove the empty app offering reference.");
    }
    return {};
}

QString WebhookValidator::checkSource(const QString &source)
{
    if (source.size() > MaxSourceLength)
        return tr("The source is %1 characters long; the limit is %2.")
                .arg(source.size())
                .arg(MaxSourceLength);
    return {};
}

QString WebhookValidator::checkSourceId(const QString &sourceId)
{
    if (sourceId.size() > MaxSourceIdLength)
        return tr("The source ID is %1 characters long; the limit is %2.")
                .arg(sourceId.size())
                .arg(MaxSourceIdLength);
    return {};
}

FieldErrors WebhookValidator::validate(const Webhook &webhook, const EventCatalog &catalog,
                                       const QString &originalEvent)
{
    FieldErrors errors;
    auto check = [&errors](QLatin1StringView field, const QString &message) {
        if (!message.isEmpty())
            errors.append({QString(field), message});
    };
    check(JsonKeys::Event, checkEvent(webhook.event, catalog, originalEvent));
    check(JsonKeys::Uri, checkUri(webhook.uri));
    check(JsonKeys::Description, checkDescription(webhook.description));
    check(JsonKeys::MailExceptionsTo, checkMailExceptionsTo(webhook.mailExceptionsTo));
    check(JsonKeys::AppOfferingReferences,
          checkAppOfferingReferences(webhook.appOfferingReferences, webhook.event));
    check(JsonKeys::Source, checkSource(webhook.source));
    check(JsonKeys::SourceId, checkSourceId(webhook.sourceId));
    return errors;
}
