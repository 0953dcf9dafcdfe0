#include "views/WebhookTableView.h"

#include "models/WebhookFilterProxyModel.h"
#include "models/WebhookTableModel.h"
#include "models/workflow/WebhookBatchActions.h"
#include "views/RowHeightDelegate.h"
#include "views/WebhookItemDelegate.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>

#include <algorithm>

namespace {
// "“a”, “b” and 3 more" for confirmations.
QString nameList(const WebhookList &webhooks, int shown = 8)
{
    QStringList names;
    for (const Webhook &webhook : webhooks) {
        if (names.size() == shown)
            break;
        names.append(WebhookTableView::tr("“%1”").arg(webhook.displayName()));
    }
    QString text = names.join(u'\n');
    if (webhooks.size() > shown) {
        text += u'\n'
                + WebhookTableView::tr("and %1 more")
                          .arg(QLocale().toString(webhooks.size() - shown));
    }
    return text;
}
} // namespace

WebhookTableView::WebhookTableView(WebhookTableModel *model, WebhookFilterProxyModel *proxy,
                                   WebhookBatchActions *batch, QWidget *parent)
    : QTableView(parent), m_model(model), m_proxy(proxy), m_batch(batch)
{
    setObjectName(QStringLiteral("webhookTable"));
    setModel(m_proxy);
    setItemDelegate(new WebhookItemDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setSortingEnabled(true);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(RowHeightDelegate::rowHeight(fontMetrics()));
    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            &WebhookTableView::showColumnMenu);
    // Rows, not cells: Tab and Shift+Tab leave the table for the next widget.
    setTabKeyNavigation(false);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &WebhookTableView::showRowMenu);
    // The Menu key opens the context menu by itself; Shift+F10 is the other usual key.
    auto *menuKey = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10), this);
    menuKey->setContext(Qt::WidgetShortcut);
    connect(menuKey, &QShortcut::activated, this, &WebhookTableView::showRowMenuAtCurrentRow);

    connect(m_batch, &WebhookBatchActions::finished, this,
            [this](const WebhookBatchActions::Result &result) {
                using Action = WebhookBatchActions::Action;
                if (result.action == Action::Delete && m_rowAfterDelete >= 0) {
                    const int row = std::min(m_rowAfterDelete, m_proxy->rowCount() - 1);
                    m_rowAfterDelete = -1;
                    if (row >= 0 && !selectionModel()->hasSelection()) {
                        const QModelIndex index = m_proxy->index(row, 0);
                        selectionModel()->setCurrentIndex(index,
                                                          QItemSelectionModel::ClearAndSelect
                                                                  | QItemSelectionModel::Rows);
                        scrollTo(index);
                    }
                } else if (result.action == Action::Recreate && !result.succeeded.isEmpty()) {
                    selectWebhook(result.succeeded.first().id);
                }
            });
}

WebhookTableView::~WebhookTableView() = default;

void WebhookTableView::setRowActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (action) {
            addAction(action);
            continue;
        }
        auto *separator = new QAction(this);
        separator->setSeparator(true);
        addAction(separator);
    }
}

void WebhookTableView::fillColumnMenu(QMenu *menu)
{
    menu->clear();
    QHeaderView *header = horizontalHeader();
    // In the order shown, so that the menu reads like the header.
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *toggle = menu->addAction(m_proxy->headerData(column, Qt::Horizontal).toString());
        toggle->setObjectName(QStringLiteral("columnToggle%1").arg(column));
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        connect(toggle, &QAction::toggled, header, [header, column](bool shown) {
            // The last shown column stays: a table without columns cannot be fixed from it.
            if (!shown && header->count() - header->hiddenSectionCount() <= 1)
                return;
            header->setSectionHidden(column, !shown);
        });
    }
    if (m_fitColumnsAction) {
        menu->addSeparator();
        menu->addAction(m_fitColumnsAction);
    }
}

void WebhookTableView::showColumnMenu(const QPoint &position)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("columnMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    fillColumnMenu(menu);
    QHeaderView *header = horizontalHeader();
    menu->popup(header->viewport()->mapToGlobal(position));
}

