#pragma once

#include "models/ConnectionProfile.h"
#include "models/CsvWriter.h"
#include "models/EventCatalog.h"
#include "models/Webhook.h"
#include "models/workflow/ProfileSession.h"
#include "models/workflow/WebhookBatchActions.h"
#include "models/workflow/WebhookListLoader.h"
#include "views/ExportDialog.h"
#include "views/WebhookExporter.h"
#include "views/WebhookTableView.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class DeliveriesDock;
class DeliveryInspector;
class HistoryController;
class HistoryRecorder;
class DeliveryReceiver;
class HelpController;
class LoadingIndicator;
class MainWindowActions;
class MessageBanner;
class ProfileMenu;
class ProfileStore;
class QDockWidget;
class QLabel;
class QMenu;
class QSettings;
class QSplitter;
class QTableView;
class QToolButton;
class RecentlyDeletedDialog;
class TestFollowUp;
class TokenStore;
class VerificationTracker;
class WebhookDetailsPane;
class WebhookFilterBar;
class WebhookFilterProxyModel;
class WebhookService;
class WebhookTableModel;
struct ApiError;

// The Hookbench main window: it wires actions, menus, docks and dialogs to the workflows
// (ProfileSession, WebhookListLoader, WebhookBatchActions) and to the WebhookTableView.
//
// The service, the stores and the settings are injected and not owned; they must outlive
// the window. Nothing here blocks the GUI thread: every request is asynchronous and every
// dialog is opened with open().
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The session (its profile, token and client) and the settings are not owned and must
    // outlive the window.
    MainWindow(ProfileSession *session, QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Connects with the profile the user used last; asks for one when there is none.
    void connectToCurrentProfile();
    void connectToProfile(const QString &name) { m_session->connectToProfile(name); }
    void useProfile(const ConnectionProfile &profile, const QString &token)
    {
        m_session->useProfile(profile, token);
    }
    void useSandbox(const QUrl &baseUrl, const QString &qaAccount = {})
    {
        m_session->useSandbox(baseUrl, qaAccount);
    }
    // Shows a problem found before the window could connect (e.g. the sandbox did not start).
    void showStartupError(const QString &message);
    // Docks the delivery inspector of `receiver` (not owned; must outlive the window) and
    // offers "Use local receiver" in the webhook dialog. After a test-fire of a webhook that
    // points at the receiver, the inspector says so when nothing arrives.
    void setDeliveryReceiver(DeliveryReceiver *receiver);
    DeliveryInspector *deliveryInspector() const { return m_inspector; }
    // Shows which webhooks await verification in the table and the details pane (the
    // tracker is not owned and must outlive the window).
    void setVerificationTracker(const VerificationTracker *tracker);
    // Keeps the local history with `recorder` (not owned; must outlive the window; opened
    // here): the last snapshot shown at start, complete listings recorded, changes marked,
    // View ▸ History… and View ▸ Removed Webhooks. Without it the window keeps no history.
    void setHistoryRecorder(HistoryRecorder *recorder);
    HistoryController *history() const { return m_history; }

    void refresh();
    bool isLoading() const { return m_loader->isLoading(); }

    ProfileSession *session() const { return m_session; }
    ConnectionProfile currentProfile() const { return m_session->profile(); }
    WebhookTableModel *tableModel() const { return m_model; }
    WebhookFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    WebhookList selectedWebhooks() const { return m_table->selectedWebhooks(); }
    WebhookList recentlyDeleted() const { return m_batch->recentlyDeleted(); }
    const EventCatalog &eventCatalog() const { return m_session->eventCatalog(); }

    // Writes the chosen webhooks as CSV; false and *error when the file could not be written.
    bool exportCsv(ExportDialog::Scope scope, const QString &fileName,
                   const CsvWriter::Options &options, QString *error)
    {
        return m_exporter->exportCsv(scope, fileName, options, error);
    }
    void fitColumnsToVisibleRows() { m_table->fitColumnsToVisibleRows(); }
    // Reads a webhook again after a test to a receiver elsewhere (to show a new last_error).
    TestFollowUp *testFollowUp() const { return m_testFollowUp; }

Q_SIGNALS:
    void listingFinished(const ApiError &error);
    void profileActivated(const ConnectionProfile &profile);
    // The Policies dialog created, changed or deleted a webhook policy.
    void policiesChanged();
    // A batch of actions on the selection (test, enable, disable, delete, re-create) ended.
    void actionsFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    enum class BannerAction { None, Retry, EnterToken, EditProfile, AddProfile, ReviewCertificate };

    void connectActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void createStatusBar();
    void connectWorkflows();
    void restoreSettings();
    void saveSettings();

    void updateTitle();
    void updateActions();
    void updateDetails();
    void fetchSelectedDetails();
    void showBanner(int level, const QString &text, BannerAction action);
    void onBannerAction();

    void onAccountChanged();
    void onListingFinished(const ApiError &error, qint64 rows);
    void showListingError(const ApiError &error);

    void editSelected();
    void openWebhookDialog(const Webhook &webhook);
    void expectDeliveryFor(const Webhook &webhook);
    void onBatchFinished(const WebhookBatchActions::Result &result);
    void showRecentlyDeleted();

    QSettings *m_settings;
    ProfileSession *m_session;
    WebhookTableModel *m_model;
    WebhookFilterProxyModel *m_proxy;
    WebhookListLoader *m_loader;
    WebhookBatchActions *m_batch;

    BannerAction m_bannerAction = BannerAction::None;
    QByteArray m_refusedCertificateSha256; // of the last certificate refused, for review
    QString m_refusedCertificateSummary;

    MessageBanner *m_banner = nullptr;
    WebhookFilterBar *m_filters = nullptr;
    WebhookExporter *m_exporter = nullptr;
    WebhookTableView *m_table = nullptr;
    WebhookDetailsPane *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_profileLabel = nullptr;
    LoadingIndicator *m_loading = nullptr;
    QToolButton *m_profileButton = nullptr;
    QTimer *m_detailsTimer;
    QPointer<RecentlyDeletedDialog> m_recentlyDeletedDialog;
    DeliveryReceiver *m_receiver = nullptr;
    DeliveryInspector *m_inspector = nullptr;
    DeliveriesDock *m_deliveries = nullptr;

    MainWindowActions *m_actions = nullptr;
    HelpController *m_help = nullptr;
    TestFollowUp *m_testFollowUp;
    ProfileMenu *m_profileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    HistoryController *m_history = nullptr;
};
