#include "models/workflow/WebhookBatchActions.h"

#include "models/WebhookTableModel.h"
#include "models/api/WebhookService.h"

#include <memory>

struct WebhookBatchActions::Batch
{
    Result result;
    int pending = 0;
};

WebhookBatchActions::WebhookBatchActions(WebhookService *service, WebhookTableModel *model,
                                         QObject *parent)
    : QObject(parent), m_service(service), m_model(model)
{ }

WebhookBatchActions::~WebhookBatchActions() = default;

void WebhookBatchActions::setProfileName(const QString &name)
{
    if (name == m_profileName)
        return;
    m_profileName = name;
    Q_EMIT recentlyDeletedChanged();
}

void WebhookBatchActions::forgetProfile(const QString &name)
{
    if (m_recentlyDeleted.remove(name) > 0 && name == m_profileName)
        Q_EMIT recentlyDeletedChanged();
}

void WebhookBatchActions::keepDeleted(const QString &profileName, const WebhookList &deleted)
{
    if (deleted.isEmpty())
        return;
    m_recentlyDeleted[profileName].append(deleted);
    if (profileName == m_profileName)
        Q_EMIT recentlyDeletedChanged();
}

std::shared_ptr<WebhookBatchActions::Batch> WebhookBatchActions::startBatch(Action action,
                                                                            int count)
{
    auto batch = std::make_shared<Batch>();
    batch->result.action = action;
    batch->pending = count;
    ++m_pending;
    return batch;
}

void WebhookBatchActions::finishItem(const std::shared_ptr<Batch> &batch, const Webhook &webhook,
                                     const ApiError &error)
{
    if (error.isError())
        batch->result.failures.append({webhook, error});
    else
        batch->result.succeeded.append(webhook);
    Q_EMIT itemFinished(batch->result.action, webhook, error);
    if (--batch->pending > 0)
        return;
    --m_pending;
    Q_EMIT finished(batch->result);
}

bool WebhookBatchActions::test(const WebhookList &webhooks)
{
    if (webhooks.isEmpty())
        return false;
    auto batch = startBatch(Action::Test, int(webhooks.size()));
    for (const Webhook &webhook : webhooks) {
        m_service->test(webhook.id, this, [this, batch, webhook](const ApiError &error) {
            finishItem(batch, webhook, error);
        });
    }
    return true;
}

bool WebhookBatchActions::setDisabled(const WebhookList &webhooks, bool disabled)
{
    WebhookList changing;
    for (const Webhook &webhook : webhooks) {
        if (webhook.disabled != disabled)
            changing.append(webhook);
    }
    if (changing.isEmpty())
        return false;
    auto batch = startBatch(disabled ? Action::Disable : Action::Enable, int(changing.size()));
    const QString profileName = m_profileName;
    for (const Webhook &before : changing) {
        Webhook after = before;
        after.disabled = disabled;
        m_service->update(
                before, after, this,
                [this, batch, before, profileName](const Webhook &saved, const ApiError &error) {
                    // The model shows the current profile's account only.
                    if (!error.isError() && profileName == m_profileName)
                        m_model->upsert({saved});
                    finishItem(batch, error.isError() ? before : saved, error);
                });
    }
    return true;
}

bool WebhookBatchActions::remove(const WebhookList &webhooks)
{
    if (webhooks.isEmpty())
        return false;
    auto batch = startBatch(Action::Delete, int(webhooks.size()));
    const QString profileName = m_profileName;
    for (const Webhook &listed : webhooks) {
        // Read every field first, so that the webhook can be re-created as it was.
        m_service->get(listed.id, this,
                       [this, batch, listed, profileName](const Webhook &full, const ApiError &) {
                           const Webhook kept = full.id == listed.id ? full : listed;
                           m_service->remove(
                                   listed.id, this,
                                   [this, batch, kept, profileName](const ApiError &error) {
                                       // Already gone (404) is what the person wanted.
                                       const bool gone = !error.isError()
                                               || (error.kind == ApiError::Kind::Http
                                                   && error.httpStatus == 404);
                                       if (gone) {
                                           if (profileName == m_profileName)
                                               m_model->remove(kept.id);
                                           m_recentlyDeleted[profileName].append(kept);
                                           if (profileName == m_profileName)
                                               Q_EMIT recentlyDeletedChanged();
                                       }
                                       finishItem(batch, kept, gone ? ApiError() : error);
                                   });
                       });
    }
    return true;
}

bool WebhookBatchActions::recreate(const WebhookList &deleted)
{
    if (deleted.isEmpty())
        return false;
    auto batch = startBatch(Action::Recreate, int(deleted.size()));
    const QString profileName = m_profileName;
    for (const Webhook &old : deleted) {
        Webhook copy = old;
        copy.id = 0;
        copy.lastError.clear();
        copy.createdAt.clear();
        copy.updatedAt.clear();
        copy.nodeId.clear();
        m_service->create(
                copy, this,
                [this, batch, old, profileName](const Webhook &created, const ApiError &error) {
                    if (!error.isError()) {
                        if (profileName == m_profileName)
                            m_model->upsert({created});
                        m_recentlyDeleted[profileName].removeIf(
                                [&old](const Webhook &webhook) { return webhook.id == old.id; });
                        if (profileName == m_profileName)
                            Q_EMIT recentlyDeletedChanged();
                    }
                    finishItem(batch, error.isError() ? old : created, error);
                });
    }
    return true;
}
