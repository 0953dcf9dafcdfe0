#include "models/plan/Plan.h"

#include "models/plan/PlanJsonKeys.h"

#include <QJsonArray>

#include <algorithm>

int Plan::count(PlanItem::Action action) const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [action](const PlanItem &item) { return item.action == action; }));
}

int Plan::requestCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [](const PlanItem &item) { return item.sendsRequest(); }));
}

int Plan::verificationCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const PlanItem &item) {
        return item.sendsRequest() && item.needsVerification;
    }));
}

qint64 Plan::secondsFor(int requests)
{
    if (requests <= 0)
        return 0;
    // A burst goes at once; each further burst waits for the window; each further hour's
    // budget waits for the hour.
    const qint64 hours = (requests - 1) / HourlyRequests;
    const qint64 inLastHour = (requests - 1) % HourlyRequests + 1;
    return hours * 3600 + ((inLastHour - 1) / BurstRequests) * BurstSeconds;
}

QList<PlanItem> Plan::itemsToApply() const
{
    QList<PlanItem> ordered;
    for (const PlanItem::Action action :
         {PlanItem::Action::Update, PlanItem::Action::Create, PlanItem::Action::Delete}) {
        for (const PlanItem &item : items) {
            if (item.action == action)
                ordered.append(item);
        }
    }
    return ordered;
}

QJsonObject Plan::itemToJson(const PlanItem &item)
{
    QJsonObject object{{PlanJsonKeys::Action, PlanItem::actionName(item.action)}};
    if (!item.location.isEmpty())
        object.insert(PlanJsonKeys::Location, item.location);
    const bool hasDesired = item.sourceIndex >= 0;
    if (hasDesired)
        object.insert(PlanJsonKeys::Webhook, item.desired.toJson());
    if (item.current.id > 0)
        object.insert(PlanJsonKeys::Current, item.current.toJson());
    if (!item.changes.isEmpty()) {
        QJsonArray changes;
        for (const FieldChange &change : item.changes) {
            changes.append(QJsonObject{{PlanJsonKeys::Field, change.field},
                                       {PlanJsonKeys::Old, change.before},
                                       {PlanJsonKeys::New, change.after}});
        }
        object.insert(PlanJsonKeys::Changes, changes);
    }
    if (item.sendsRequest() && item.action != PlanItem::Action::Delete)
        object.insert(PlanJsonKeys::Verify, item.needsVerification);
    if (item.losesSigning)
        object.insert(PlanJsonKeys::LosesSigning, true);
    if (!item.note.isEmpty())
        object.insert(PlanJsonKeys::Note, item.note);
    return object;
}

QJsonObject Plan::toJson() const
{
    QJsonObject summary;
    for (const PlanItem::Action action :
         {PlanItem::Action::Create, PlanItem::Action::Update, PlanItem::Action::Delete,
          PlanItem::Action::Unchanged, PlanItem::Action::Keep, PlanItem::Action::Skip,
          PlanItem::Action::Ambiguous}) {
        summary.insert(PlanItem::actionName(action), count(action));
    }
    summary.insert(PlanJsonKeys::Requests, requestCount());
    summary.insert(PlanJsonKeys::Seconds, estimatedSeconds());
    summary.insert(PlanJsonKeys::Verifications, verificationCount());
    QJsonArray array;
    for (const PlanItem &item : items)
        array.append(itemToJson(item));
    return {{PlanJsonKeys::Summary, summary},
            {PlanJsonKeys::Items, array},
            {PlanJsonKeys::Warnings, QJsonArray::fromStringList(warnings)}};
}
