#pragma once

#include "models/Webhook.h"
#include "models/history/HistorySnapshot.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

// The keys of a difference written as JSON (`hookbench-cli changes --format json`).
namespace HistoryJsonKeys {
inline constexpr QLatin1StringView From{"from"};
inline constexpr QLatin1StringView To{"to"};
inline constexpr QLatin1StringView Live{"live"};
inline constexpr QLatin1StringView TakenAt{"taken_at"};
inline constexpr QLatin1StringView Total{"total"};
inline constexpr QLatin1StringView Created{"created"};
inline constexpr QLatin1StringView Changed{"changed"};
inline constexpr QLatin1StringView Removed{"removed"};
inline constexpr QLatin1StringView Fields{"fields"};
inline constexpr QLatin1StringView Field{"field"};
inline constexpr QLatin1StringView Old{"old"};
inline constexpr QLatin1StringView New{"new"};
inline constexpr QLatin1StringView Webhook{"webhook"};
} // namespace HistoryJsonKeys

// What differs between two states of an account's webhooks: the webhooks created, changed
// (field by field, over the JSON keys of Webhook::toJson(), so that fields added to Webhook
// later are compared without any change here) and removed. Webhooks are matched by id: one
// re-created with a new id is a removal and a creation.
// Threading: a value type, safe to copy across threads.
class HistoryDiff
{
public:
    // A state: every webhook by id, as Webhook::toJson() wrote it.
    using State = QMap<qint64, QJsonObject>;

    struct FieldChange
    {
        QString field; // the API's name, e.g. "uri"; a nested object counts as one field
        QJsonValue before; // Undefined when the field was not set
        QJsonValue after; // Undefined when the field is no longer set
    };

    struct WebhookChange
    {
        qint64 id = 0;
        QJsonObject before;
        QJsonObject after;
        QList<FieldChange> fields; // in the order of the JSON keys
    };

    static HistoryDiff compute(const State &before, const State &after);
    static State stateOf(const WebhookList &webhooks);
    // The fields in which two versions of one webhook differ.
    static QList<FieldChange> fieldChanges(const QJsonObject &before, const QJsonObject &after);

    const QList<QJsonObject> &created() const { return m_created; } // by id
    const QList<WebhookChange> &changed() const { return m_changed; } // by id
    const QList<QJsonObject> &removed() const { return m_removed; } // by id, as last seen
    bool isEmpty() const
    {
        return m_created.isEmpty() && m_changed.isEmpty() && m_removed.isEmpty();
    }

    // {"created": [webhook...], "changed": [{"id", "fields": [{"field","old","new"}]}],
    //  "removed": [webhook...]}; a field that was or is no longer set is null.
    QJsonObject toJson() const;

private:
    QList<QJsonObject> m_created;
    QList<WebhookChange> m_changed;
    QList<QJsonObject> m_removed;
};

Q_DECLARE_METATYPE(HistoryDiff)
