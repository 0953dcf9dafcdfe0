#pragma once

#include "models/workflow/WebhookBatchActions.h"

#include <QObject>
#include <QPointer>

class CachedListing;
class HistoryPanel;
class HistoryRecorder;
class MessageBanner;
class ProfileSession;
class QAction;
class QDockWidget;
class QLabel;
class QMainWindow;
class QMenu;
class QSettings;
class RemovedWebhooksPanel;
class WebhookListLoader;
class WebhookTableModel;

// What the main window shows of the local history: it opens the recorder (with the
// retention from the settings), drives a CachedListing (the last snapshot at once, every
// complete listing recorded, change marks), and owns the status label ("as of TIME —
// refreshing"), the History panel (View ▸ History…, Ctrl+H) and the dock of webhooks
// removed since the previous snapshot (View ▸ Removed Webhooks, Ctrl+Shift+R), from which
// they are re-created through WebhookBatchActions. When a listing fails while the snapshot
// is shown, the window's banner says that the list is that snapshot.
//
// Everything passed in is not owned and must outlive the controller; `window` is its parent.
class HistoryController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryController)

public:
    HistoryController(HistoryRecorder *recorder, ProfileSession *session, WebhookListLoader *loader,
                      WebhookTableModel *model, WebhookBatchActions *batch, QSettings *settings,
                      MessageBanner *banner, QMainWindow *window);
    ~HistoryController() override;

    // Adds "History…" and "Removed Webhooks" to the View menu.
    void addActions(QMenu *viewMenu);
    // True while the window shows a snapshot: no edits until the fresh listing is complete.
    bool isReadOnly() const;
    // A sentence for a banner about a failed listing while a snapshot is shown; empty when
    // no snapshot is shown.
    QString snapshotNote() const;
    CachedListing *cachedListing() const { return m_cached; }
    // The History panel, opened (and created) on demand.
    HistoryPanel *showHistoryPanel();

Q_SIGNALS:
    // isReadOnly() may have changed.
    void readOnlyChanged();

private:
    void updateLabel();
    void noteSnapshotInBanner();
    void updateRemoved();
    void onBatchFinished(const WebhookBatchActions::Result &result);

    QMainWindow *m_window;
    HistoryRecorder *m_recorder;
    ProfileSession *m_session;
    WebhookBatchActions *m_batch;
    QSettings *m_settings;
    MessageBanner *m_banner;
    CachedListing *m_cached;
    QLabel *m_label;
    QAction *m_historyAction;
    QDockWidget *m_removedDock;
    RemovedWebhooksPanel *m_removed;
    QPointer<HistoryPanel> m_panel;
    QList<qint64> m_recreating; // removed webhooks being re-created
    bool m_readOnly = false;
};
