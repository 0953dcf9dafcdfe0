#include "models/plan/PlanBuilder.h"

#include "models/JsonKeys.h"
#include "models/plan/WebhookFieldTable.h"

#include <QCoreApplication>
#include <QHash>

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("PlanBuilder", text, nullptr, n);
}

bool compatible(const Webhook &a, const Webhook &b)
{
    return a.sourceId.isEmpty() || b.sourceId.isEmpty() || a.sourceId == b.sourceId;
}

QString nameEventKey(const Webhook &webhook)
{
    return webhook.name + QChar(0x1f) + webhook.event;
}

QString nameEventUriKey(const Webhook &webhook)
{
    return webhook.name + QChar(0x1f) + webhook.event + QChar(0x1f) + webhook.uri;
}

QString idList(const QList<qint64> &ids)
{
    QStringList texts;
    for (const qint64 id : ids)
        texts.append(QString::number(id));
    return texts.join(QStringLiteral(", "));
}

struct Matcher
{
    const WebhookList &desired;
    const WebhookList &target;
    QList<int> desiredMatch; // target index or -1
    QList<int> targetMatch; // desired index or -1
    QList<QString> ambiguity; // desired index -> note, empty when not ambiguous
    QList<bool> targetHeld; // a candidate of an ambiguous desired webhook

    Matcher(const WebhookList &d, const WebhookList &t)
        : desired(d),
          target(t),
          desiredMatch(d.size(), -1),
          targetMatch(t.size(), -1),
          ambiguity(d.size()),
          targetHeld(t.size(), false)
    { }

    void pair(int d, int t)
    {
        desiredMatch[d] = t;
        targetMatch[t] = d;
    }
    bool open(int d) const { return desiredMatch.at(d) < 0 && ambiguity.at(d).isEmpty(); }

    void matchBySourceId()
    {
        QHash<QString, QList<int>> targets;
        QHash<QString, int> desiredCount;
        for (int t = 0; t < target.size(); ++t) {
            if (!target.at(t).sourceId.isEmpty())
                targets[target.at(t).sourceId].append(t);
        }
        for (const Webhook &webhook : desired) {
            if (!webhook.sourceId.isEmpty())
                ++desiredCount[webhook.sourceId];
        }
        for (int d = 0; d < desired.size(); ++d) {
            const QString &sourceId = desired.at(d).sourceId;
            if (sourceId.isEmpty())
                continue;
            const QList<int> candidates = targets.value(sourceId);
            if (candidates.isEmpty())
                continue;
            if (candidates.size() == 1 && desiredCount.value(sourceId) == 1) {
                pair(d, candidates.constFirst());
                continue;
            }
            QList<qint64> ids;
            for (const int t : candidates) {
                ids.append(target.at(t).id);
                targetHeld[t] = true;
            }
            ambiguity[d] = candidates.size() > 1
                    ? tr("the sourceID %1 belongs to several webhooks of the target (%2).")
                              .arg(sourceId, idList(ids))
                    : tr("the sourceID %1 belongs to several webhooks of the desired state; "
                         "the target's webhook %2 has it.")
                              .arg(sourceId, idList(ids));
        }
    }

    // Pairs the open webhooks whose key is unique on both sides.
    void matchByKey(QString (*key)(const Webhook &))
    {
        QHash<QString, QList<int>> targets;
        for (int t = 0; t < target.size(); ++t) {
            if (targetMatch.at(t) < 0 && !targetHeld.at(t))
                targets[key(target.at(t))].append(t);
        }
        QHash<QString, QList<int>> desiredByKey;
        for (int d = 0; d < desired.size(); ++d) {
            if (open(d))
                desiredByKey[key(desired.at(d))].append(d);
        }
        for (auto it = desiredByKey.cbegin(); it != desiredByKey.cend(); ++it) {
            if (it.value().size() != 1)
                continue;
            const QList<int> candidates = targets.value(it.key());
            const int d = it.value().constFirst();
            if (candidates.size() == 1 && compatible(desired.at(d), target.at(candidates[0])))
                pair(d, candidates.constFirst());
        }
    }

    // Open desired webhooks that still have candidates of their name and event.
    void findAmbiguities()
    {
        QHash<QString, QList<int>> targets;
        for (int t = 0; t < target.size(); ++t) {
            if (targetMatch.at(t) < 0 && !targetHeld.at(t))
                targets[nameEventKey(target.at(t))].append(t);
        }
        QList<QPair<int, QList<int>>> found;
        for (int d = 0; d < desired.size(); ++d) {
            if (!open(d))
                continue;
            QList<int> candidates;
            for (const int t : targets.value(nameEventKey(desired.at(d)))) {
                if (compatible(desired.at(d), target.at(t)))
                    candidates.append(t);
            }
            if (!candidates.isEmpty())
                found.append({d, candidates});
        }
        for (const auto &[d, candidates] : std::as_const(found)) {
            QList<qint64> ids;
            for (const int t : candidates) {
                ids.append(target.at(t).id);
                targetHeld[t] = true;
            }
            ambiguity[d] = tr("the name and event match %n webhook(s) of the target (%1) "
                              "and no unique URI or sourceID tells which; nothing is done "
                              "with them.",
                              int(ids.size()))
                                   .arg(idList(ids));
        }
    }
};

} // namespace

DesiredState PlanBuilder::fromAccount(const WebhookList &source)
{
    DesiredState state;
    state.webhooks = source;
    for (const auto &field : WebhookFieldTable::writableFields())
        state.givenFields.insert(QString(field.key));
    for (const Webhook &webhook : source)
        state.locations.append(tr("webhook %1").arg(webhook.id));
    return state;
}

