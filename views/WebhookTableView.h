#pragma once

#include "models/Webhook.h"

#include <QTableView>

class QAction;
class QMenu;
class WebhookBatchActions;
class WebhookFilterProxyModel;
class WebhookTableModel;

// The table of webhooks: the rows of a WebhookFilterProxyModel over a WebhookTableModel, with
// their delegate, the header's column menu, the context menu of the rows, the column state
// (shown, order, widths, sort), the look of a stale listing, and the operations on the
// selected rows (test, enable, disable, delete after a confirmation, copy, open), which it
// hands to a WebhookBatchActions.
//
// The models and the batch actions are not owned and must outlive the view.
class WebhookTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookTableView)

public:
    WebhookTableView(WebhookTableModel *model, WebhookFilterProxyModel *proxy,
                     WebhookBatchActions *batch, QWidget *parent = nullptr);
    ~WebhookTableView() override;

    // The actions of the rows' context menu (nullptr: a separator), and the action that the
    // header's column menu offers below the columns.
    void setRowActions(const QList<QAction *> &actions);
    void setFitColumnsAction(QAction *action) { m_fitColumnsAction = action; }
    // Fills `menu` with one checkable entry per column (shown or hidden) and the fit action;
    // the header's context menu and View ▸ Columns use it.
    void fillColumnMenu(QMenu *menu);
    // Opens the rows' context menu (objectName "rowMenu") at the current row, as Shift+F10
    // and the Menu key do.
    void showRowMenuAtCurrentRow();

    // The column state of saveColumnState(); false (and the default layout) when `state` is
    // empty or unreadable.
    bool restoreColumnState(const QByteArray &state);
    QByteArray saveColumnState() const;
    // Fits the columns to the first rows once, unless a saved layout was restored.
    void fitColumnsOnce();
    // Sizes the columns to the rows in view (not to every row: that does not scale).
    void fitColumnsToVisibleRows();

    // The selected webhooks, those shown (filtered) and all, in the order shown.
    WebhookList selectedWebhooks() const;
    WebhookList shownWebhooks() const;
    WebhookList allWebhooks() const;
    qint64 allWebhookCount() const;
    int selectedCount() const;
    // Selects the webhook with this id and scrolls to it; false when it is not shown.
    bool selectWebhook(qint64 id);
    // Selects the first row when nothing is selected (so the keyboard starts somewhere).
    void selectFirstRowIfNone();
    // Dims the rows while they may be out of date.
    void setStaleLook(bool stale);

    // The operations on the selection. Each does nothing without a selection.
    void testSelected();
    void setSelectedDisabled(bool disabled);
    // Asks first (a window-modal message box, objectName "deleteConfirmation"); above
    // ManyToDelete webhooks the Delete button waits for a tick in a check box that names the
    // count (objectName "confirmCountCheckBox"). Afterwards the row that took the place of
    // the first deleted one is selected.
    void confirmDeleteSelected();
    void copySelectedAsJson();
    void openSelectedUris();

    // "1 webhook", "12 webhooks".
    static QString countText(qint64 count);
    static constexpr int ManyToDelete = 20;

Q_SIGNALS:
    // A short note for the status bar (timeout in ms, 0: until replaced).
    void statusMessage(const QString &text, int timeout);

private:
    void showColumnMenu(const QPoint &position);
    void showRowMenu(const QPoint &position);

    WebhookTableModel *m_model;
    WebhookFilterProxyModel *m_proxy;
    WebhookBatchActions *m_batch;
    QAction *m_fitColumnsAction = nullptr;
    bool m_columnStateRestored = false;
    bool m_columnsFitted = false;
    int m_rowAfterDelete = -1; // the proxy row to select once a delete has finished
};
