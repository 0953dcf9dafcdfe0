#include "views/MainWindow.h"

#include "models/Logging.h"
#include "models/WebhookFilterProxyModel.h"
#include "models/WebhookTableModel.h"
#include "models/api/ApiError.h"
#include "models/api/WebhookService.h"
#include "models/receiver/DeliveryReceiver.h"
#include "models/workflow/ProfileSession.h"
#include "models/workflow/TestFollowUp.h"
#include "models/workflow/WebhookListLoader.h"
#include "views/BatchReport.h"
#include "views/CompactScrollArea.h"
#include "views/ConnectionDialog.h"
#include "views/DeliveriesDock.h"
#include "views/DeliveryInspector.h"
#include "views/ErrorText.h"
#include "views/HelpController.h"
#include "views/HistoryController.h"
#include "views/Icons.h"
#include "views/LoadingIndicator.h"
#include "views/MainWindowActions.h"
#include "views/MessageBanner.h"
#include "views/PlanController.h"
#include "views/PoliciesDialog.h"
#include "views/ProfileMenu.h"
#include "views/RecentlyDeletedDialog.h"
#include "views/WebhookDetailsPane.h"
#include "views/WebhookDialog.h"
#include "views/WebhookExporter.h"
#include "views/WebhookFilterBar.h"
#include "views/WebhookTableView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
namespace Keys {
const auto Geometry = QStringLiteral("mainWindow/geometry");
const auto State = QStringLiteral("mainWindow/state");
const auto Header = QStringLiteral("mainWindow/header");
const auto Splitter = QStringLiteral("mainWindow/splitter");
} // namespace Keys
} // namespace

MainWindow::MainWindow(ProfileSession *session, QSettings *settings, QWidget *parent)
    : QMainWindow(parent),
      m_settings(settings),
      m_session(session),
      m_model(new WebhookTableModel(this)),
      m_proxy(new WebhookFilterProxyModel(this)),
      m_loader(new WebhookListLoader(session->service(), m_model, this)),
      m_batch(new WebhookBatchActions(session->service(), m_model, this)),
      m_detailsTimer(new QTimer(this)),
      m_testFollowUp(new TestFollowUp(session->service(), m_model, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::application());
    m_proxy->setSourceModel(m_model);
    m_detailsTimer->setSingleShot(true);
    m_detailsTimer->setInterval(250);

    m_actions = new MainWindowActions(this);
    createCentralWidget();
    createMenus();
    createToolBar();
    createStatusBar();
    connectActions();
    restoreSettings();
    m_filters->setEventCatalog(m_session->eventCatalog());
    connectWorkflows();
    connect(new PlanController(m_session, m_batch, m_settings, m_actions, this),
            &PlanController::currentAccountChanged, this, &MainWindow::refresh);

    connect(m_detailsTimer, &QTimer::timeout, this, &MainWindow::fetchSelectedDetails);
    connect(m_model, &WebhookTableModel::staleChanged, m_table, &WebhookTableView::setStaleLook);
    const auto rowsChanged = [this] {
        updateActions();
        updateDetails();
    };
    connect(m_model, &QAbstractItemModel::dataChanged, this, rowsChanged);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, rowsChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, rowsChanged); // filters
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
        m_detailsTimer->start();
    });
    connect(m_banner, &MessageBanner::actionTriggered, this, &MainWindow::onBannerAction);

    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    m_loader->abandon();
}