void WebhookTableView::showRowMenu(const QPoint &position)
{
    if (actions().isEmpty())
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("rowMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions(actions());
    menu->popup(viewport()->mapToGlobal(position));
}

void WebhookTableView::showRowMenuAtCurrentRow()
{
    const QModelIndex current = currentIndex();
    QPoint position = current.isValid() ? visualRect(current).center() : QPoint(0, 0);
    if (!viewport()->rect().contains(position))
        position = viewport()->rect().center();
    showRowMenu(position);
}

bool WebhookTableView::restoreColumnState(const QByteArray &state)
{
    QHeaderView *header = horizontalHeader();
    m_columnStateRestored = !state.isEmpty() && header->restoreState(state);
    if (!m_columnStateRestored) {
        // What a daily check needs, in view at 1,280 pixels: name, state, last error, then
        // event and URI (the last column stretches). The rest waits in the column menu.
        const QList<int> order{WebhookTableModel::NameColumn, WebhookTableModel::StateColumn,
                               WebhookTableModel::LastErrorColumn, WebhookTableModel::EventColumn,
                               WebhookTableModel::UriColumn};
        for (int column = 0; column < header->count(); ++column)
            header->setSectionHidden(column, !order.contains(column));
        for (int visual = 0; visual < int(order.size()); ++visual)
            header->moveSection(header->visualIndex(order.at(visual)), visual);
        sortByColumn(WebhookTableModel::NameColumn, Qt::AscendingOrder);
    } else {
        // Apply the restored sort to the proxy as well.
        sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    return m_columnStateRestored;
}

QByteArray WebhookTableView::saveColumnState() const
{
    return horizontalHeader()->saveState();
}

void WebhookTableView::fitColumnsOnce()
{
    if (m_columnStateRestored || m_columnsFitted)
        return;
    m_columnsFitted = true;
    fitColumnsToVisibleRows();
}

void WebhookTableView::fitColumnsToVisibleRows()
{
    QHeaderView *header = horizontalHeader();
    const QFontMetrics rowMetrics(font());
    const QFontMetrics headerMetrics(header->font());
    const int rows = m_proxy->rowCount();
    const int first = std::max(0, rowAt(0));
    int last = rowAt(viewport()->height() - 1);
    if (last < 0) {
        const int rowHeight = std::max(1, verticalHeader()->defaultSectionSize());
        last = std::min(rows, first + viewport()->height() / rowHeight + 1) - 1;
    }
    const int padding = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 14;
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const QString title = m_proxy->headerData(column, Qt::Horizontal).toString();
        int width = headerMetrics.horizontalAdvance(title) + padding + 16; // sort arrow
        for (int row = first; row <= last && row < rows; ++row) {
            const QModelIndex index = m_proxy->index(row, column);
            QString text = index.data(Qt::DisplayRole).toString();
            if (column == WebhookTableModel::UriColumn)
                text = Webhook::redactUri(text); // as the delegate shows it
            int cell = rowMetrics.horizontalAdvance(text) + padding;
            // Room for the error icon, which any row of the column may get.
            if (column == WebhookTableModel::StateColumn)
                cell += style()->pixelMetric(QStyle::PM_SmallIconSize) + 6;
            width = std::max(width, cell);
        }
        const int maximum = column == WebhookTableModel::UriColumn ? 400 : 300;
        header->resizeSection(column, std::clamp(width, 40, maximum));
    }
}

WebhookList WebhookTableView::selectedWebhooks() const
{
    WebhookList selection;
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : rows) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid())
            selection.append(m_model->webhookAt(source.row()));
    }
    return selection;
}