Plan PlanBuilder::build(const DesiredState &desiredState, const WebhookList &targetList,
                        const PlanOptions &options, const EventCatalog &targetEvents)
{
    const bool policyGiven = desiredState.isGiven(JsonKeys::WebhookPolicyId);
    const auto offered = [&targetEvents](const QString &event) {
        const EventInfo *info = targetEvents.find(event);
        return info && !info->legacy;
    };

    // What the target should get: rewritten URIs, mapped policies, names spelled out.
    WebhookList desired = desiredState.webhooks;
    QList<qint64> lostPolicies(desired.size(), 0);
    QStringList lostPolicyNames(desired.size());
    for (qsizetype d = 0; d < desired.size(); ++d) {
        Webhook &webhook = desired[d];
        webhook.id = 0;
        webhook.uri = UriRewriteRule::apply(options.rewrites, webhook.uri);
        webhook.name = webhook.displayName();
        if (policyGiven) {
            const qint64 mapped = options.policies.targetFor(webhook.webhookPolicyId,
                                                             webhook.webhookPolicyName);
            if (webhook.webhookPolicyId > 0 && mapped == 0) {
                lostPolicies[d] = webhook.webhookPolicyId;
                lostPolicyNames[d] = webhook.webhookPolicyName;
            }
            webhook.webhookPolicyId = mapped;
            webhook.webhookPolicyName.clear();
        }
    }
    WebhookList target = targetList;
    QHash<QString, int> targetUris;
    targetUris.reserve(target.size());
    for (Webhook &webhook : target) {
        webhook.name = webhook.displayName();
        ++targetUris[webhook.uri];
    }

    Matcher matcher(desired, target);
    matcher.matchBySourceId();
    matcher.matchByKey(nameEventKey);
    matcher.matchByKey(nameEventUriKey);
    matcher.findAmbiguities();

    Plan plan;
    plan.items.reserve(desired.size() + target.size());
    const auto &fields = WebhookFieldTable::writableFields();
    QList<bool> given;
    for (const auto &field : fields)
        given.append(desiredState.givenFields.contains(QString(field.key)));
    for (qsizetype d = 0; d < desired.size(); ++d) {
        PlanItem item;
        item.sourceIndex = int(d);
        item.location
                = d < desiredState.locations.size() ? desiredState.locations.at(d) : QString();
        item.losesSigning = lostPolicies.at(d) > 0;
        const int t = matcher.desiredMatch.at(d);
        if (!matcher.ambiguity.at(d).isEmpty()) {
            item.action = PlanItem::Action::Ambiguous;
            item.desired = desired.at(d);
            item.note = matcher.ambiguity.at(d);
        } else if (t < 0) {
            item.desired = desired.at(d);
            if (!offered(item.desired.event)) {
                item.action = PlanItem::Action::Skip;
                item.note = tr("the target does not offer the event %1 (a legacy event); the "
                               "webhook is not created.")
                                    .arg(item.desired.event);
            } else {
                item.action = PlanItem::Action::Create;
                item.needsVerification = !targetUris.contains(item.desired.uri);
            }
        } else {
            item.current = target.at(t);
            Webhook after = item.current;
            for (qsizetype f = 0; f < fields.size(); ++f) {
                if (given.at(f))
                    WebhookFieldTable::copy(fields.at(f), desired.at(d), &after);
            }
            if (after.webhookPolicyId == item.current.webhookPolicyId)
                after.webhookPolicyName = item.current.webhookPolicyName;
            else
                after.webhookPolicyName.clear();
            for (const auto &field : fields) {
                if (!WebhookFieldTable::equal(field, item.current, after)) {
                    item.changes.append({QString(field.key),
                                         WebhookFieldTable::text(field, item.current),
                                         WebhookFieldTable::text(field, after)});
                }
            }
            item.desired = after;
            if (item.changes.isEmpty()) {
                item.action = PlanItem::Action::Unchanged;
            } else if (after.event != item.current.event && !offered(after.event)) {
                item.action = PlanItem::Action::Skip;
                item.note = tr("the target does not offer the event %1 (a legacy event); the "
                               "webhook is not changed.")
                                    .arg(after.event);
            } else {
                item.action = PlanItem::Action::Update;
                item.needsVerification
                        = after.uri != item.current.uri && !targetUris.contains(after.uri);
            }
        }
        if (item.losesSigning && item.action != PlanItem::Action::Skip
            && item.action != PlanItem::Action::Ambiguous) {
            const QString policy = lostPolicyNames.at(d).isEmpty()
                    ? QString::number(lostPolicies.at(d))
                    : QStringLiteral("%1 (%2)").arg(lostPolicyNames.at(d)).arg(lostPolicies.at(d));
            plan.warnings.append(
                    tr("%1 (%2, %3): its policy %4 has no --policy-map entry; the "
                       "target's webhook will not be signed.")
                            .arg(item.location, item.desired.name, item.desired.event, policy));
        }
        plan.items.append(item);
    }
    for (qsizetype t = 0; t < target.size(); ++t) {
        if (matcher.targetMatch.at(t) >= 0)
            continue;
        PlanItem item;
        item.current = target.at(t);
        if (matcher.targetHeld.at(t)) {
            item.action = PlanItem::Action::Keep;
            item.note = tr("an ambiguous match; left alone.");
        } else {
            item.action = options.prune ? PlanItem::Action::Delete : PlanItem::Action::Keep;
        }
        plan.items.append(item);
    }
    return plan;
}
