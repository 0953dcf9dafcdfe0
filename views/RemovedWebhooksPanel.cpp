#include "views/RemovedWebhooksPanel.h"

#include "views/Icons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

RemovedWebhooksPanel::RemovedWebhooksPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("removedWebhooksPanel"));
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("removedExplanation"));
    m_explanation->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("removedList"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("Former id"), tr("Name"), tr("Event"), tr("URI")});
    m_list->header()->setStretchLastSection(true);

    m_recreate = new QPushButton(Icons::action(QStringLiteral("document-new")), tr("Re-&create"),
                                 this);
    m_recreate->setObjectName(QStringLiteral("recreateRemovedButton"));
    m_recreate->setToolTip(tr("Create the selected webhooks again (they get new ids)"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_recreate);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_recreate, &QPushButton::clicked, this, [this] {
        const WebhookList chosen = selectedWebhooks();
        if (!chosen.isEmpty())
            Q_EMIT recreateRequested(chosen);
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RemovedWebhooksPanel::updateButtons);
    setWebhooks({});
}

void RemovedWebhooksPanel::setWebhooks(const WebhookList &webhooks)
{
    m_webhooks = webhooks;
    m_list->clear();
    // Greyed: these webhooks no longer exist.
    const QBrush greyed = palette().brush(QPalette::Disabled, QPalette::Text);
    for (int i = 0; i < webhooks.size(); ++i) {
        const Webhook &webhook = webhooks.at(i);
        auto *item = new QTreeWidgetItem(m_list,
                                         {QString::number(webhook.id), webhook.displayName(),
                                          webhook.event, webhook.redactedUri()});
        item->setData(0, Qt::UserRole, i);
        for (int column = 0; column < m_list->columnCount(); ++column)
            item->setForeground(column, greyed);
    }
    for (int column = 0; column < 3; ++column)
        m_list->resizeColumnToContents(column);
    m_explanation->setText(
            webhooks.isEmpty()
                    ? tr("No webhook was removed since the previous snapshot.")
                    : tr("%n webhooks were removed since the previous snapshot. Re-creating one "
                         "gives it a new id; its receiver may need to verify the URI again.",
                         nullptr, int(webhooks.size())));
    updateButtons();
}

WebhookList RemovedWebhooksPanel::selectedWebhooks() const
{
    WebhookList chosen;
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    for (const QTreeWidgetItem *item : items)
        chosen.append(m_webhooks.value(item->data(0, Qt::UserRole).toInt()));
    return chosen;
}

void RemovedWebhooksPanel::setRecreateAllowed(bool allowed)
{
    m_recreateAllowed = allowed;
    updateButtons();
}

void RemovedWebhooksPanel::updateButtons()
{
    m_recreate->setEnabled(m_recreateAllowed && !m_list->selectedItems().isEmpty());
}
