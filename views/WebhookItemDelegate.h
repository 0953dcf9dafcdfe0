#pragma once

#include <QStyledItemDelegate>

// Draws the rows of the webhook table: an error icon in the State column of a webhook whose
// last delivery failed (WebhookTableModel::HasErrorRole), and URIs without their userinfo and
// query values (Webhook::redactUri).
class WebhookItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookItemDelegate)

public:
    explicit WebhookItemDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
