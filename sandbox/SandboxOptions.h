#pragma once

#include <QString>
#include <QUrl>

// Options of hookbench-sandbox; each has a command-line option of the same meaning.
struct SandboxOptions
{
    enum class Pagination { Pages, Cursor };

    quint16 port = 0; // 0: any free port
    QString dataFile; // JSON store; empty: in memory only (tests)
    int seed = 0; // realistic webhooks to create when the store is empty
    QString account = QStringLiteral("wdc");
    QString token = QStringLiteral("sandbox-token");
    QString nonAdminToken; // a valid user without the administrator role (403)
    int latencyMs = 0; // added to every response, without blocking other requests
    int burstLimit = 20; // requests per burstSeconds; 0: off
    int burstSeconds = 2;
    int hourlyLimit = 3600; // 0: off
    Pagination pagination = Pagination::Pages;
    int createStatus = 201; // 201 with Location, or 200
    double simulateEventsPerMinute = 0; // random messages to enabled webhooks
    int idleTimeoutMs = 30000; // idle or trickling connections are closed after this
    QUrl receiverUrl; // when set, some seeded webhooks point at this receiver
    int deliveryTimeoutMs = 10000; // a receiver must answer webhook messages within this
};