WebhookList WebhookTableView::shownWebhooks() const
{
    WebhookList shown;
    shown.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(m_model->webhookAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    return shown;
}

WebhookList WebhookTableView::allWebhooks() const
{
    return m_model->webhooks();
}

qint64 WebhookTableView::allWebhookCount() const
{
    return m_model->rowCount();
}

int WebhookTableView::selectedCount() const
{
    return int(selectionModel()->selectedRows().size());
}

bool WebhookTableView::selectWebhook(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

void WebhookTableView::selectFirstRowIfNone()
{
    if (!selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
        selectRow(0);
}

void WebhookTableView::setStaleLook(bool stale)
{
    QPalette shown = palette();
    shown.setColor(QPalette::Text,
                   stale ? shown.color(QPalette::Disabled, QPalette::Text)
                         : QApplication::palette(this).color(QPalette::Text));
    setPalette(shown);
}

QString WebhookTableView::countText(qint64 count)
{
    if (count == 1)
        return tr("1 webhook");
    return tr("%1 webhooks").arg(QLocale().toString(count));
}

void WebhookTableView::testSelected()
{
    if (m_batch->test(selectedWebhooks()))
        Q_EMIT statusMessage(tr("Sending the test…"), 0);
}

void WebhookTableView::setSelectedDisabled(bool disabled)
{
    m_batch->setDisabled(selectedWebhooks(), disabled);
}

void WebhookTableView::confirmDeleteSelected()
{
    const WebhookList selection = selectedWebhooks();
    if (selection.isEmpty())
        return;
    const bool one = selection.size() == 1;
    const QString question = one
            ? tr("Delete the webhook “%1”?").arg(selection.first().displayName())
            : tr("Delete %1?").arg(countText(selection.size()));
    auto *box = new QMessageBox(QMessageBox::Warning,
                                one ? tr("Delete Webhook") : tr("Delete Webhooks"), question,
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    // The question with the count stands out: it is what the user must check.
    if (auto *label = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))) {
        QFont large = label->font();
        large.setBold(true);
        large.setPointSizeF(large.pointSizeF() * 1.2);
        label->setFont(large);
    }
    box->setInformativeText(
            (one ? QString() : nameList(selection) + QStringLiteral("\n\n"))
            + (one ? tr("This webhook stops sending its messages. Until you quit, you can "
                        "re-create it from Webhook ▸ Recently Deleted.")
                   : tr("These webhooks stop sending their messages. Until you quit, you can "
                        "re-create them from Webhook ▸ Recently Deleted.")));
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    if (selection.size() > ManyToDelete) {
        // Many at once: one click is not enough.
        auto *check
                = new QCheckBox(tr("&Yes, delete all %1").arg(countText(selection.size())), box);
        check->setObjectName(QStringLiteral("confirmCountCheckBox"));
        box->setCheckBox(check);
        remove->setEnabled(false);
        connect(check, &QCheckBox::toggled, remove, &QPushButton::setEnabled);
    }
    const QModelIndexList rows = selectionModel()->selectedRows();
    int firstRow = m_proxy->rowCount();
    for (const QModelIndex &index : rows)
        firstRow = std::min(firstRow, index.row());
    connect(box, &QMessageBox::finished, this, [this, box, remove, selection, firstRow] {
        if (box->clickedButton() != remove || !remove->isEnabled())
            return;
        if (m_batch->remove(selection)) {
            m_rowAfterDelete = firstRow;
            Q_EMIT statusMessage(tr("Deleting…"), 0);
        }
    });
    box->open();
}

void WebhookTableView::copySelectedAsJson()
{
    const WebhookList selection = selectedWebhooks();
    if (selection.isEmpty())
        return;
    QJsonDocument document;
    if (selection.size() == 1) {
        document.setObject(selection.first().toJson());
    } else {
        QJsonArray array;
        for (const Webhook &webhook : selection)
            array.append(webhook.toJson());
        document.setArray(array);
    }
    QApplication::clipboard()->setText(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
    Q_EMIT statusMessage(tr("Copied %1 as JSON.").arg(countText(selection.size())), 8000);
}

void WebhookTableView::openSelectedUris()
{
    const WebhookList selection = selectedWebhooks();
    int opened = 0;
    for (const Webhook &webhook : selection) {
        const QUrl url(webhook.uri, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http"))
            continue;
        if (++opened > 10)
            break;
        QDesktopServices::openUrl(url);
    }
    if (opened == 0 && !selection.isEmpty())
        Q_EMIT statusMessage(tr("No web address to open."), 8000);
}
