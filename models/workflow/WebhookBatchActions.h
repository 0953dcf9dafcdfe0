#pragma once

#include "models/Webhook.h"
#include "models/api/ApiError.h"

#include <QHash>
#include <QList>
#include <QObject>

class WebhookService;
class WebhookTableModel;

// Test, enable, disable, delete and re-create many webhooks at once, with a result per
// webhook and one summary per batch. The model follows every change that succeeded. Deleted
// webhooks are kept (with every field, read before the delete) per profile until the
// program ends, so that they can be re-created.
//
// Widgets-free; GUI thread. The service and the model are not owned and must outlive it.
class WebhookBatchActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookBatchActions)

public:
    enum class Action { Test, Enable, Disable, Delete, Recreate };
    Q_ENUM(Action)

    struct Failure
    {
        Webhook webhook;
        ApiError error;
    };
    // What one batch did: the webhooks it acted on successfully (as the service answered,
    // for Re-create the new ones) and the failures, each with its error.
    struct Result
    {
        Action action = Action::Test;
        WebhookList succeeded;
        QList<Failure> failures;
        int total() const { return int(succeeded.size() + failures.size()); }
    };

    WebhookBatchActions(WebhookService *service, WebhookTableModel *model,
                        QObject *parent = nullptr);
    ~WebhookBatchActions() override;

    // The profile whose recently deleted webhooks are kept and offered.
    void setProfileName(const QString &name);
    QString profileName() const { return m_profileName; }

    // Each starts one batch and returns false (without a signal) when there is nothing to
    // do: an empty list, or for enable/disable no webhook whose state would change.
    bool test(const WebhookList &webhooks);
    bool setDisabled(const WebhookList &webhooks, bool disabled);
    bool remove(const WebhookList &webhooks);
    bool recreate(const WebhookList &deleted);

    int pendingBatches() const { return m_pending; }

    // The webhooks deleted under the current profile in this session, oldest first.
    WebhookList recentlyDeleted() const { return m_recentlyDeleted.value(m_profileName); }
    void forgetProfile(const QString &name);
    // Keeps webhooks deleted elsewhere (a plan applied) under `profileName`, to re-create them.
    void keepDeleted(const QString &profileName, const WebhookList &deleted);

Q_SIGNALS:
    // One webhook's answer (error kind None on success).
    void itemFinished(WebhookBatchActions::Action action, const Webhook &webhook,
                      const ApiError &error);
    void finished(const WebhookBatchActions::Result &result);
    void recentlyDeletedChanged();

private:
    struct Batch;
    std::shared_ptr<Batch> startBatch(Action action, int count);
    void finishItem(const std::shared_ptr<Batch> &batch, const Webhook &webhook,
                    const ApiError &error);

    WebhookService *m_service;
    WebhookTableModel *m_model;
    QString m_profileName;
    QHash<QString, WebhookList> m_recentlyDeleted; // by profile name
    int m_pending = 0;
};
