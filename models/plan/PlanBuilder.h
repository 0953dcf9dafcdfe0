#pragma once

#include "models/EventCatalog.h"
#include "models/Webhook.h"
#include "models/plan/DesiredState.h"
#include "models/plan/Plan.h"
#include "models/plan/PlanOptions.h"

// Compares a desired state with the webhooks of a target account and plans the changes.
//
// Matching, in this order (each step only among webhooks not yet matched):
//  1. equal sourceID, unique on both sides;
//  2. equal name and event, that pair unique on both sides;
//  3. equal name, event and URI (after rewriting), unique on both sides.
// Two webhooks whose sourceIDs are both set and differ never match. A desired webhook that
// still has candidates of its name and event in the target is Ambiguous: it is reported with
// its candidates, and neither it nor they are created, changed or deleted.
//
// Only the fields the desired state gives are compared (DesiredState::givenFields); a
// policy is linked only through options.policies. An event that the target does not offer
// (a legacy change.* event) is never created or set: such items are Skip.
// Pure computation on values; thread-safe.
class PlanBuilder
{
public:
    static Plan build(const DesiredState &desired, const WebhookList &target,
                      const PlanOptions &options,
                      const EventCatalog &targetEvents = EventCatalog::builtIn());

    // A desired state that makes a target like `source`: every writable field given, as
    // `diff` compares two accounts.
    static DesiredState fromAccount(const WebhookList &source);
};
