#pragma once

#include "models/Webhook.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

// The webhooks removed since the previous snapshot, greyed, from which they can be created
// again ("Re-create": a new id, every field the listing had). The main window shows it in a
// dock that the View menu toggles.
class RemovedWebhooksPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemovedWebhooksPanel)

public:
    explicit RemovedWebhooksPanel(QWidget *parent = nullptr);

    void setWebhooks(const WebhookList &webhooks);
    WebhookList webhooks() const { return m_webhooks; }
    WebhookList selectedWebhooks() const;
    // Disables Re-create (e.g. while the window shows a snapshot or is not connected).
    void setRecreateAllowed(bool allowed);

Q_SIGNALS:
    void recreateRequested(const WebhookList &webhooks);

private:
    void updateButtons();

    WebhookList m_webhooks;
    QLabel *m_explanation;
    QTreeWidget *m_list;
    QPushButton *m_recreate;
    bool m_recreateAllowed = true;
};
