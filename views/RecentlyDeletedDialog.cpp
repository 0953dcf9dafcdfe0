#include "views/RecentlyDeletedDialog.h"

#include "views/Icons.h"
#include "views/RowHeightDelegate.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

RecentlyDeletedDialog::RecentlyDeletedDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("recentlyDeletedDialog"));
    setWindowTitle(tr("Recently Deleted Webhooks"));
    setWindowIcon(Icons::application());

    auto *explanation = new QLabel(
            tr("Webhooks deleted in this session. Re-creating one gives it a new id; its "
               "receiver may need to verify the URI again."),
            this);
    explanation->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("deletedList"));
    m_list->setRootIsDecorated(false);
    m_list->setItemDelegate(new RowHeightDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("Name"), tr("Event"), tr("URI"), tr("Former id")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_recreate = buttons->addButton(tr("&Re-create"), QDialogButtonBox::ActionRole);
    m_recreate->setObjectName(QStringLiteral("recreateButton"));
    m_recreate->setIcon(Icons::action(QStringLiteral("document-new")));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &RecentlyDeletedDialog::reject);
    connect(m_recreate, &QPushButton::clicked, this, [this] {
        const WebhookList chosen = selectedWebhooks();
        if (!chosen.isEmpty())
            Q_EMIT recreateRequested(chosen);
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            &RecentlyDeletedDialog::updateButtons);
    resize(640, 320);
    updateButtons();
}

void RecentlyDeletedDialog::setWebhooks(const WebhookList &webhooks)
{
    m_webhooks = webhooks;
    m_list->clear();
    for (int i = 0; i < webhooks.size(); ++i) {
        const Webhook &webhook = webhooks.at(i);
        auto *item = new QTreeWidgetItem(m_list,
                                         {webhook.displayName(), webhook.event,
                                          webhook.redactedUri(), QString::number(webhook.id)});
        item->setData(0, Qt::UserRole, i);
    }
    for (int column = 0; column < m_list->columnCount(); ++column) {
        if (column != 2)
            m_list->resizeColumnToContents(column);
    }
    updateButtons();
}

WebhookList RecentlyDeletedDialog::selectedWebhooks() const
{
    WebhookList chosen;
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    for (const QTreeWidgetItem *item : items)
        chosen.append(m_webhooks.value(item->data(0, Qt::UserRole).toInt()));
    return chosen;
}

void RecentlyDeletedDialog::updateButtons()
{
    m_recreate->setEnabled(!m_list->selectedItems().isEmpty());
}
