#pragma once

#include "models/Webhook.h"

#include <QList>
#include <QMetaType>
#include <QString>

// One field of a webhook that a plan changes: its API name and the values as a person
// reads them (WebhookFieldTable::text()).
struct FieldChange
{
    QString field;
    QString before;
    QString after;

    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

// What a plan does with one webhook. A value type.
struct PlanItem
{
    enum class Action {
        Create, // only in the desired state: POST /webhooks
        Update, // in both, different: PATCH /webhooks/:id with the changed fields
        Delete, // only in the target, with prune: DELETE /webhooks/:id
        Unchanged, // in both, the same
        Keep, // only in the target, without prune: left alone
        Skip, // cannot be applied (e.g. an event the target does not offer); see note
        Ambiguous, // no unique match in the target; see note; nothing is guessed
    };

    Action action = Action::Unchanged;
    int sourceIndex = -1; // index in the desired state; -1 for webhooks only in the target
    QString location; // where in the desired-state file ("line 4", "index 3")
    Webhook desired; // what the target gets (rewritten, policy mapped; the target's id)
    Webhook current; // the target's webhook (Update, Delete, Unchanged, Keep)
    QList<FieldChange> changes; // Update: each changed field, old -> new
    bool needsVerification = false; // the service will send webhook.verify (reference §4)
    bool losesSigning = false; // the source's policy has no mapping in the target
    QString note; // why Skip or Ambiguous, for a person

    bool sendsRequest() const
    {
        return action == Action::Create || action == Action::Update || action == Action::Delete;
    }
    // The webhook this item is about, for lists: the target's when there is one.
    const Webhook &subject() const { return current.id > 0 ? current : desired; }

    static QString actionName(Action action); // "create", "update", ... (stable, for JSON)
};

Q_DECLARE_METATYPE(PlanItem)
