#pragma once

#include "models/Webhook.h"

#include <QCoreApplication>
#include <QString>

class EventCatalog;

// How hookbench-cli shows webhooks and events as text for a person: the aligned table of
// `list`, the fields of one webhook (`get`, `create`, `update`), the events table, and times.
// Times are ISO 8601 in UTC (2026-12-02T14:05:00Z) everywhere in text output; JSON output
// keeps the server's text.
class WebhookText
{
    Q_DECLARE_TR_FUNCTIONS(WebhookText)

public:
    // "Enabled" or "Disabled", as the table and the details print it.
    static QString stateText(bool disabled);
    // `width` columns at most (0: no limit); long names, URIs and errors are cut with "…".
    static QString table(const WebhookList &rows, int width);
    static QString details(const Webhook &webhook);
    static QString eventTable(const EventCatalog &catalog, int width);
    static QByteArray eventJson(const EventCatalog &catalog);
    // A server time (ISO 8601 with any offset) in UTC, e.g. 2026-12-02T14:05:00Z; a text that
    // is no ISO 8601 time is returned as it is.
    static QString timeText(const QString &serverTime);
};
