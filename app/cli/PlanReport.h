#pragma once

#include "models/plan/ApplyResult.h"
#include "models/plan/Plan.h"

#include <QCoreApplication>
#include <QString>

// The text that `plan`, `apply` and `diff` print for a person: the plan item by item with
// its counts, requests, time and verifications; the result of applying it. URIs are shown
// redacted (user info and query values masked); deleted webhooks are printed whole as JSON,
// so that they can be applied again.
class PlanReport
{
    Q_DECLARE_TR_FUNCTIONS(PlanReport)

public:
    static QString planText(const Plan &plan, const QString &target);
    static QString resultText(const ApplyResult &result, int planned);
};
