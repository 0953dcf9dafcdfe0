#include "tests/support/SandboxClientStore.h"

#include "sandbox/SandboxSeeder.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxWebhook.h"

#include <QJsonObject>

SandboxClientStore::SandboxClientStore(SandboxStore *store, QObject *parent)
    : QObject(parent), m_store(store)
{
    setObjectName(QStringLiteral("sandboxClientStore"));
}

SandboxClientStore *SandboxClientStore::of(const SandboxServer *server)
{
    auto *mutableServer = const_cast<SandboxServer *>(server);
    auto *existing = mutableServer->findChild<SandboxClientStore *>(
            QStringLiteral("sandboxClientStore"), Qt::FindDirectChildrenOnly);
    return existing ? existing : new SandboxClientStore(server->store(), mutableServer);
}

Webhook SandboxClientStore::toClient(const SandboxWebhook &record, const SandboxStore &store)
{
    Webhook webhook;
    webhook.id = record.id;
    webhook.name = record.name;
    webhook.event = record.event;
    webhook.uri = record.uri;
    webhook.disabled = record.disabled;
    webhook.description = record.description;
    webhook.mailExceptionsTo = record.mailExceptionsTo;
    webhook.lastError = record.lastError;
    webhook.createdAt = record.createdAt;
    webhook.updatedAt = record.updatedAt;
    webhook.webhookPolicyId = record.webhookPolicyId;
    if (record.webhookPolicyId > 0) {
        webhook.webhookPolicyName
                = store.policy(record.webhookPolicyId).value(QLatin1StringView("name")).toString();
    }
    webhook.source = record.source;
    webhook.sourceId = record.sourceId;
    webhook.nodeId = record.nodeId;
    return webhook;
}

SandboxWebhook SandboxClientStore::toSandbox(const Webhook &webhook, const SandboxWebhook &base)
{
    SandboxWebhook record = base;
    record.id = webhook.id;
    record.name = webhook.name;
    record.event = webhook.event;
    record.uri = webhook.uri;
    record.disabled = webhook.disabled;
    record.description = webhook.description;
    record.mailExceptionsTo = webhook.mailExceptionsTo;
    record.lastError = webhook.lastError;
    record.createdAt = webhook.createdAt;
    record.updatedAt = webhook.updatedAt;
    record.webhookPolicyId = webhook.webhookPolicyId;
    record.source = webhook.source;
    record.sourceId = webhook.sourceId;
    record.nodeId = webhook.nodeId;
    return record;
}

WebhookList SandboxClientStore::seededWebhooks(int count, qint64 firstId)
{
    SandboxStore policies;
    policies.setPolicies(SandboxSeeder::policies());
    WebhookList list;
    const SandboxWebhookList records = SandboxSeeder::generate(count, firstId);
    list.reserve(records.size());
    for (const SandboxWebhook &record : records)
        list.append(toClient(record, policies));
    return list;
}

WebhookList SandboxClientStore::webhooks() const
{
    WebhookList list;
    for (const SandboxWebhook &record : m_store->webhooks())
        list.append(toClient(record, *m_store));
    return list;
}

qsizetype SandboxClientStore::count() const
{
    return m_store->count();
}

const Webhook *SandboxClientStore::find(qint64 id) const
{
    const SandboxWebhook *record = m_store->find(id);
    if (!record)
        return nullptr;
    m_found.push_back(std::make_unique<Webhook>(toClient(*record, *m_store)));
    return m_found.back().get();
}

Webhook SandboxClientStore::add(const Webhook &webhook)
{
    // Added directly, as if created long ago and verified.
    return toClient(m_store->add(toSandbox(webhook, SandboxWebhook())), *m_store);
}

bool SandboxClientStore::update(const Webhook &webhook)
{
    const SandboxWebhook *base = m_store->find(webhook.id);
    return base && m_store->update(toSandbox(webhook, *base));
}

bool SandboxClientStore::remove(qint64 id)
{
    return m_store->remove(id);
}
