#include "models/plan/WebhookFieldTable.h"

#include "models/JsonKeys.h"

namespace {

template<class... Visitors>
struct Overloaded : Visitors...
{
    using Visitors::operator()...;
};
template<class... Visitors>
Overloaded(Visitors...) -> Overloaded<Visitors...>;

} // namespace

const QList<WebhookFieldTable::Field> &WebhookFieldTable::writableFields()
{
    static const QList<Field> fields{
            {JsonKeys::Name, &Webhook::name},
            {JsonKeys::Event, &Webhook::event},
            {JsonKeys::Uri, &Webhook::uri},
            {JsonKeys::Disabled, &Webhook::disabled},
            {JsonKeys::Description, &Webhook::description},
            {JsonKeys::MailExceptionsTo, &Webhook::mailExceptionsTo},
            {JsonKeys::WebhookPolicyId, &Webhook::webhookPolicyId},
            {JsonKeys::Source, &Webhook::source},
            {JsonKeys::SourceId, &Webhook::sourceId},
            {JsonKeys::OpenIdConnectDiscovery, &Webhook::openIdConnectDiscovery},
            {JsonKeys::AppOfferingReferences, &Webhook::appOfferingReferences},
    };
    return fields;
}

const QList<QLatin1StringView> &WebhookFieldTable::readOnlyKeys()
{
    static const QList<QLatin1StringView> keys{
            JsonKeys::Id,        JsonKeys::LastError, JsonKeys::CreatedAt,
            JsonKeys::UpdatedAt, JsonKeys::NodeId,    JsonKeys::WebhookPolicy,
    };
    return keys;
}

const WebhookFieldTable::Field *WebhookFieldTable::find(QStringView key)
{
    for (const Field &field : writableFields()) {
        if (key == field.key)
            return &field;
    }
    return nullptr;
}

bool WebhookFieldTable::equal(const Field &field, const Webhook &a, const Webhook &b)
{
    return std::visit([&](auto member) { return a.*member == b.*member; }, field.member);
}

void WebhookFieldTable::copy(const Field &field, const Webhook &from, Webhook *to)
{
    std::visit([&](auto member) { to->*member = from.*member; }, field.member);
}

QString WebhookFieldTable::text(const Field &field, const Webhook &webhook)
{
    if (field.key == JsonKeys::WebhookPolicyId) {
        if (webhook.webhookPolicyId <= 0)
            return QStringLiteral("none");
        if (webhook.webhookPolicyName.isEmpty())
            return QString::number(webhook.webhookPolicyId);
        return QStringLiteral("%1 (%2)")
                .arg(webhook.webhookPolicyName)
                .arg(webhook.webhookPolicyId);
    }
    return std::visit(
            Overloaded{
                    [&](QString Webhook::*member) { return webhook.*member; },
                    [&](bool Webhook::*member) {
                        return webhook.*member ? QStringLiteral("true") : QStringLiteral("false");
                    },
                    [&](qint64 Webhook::*member) { return QString::number(webhook.*member); },
                    [&](QStringList Webhook::*member) {
                        return (webhook.*member).join(QStringLiteral(", "));
                    },
            },
            field.member);
}
