#include "models/plan/ApplyResult.h"

#include "models/plan/Plan.h"
#include "models/plan/PlanJsonKeys.h"

#include <QJsonArray>

#include <algorithm>

WebhookList ApplyResult::deleted() const
{
    WebhookList webhooks;
    for (const Done &entry : done) {
        if (entry.item.action == PlanItem::Action::Delete)
            webhooks.append(entry.item.current);
    }
    return webhooks;
}

int ApplyResult::count(PlanItem::Action action) const
{
    return int(std::count_if(done.cbegin(), done.cend(),
                             [action](const Done &entry) { return entry.item.action == action; }));
}

QJsonObject ApplyResult::toJson() const
{
    QJsonArray doneArray;
    for (const Done &entry : done) {
        QJsonObject object = Plan::itemToJson(entry.item);
        if (entry.item.action != PlanItem::Action::Delete)
            object.insert(PlanJsonKeys::Result, entry.result.toJson());
        doneArray.append(object);
    }
    QJsonArray notDoneArray;
    for (const PlanItem &item : notDone)
        notDoneArray.append(Plan::itemToJson(item));
    QJsonArray deletedArray;
    for (const Webhook &webhook : deleted())
        deletedArray.append(webhook.toJson());
    QJsonObject object{{PlanJsonKeys::Complete, isComplete()},
                       {PlanJsonKeys::Done, doneArray},
                       {PlanJsonKeys::NotDone, notDoneArray},
                       {PlanJsonKeys::Deleted, deletedArray}};
    if (failed) {
        object.insert(PlanJsonKeys::Failed, Plan::itemToJson(*failed));
        object.insert(PlanJsonKeys::Error, error.userMessage());
    }
    return object;
}