void MainWindow::connectWorkflows()
{
    connect(m_session, &ProfileSession::accountChanged, this, &MainWindow::onAccountChanged);
    connect(m_session, &ProfileSession::activated, this, [this](const ConnectionProfile &profile) {
        m_batch->setProfileName(profile.name);
        m_help->setProfile(profile);
        m_banner->dismiss();
        m_bannerAction = BannerAction::None;
        updateTitle();
        m_profileMenu->updateChecks();
        updateActions();
        refresh();
        Q_EMIT profileActivated(profile);
    });
    connect(m_session, &ProfileSession::disconnected, this, [this] {
        updateTitle();
        updateActions();
    });
    connect(m_session, &ProfileSession::readingToken, this, [this](const QString &name) {
        statusBar()->showMessage(tr("Reading the token of “%1”…").arg(name));
    });
    connect(m_session, &ProfileSession::tokenUnavailable, this,
            [this](const ConnectionProfile &, const QString &reason) {
                statusBar()->clearMessage();
                updateTitle();
                updateActions();
                m_profileMenu->updateChecks();
                showBanner(int(MessageBanner::Level::Warning), reason, BannerAction::EnterToken);
            });
    connect(m_session, &ProfileSession::profileMissing, this, [this](const QString &name) {
        showBanner(int(MessageBanner::Level::Error),
                   tr("There is no profile named “%1”.").arg(name), BannerAction::AddProfile);
    });
    connect(m_session, &ProfileSession::profilesChanged, this,
            [this] { m_profileMenu->rebuild(); });
    connect(m_session, &ProfileSession::eventCatalogChanged, this,
            [this] { m_filters->setEventCatalog(m_session->eventCatalog()); });
    connect(m_profileMenu, &ProfileMenu::certificateTrusted, this, &MainWindow::refresh);
    connect(m_profileMenu, &ProfileMenu::profileRemoved, this, [this](const QString &name) {
        m_batch->forgetProfile(name);
        showBanner(int(MessageBanner::Level::Information),
                   tr("The profile “%1” was removed. Choose another one in the Profile menu.")
                           .arg(name),
                   m_session->profiles().isEmpty() ? BannerAction::AddProfile : BannerAction::None);
    });

    connect(m_session->service(), &WebhookService::rateLimitWaiting, m_loading,
            &LoadingIndicator::setRateLimitWait);
    connect(m_loader, &WebhookListLoader::started, this, [this] { statusBar()->clearMessage(); });
    connect(m_loader, &WebhookListLoader::rowsArrived, m_table, &WebhookTableView::fitColumnsOnce);
    connect(m_loader, &WebhookListLoader::finished, this, &MainWindow::onListingFinished);

    connect(m_batch, &WebhookBatchActions::finished, this, &MainWindow::onBatchFinished);
    connect(m_batch, &WebhookBatchActions::itemFinished, this,
            [this](WebhookBatchActions::Action action, const Webhook &webhook,
                   const ApiError &error) {
                if (action != WebhookBatchActions::Action::Test)
                    return;
                if (error.isError() && m_inspector)
                    m_inspector->forgetTestStart(webhook.id);
                else if (!error.isError())
                    expectDeliveryFor(webhook);
            });
    connect(m_testFollowUp, &TestFollowUp::reread, this, [this](const Webhook &webhook) {
        statusBar()->showMessage(
                webhook.lastError.isEmpty()
                        ? tr("“%1” reports no delivery error.").arg(webhook.displayName())
                        : tr("“%1” reports the delivery error “%2”.")
                                  .arg(webhook.displayName(), webhook.lastError),
                15000);
    });
    connect(m_batch, &WebhookBatchActions::recentlyDeletedChanged, this, [this] {
        if (m_recentlyDeletedDialog)
            m_recentlyDeletedDialog->setWebhooks(recentlyDeleted());
        updateActions();
    });
}

