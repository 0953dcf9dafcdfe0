#pragma once

#include <QHash>
#include <QList>
#include <QString>

// The events the sandbox accepts (reference §3), read as data from resources/events.json,
// which is compiled into hb_sandbox as a resource of its own (:/hookbench-sandbox/).
class SandboxEvents final
{
public:
    struct Event
    {
        QString id; // "request.create"
        int code = 0; // GET /enums code
        bool legacy = false; // removed from the service; kept by webhooks that have it
    };

    // The catalogue, loaded once. Empty only when the resource is broken.
    static const SandboxEvents &instance();

    const QList<Event> &events() const { return m_events; }
    bool isKnown(const QString &id) const { return m_index.contains(id); }
    bool isLegacy(const QString &id) const;
    // The text of GET /enums: "request.status-changed" -> "Request status changed".
    static QString text(const QString &id);

private:
    SandboxEvents();

    QList<Event> m_events;
    QHash<QString, qsizetype> m_index;
};
