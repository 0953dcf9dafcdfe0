#include "models/history/HistoryDiff.h"

#include "models/JsonKeys.h"

#include <QJsonArray>
#include <QSet>

HistoryDiff::State HistoryDiff::stateOf(const WebhookList &webhooks)
{
    State state;
    for (const Webhook &webhook : webhooks)
        state.insert(webhook.id, webhook.toJson());
    return state;
}

namespace {
// A field that is absent reads as its empty value (false, "", [], null): a record written
// before Hookbench knew a field, or by a server that leaves defaults out, is not "changed".
bool isEmptyValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return true;
    case QJsonValue::Bool:
        return !value.toBool();
    case QJsonValue::String:
        return value.toString().isEmpty();
    case QJsonValue::Array:
        return value.toArray().isEmpty();
    case QJsonValue::Object:
        return value.toObject().isEmpty();
    case QJsonValue::Double:
        return false;
    }
    return false;
}
} // namespace

QList<HistoryDiff::FieldChange> HistoryDiff::fieldChanges(const QJsonObject &before,
                                                          const QJsonObject &after)
{
    // Both objects keep their keys sorted: walk them together.
    QList<FieldChange> changes;
    auto left = before.constBegin();
    auto right = after.constBegin();
    while (left != before.constEnd() || right != after.constEnd()) {
        if (right == after.constEnd() || (left != before.constEnd() && left.key() < right.key())) {
            if (!isEmptyValue(left.value()))
                changes.append({left.key(), left.value(), QJsonValue(QJsonValue::Undefined)});
            ++left;
        } else if (left == before.constEnd() || right.key() < left.key()) {
            if (!isEmptyValue(right.value()))
                changes.append({right.key(), QJsonValue(QJsonValue::Undefined), right.value()});
            ++right;
        } else {
            if (left.value() != right.value())
                changes.append({left.key(), left.value(), right.value()});
            ++left;
            ++right;
        }
    }
    return changes;
}

HistoryDiff HistoryDiff::compute(const State &before, const State &after)
{
    HistoryDiff diff;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const auto previous = before.constFind(it.key());
        if (previous == before.constEnd()) {
            diff.m_created.append(it.value());
            continue;
        }
        if (previous.value() == it.value())
            continue;
        QList<FieldChange> changes = fieldChanges(previous.value(), it.value());
        if (changes.isEmpty())
            continue; // only fields that read as empty appeared or went
        diff.m_changed.append({it.key(), previous.value(), it.value(), std::move(changes)});
    }
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (!after.contains(it.key()))
            diff.m_removed.append(it.value());
    }
    return diff;
}

QJsonObject HistoryDiff::toJson() const
{
    const auto nullIfUnset = [](const QJsonValue &value) {
        return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
    };
    QJsonArray created;
    for (const QJsonObject &webhook : m_created)
        created.append(webhook);
    QJsonArray changed;
    for (const WebhookChange &change : m_changed) {
        QJsonArray fields;
        for (const FieldChange &field : change.fields) {
            fields.append(QJsonObject{{HistoryJsonKeys::Field, field.field},
                                      {HistoryJsonKeys::Old, nullIfUnset(field.before)},
                                      {HistoryJsonKeys::New, nullIfUnset(field.after)}});
        }
        changed.append(QJsonObject{{JsonKeys::Id, change.id},
                                   {HistoryJsonKeys::Fields, fields},
                                   {HistoryJsonKeys::Webhook, change.after}});
    }
    QJsonArray removed;
    for (const QJsonObject &webhook : m_removed)
        removed.append(webhook);
    return QJsonObject{{HistoryJsonKeys::Created, created},
                       {HistoryJsonKeys::Changed, changed},
                       {HistoryJsonKeys::Removed, removed}};
}