void MainWindow::connectActions()
{
    const MainWindowActions *a = m_actions;
    const auto whenConnected = [this](auto operation) {
        return [this, operation] {
            if (m_session->isConnected())
                operation();
        };
    };
    connect(a->newAction, &QAction::triggered, this,
            whenConnected([this] { openWebhookDialog(Webhook()); }));
    connect(a->editAction, &QAction::triggered, this, &MainWindow::editSelected);
    connect(a->deleteAction, &QAction::triggered, this,
            whenConnected([this] { m_table->confirmDeleteSelected(); }));
    connect(a->refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(a->findAction, &QAction::triggered, m_filters, &WebhookFilterBar::focusSearch);
    connect(a->exportAction, &QAction::triggered, this,
            [this] { m_exporter->showDialog(m_session->profile().account); });
    connect(a->testAction, &QAction::triggered, this, whenConnected([this] {
                for (const Webhook &webhook : m_table->selectedWebhooks())
                    if (m_inspector)
                        m_inspector->markTestStart(webhook.id);
                m_table->testSelected();
            }));
    connect(a->enableAction, &QAction::triggered, this,
            whenConnected([this] { m_table->setSelectedDisabled(false); }));
    connect(a->disableAction, &QAction::triggered, this,
            whenConnected([this] { m_table->setSelectedDisabled(true); }));
    connect(a->copyJsonAction, &QAction::triggered, m_table, &WebhookTableView::copySelectedAsJson);
    connect(a->openUriAction, &QAction::triggered, m_table, &WebhookTableView::openSelectedUris);
    connect(a->recentlyDeletedAction, &QAction::triggered, this, &MainWindow::showRecentlyDeleted);
    connect(a->policiesAction, &QAction::triggered, this, whenConnected([this] {
                connect(PoliciesDialog::openFor(m_session->service()->client(), m_model->webhooks(),
                                                this),
                        &PoliciesDialog::policiesChanged, this, &MainWindow::policiesChanged);
            }));
    // Deleting a policy unlinks its webhooks: list them again.
    connect(this, &MainWindow::policiesChanged, this, &MainWindow::refresh);
    connect(a->quitAction, &QAction::triggered, this, &MainWindow::close);
    connect(a->fitColumnsAction, &QAction::triggered, m_table,
            &WebhookTableView::fitColumnsToVisibleRows);
    connect(a->addProfileAction, &QAction::triggered, m_profileMenu, &ProfileMenu::addProfile);
    connect(a->editProfileAction, &QAction::triggered, m_profileMenu,
            [this] { m_profileMenu->editCurrentProfile(); });
    connect(a->removeProfileAction, &QAction::triggered, m_profileMenu,
            &ProfileMenu::confirmRemoveProfile);
    connect(a->aboutAction, &QAction::triggered, m_help, &HelpController::showAbout);
    connect(a->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_profileMenu = new ProfileMenu(m_session,
                                    {m_actions->addProfileAction, m_actions->editProfileAction,
                                     m_actions->removeProfileAction, m_actions->compareAction},
                                    this);
    m_viewMenu = m_actions->fillMenuBar(menuBar(), m_profileMenu);
    QMenu *columns = m_viewMenu->addMenu(tr("&Columns"));
    columns->setObjectName(QStringLiteral("columnsMenu"));
    connect(columns, &QMenu::aboutToShow, m_table,
            [this, columns] { m_table->fillColumnMenu(columns); });
    m_help = new HelpController(this);
    m_help->fillMenu(menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu")));
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actions->fillToolBar(toolBar);

    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    m_profileButton = new QToolButton(toolBar);
    m_profileButton->setObjectName(QStringLiteral("profileButton"));
    m_profileButton->setMenu(m_profileMenu);
    m_profileButton->setPopupMode(QToolButton::InstantPopup);
    m_profileButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_profileButton->setIcon(Icons::action(QStringLiteral("user-identity")));
    m_profileButton->setToolTip(tr("Switch the connection profile"));
    toolBar->addWidget(m_profileButton);
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    m_banner = new MessageBanner(central);
    m_filters = new WebhookFilterBar(m_proxy, central);
    m_table = new WebhookTableView(m_model, m_proxy, m_batch, central);
    m_table->setRowActions(m_actions->rowActions());
    m_table->setFitColumnsAction(m_actions->fitColumnsAction);
    m_exporter = new WebhookExporter(m_table, m_settings, this);
    connect(m_exporter, &WebhookExporter::exported, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    // The details pane scrolls rather than holding the window's height: the Deliveries
    // panel below can then take as much as the user wants, on a 768-pixel screen too.
    auto *detailsArea = new QScrollArea(central);
    detailsArea->setObjectName(QStringLiteral("detailsScroll"));
    detailsArea->setWidgetResizable(true);
    detailsArea->setFrameShape(QFrame::NoFrame);
    m_details = new WebhookDetailsPane(detailsArea);
    detailsArea->setWidget(m_details);
    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(detailsArea);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, false);

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_filters);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    QWidget::setTabOrder(m_filters->lastWidget(), m_table);

    connect(m_filters, &WebhookFilterBar::searchAccepted, this, [this] {
        // Enter in the search field moves to the results; it never opens the editor.
        m_table->setFocus(Qt::OtherFocusReason);
        m_table->selectFirstRowIfNone();
    });
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_table->selectedCount() == 1)
            editSelected();
    });
    connect(m_table, &WebhookTableView::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_actions->detailsPaneAction, &QAction::toggled, detailsArea, &QWidget::setVisible);
}

