#include "views/HistoryController.h"

#include "models/history/HistoryRecorder.h"
#include "models/workflow/CachedListing.h"
#include "models/workflow/ProfileSession.h"
#include "views/HistoryPanel.h"
#include "views/MessageBanner.h"
#include "views/RemovedWebhooksPanel.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace {
QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

HistoryController::HistoryController(HistoryRecorder *recorder, ProfileSession *session,
                                     WebhookListLoader *loader, WebhookTableModel *model,
                                     WebhookBatchActions *batch, QSettings *settings,
                                     MessageBanner *banner, QMainWindow *window)
    : QObject(window),
      m_window(window),
      m_recorder(recorder),
      m_session(session),
      m_batch(batch),
      m_settings(settings),
      m_banner(banner),
      m_cached(new CachedListing(session, loader, model, recorder, this)),
      m_label(new QLabel(window))
{
    recorder->open(HistoryPanel::retentionDays(settings));
    connect(recorder, &HistoryRecorder::opened, this, [this](bool, const QString &notice) {
        if (!notice.isEmpty())
            m_window->statusBar()->showMessage(notice, 15000);
    });

    m_label->setObjectName(QStringLiteral("snapshotLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->hide();
    window->statusBar()->addPermanentWidget(m_label);

    m_historyAction = new QAction(tr("&History…"), this);
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_historyAction->setStatusTip(
            tr("The snapshots of this account kept on this computer, and what changed"));
    window->addAction(m_historyAction);
    connect(m_historyAction, &QAction::triggered, this, &HistoryController::showHistoryPanel);

    m_removed = new RemovedWebhooksPanel(window);
    m_removedDock = new QDockWidget(tr("Removed Webhooks"), window);
    m_removedDock->setObjectName(QStringLiteral("removedDock"));
    m_removedDock->setWidget(m_removed);
    if (!window->restoreDockWidget(m_removedDock)) { // where the user left it, or hidden
        window->addDockWidget(Qt::BottomDockWidgetArea, m_removedDock);
        m_removedDock->hide();
    }
    QAction *toggle = m_removedDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("removedWebhooksAction"));
    toggle->setText(tr("Re&moved Webhooks"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    toggle->setStatusTip(tr("Show the webhooks removed since the previous snapshot, greyed, to "
                            "re-create them"));
    window->addAction(toggle);

    connect(m_removed, &RemovedWebhooksPanel::recreateRequested, this,
            [this](const WebhookList &webhooks) {
                if (isReadOnly() || !m_session->isConnected() || !m_batch->recreate(webhooks))
                    return;
                for (const Webhook &webhook : webhooks)
                    m_recreating.append(webhook.id);
            });
    connect(batch, &WebhookBatchActions::finished, this, &HistoryController::onBatchFinished);
    connect(m_cached, &CachedListing::stateChanged, this, [this] {
        updateLabel();
        noteSnapshotInBanner();
        updateRemoved();
        if (isReadOnly() != m_readOnly) {
            m_readOnly = isReadOnly();
            Q_EMIT readOnlyChanged();
        }
    });
    connect(m_cached, &CachedListing::changesMarked, this, [this] {
        updateLabel();
        updateRemoved();
        if (m_panel && m_panel->isVisible()) // a new snapshot, or another account
            m_panel->setProfile(m_cached->profile());
    });
    connect(m_cached, &CachedListing::historyFailed, this,
            [this](const QString &message) { m_window->statusBar()->showMessage(message, 15000); });
    connect(session, &ProfileSession::activated, this, &HistoryController::updateRemoved);
    connect(session, &ProfileSession::disconnected, this, &HistoryController::updateRemoved);
}

HistoryController::~HistoryController() = default;

void HistoryController::addActions(QMenu *viewMenu)
{
    viewMenu->addSeparator();
    viewMenu->addAction(m_historyAction);
    viewMenu->addAction(m_removedDock->toggleViewAction());
}

bool HistoryController::isReadOnly() const
{
    return m_cached->isShowingSnapshot();
}

QString HistoryController::snapshotNote() const
{
    if (!m_cached->isShowingSnapshot())
        return {};
    return tr("The list is the snapshot of %1 from this computer’s history.")
            .arg(timeText(m_cached->snapshot().takenAt));
}

HistoryPanel *HistoryController::showHistoryPanel()
{
    if (!m_panel) {
        m_panel = new HistoryPanel(m_recorder, m_settings, m_window);
        connect(m_panel, &HistoryPanel::historyForgotten, this, [this] {
            m_cached->forgetHistory();
            m_window->statusBar()->showMessage(tr("The history of this profile was deleted."),
                                               8000);
        });
    }
    m_panel->setProfile(m_cached->profile());
    m_panel->show();
    m_panel->raise();
    m_panel->activateWindow();
    return m_panel;
}

void HistoryController::updateLabel()
{
    const HistorySnapshot snapshot = m_cached->snapshot();
    QString text;
    if (m_cached->isShowingSnapshot()) {
        text = m_cached->listingFailed()
                ? tr("Snapshot of %1 — not refreshed").arg(timeText(snapshot.takenAt))
                : tr("As of %1 — refreshing…").arg(timeText(snapshot.takenAt));
    } else if (m_cached->state() == CachedListing::State::Fresh && snapshot.isValid()) {
        const HistoryDiff &diff = m_cached->lastDiff();
        text = tr("Since the previous snapshot: +%1 ~%2 −%3")
                       .arg(diff.created().size())
                       .arg(diff.changed().size())
                       .arg(diff.removed().size());
    }
    m_label->setText(text);
    m_label->setVisible(!text.isEmpty());
}

void HistoryController::noteSnapshotInBanner()
{
    // The banner about a failed listing may have come before the snapshot was shown.
    const QString note = snapshotNote();
    if (note.isEmpty() || !m_cached->listingFailed() || !m_banner->isVisibleTo(m_window)
        || m_banner->level() == MessageBanner::Level::Information
        || m_banner->text().contains(note))
        return;
    m_banner->showMessage(m_banner->level(), m_banner->text() + u' ' + note,
                          m_banner->actionText());
}

void HistoryController::updateRemoved()
{
    const WebhookList removed = m_cached->removedWebhooks();
    if (removed != m_removed->webhooks())
        m_removed->setWebhooks(removed);
    m_removed->setRecreateAllowed(m_session->isConnected() && !isReadOnly());
}

void HistoryController::onBatchFinished(const WebhookBatchActions::Result &result)
{
    if (result.action != WebhookBatchActions::Action::Recreate || m_recreating.isEmpty())
        return;
    QList<qint64> done = m_recreating;
    m_recreating.clear();
    for (const WebhookBatchActions::Failure &failure : result.failures)
        done.removeAll(failure.webhook.id);
    m_cached->forgetRemoved(done);
}
