#pragma once

#include "models/Webhook.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

// The webhooks deleted in this session, from which they can be created again (a new id;
// every writable field as it was). Non-modal; the main window keeps it up to date.
class RecentlyDeletedDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentlyDeletedDialog)

public:
    explicit RecentlyDeletedDialog(QWidget *parent = nullptr);

    void setWebhooks(const WebhookList &webhooks);
    WebhookList selectedWebhooks() const;

Q_SIGNALS:
    void recreateRequested(const WebhookList &webhooks);

private:
    void updateButtons();

    WebhookList m_webhooks;
    QTreeWidget *m_list;
    QPushButton *m_recreate;
};