void MainWindow::createStatusBar()
{
    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_profileLabel->setTextFormat(Qt::PlainText);
    m_loading = new LoadingIndicator(m_loader, m_model, m_proxy, this);
    m_loading->addTo(statusBar());
    statusBar()->addPermanentWidget(m_profileLabel);
}

void MainWindow::restoreSettings()
{
    const bool firstStart = !m_settings->contains(Keys::Geometry);
    restoreGeometry(m_settings->value(Keys::Geometry).toByteArray());
    restoreState(m_settings->value(Keys::State).toByteArray());
    m_splitter->restoreState(m_settings->value(Keys::Splitter).toByteArray());
    if (!m_table->restoreColumnState(m_settings->value(Keys::Header).toByteArray()))
        m_splitter->setSizes({820, 360});
    if (firstStart) {
        // Fit the screen the window opens on (1,366 × 768 included), with room to spare.
        const QRect available = screen()->availableGeometry();
        resize(std::min(1200, available.width() * 9 / 10),
               std::min(820, available.height() * 85 / 100));
    }
    m_splitter->widget(1)->setVisible(m_actions->detailsPaneAction->isChecked());
}

void MainWindow::saveSettings()
{
    m_settings->setValue(Keys::Geometry, saveGeometry());
    m_settings->setValue(Keys::State, saveState());
    m_settings->setValue(Keys::Header, m_table->saveColumnState());
    m_settings->setValue(Keys::Splitter, m_splitter->saveState());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // An open webhook dialog with unsaved changes asks first.
    const QList<WebhookDialog *> dialogs = findChildren<WebhookDialog *>();
    for (WebhookDialog *dialog : dialogs) {
        if (dialog->isVisible() && dialog->hasUnsavedChanges()) {
            event->ignore();
            dialog->raise();
            dialog->activateWindow();
            dialog->reject();
            return;
        }
    }
    m_loader->abandon();
    saveSettings();
    QMainWindow::closeEvent(event);
}

// --- state shown ----------------------------------------------------------------------

void MainWindow::updateTitle()
{
    const ConnectionProfile profile = m_session->profile();
    if (!m_session->isConnected()) {
        setWindowTitle(tr("Not connected"));
        m_profileLabel->setText(tr("Not connected"));
        m_profileButton->setText(profile.name.isEmpty() ? tr("Profile") : profile.name);
        return;
    }
    setWindowTitle(tr("%1 — account %2").arg(profile.name, profile.account));
    m_profileLabel->setText(profile.sandbox ? tr("Sandbox at %1").arg(profile.serviceUrl.toString())
                                            : tr("%1 · %2 at %3")
                                                      .arg(profile.name, profile.account,
                                                           profile.serviceUrl.host()));
    m_profileButton->setText(profile.name);
}

