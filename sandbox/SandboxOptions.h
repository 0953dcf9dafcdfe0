#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// Options of hookbench-sandbox; each has a command-line option of the same meaning.
struct SandboxOptions
{
    enum class Pagination { Pages, Cursor };
    enum class Brand { FourMe, Xurrent };

    quint16 port = 0; // 0: any free port
    QString dataFile; // JSON store; empty: in memory only (tests)
    int seed = 0; // realistic webhooks to create in the first account when it is empty
    QString account = QStringLiteral("wdc"); // the first account, the default one
    QStringList moreAccounts; // further accounts, each with its own webhooks and ids
    // A further account to fill, when empty, with SandboxSeeder::variant() of the first
    // variantSeed sample webhooks (a second account that differs a little from the first).
    QString variantAccount;
    int variantSeed = 0;
    QString token = QStringLiteral("sandbox-token");
    QString nonAdminToken; // a valid user without the administrator role (403)
    int latencyMs = 0; // added to every response, without blocking other requests
    int latencyJitterMs = 0; // a random extra delay of 0..N ms per response
    int burstLimit = 20; // requests per burstSeconds; 0: off
    int burstSeconds = 2;
    int hourlyLimit = 3600; // 0: off
    Pagination pagination = Pagination::Cursor;
    int createStatus = 201; // 201 with Location, or 200
    double simulateEventsPerMinute = 0; // random messages to enabled webhooks
    int idleTimeoutMs = 30000; // idle or trickling connections are closed after this
    QUrl receiverUrl; // when set, some seeded webhooks point at this receiver
    int deliveryTimeoutMs = 10000; // a receiver must answer webhook messages within this
    bool verification = true; // new webhooks and changed URIs must be verified (§4)
    double timeScale = 1; // sandbox time runs this many times faster (retries, mail, week)
    Brand brand = Brand::FourMe;

    QStringList accounts() const { return QStringList{account} + moreAccounts; }
};
