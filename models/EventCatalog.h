#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One webhook event, e.g. "request.create".
struct EventInfo
{
    QString id; // "request.create"
    int code = 0; // numeric code of GET /enums
    QString group; // the noun, "request"; "other" for events without one
    bool legacy = false; // removed from the service; never offered for new webhooks
    bool internal = false; // valid but sent by the service itself (webhook.verify)

    friend bool operator==(const EventInfo &, const EventInfo &) = default;
};

// The events a webhook can listen to, grouped by noun.
//
// The built-in catalogue comes from resources/events.json (83 current events and the five
// legacy change.* events). A server's GET /enums answer can replace it at run time.
// A value type; cheap to copy (implicitly shared containers).
class EventCatalog
{
public:
    EventCatalog() = default;

    // The catalogue shipped with Hookbench. Loaded once; thread-safe.
    static const EventCatalog &builtIn();

    // Parses the events.json format. Returns an empty catalogue and sets *error on failure.
    static EventCatalog fromCatalogJson(const QByteArray &json, QString *error = nullptr);
    // Parses a GET /enums answer (key "webhook.event", entries {id, txt, code}). Legacy
    // flags and groups are taken from the built-in catalogue where it knows the event.
    static EventCatalog fromEnums(const QJsonObject &enums, QString *error = nullptr);

    bool isEmpty() const { return m_events.isEmpty(); }
    const QList<EventInfo> &events() const { return m_events; }
    // Events offered for a new webhook: neither legacy nor internal.
    QList<EventInfo> selectableEvents() const;
    qsizetype currentCount() const; // events that are not legacy

    bool contains(const QString &id) const { return m_index.contains(id); }
    bool isLegacy(const QString &id) const;
    const EventInfo *find(const QString &id) const;

    QStringList groups() const; // in catalogue order
    QList<EventInfo> eventsInGroup(const QString &group) const;
    // A readable label for a group: "request" -> "Request", "project_task" -> "Project task".
    static QString groupLabel(const QString &group);
    // The group of an event id: the part before the dot, or "other".
    static QString groupOf(const QString &eventId);
    // The group of events without a noun ("Other"); lists show it last.
    static QString otherGroup();

private:
    void add(const EventInfo &info);

    QList<EventInfo> m_events;
    QHash<QString, qsizetype> m_index;
};
