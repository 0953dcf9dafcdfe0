#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

// Draws the rows of the webhook table: in the State column an icon of its own for a webhook
// disabled after failures, for one awaiting verification (WebhookTableModel::StateRole) and
// for one whose last delivery failed (HasErrorRole); URIs without their userinfo and query
// values (Webhook::redactUri); rows created or changed since the previous snapshot
// (ChangeRole) tinted, with an icon by the id.
class WebhookItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookItemDelegate)

public:
    explicit WebhookItemDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QIcon m_createdIcon;
    QIcon m_changedIcon;
};
