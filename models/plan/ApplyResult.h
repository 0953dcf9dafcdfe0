#pragma once

#include "models/Webhook.h"
#include "models/api/ApiError.h"
#include "models/plan/PlanItem.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>

#include <optional>

// What applying a plan did: the items done (with the service's answer), the item that
// failed (with its error) and the items never sent. Deleted webhooks are kept whole, as the
// target had them, so that they can be applied again. A value type.
struct ApplyResult
{
    struct Done
    {
        PlanItem item;
        Webhook result; // the webhook as the service answered (create, update); the deleted one
    };

    QList<Done> done;
    std::optional<PlanItem> failed; // the item whose request failed
    ApiError error; // kind None when everything was applied
    QList<PlanItem> notDone; // after a failure or a cancel: never sent
    bool cancelled = false;

    bool isComplete() const { return !failed && notDone.isEmpty() && !cancelled; }
    WebhookList deleted() const;
    int count(PlanItem::Action action) const; // items done with this action

    // {"complete": bool, "done": [...], "failed": {...}, "error": "...", "not_done": [...],
    //  "deleted": [full webhooks]}
    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(ApplyResult)