void MainWindow::updateActions()
{
    MainWindowActions::State state;
    state.connected = m_session->isConnected();
    state.storedProfile = state.connected && !m_session->profile().sandbox;
    const WebhookList selection = selectedWebhooks();
    state.selected = int(selection.size());
    for (const Webhook &webhook : selection) {
        state.anySelectedEnabled |= !webhook.disabled;
        state.anySelectedDisabled |= webhook.disabled;
    }
    state.anyRows = m_model->rowCount() > 0;
    state.anyRecentlyDeleted = !recentlyDeleted().isEmpty();
    state.readOnly = m_history && m_history->isReadOnly();
    m_actions->update(state);
}

void MainWindow::updateDetails()
{
    const WebhookList selection = selectedWebhooks();
    if (selection.size() != 1)
        m_details->showPlaceholder(m_table->selectedCount());
    else {
        m_details->setWebhook(selection.first());
        m_details->setFieldChanges(m_model->fieldChanges(selection.first().id));
    }
}

void MainWindow::fetchSelectedDetails()
{
    // The list carries the collection fields only; one GET gives the description and the rest.
    const WebhookList selection = selectedWebhooks();
    if (selection.size() != 1 || !m_session->isConnected())
        return;
    const qint64 id = selection.first().id;
    m_session->service()->get(id, this, [this, id](const Webhook &webhook, const ApiError &error) {
        if (error.isError()) {
            qCDebug(lcUi) << "details of webhook" << id << "not loaded:" << error.message;
            return;
        }
        if (m_model->rowOf(id) >= 0)
            m_model->upsert({webhook});
    });
}

void MainWindow::showBanner(int level, const QString &text, BannerAction action)
{
    m_bannerAction = action;
    static const char *const actionTexts[] = {
            nullptr,
            QT_TR_NOOP("&Retry"),
            QT_TR_NOOP("Enter &Token…"),
            QT_TR_NOOP("Edit &Profile…"),
            QT_TR_NOOP("&Add Profile…"),
            QT_TR_NOOP("&Review Certificate…"),
    };
    const char *actionText = actionTexts[int(action)];
    m_banner->showMessage(MessageBanner::Level(level), text,
                          actionText ? tr(actionText) : QString());
}

void MainWindow::onBannerAction()
{
    const BannerAction action = m_bannerAction;
    m_banner->dismiss();
    switch (action) {
    case BannerAction::None:
        break;
    case BannerAction::Retry:
        refresh();
        break;
    case BannerAction::EnterToken:
        m_profileMenu->editCurrentProfile(
                tr("Enter a new API token for “%1”.").arg(m_session->profile().name));
        break;
    case BannerAction::EditProfile:
        m_profileMenu->editCurrentProfile();
        break;
    case BannerAction::AddProfile:
        m_profileMenu->addProfile();
        break;
    case BannerAction::ReviewCertificate:
        m_profileMenu->reviewCertificate(m_refusedCertificateSha256, m_refusedCertificateSummary);
        break;
    }
}

// --- listing --------------------------------------------------------------------------

void MainWindow::refresh()
{
    if (m_session->isConnected())
        m_loader->load();
}

void MainWindow::onAccountChanged()
{
    // Nothing of the previous account stays shown: rows, details, filters' results, the
    // recently deleted list and any banner about it.
    m_loader->clear();
    m_testFollowUp->cancelAll();
    m_table->clearSelection();
    m_details->showPlaceholder(0);
    m_refusedCertificateSha256.clear();
    m_batch->setProfileName(m_session->profile().name);
    if (m_recentlyDeletedDialog)
        m_recentlyDeletedDialog->close();
    m_banner->dismiss();
    m_filters->setEventCatalog(m_session->eventCatalog());
    updateTitle();
    updateActions();
}

