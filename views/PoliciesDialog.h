#pragma once

#include "models/Webhook.h"
#include "models/WebhookPolicy.h"

#include <QDialog>

#include <memory>

class ApiClient;
class PolicyKeyStore;
class QLabel;
class QPushButton;
class QTreeWidget;
class WebhookPolicyService;

// The webhook policies of the connected account: name, algorithm, audience, expiry, state,
// created and updated, and how many webhooks of the window's list use each. Create (then the
// one-time key dialog; the key is also kept in PolicyKeyStore), edit, delete (the
// confirmation names the webhooks that lose their signing). Open it with open(); it deletes
// itself when closed. The client is not owned.
class PoliciesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoliciesDialog)

public:
    // `webhooks`: the window's list, to count and name the webhooks of each policy.
    // `keyStoreFile`: where PolicyKeyStore keeps public keys.
    PoliciesDialog(ApiClient *client, const WebhookList &webhooks, const QString &keyStoreFile,
                   QWidget *parent = nullptr);
    ~PoliciesDialog() override;
    // Opens a dialog over `parent` with the default PolicyKeyStore file.
    static PoliciesDialog *openFor(ApiClient *client, const WebhookList &webhooks, QWidget *parent);

    void setWebhooks(const WebhookList &webhooks);
    // Lists the policies again from the service.
    void refresh();
    WebhookPolicyList policies() const { return m_policies; }
    WebhookPolicyService *service() const { return m_service; }

    void createPolicy();
    void editSelected();
    void confirmDeleteSelected();

Q_SIGNALS:
    // A policy was created, changed or deleted (deleting unlinks webhooks: reload them).
    void policiesChanged();
    void refreshed(); // a listing ended, successfully or not

private:
    void fill();
    void updateButtons();
    const WebhookPolicy *selectedPolicy() const;
    WebhookList webhooksUsing(qint64 policyId) const;
    void keepAndShowKey(const WebhookPolicy &created);
    void deletePolicy(const WebhookPolicy &policy);
    void setStatus(const QString &text, bool error = false);

    WebhookPolicyService *m_service;
    std::unique_ptr<PolicyKeyStore> m_keys;
    QString m_profileKey;
    WebhookList m_webhooks;
    WebhookPolicyList m_policies;
    bool m_loading = false;

    QLabel *m_status;
    QTreeWidget *m_table;
    QPushButton *m_createButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QPushButton *m_refreshButton;
};
