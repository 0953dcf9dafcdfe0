#pragma once

#include "models/ConnectionProfile.h"
#include "models/CsvWriter.h"
#include "models/EventCatalog.h"
#include "models/Webhook.h"
#include "views/ExportDialog.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class DeliveryInspector;
class DeliveryReceiver;
class MessageBanner;
class QDockWidget;
class ProfileStore;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSettings;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;
class RecentlyDeletedDialog;
class TokenStore;
class VerificationTracker;
class WebhookDetailsPane;
class WebhookDialog;
class WebhookFilterProxyModel;
class WebhookListing;
class WebhookService;
class WebhookTableModel;
struct ApiError;

// The Hookbench main window: the webhooks of one account in a sortable, filterable table,
// a details pane, the actions on the selection, CSV export and the connection profiles.
//
// The service, the stores and the settings are injected and not owned; they must outlive
// the window. Nothing here blocks the GUI thread: every request is asynchronous and every
// dialog is opened with open().
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(WebhookService *service, ProfileStore *profiles, TokenStore *tokens,
               QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Connects with the profile the user used last; asks for one when there is none.
    void connectToCurrentProfile();
    // Reads the token of a stored profile (or the sandbox profile) and connects.
    void connectToProfile(const QString &name);
    // Connects with `profile` and `token` and loads the list.
    void useProfile(const ConnectionProfile &profile, const QString &token);
    // Adds the built-in "Sandbox" profile for `baseUrl` (token kept for this session only)
    // and connects to it.
    void useSandbox(const QUrl &baseUrl);
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

    void refresh();
    bool isLoading() const;

    ConnectionProfile currentProfile() const { return m_profile; }
    WebhookTableModel *tableModel() const { return m_model; }
    WebhookFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    WebhookList selectedWebhooks() const;
    WebhookList recentlyDeleted() const;
    const EventCatalog &eventCatalog() const { return m_catalog; }

    // Writes the chosen webhooks as CSV; false and *error when the file could not be written.
    bool exportCsv(ExportDialog::Scope scope, const QString &fileName,
                   const CsvWriter::Options &options, QString *error);

    // Sizes the columns to the rows in view (not to every row: that does not scale).
    void fitColumnsToVisibleRows();

Q_SIGNALS:
    void listingFinished(const ApiError &error);
    void profileActivated(const ConnectionProfile &profile);
    // A batch of actions on the selection (test, enable, disable, delete, re-create) ended.
    void actionsFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    enum class BannerAction { None, Retry, EnterToken, EditProfile, AddProfile, ReviewCertificate };
    struct Batch;

    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void createStatusBar();
    void restoreSettings();
    void saveSettings();

    void rebuildProfileMenu();
    void updateProfileMenuChecks();
    void rebuildEventGroupCombo();
    void updateTitle();
    void updateActions();
    void updateCounts();
    void updateDetails();
    void scheduleDetailsFetch();
    void setStaleLook(bool stale);
    void showBanner(int level, const QString &text, BannerAction action);
    void onBannerAction();
    void setRateLimitWait(int seconds);
    void updateRateLimitLabel();

    void onListingFinished(WebhookListing *listing, const ApiError &error);
    void cancelListing();
    void showListingError(const ApiError &error);
    void reviewCertificate();

    void newWebhook();
    void editSelected();
    void openWebhookDialog(const Webhook &webhook);
    void testSelected();
    void expectDeliveryFor(const Webhook &webhook);
    void setSelectedDisabled(bool disabled);
    void deleteSelected();
    void deleteWebhooks(const WebhookList &webhooks);
    void copySelectedAsJson();
    void openSelectedUris();
    void showRecentlyDeleted();
    void recreate(const WebhookList &webhooks);
    void showExportDialog();
    void selectWebhook(qint64 id);

    void addProfile();
    void editCurrentProfile(const QString &message = {});
    void removeCurrentProfile();
    void disconnectProfile();
    void showAbout();

    std::shared_ptr<Batch> startBatch(const QString &title, int count);
    void finishBatchItem(const std::shared_ptr<Batch> &batch, const QString &failure);
    void showErrorBox(const QString &title, const QString &text, const QString &details = {});

    WebhookService *m_service;
    ProfileStore *m_profiles;
    TokenStore *m_tokens;
    QSettings *m_settings;

    ConnectionProfile m_profile;
    bool m_connected = false;
    std::optional<ConnectionProfile> m_sandboxProfile;
    EventCatalog m_catalog;
    QPointer<WebhookListing> m_listing;
    QDateTime m_lastLoaded;
    QHash<QString, WebhookList> m_recentlyDeleted; // by profile name
    bool m_headerRestored = false;
    bool m_columnsFitted = false;
    BannerAction m_bannerAction = BannerAction::None;
    QDeadlineTimer m_rateLimitDeadline;
    QByteArray m_refusedCertificateSha256; // of the last certificate refused, for review
    QString m_refusedCertificateSummary;

    WebhookTableModel *m_model;
    WebhookFilterProxyModel *m_proxy;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_stateCombo = nullptr;
    QComboBox *m_groupCombo = nullptr;
    QTableView *m_table = nullptr;
    WebhookDetailsPane *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_staleLabel = nullptr;
    QLabel *m_rateLimitLabel = nullptr;
    QWidget *m_progressBox = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_profileButton = nullptr;
    QTimer *m_detailsTimer;
    QTimer *m_rateLimitTimer;
    QPointer<RecentlyDeletedDialog> m_recentlyDeletedDialog;
    DeliveryReceiver *m_receiver = nullptr;
    DeliveryInspector *m_inspector = nullptr;
    QDockWidget *m_deliveriesDock = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_testAction = nullptr;
    QAction *m_enableAction = nullptr;
    QAction *m_disableAction = nullptr;
    QAction *m_copyJsonAction = nullptr;
    QAction *m_openUriAction = nullptr;
    QAction *m_recentlyDeletedAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_fitColumnsAction = nullptr;
    QAction *m_detailsPaneAction = nullptr;
    QAction *m_addProfileAction = nullptr;
    QAction *m_editProfileAction = nullptr;
    QAction *m_removeProfileAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QMenu *m_profileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QActionGroup *m_profileGroup = nullptr;
};
