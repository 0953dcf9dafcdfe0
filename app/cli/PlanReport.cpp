#include "app/cli/PlanReport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString describe(const Webhook &webhook)
{
    const QString id = webhook.id > 0 ? QStringLiteral("#%1 ").arg(webhook.id) : QString();
    return QStringLiteral("%1\"%2\" %3 %4")
            .arg(id, webhook.displayName(), webhook.event, webhook.redactedUri());
}

QString marker(PlanItem::Action action)
{
    switch (action) {
    case PlanItem::Action::Create:
        return QStringLiteral("+ create   ");
    case PlanItem::Action::Update:
        return QStringLiteral("~ update   ");
    case PlanItem::Action::Delete:
        return QStringLiteral("- delete   ");
    case PlanItem::Action::Unchanged:
        return QStringLiteral("= unchanged");
    case PlanItem::Action::Keep:
        return QStringLiteral("  keep     ");
    case PlanItem::Action::Skip:
        return QStringLiteral("! skip     ");
    case PlanItem::Action::Ambiguous:
        return QStringLiteral("? ambiguous");
    }
    return {};
}

// A changed value as a person reads it: URIs redacted, long texts shortened, one line.
QString shown(const FieldChange &change, const QString &value)
{
    QString text = change.field == u"uri" ? Webhook::redactUri(value) : value;
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    return QStringLiteral("\"%1\"").arg(text);
}

} // namespace

QString PlanReport::planText(const Plan &plan, const QString &target)
{
    QString text;
    for (const PlanItem &item : plan.items) {
        QString line = QStringLiteral("%1  %2").arg(marker(item.action), describe(item.subject()));
        if (!item.location.isEmpty())
            line += QStringLiteral("  (%1)").arg(item.location);
        if (item.sendsRequest() && item.needsVerification)
            line += u' ' + tr("[asks to verify its URI]");
        if (item.action == PlanItem::Action::Keep && item.note.isEmpty())
            line += u' ' + tr("[only in the target; --prune deletes it]");
        text += line + u'\n';
        for (const FieldChange &change : item.changes) {
            text += QStringLiteral("      %1: %2 -> %3\n")
                            .arg(change.field, shown(change, change.before),
                                 shown(change, change.after));
        }
        if (!item.note.isEmpty())
            text += QStringLiteral("      %1\n").arg(item.note);
    }
    if (!plan.items.isEmpty())
        text += u'\n';
    text += tr("Plan for %1: %2 to create, %3 to update, %4 to delete, %5 unchanged, %6 kept, "
               "%7 skipped, %8 ambiguous.\n")
                    .arg(target)
                    .arg(plan.count(PlanItem::Action::Create))
                    .arg(plan.count(PlanItem::Action::Update))
                    .arg(plan.count(PlanItem::Action::Delete))
                    .arg(plan.count(PlanItem::Action::Unchanged))
                    .arg(plan.count(PlanItem::Action::Keep))
                    .arg(plan.count(PlanItem::Action::Skip))
                    .arg(plan.count(PlanItem::Action::Ambiguous));
    if (plan.hasChanges()) {
        text += tr("%n API request(s), at least %1 s under the rate limit (%2 per %3 s, %4 per "
                   "hour).\n",
                   nullptr, plan.requestCount())
                        .arg(plan.estimatedSeconds())
                        .arg(Plan::BurstRequests)
                        .arg(Plan::BurstSeconds)
                        .arg(Plan::HourlyRequests);
    } else {
        text += tr("Nothing to do.\n");
    }
    if (const int verifications = plan.verificationCount(); verifications > 0) {
        text += tr("The service will ask %n webhook(s) to verify their URI: they stay inactive "
                   "until their receivers call the webhook.verify callback.\n",
                   nullptr, verifications);
    }
    for (const QString &warning : plan.warnings)
        text += tr("Warning: %1\n").arg(warning);
    return text;
}

QString PlanReport::resultText(const ApplyResult &result, int planned)
{
    QString text;
    for (const ApplyResult::Done &entry : result.done) {
        const Webhook &shownWebhook
                = entry.item.action == PlanItem::Action::Delete ? entry.item.current : entry.result;
        text += QStringLiteral("%1  %2  %3\n")
                        .arg(marker(entry.item.action), describe(shownWebhook), tr("done"));
    }
    if (result.failed) {
        text += QStringLiteral("%1  %2  %3\n")
                        .arg(marker(result.failed->action), describe(result.failed->subject()),
                             tr("FAILED: %1").arg(result.error.userMessage()));
    }
    for (const PlanItem &item : result.notDone) {
        text += QStringLiteral("%1  %2  %3\n")
                        .arg(marker(item.action), describe(item.subject()), tr("not done"));
    }
    text += tr("Applied %1 of %2 changes: %3 created, %4 updated, %5 deleted.")
                    .arg(result.done.size())
                    .arg(planned)
                    .arg(result.count(PlanItem::Action::Create))
                    .arg(result.count(PlanItem::Action::Update))
                    .arg(result.count(PlanItem::Action::Delete));
    if (result.failed)
        text += u' '
                + tr("Stopped at the first failure; %n change(s) not done.", nullptr,
                     int(result.notDone.size()) + 1);
    else if (result.cancelled)
        text += u' ' + tr("Cancelled; %n change(s) not done.", nullptr, int(result.notDone.size()));
    text += u'\n';
    const WebhookList deleted = result.deleted();
    if (!deleted.isEmpty()) {
        QJsonArray array;
        for (const Webhook &webhook : deleted)
            array.append(webhook.toJson());
        text += tr("Deleted webhooks, in full (save this JSON as a file to restore them with "
                   "'apply --file'):\n")
                + QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    }
    return text;
}
