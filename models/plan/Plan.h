#pragma once

#include "models/plan/PlanItem.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// The changes that make a target account like a desired state: one item per webhook, and
// warnings for a person (policies without a mapping). Built by PlanBuilder, carried out by
// PlanApplier. A value type.
class Plan
{
public:
    // The service's rate limits (reference §5) that the time estimate assumes.
    static constexpr int BurstRequests = 20;
    static constexpr int BurstSeconds = 2;
    static constexpr int HourlyRequests = 3600;

    QList<PlanItem> items;
    QStringList warnings;

    int count(PlanItem::Action action) const;
    // Requests that applying takes (one per create, update and delete).
    int requestCount() const;
    bool hasChanges() const { return requestCount() > 0; }
    int verificationCount() const;
    // Seconds that `requests` requests take at least under the rate limits.
    static qint64 secondsFor(int requests);
    qint64 estimatedSeconds() const { return secondsFor(requestCount()); }

    // The items in the order they are applied: updates, creates, then deletes.
    QList<PlanItem> itemsToApply() const;

    // The plan as JSON: {"summary": {...}, "items": [...], "warnings": [...]}.
    QJsonObject toJson() const;
    static QJsonObject itemToJson(const PlanItem &item);
};
