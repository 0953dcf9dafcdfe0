#pragma once

#include "models/Webhook.h"

#include <QObject>
#include <vector>

#include <memory>

class SandboxServer;
class SandboxStore;
struct SandboxWebhook;

// For client tests only: the sandbox's store seen through the client's Webhook type, so a
// test can prepare or inspect the server's data directly. The sandbox itself knows nothing of
// Webhook; this bridge converts field by field and lives with the tests.
//
// of() returns the bridge of a server's first account (created on first use, owned by the
// server). find() returns a pointer valid as long as the server.
class SandboxClientStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxClientStore)

public:
    static SandboxClientStore *of(const SandboxServer *server);
    static SandboxClientStore *of(const SandboxServer &server) { return of(&server); }
    static SandboxClientStore *of(const std::unique_ptr<SandboxServer> &server)
    {
        return of(server.get());
    }

    WebhookList webhooks() const;
    qsizetype count() const;
    const Webhook *find(qint64 id) const;
    Webhook add(const Webhook &webhook);
    bool update(const Webhook &webhook);
    bool remove(qint64 id);

    // SandboxSeeder's realistic webhooks as the client's type (benchmarks, model tests).
    static WebhookList seededWebhooks(int count, qint64 firstId);

    static Webhook toClient(const SandboxWebhook &record, const SandboxStore &store);
    // Keeps the sandbox-only state of `base` (verification, failures).
    static SandboxWebhook toSandbox(const Webhook &webhook, const SandboxWebhook &base);

private:
    explicit SandboxClientStore(SandboxStore *store, QObject *parent);

    SandboxStore *m_store;
    mutable std::vector<std::unique_ptr<Webhook>> m_found; // every find() result, kept
};