void MainWindow::onListingFinished(const ApiError &error, qint64 rows)
{
    if (!error.isError()) {
        // Start the keyboard (and the details pane) somewhere useful.
        m_table->selectFirstRowIfNone();
        m_detailsTimer->start(); // the listing has the collection fields only
        if (m_bannerAction == BannerAction::Retry || m_bannerAction == BannerAction::EnterToken
            || m_bannerAction == BannerAction::EditProfile)
            m_banner->dismiss();
        statusBar()->showMessage(tr("Loaded %1 at %2")
                                         .arg(WebhookTableView::countText(rows),
                                              QLocale().toString(m_loader->lastLoaded().time(),
                                                                 QLocale::ShortFormat)),
                                 8000);
    } else {
        showListingError(error);
    }
    updateActions();
    Q_EMIT listingFinished(error);
}

void MainWindow::showListingError(const ApiError &error)
{
    using Level = MessageBanner::Level;
    const ConnectionProfile profile = m_session->profile();
    if (error.kind == ApiError::Kind::Cancelled) {
        showBanner(int(Level::Information),
                   tr("Loading was cancelled; %1 are shown and the list may be incomplete.")
                           .arg(WebhookTableView::countText(m_model->rowCount())),
                   BannerAction::Retry);
    } else if (error.kind == ApiError::Kind::Incomplete) {
        // The message says how many webhooks arrived and what to do.
        showBanner(int(Level::Warning), error.userMessage(), BannerAction::Retry);
    } else if (!error.certificateSha256.isEmpty()) {
        // Never trusted silently: the user reviews the certificate and may pin it.
        m_refusedCertificateSha256 = error.certificateSha256;
        m_refusedCertificateSummary = error.certificateSummary;
        showBanner(int(Level::Error), error.userMessage(), BannerAction::ReviewCertificate);
    } else if (error.isUnauthorized()) {
        showBanner(int(Level::Error), ErrorText::forUser(error, profile),
                   profile.sandbox ? BannerAction::Retry : BannerAction::EnterToken);
    } else if (error.isForbidden()) {
        showBanner(int(Level::Error), ErrorText::forUser(error, profile),
                   profile.sandbox ? BannerAction::None : BannerAction::EditProfile);
    } else {
        QString text = tr("Could not load the webhooks. %1").arg(error.userMessage());
        if (m_model->rowCount() > 0) {
            const QDateTime loaded = m_loader->lastLoaded();
            text += u' ';
            text += loaded.isValid()
                    ? tr("The list shows what was loaded at %1.")
                              .arg(QLocale().toString(loaded.time(), QLocale::ShortFormat))
                    : (m_history && m_history->isReadOnly()
                               ? m_history->snapshotNote()
                               : tr("The list shows what was loaded before."));
        }
        showBanner(int(Level::Error), text, BannerAction::Retry);
    }
}

void MainWindow::connectToCurrentProfile()
{
    if (m_session->connectToCurrentProfile())
        return;
    showBanner(int(MessageBanner::Level::Information),
               tr("Welcome to Hookbench. Add a connection profile with the service URL, "
                  "the account and an administrator’s API token to see its webhooks."),
               BannerAction::AddProfile);
    m_profileMenu->addProfile();
}

void MainWindow::showStartupError(const QString &message)
{
    showBanner(int(MessageBanner::Level::Error), message, BannerAction::None);
}

// --- actions on webhooks --------------------------------------------------------------

void MainWindow::openWebhookDialog(const Webhook &webhook)
{
    auto *dialog
            = new WebhookDialog(m_session->service(), m_session->eventCatalog(), webhook, this);
    connect(dialog, &WebhookDialog::saved, this, [this](const Webhook &saved) {
        m_model->upsert({saved});
        m_table->selectWebhook(saved.id);
        statusBar()->showMessage(tr("Saved “%1”.").arg(saved.displayName()), 8000);
    });
    if (m_inspector) {
        connect(dialog, &WebhookDialog::testStarting, m_inspector,
                &DeliveryInspector::markTestStart);
    }
    connect(dialog, &WebhookDialog::testSent, this, [this, dialog](qint64) {
        statusBar()->showMessage(tr("Test sent."), 8000);
        expectDeliveryFor(dialog->editedWebhook());
    });
    if (m_receiver && m_receiver->isListening())
        dialog->setLocalReceiverUrl(m_receiver->baseUrl());
    dialog->loadPolicies();
    dialog->open();
}

