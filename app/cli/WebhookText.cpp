#include "app/cli/WebhookText.h"

#include "app/cli/TableFormatter.h"
#include "models/EventCatalog.h"
#include "models/JsonKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

QString WebhookText::stateText(bool disabled)
{
    return disabled ? tr("Disabled") : tr("Enabled");
}

QString WebhookText::timeText(const QString &serverTime)
{
    const QDateTime time = Webhook::parseTimestamp(serverTime);
    if (!time.isValid())
        return serverTime;
    return time.toUTC().toString(Qt::ISODate);
}

QString WebhookText::table(const WebhookList &rows, int width)
{
    if (rows.isEmpty())
        return tr("No webhooks.\n");
    // Too wide: the name, URI and last error are cut; id, event and state always show whole.
    TableFormatter table({{tr("ID"), false},
                          {tr("NAME"), true},
                          {tr("EVENT"), false},
                          {tr("STATE"), false},
                          {tr("URI"), true},
                          {tr("LAST ERROR"), true}});
    for (const Webhook &webhook : rows) {
        table.addRow({QString::number(webhook.id), webhook.displayName(), webhook.event,
                      stateText(webhook.disabled), webhook.redactedUri(), webhook.lastError});
    }
    return table.render(width);
}

QString WebhookText::details(const Webhook &webhook)
{
    QList<std::pair<QString, QString>> fields{
            {tr("ID"), QString::number(webhook.id)},
            {tr("Name"), webhook.displayName()},
            {tr("Event"), webhook.event},
            {tr("State"), stateText(webhook.disabled)},
            {tr("URI"), webhook.redactedUri()},
    };
    const auto optional = [&fields](const QString &label, const QString &value) {
        if (!value.isEmpty())
            fields.append({label, value});
    };
    optional(tr("Description"), webhook.description);
    optional(tr("Mail exceptions to"), webhook.mailExceptionsTo);
    optional(tr("Last error"), webhook.lastError);
    if (webhook.webhookPolicyId != 0) {
        optional(tr("Webhook policy"),
                 QStringLiteral("%1 (%2)")
                         .arg(webhook.webhookPolicyName)
                         .arg(webhook.webhookPolicyId));
    }
    if (webhook.webhookPolicyId != 0 || webhook.openIdConnectDiscovery) {
        fields.append({tr("OpenID Connect discovery"),
                       webhook.openIdConnectDiscovery ? tr("on") : tr("off")});
    }
    optional(tr("App offerings"), webhook.appOfferingReferences.join(QStringLiteral(", ")));
    optional(tr("Source"), webhook.source);
    optional(tr("Source ID"), webhook.sourceId);
    optional(tr("Created"), timeText(webhook.createdAt));
    optional(tr("Updated"), timeText(webhook.updatedAt));

    qsizetype labelWidth = 0;
    for (const auto &field : std::as_const(fields))
        labelWidth = std::max(labelWidth, field.first.size() + 2);
    QString text;
    for (const auto &field : std::as_const(fields)) {
        QString value = field.second;
        value.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        value.replace(u'\n', u'\n' + QString(labelWidth, u' '));
        text += (field.first + u':').leftJustified(labelWidth) + value + u'\n';
    }
    return text;
}

QString WebhookText::eventTable(const EventCatalog &catalog, int width)
{
    TableFormatter table(
            {{tr("EVENT"), false}, {tr("CODE"), false}, {tr("GROUP"), false}, {tr("NOTE"), true}});
    for (const EventInfo &info : catalog.events()) {
        const QString note = info.legacy ? tr("legacy: no longer offered for new webhooks")
                : info.internal          ? tr("sent by the service itself")
                                         : QString();
        table.addRow({info.id, info.code ? QString::number(info.code) : QString(),
                      EventCatalog::groupLabel(info.group), note});
    }
    return table.render(width);
}

QByteArray WebhookText::eventJson(const EventCatalog &catalog)
{
    QJsonArray array;
    for (const EventInfo &info : catalog.events()) {
        array.append(QJsonObject{{JsonKeys::Id, info.id},
                                 {JsonKeys::EnumCode, info.code},
                                 {JsonKeys::CatalogGroup, info.group},
                                 {JsonKeys::CatalogLegacy, info.legacy},
                                 {JsonKeys::CatalogInternal, info.internal}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}
