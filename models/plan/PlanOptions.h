#pragma once

#include "models/plan/PolicyMap.h"
#include "models/plan/UriRewriteRule.h"

#include <QList>

// How a plan turns a desired state into changes of a target account. A value type.
struct PlanOptions
{
    bool prune = false; // delete the target's webhooks that the desired state lacks
    QList<UriRewriteRule> rewrites; // applied to the desired URIs before comparing
    PolicyMap policies; // source policy (name or id) -> target policy id
};