void MainWindow::setHistoryRecorder(HistoryRecorder *recorder)
{
    m_history = new HistoryController(recorder, m_session, m_loader, m_model, m_batch, m_settings,
                                      m_banner, this);
    m_history->addActions(m_viewMenu);
    connect(m_history, &HistoryController::readOnlyChanged, this, &MainWindow::updateActions);
}

void MainWindow::setVerificationTracker(const VerificationTracker *tracker)
{
    m_model->setVerificationTracker(tracker);
    m_details->setVerificationTracker(tracker);
}

void MainWindow::setDeliveryReceiver(DeliveryReceiver *receiver)
{
    Q_ASSERT(receiver && !m_deliveries);
    m_receiver = receiver;
    m_deliveries = new DeliveriesDock(receiver, this);
    m_inspector = m_deliveries->inspector();
    m_viewMenu->addAction(m_deliveries->toggleViewAction());
    connect(m_deliveries, &DeliveriesDock::statusMessage, statusBar(), &QStatusBar::showMessage);
}

void MainWindow::expectDeliveryFor(const Webhook &webhook)
{
    // Elsewhere than the built-in receiver: read last_error again after the deadline.
    if (webhook.id > 0 && (!m_deliveries || !m_deliveries->expectDeliveryFor(webhook)))
        m_testFollowUp->follow(webhook.id);
}

void MainWindow::editSelected()
{
    const WebhookList selection = selectedWebhooks();
    if (selection.size() != 1 || !m_session->isConnected())
        return;
    const Webhook listed = selection.first();
    statusBar()->showMessage(tr("Opening “%1”…").arg(listed.displayName()));
    // The editor needs every field (the list has the collection fields only).
    m_session->service()->get(
            listed.id, this, [this, listed](const Webhook &webhook, const ApiError &error) {
                statusBar()->clearMessage();
                if (error.kind == ApiError::Kind::Http && error.httpStatus == 404) {
                    m_model->remove(listed.id);
                    ErrorText::showBox(
                            this, tr("Webhook Not Found"),
                            tr("The webhook “%1” no longer exists; someone else deleted it.")
                                    .arg(listed.displayName()));
                } else if (error.isError()) {
                    ErrorText::showBox(this, tr("Could Not Open the Webhook"),
                                       ErrorText::forUser(error, m_session->profile()));
                } else {
                    m_model->upsert({webhook});
                    openWebhookDialog(webhook);
                }
            });
}

void MainWindow::onBatchFinished(const WebhookBatchActions::Result &result)
{
    const BatchReport report(result, m_session->profile());
    if (!report.successText().isEmpty())
        statusBar()->showMessage(report.successText(), 10000);
    if (!report.failureSummary().isEmpty())
        ErrorText::showBox(this, report.failureTitle(), report.failureSummary(),
                           report.failureDetails());
    updateActions();
    Q_EMIT actionsFinished();
}

void MainWindow::showRecentlyDeleted()
{
    if (!m_recentlyDeletedDialog) {
        m_recentlyDeletedDialog = new RecentlyDeletedDialog(this);
        connect(m_recentlyDeletedDialog, &RecentlyDeletedDialog::recreateRequested, this,
                [this](const WebhookList &webhooks) {
                    if (m_session->isConnected())
                        m_batch->recreate(webhooks);
                });
    }
    m_recentlyDeletedDialog->setWebhooks(recentlyDeleted());
    m_recentlyDeletedDialog->show();
    m_recentlyDeletedDialog->raise();
    m_recentlyDeletedDialog->activateWindow();
}
