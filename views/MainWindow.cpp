#include "views/MainWindow.h"

#include "models/Logging.h"
#include "models/ProfileStore.h"
#include "models/TokenStore.h"
#include "models/WebhookFilterProxyModel.h"
#include "models/WebhookTableModel.h"
#include "models/api/ApiClient.h"
#include "models/api/ApiError.h"
#include "models/api/WebhookService.h"
#include "models/receiver/DeliveryReceiver.h"
#include "views/ConnectionDialog.h"
#include "views/DeliveryInspector.h"
#include "views/ErrorText.h"
#include "views/Icons.h"
#include "views/MessageBanner.h"
#include "views/RecentlyDeletedDialog.h"
#include "views/WebhookDetailsPane.h"
#include "views/WebhookDialog.h"
#include "views/WebhookItemDelegate.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const auto SandboxProfileName = QStringLiteral("Sandbox");
const auto SandboxToken = QStringLiteral("sandbox-token");

namespace Keys {
const auto Geometry = QStringLiteral("mainWindow/geometry");
const auto State = QStringLiteral("mainWindow/state");
const auto Header = QStringLiteral("mainWindow/header");
const auto Splitter = QStringLiteral("mainWindow/splitter");
const auto ExportDirectory = QStringLiteral("export/directory");
const auto ExportByteOrderMark = QStringLiteral("export/byteOrderMark");
const auto ExportFormulaGuard = QStringLiteral("export/formulaGuard");
} // namespace Keys

QString webhookCountText(qint64 count)
{
    if (count == 1)
        return MainWindow::tr("1 webhook");
    return MainWindow::tr("%1 webhooks").arg(QLocale().toString(count));
}

// "“a”, “b” and 3 more" for confirmations and messages.
QString nameList(const WebhookList &webhooks, int shown = 8)
{
    QStringList names;
    for (const Webhook &webhook : webhooks) {
        if (names.size() == shown)
            break;
        names.append(MainWindow::tr("“%1”").arg(webhook.displayName()));
    }
    QString text = names.join(u'\n');
    if (webhooks.size() > shown)
        text += u'\n'
                + MainWindow::tr("and %1 more").arg(QLocale().toString(webhooks.size() - shown));
    return text;
}
} // namespace

// Counts the answers of one action on several webhooks and reports once at the end.
struct MainWindow::Batch
{
    QString title;
    int pending = 0;
    int succeeded = 0;
    QStringList failures;
    std::function<QString(int succeeded)> successText;
};

MainWindow::MainWindow(WebhookService *service, ProfileStore *profiles, TokenStore *tokens,
                       QSettings *settings, QWidget *parent)
    : QMainWindow(parent),
      m_service(service),
      m_profiles(profiles),
      m_tokens(tokens),
      m_settings(settings),
      m_catalog(EventCatalog::builtIn()),
      m_model(new WebhookTableModel(this)),
      m_proxy(new WebhookFilterProxyModel(this)),
      m_detailsTimer(new QTimer(this)),
      m_rateLimitTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::application());
    m_proxy->setSourceModel(m_model);
    m_detailsTimer->setSingleShot(true);
    m_detailsTimer->setInterval(250);
    m_rateLimitTimer->setInterval(1000);

    createActions();
    createCentralWidget();
    createMenus();
    createToolBar();
    createStatusBar();
    restoreSettings();
    rebuildProfileMenu();
    rebuildEventGroupCombo();

    connect(m_detailsTimer, &QTimer::timeout, this, &MainWindow::scheduleDetailsFetch);
    connect(m_rateLimitTimer, &QTimer::timeout, this, &MainWindow::updateRateLimitLabel);
    connect(m_service, &WebhookService::rateLimitWaiting, this, &MainWindow::setRateLimitWait);
    connect(m_model, &WebhookTableModel::countsChanged, this, &MainWindow::updateCounts);
    connect(m_model, &WebhookTableModel::staleChanged, this, &MainWindow::setStaleLook);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, [this] {
            updateCounts();
            updateActions();
            updateDetails();
        });
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
        m_detailsTimer->start();
    });
    connect(m_banner, &MessageBanner::actionTriggered, this, &MainWindow::onBannerAction);

    updateTitle();
    updateCounts();
    updateActions();
}

MainWindow::~MainWindow()
{
    cancelListing();
}

// --- construction ----------------------------------------------------------------------

void MainWindow::createActions()
{
    auto make = [this](const QString &objectName, const QString &text, const QString &icon,
                       const QList<QKeySequence> &shortcuts, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(objectName);
        if (!icon.isEmpty())
            action->setIcon(Icons::action(icon));
        action->setShortcuts(shortcuts);
        QString statusTip = tip;
        if (!shortcuts.isEmpty()) {
            action->setToolTip(
                    tr("%1 (%2)").arg(QString(text).remove(u'&').remove(u'…'),
                                      shortcuts.first().toString(QKeySequence::NativeText)));
        }
        action->setStatusTip(statusTip);
        return action;
    };

    m_newAction
            = make(QStringLiteral("newAction"), tr("&New Webhook…"), QStringLiteral("document-new"),
                   {QKeySequence::New}, tr("Create a webhook (it starts disabled)"));
    m_editAction = make(QStringLiteral("editAction"), tr("&Edit…"), QStringLiteral("document-edit"),
                        {QKeySequence(Qt::Key_F2)},
                        tr("Edit the selected webhook (F2, or Enter in the list)"));
    m_deleteAction
            = make(QStringLiteral("deleteAction"), tr("&Delete…"), QStringLiteral("edit-delete"),
                   {QKeySequence::Delete}, tr("Delete the selected webhooks"));
    // Del belongs to the text fields while they have focus: the action listens only in the
    // list (and in the menus).
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refreshAction
            = make(QStringLiteral("refreshAction"), tr("&Refresh"), QStringLiteral("view-refresh"),
                   {QKeySequence(Qt::Key_F5)}, tr("Load the list again from the service"));
    m_findAction = make(QStringLiteral("findAction"), tr("&Find…"), QStringLiteral("edit-find"),
                        {QKeySequence::Find}, tr("Search the list"));
    m_exportAction = make(QStringLiteral("exportAction"), tr("E&xport CSV…"),
                          QStringLiteral("document-save-as"), {QKeySequence(Qt::CTRL | Qt::Key_E)},
                          tr("Write all, the filtered or the selected webhooks to a CSV file"));
    m_testAction = make(QStringLiteral("testAction"), tr("&Test"), QStringLiteral("mail-send"),
                        {QKeySequence(Qt::CTRL | Qt::Key_T)},
                        tr("Send a test message to the selected webhooks"));
    m_enableAction
            = make(QStringLiteral("enableAction"), tr("E&nable"),
                   QStringLiteral("media-playback-start"), {}, tr("Enable the selected webhooks"));
    m_disableAction
            = make(QStringLiteral("disableAction"), tr("D&isable"),
                   QStringLiteral("media-playback-pause"), {}, tr("Disable the selected webhooks"));
    m_copyJsonAction
            = make(QStringLiteral("copyJsonAction"), tr("&Copy as JSON"),
                   QStringLiteral("edit-copy"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
                   tr("Copy the selected webhooks to the clipboard as JSON"));
    m_openUriAction = make(QStringLiteral("openUriAction"), tr("&Open URI"),
                           QStringLiteral("internet-web-browser"), {},
                           tr("Open the URI of the selected webhooks in the browser"));
    m_recentlyDeletedAction = make(QStringLiteral("recentlyDeletedAction"),
                                   tr("Recently &Deleted…"), QStringLiteral("user-trash"), {},
                                   tr("Webhooks deleted in this session, to re-create them"));
    m_quitAction = make(QStringLiteral("quitAction"), tr("&Quit"),
                        QStringLiteral("application-exit"), {QKeySequence::Quit}, {});
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_fitColumnsAction = make(QStringLiteral("fitColumnsAction"), tr("&Fit Columns"), {}, {},
                              tr("Size the columns to the rows in view"));
    m_detailsPaneAction = make(QStringLiteral("detailsPaneAction"), tr("&Details Pane"), {}, {},
                               tr("Show the details of the selected webhook"));
    m_detailsPaneAction->setCheckable(true);
    m_detailsPaneAction->setChecked(true);
    m_addProfileAction = make(QStringLiteral("addProfileAction"), tr("&Add Profile…"),
                              QStringLiteral("list-add"), {}, tr("Connect to another account"));
    m_editProfileAction = make(QStringLiteral("editProfileAction"), tr("&Edit Profile…"),
                               QStringLiteral("user-identity"), {},
                               tr("Change the current profile or its token"));
    m_removeProfileAction = make(QStringLiteral("removeProfileAction"), tr("&Remove Profile…"),
                                 QStringLiteral("list-remove"), {},
                                 tr("Forget the current profile and its token"));
    m_aboutAction = make(QStringLiteral("aboutAction"), tr("&About Hookbench"), {}, {}, {});
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = make(QStringLiteral("aboutQtAction"), tr("About &Qt"), {}, {}, {});
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);

    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWebhook);
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editSelected);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::showExportDialog);
    connect(m_testAction, &QAction::triggered, this, &MainWindow::testSelected);
    connect(m_enableAction, &QAction::triggered, this, [this] { setSelectedDisabled(false); });
    connect(m_disableAction, &QAction::triggered, this, [this] { setSelectedDisabled(true); });
    connect(m_copyJsonAction, &QAction::triggered, this, &MainWindow::copySelectedAsJson);
    connect(m_openUriAction, &QAction::triggered, this, &MainWindow::openSelectedUris);
    connect(m_recentlyDeletedAction, &QAction::triggered, this, &MainWindow::showRecentlyDeleted);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);
    connect(m_fitColumnsAction, &QAction::triggered, this, &MainWindow::fitColumnsToVisibleRows);
    connect(m_addProfileAction, &QAction::triggered, this, &MainWindow::addProfile);
    connect(m_editProfileAction, &QAction::triggered, this, [this] { editCurrentProfile(); });
    connect(m_removeProfileAction, &QAction::triggered, this, &MainWindow::removeCurrentProfile);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_copyJsonAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    QMenu *webhook = menuBar()->addMenu(tr("&Webhook"));
    webhook->setObjectName(QStringLiteral("webhookMenu"));
    webhook->addAction(m_newAction);
    webhook->addAction(m_editAction);
    webhook->addAction(m_deleteAction);
    webhook->addSeparator();
    webhook->addAction(m_testAction);
    webhook->addAction(m_enableAction);
    webhook->addAction(m_disableAction);
    webhook->addSeparator();
    webhook->addAction(m_openUriAction);
    webhook->addAction(m_recentlyDeletedAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_refreshAction);
    view->addSeparator();
    view->addAction(m_fitColumnsAction);
    view->addAction(m_detailsPaneAction);
    m_viewMenu = view;

    m_profileMenu = menuBar()->addMenu(tr("&Profile"));
    m_profileMenu->setObjectName(QStringLiteral("profileMenu"));
    m_profileGroup = new QActionGroup(this);
    m_profileGroup->setExclusive(true);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_editAction);
    toolBar->addAction(m_deleteAction);
    toolBar->addSeparator();
    toolBar->addAction(m_testAction);
    toolBar->addAction(m_enableAction);
    toolBar->addAction(m_disableAction);
    toolBar->addSeparator();
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(m_exportAction);

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

    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(
            tr("Search names, events, URIs, errors… (%1)")
                    .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->addAction(Icons::action(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    auto *clearSearch = new QAction(m_search);
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(clearSearch);
    connect(clearSearch, &QAction::triggered, m_search, &QLineEdit::clear);

    m_stateCombo = new QComboBox(central);
    m_stateCombo->setObjectName(QStringLiteral("stateCombo"));
    m_stateCombo->addItem(tr("All states"), int(WebhookState::All));
    m_stateCombo->addItem(tr("Enabled"), int(WebhookState::Enabled));
    m_stateCombo->addItem(tr("Disabled"), int(WebhookState::Disabled));
    m_stateCombo->addItem(tr("Disabled after failures"),
                          int(WebhookFilterProxyModel::StateFilter::DisabledAfterFailures));
    m_stateCombo->addItem(tr("Awaiting verification"),
                          int(WebhookFilterProxyModel::StateFilter::AwaitingVerification));
    m_stateCombo->setToolTip(tr("Show webhooks in this state"));

    m_groupCombo = new QComboBox(central);
    m_groupCombo->setObjectName(QStringLiteral("eventGroupCombo"));
    m_groupCombo->setToolTip(tr("Show webhooks for events of this group"));
    m_groupCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_search, 1);
    filterBar->addWidget(m_stateCombo);
    filterBar->addWidget(m_groupCombo);

    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("webhookTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new WebhookItemDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_editAction, m_testAction, m_enableAction, m_disableAction});
    auto *separator1 = new QAction(m_table);
    separator1->setSeparator(true);
    m_table->addActions({separator1, m_copyJsonAction, m_openUriAction});
    auto *separator2 = new QAction(m_table);
    separator2->setSeparator(true);
    m_table->addActions({separator2, m_deleteAction});

    m_details = new WebhookDetailsPane(central);
    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, false);

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addLayout(filterBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &WebhookFilterProxyModel::setFilterText);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter in the search field moves to the results; it never opens the editor.
        m_table->setFocus(Qt::OtherFocusReason);
        if (!m_table->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
            m_table->selectRow(0);
    });
    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStateFilter(
                WebhookFilterProxyModel::StateFilter(m_stateCombo->currentData().toInt()));
    });
    connect(m_groupCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setEventGroupFilter(m_groupCombo->currentData().toString()); });
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_table->selectionModel()->selectedRows().size() == 1)
            editSelected();
    });
    connect(m_detailsPaneAction, &QAction::toggled, m_details, &QWidget::setVisible);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &position) {
                auto *menu = new QMenu(this);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                QHeaderView *header = m_table->horizontalHeader();
                for (int column = 0; column < m_proxy->columnCount(); ++column) {
                    QAction *toggle = menu->addAction(
                            m_proxy->headerData(column, Qt::Horizontal).toString());
                    toggle->setCheckable(true);
                    toggle->setChecked(!header->isSectionHidden(column));
                    connect(toggle, &QAction::toggled, header, [header, column](bool shown) {
                        header->setSectionHidden(column, !shown);
                    });
                }
                menu->addSeparator();
                menu->addAction(m_fitColumnsAction);
                menu->popup(header->viewport()->mapToGlobal(position));
            });
}

void MainWindow::createStatusBar()
{
    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_profileLabel->setTextFormat(Qt::PlainText);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_staleLabel = new QLabel(tr("Out of date"), this);
    m_staleLabel->setObjectName(QStringLiteral("staleLabel"));
    m_staleLabel->setToolTip(tr("The last refresh failed; the list shows what was loaded "
                                "before."));
    QPalette stalePalette = m_staleLabel->palette();
    stalePalette.setColor(QPalette::WindowText, QColor(0x8a, 0x5a, 0x00));
    m_staleLabel->setPalette(stalePalette);
    m_staleLabel->hide();
    m_rateLimitLabel = new QLabel(this);
    m_rateLimitLabel->setObjectName(QStringLiteral("rateLimitLabel"));
    m_rateLimitLabel->hide();

    m_progressBox = new QWidget(this);
    m_progressBox->setObjectName(QStringLiteral("progressBox"));
    m_progress = new QProgressBar(m_progressBox);
    m_progress->setObjectName(QStringLiteral("loadingProgress"));
    m_progress->setFixedWidth(260);
    m_progress->setTextVisible(true);
    auto *cancel = new QToolButton(m_progressBox);
    cancel->setObjectName(QStringLiteral("cancelLoadingButton"));
    cancel->setText(tr("Cancel"));
    cancel->setIcon(Icons::action(QStringLiteral("dialog-cancel")));
    cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    cancel->setAutoRaise(true);
    cancel->setToolTip(tr("Stop loading; the rows loaded so far stay"));
    auto *progressLayout = new QHBoxLayout(m_progressBox);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progress);
    progressLayout->addWidget(cancel);
    m_progressBox->hide();
    connect(cancel, &QToolButton::clicked, this, [this] {
        if (m_listing)
            m_listing->cancel();
    });

    statusBar()->addPermanentWidget(m_progressBox);
    statusBar()->addPermanentWidget(m_rateLimitLabel);
    statusBar()->addPermanentWidget(m_staleLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_profileLabel);
}

void MainWindow::restoreSettings()
{
    restoreGeometry(m_settings->value(Keys::Geometry).toByteArray());
    restoreState(m_settings->value(Keys::State).toByteArray());
    m_splitter->restoreState(m_settings->value(Keys::Splitter).toByteArray());
    QHeaderView *header = m_table->horizontalHeader();
    m_headerRestored = header->restoreState(m_settings->value(Keys::Header).toByteArray());
    if (!m_headerRestored) {
        header->setSectionHidden(WebhookTableModel::MailExceptionsToColumn, true);
        header->setSectionHidden(WebhookTableModel::CreatedColumn, true);
        header->moveSection(header->visualIndex(WebhookTableModel::StateColumn),
                            header->visualIndex(WebhookTableModel::UriColumn));
        m_table->sortByColumn(WebhookTableModel::NameColumn, Qt::AscendingOrder);
        if (!m_settings->contains(Keys::Geometry))
            resize(1200, 720);
        m_splitter->setSizes({820, 360});
    } else {
        // Apply the restored sort to the proxy as well.
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    m_details->setVisible(m_detailsPaneAction->isChecked());
}

void MainWindow::saveSettings()
{
    m_settings->setValue(Keys::Geometry, saveGeometry());
    m_settings->setValue(Keys::State, saveState());
    m_settings->setValue(Keys::Header, m_table->horizontalHeader()->saveState());
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
    cancelListing();
    saveSettings();
    QMainWindow::closeEvent(event);
}

// --- state shown ----------------------------------------------------------------------

void MainWindow::updateTitle()
{
    if (!m_connected) {
        setWindowTitle(tr("Not connected"));
        m_profileLabel->setText(tr("Not connected"));
        m_profileButton->setText(tr("Profile"));
        return;
    }
    setWindowTitle(tr("%1 — account %2").arg(m_profile.name, m_profile.account));
    m_profileLabel->setText(
            tr("%1 · %2 at %3")
                    .arg(m_profile.name, m_profile.account, m_profile.serviceUrl.host()));
    m_profileButton->setText(m_profile.name);
}

void MainWindow::updateCounts()
{
    const int total = m_model->rowCount();
    const int disabled = m_model->disabledCount();
    QString text = tr("%1, %2 disabled").arg(webhookCountText(total), QLocale().toString(disabled));
    const int shown = m_proxy->rowCount();
    if (shown != total)
        text += tr("; %1 shown").arg(QLocale().toString(shown));
    m_countsLabel->setText(text);
}

void MainWindow::updateActions()
{
    const WebhookList selection = selectedWebhooks();
    const bool any = !selection.isEmpty();
    bool anyEnabled = false;
    bool anyDisabled = false;
    for (const Webhook &webhook : selection) {
        anyEnabled |= !webhook.disabled;
        anyDisabled |= webhook.disabled;
    }
    m_newAction->setEnabled(m_connected);
    m_refreshAction->setEnabled(m_connected);
    m_editAction->setEnabled(m_connected && selection.size() == 1);
    m_deleteAction->setEnabled(m_connected && any);
    m_testAction->setEnabled(m_connected && any);
    m_enableAction->setEnabled(m_connected && anyDisabled);
    m_disableAction->setEnabled(m_connected && anyEnabled);
    m_copyJsonAction->setEnabled(any);
    m_openUriAction->setEnabled(any);
    m_exportAction->setEnabled(m_model->rowCount() > 0);
    m_recentlyDeletedAction->setEnabled(!recentlyDeleted().isEmpty());
    const bool storedProfile = m_connected && !m_profile.sandbox;
    m_editProfileAction->setEnabled(storedProfile);
    m_removeProfileAction->setEnabled(storedProfile);
}

void MainWindow::updateDetails()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        m_details->showPlaceholder(int(rows.size()));
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(rows.first());
    if (!source.isValid()) {
        m_details->showPlaceholder(0);
        return;
    }
    m_details->setWebhook(m_model->webhookAt(source.row()));
}

void MainWindow::scheduleDetailsFetch()
{
    // The list carries the collection fields only; one GET gives the description and the rest.
    const WebhookList selection = selectedWebhooks();
    if (selection.size() != 1 || !m_connected)
        return;
    const qint64 id = selection.first().id;
    m_service->get(id, this, [this, id](const Webhook &webhook, const ApiError &error) {
        if (error.isError()) {
            qCDebug(lcUi) << "details of webhook" << id << "not loaded:" << error.message;
            return;
        }
        if (m_model->rowOf(id) >= 0)
            m_model->upsert({webhook});
    });
}

void MainWindow::setStaleLook(bool stale)
{
    m_staleLabel->setVisible(stale);
    QPalette palette = m_table->palette();
    palette.setColor(QPalette::Text,
                     stale ? palette.color(QPalette::Disabled, QPalette::Text)
                           : QApplication::palette(m_table).color(QPalette::Text));
    m_table->setPalette(palette);
}

void MainWindow::showBanner(int level, const QString &text, BannerAction action)
{
    m_bannerAction = action;
    QString actionText;
    switch (action) {
    case BannerAction::None:
        break;
    case BannerAction::Retry:
        actionText = tr("&Retry");
        break;
    case BannerAction::EnterToken:
        actionText = tr("Enter &Token…");
        break;
    case BannerAction::EditProfile:
        actionText = tr("Edit &Profile…");
        break;
    case BannerAction::AddProfile:
        actionText = tr("&Add Profile…");
        break;
    case BannerAction::ReviewCertificate:
        actionText = tr("&Review Certificate…");
        break;
    }
    m_banner->showMessage(MessageBanner::Level(level), text, actionText);
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
        editCurrentProfile(tr("Enter a new API token for “%1”.").arg(m_profile.name));
        break;
    case BannerAction::EditProfile:
        editCurrentProfile();
        break;
    case BannerAction::AddProfile:
        addProfile();
        break;
    case BannerAction::ReviewCertificate:
        reviewCertificate();
        break;
    }
}

void MainWindow::reviewCertificate()
{
    if (m_refusedCertificateSha256.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Untrusted Certificate"),
                                tr("The server of “%1” showed a certificate that this computer "
                                   "does not trust. Trust it only when the server’s "
                                   "administrator confirms this exact fingerprint.")
                                        .arg(m_profile.name),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("certificateBox"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(m_refusedCertificateSummary);
    QPushButton *trust = box->addButton(tr("&Trust This Certificate"), QMessageBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustCertificateButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QByteArray sha256 = m_refusedCertificateSha256;
    connect(box, &QMessageBox::buttonClicked, this, [this, trust, sha256](QAbstractButton *button) {
        if (button != trust)
            return;
        // Pinned in the profile: this certificate, and no other, is trusted from now on.
        m_service->client()->setPinnedCertificate(sha256);
        m_profile = m_service->client()->profile();
        if (!m_profile.sandbox)
            m_profiles->save(m_profile);
        m_refusedCertificateSha256.clear();
        refresh();
    });
    box->open();
}

void MainWindow::setRateLimitWait(int seconds)
{
    if (seconds <= 0) {
        m_rateLimitTimer->stop();
        m_rateLimitLabel->hide();
        return;
    }
    m_rateLimitDeadline = QDeadlineTimer(std::chrono::seconds(seconds));
    m_rateLimitTimer->start();
    updateRateLimitLabel();
    m_rateLimitLabel->show();
}

void MainWindow::updateRateLimitLabel()
{
    const qint64 left = (m_rateLimitDeadline.remainingTime() + 999) / 1000;
    if (left <= 0) {
        setRateLimitWait(0);
        return;
    }
    m_rateLimitLabel->setText(tr("Rate limit: waiting %1 s").arg(QLocale().toString(left)));
}

// --- listing --------------------------------------------------------------------------

bool MainWindow::isLoading() const
{
    return !m_listing.isNull();
}

void MainWindow::cancelListing()
{
    if (!m_listing)
        return;
    WebhookListing *listing = m_listing;
    m_listing = nullptr;
    disconnect(listing, nullptr, this, nullptr);
    listing->cancel();
    m_progressBox->hide();
}

void MainWindow::refresh()
{
    if (!m_connected)
        return;
    cancelListing();
    WebhookListing *listing = m_service->list(WebhookState::All);
    m_listing = listing;
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Loading…"));
    m_progressBox->show();
    statusBar()->clearMessage();

    connect(listing, &WebhookListing::rowsArrived, this, [this](const WebhookList &rows) {
        m_model->upsert(rows);
        if (!m_headerRestored && !m_columnsFitted) {
            m_columnsFitted = true;
            fitColumnsToVisibleRows();
        }
    });
    connect(listing, &WebhookListing::progress, this, [this](qint64 received, qint64 total) {
        const QLocale locale;
        if (total < 0) {
            m_progress->setRange(0, 0);
            m_progress->setFormat(tr("Loading %1…").arg(locale.toString(received)));
            return;
        }
        // QProgressBar counts in int; scale to per mille so huge totals stay exact enough.
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(received * 1000 / total) : 1000);
        m_progress->setFormat(
                tr("Loading %1 of %2").arg(locale.toString(received), locale.toString(total)));
    });
    connect(listing, &WebhookListing::waiting, this, &MainWindow::setRateLimitWait);
    connect(listing, &WebhookListing::finished, this,
            [this, listing](const ApiError &error) { onListingFinished(listing, error); });
}

void MainWindow::onListingFinished(WebhookListing *listing, const ApiError &error)
{
    if (listing != m_listing)
        return;
    m_listing = nullptr;
    m_progressBox->hide();
    setRateLimitWait(0);

    if (!error.isError()) {
        QSet<qint64> ids;
        const WebhookList rows = listing->rows();
        ids.reserve(rows.size());
        for (const Webhook &webhook : rows)
            ids.insert(webhook.id);
        m_model->retainOnly(ids);
        m_model->setStale(false);
        m_lastLoaded = QDateTime::currentDateTime();
        // Start the keyboard (and the details pane) somewhere useful.
        if (!m_table->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
            m_table->selectRow(0);
        if (m_bannerAction == BannerAction::Retry || m_bannerAction == BannerAction::EnterToken
            || m_bannerAction == BannerAction::EditProfile)
            m_banner->dismiss();
        statusBar()->showMessage(
                tr("Loaded %1 at %2")
                        .arg(webhookCountText(rows.size()),
                             QLocale().toString(m_lastLoaded.time(), QLocale::ShortFormat)),
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
    const QLocale locale;
    switch (error.kind) {
    case ApiError::Kind::Cancelled:
        if (m_model->rowCount() > 0)
            m_model->setStale(true);
        showBanner(int(Level::Information),
                   tr("Loading was cancelled; %1 are shown and the list may be incomplete.")
                           .arg(webhookCountText(m_model->rowCount())),
                   BannerAction::Retry);
        return;
    case ApiError::Kind::Incomplete:
        m_model->setStale(true);
        // The message says how many webhooks arrived and what to do.
        showBanner(int(Level::Warning), error.userMessage(), BannerAction::Retry);
        return;
    default:
        break;
    }
    if (!error.certificateSha256.isEmpty()) {
        // Never trusted silently: the user reviews the certificate and may pin it.
        m_refusedCertificateSha256 = error.certificateSha256;
        m_refusedCertificateSummary = error.certificateSummary;
        showBanner(int(Level::Error), error.userMessage(), BannerAction::ReviewCertificate);
        return;
    }
    // Whatever failed, the rows loaded so far stay visible, marked as possibly out of date.
    if (m_model->rowCount() > 0)
        m_model->setStale(true);
    if (ErrorText::needsNewToken(error)) {
        showBanner(int(Level::Error), ErrorText::forUser(error, m_profile),
                   m_profile.sandbox ? BannerAction::Retry : BannerAction::EnterToken);
        return;
    }
    if (ErrorText::isForbidden(error)) {
        showBanner(int(Level::Error), ErrorText::forUser(error, m_profile),
                   m_profile.sandbox ? BannerAction::None : BannerAction::EditProfile);
        return;
    }
    QString text = tr("Could not load the webhooks. %1").arg(error.userMessage());
    if (m_model->rowCount() > 0) {
        text += u' ';
        text += m_lastLoaded.isValid()
                ? tr("The list shows what was loaded at %1.")
                          .arg(locale.toString(m_lastLoaded.time(), QLocale::ShortFormat))
                : tr("The list shows what was loaded before.");
    }
    showBanner(int(Level::Error), text, BannerAction::Retry);
}

void MainWindow::fitColumnsToVisibleRows()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics rowMetrics(m_table->font());
    const QFontMetrics headerMetrics(header->font());
    const int rows = m_proxy->rowCount();
    int first = m_table->rowAt(0);
    if (first < 0)
        first = 0;
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (last < 0) {
        const int rowHeight = qMax(1, m_table->verticalHeader()->defaultSectionSize());
        last = qMin(rows, first + m_table->viewport()->height() / rowHeight + 1) - 1;
    }
    const int padding = 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 14;
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
                cell += m_table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 6;
            width = qMax(width, cell);
        }
        const int maximum = column == WebhookTableModel::UriColumn ? 400 : 300;
        header->resizeSection(column, qBound(40, width, maximum));
    }
}

// --- profiles -------------------------------------------------------------------------

void MainWindow::rebuildProfileMenu()
{
    m_profileMenu->clear();
    const QList<QAction *> old = m_profileGroup->actions();
    for (QAction *action : old) {
        m_profileGroup->removeAction(action);
        action->deleteLater();
    }
    QList<ConnectionProfile> all;
    if (m_sandboxProfile)
        all.append(*m_sandboxProfile);
    all.append(m_profiles->profiles());
    int number = 0;
    for (const ConnectionProfile &profile : all) {
        auto *action = new QAction(
                tr("%1 (%2 at %3)").arg(profile.name, profile.account, profile.serviceUrl.host()),
                m_profileGroup);
        action->setObjectName(QStringLiteral("profileAction_") + profile.name);
        action->setData(profile.name);
        action->setCheckable(true);
        action->setChecked(m_connected && profile.name == m_profile.name);
        if (++number <= 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_0 + number)));
        connect(action, &QAction::triggered, this, [this, name = profile.name] {
            if (!(m_connected && name == m_profile.name))
                connectToProfile(name);
        });
        m_profileMenu->addAction(action);
    }
    if (all.isEmpty()) {
        QAction *none = m_profileMenu->addAction(tr("No profiles yet"));
        none->setEnabled(false);
    }
    m_profileMenu->addSeparator();
    m_profileMenu->addAction(m_addProfileAction);
    m_profileMenu->addAction(m_editProfileAction);
    m_profileMenu->addAction(m_removeProfileAction);
}

void MainWindow::updateProfileMenuChecks()
{
    // Switching profiles keeps the menu's actions; only a profile new to the menu rebuilds it.
    bool found = false;
    const QList<QAction *> actions = m_profileGroup->actions();
    for (QAction *action : actions) {
        const bool current = m_connected && action->data().toString() == m_profile.name;
        action->setChecked(current);
        found |= current;
    }
    if (!found && m_connected)
        rebuildProfileMenu();
}

void MainWindow::connectToCurrentProfile()
{
    const QList<ConnectionProfile> stored = m_profiles->profiles();
    if (stored.isEmpty()) {
        showBanner(int(MessageBanner::Level::Information),
                   tr("Welcome to Hookbench. Add a connection profile with the service URL, "
                      "the account and an administrator’s API token to see its webhooks."),
                   BannerAction::AddProfile);
        addProfile();
        return;
    }
    QString name = m_profiles->currentName();
    if (!m_profiles->profile(name))
        name = stored.first().name;
    connectToProfile(name);
}

void MainWindow::connectToProfile(const QString &name)
{
    if (m_sandboxProfile && name == m_sandboxProfile->name) {
        useProfile(*m_sandboxProfile, SandboxToken);
        return;
    }
    const std::optional<ConnectionProfile> profile = m_profiles->profile(name);
    if (!profile) {
        showBanner(int(MessageBanner::Level::Error),
                   tr("There is no profile named “%1”.").arg(name), BannerAction::AddProfile);
        return;
    }
    statusBar()->showMessage(tr("Reading the token of “%1”…").arg(name));
    m_tokens->read(
            name, this, [this, profile = *profile](const QString &token, const QString &error) {
                statusBar()->clearMessage();
                if (token.isEmpty()) {
                    m_profile = profile;
                    m_connected = false;
                    updateTitle();
                    updateActions();
                    updateProfileMenuChecks();
                    const QString why = error.isEmpty()
                            ? tr("No API token is stored for “%1”. Enter it to connect.")
                                      .arg(profile.name)
                            : tr("The token of “%1” could not be read: %2 Enter it to "
                                 "connect.")
                                      .arg(profile.name, error);
                    showBanner(int(MessageBanner::Level::Warning), why, BannerAction::EnterToken);
                    return;
                }
                useProfile(profile, token);
            });
}

void MainWindow::useProfile(const ConnectionProfile &profile, const QString &token)
{
    const bool sameAccount = m_connected && profile.serviceUrl == m_profile.serviceUrl
            && profile.account == m_profile.account;
    cancelListing();
    m_service->client()->setProfile(profile, token);
    m_profile = profile;
    m_connected = true;
    if (!profile.sandbox)
        m_profiles->setCurrentName(profile.name);
    if (!sameAccount) {
        m_model->clear();
        m_model->setStale(false);
        m_lastLoaded = QDateTime();
    }
    m_banner->dismiss();
    m_bannerAction = BannerAction::None;
    updateTitle();
    updateProfileMenuChecks();
    updateActions();

    m_service->fetchEventCatalog(this, [this](const EventCatalog &catalog, const ApiError &error) {
        if (error.isError())
            qCDebug(lcUi) << "using the built-in event catalogue:" << error.message;
        if (!catalog.isEmpty()) {
            m_catalog = catalog;
            rebuildEventGroupCombo();
        }
    });
    refresh();
    Q_EMIT profileActivated(profile);
}

void MainWindow::useSandbox(const QUrl &baseUrl)
{
    ConnectionProfile profile;
    profile.name = SandboxProfileName;
    profile.serviceUrl = baseUrl;
    profile.account = QStringLiteral("wdc");
    profile.sandbox = true;
    m_sandboxProfile = profile;
    m_tokens->setSessionToken(profile.name, SandboxToken);
    useProfile(profile, SandboxToken);
}

void MainWindow::showStartupError(const QString &message)
{
    showBanner(int(MessageBanner::Level::Error), message, BannerAction::None);
}

void MainWindow::disconnectProfile()
{
    cancelListing();
    m_connected = false;
    m_profile = ConnectionProfile();
    m_model->clear();
    m_model->setStale(false);
    updateTitle();
    updateActions();
}

void MainWindow::addProfile()
{
    auto *dialog = new ConnectionDialog(m_profiles, m_tokens, ConnectionProfile(), this);
    connect(dialog, &ConnectionDialog::profileSaved, this,
            [this](const ConnectionProfile &profile, const QString &, const QString &notice) {
                rebuildProfileMenu();
                connectToProfile(profile.name);
                if (!notice.isEmpty())
                    showBanner(int(MessageBanner::Level::Information), notice, BannerAction::None);
            });
    dialog->open();
}

void MainWindow::editCurrentProfile(const QString &message)
{
    if (m_profile.name.isEmpty() || m_profile.sandbox)
        return;
    auto *dialog = new ConnectionDialog(m_profiles, m_tokens, m_profile, this);
    dialog->setMessage(message);
    if (!message.isEmpty())
        dialog->focusToken();
    connect(dialog, &ConnectionDialog::profileSaved, this,
            [this](const ConnectionProfile &profile, const QString &, const QString &notice) {
                rebuildProfileMenu();
                m_connected = false; // reconnect with the new settings and token
                connectToProfile(profile.name);
                if (!notice.isEmpty())
                    showBanner(int(MessageBanner::Level::Information), notice, BannerAction::None);
            });
    dialog->open();
}

void MainWindow::removeCurrentProfile()
{
    if (!m_connected || m_profile.sandbox)
        return;
    const QString name = m_profile.name;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Profile"),
                                tr("Remove the profile “%1”? Its API token is removed from the "
                                   "keychain; the webhooks of the account are not touched.")
                                        .arg(name),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeProfileBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, remove, name] {
        if (box->clickedButton() != remove)
            return;
        m_profiles->remove(name);
        m_tokens->remove(name, this, [](const QString &) {});
        m_recentlyDeleted.remove(name);
        disconnectProfile();
        rebuildProfileMenu();
        showBanner(int(MessageBanner::Level::Information),
                   tr("The profile “%1” was removed. Choose another one in the Profile menu.")
                           .arg(name),
                   m_profiles->profiles().isEmpty() ? BannerAction::AddProfile
                                                    : BannerAction::None);
    });
    box->open();
}

void MainWindow::rebuildEventGroupCombo()
{
    const QString current = m_groupCombo->currentData().toString();
    const QSignalBlocker blocker(m_groupCombo);
    m_groupCombo->clear();
    m_groupCombo->addItem(tr("All events"), QString());
    for (const QString &group : m_catalog.groups())
        m_groupCombo->addItem(EventCatalog::groupLabel(group), group);
    const int index = m_groupCombo->findData(current);
    m_groupCombo->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0 && !current.isEmpty())
        m_proxy->setEventGroupFilter(QString());
}

// --- actions on webhooks --------------------------------------------------------------

WebhookList MainWindow::selectedWebhooks() const
{
    WebhookList selection;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : rows) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid())
            selection.append(m_model->webhookAt(source.row()));
    }
    return selection;
}

WebhookList MainWindow::recentlyDeleted() const
{
    return m_recentlyDeleted.value(m_profile.name);
}

void MainWindow::selectWebhook(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void MainWindow::newWebhook()
{
    if (m_connected)
        openWebhookDialog(Webhook());
}

void MainWindow::openWebhookDialog(const Webhook &webhook)
{
    auto *dialog = new WebhookDialog(m_service, m_catalog, webhook, this);
    connect(dialog, &WebhookDialog::saved, this, [this](const Webhook &saved) {
        m_model->upsert({saved});
        selectWebhook(saved.id);
        statusBar()->showMessage(tr("Saved “%1”.").arg(saved.displayName()), 8000);
    });
    connect(dialog, &WebhookDialog::testSent, this, [this, dialog](qint64) {
        statusBar()->showMessage(tr("Test sent."), 8000);
        expectDeliveryFor(dialog->editedWebhook());
    });
    if (m_receiver && m_receiver->isListening())
        dialog->setLocalReceiverUrl(m_receiver->baseUrl());
    dialog->open();
}

void MainWindow::setVerificationTracker(const VerificationTracker *tracker)
{
    m_model->setVerificationTracker(tracker);
    m_details->setVerificationTracker(tracker);
}

void MainWindow::setDeliveryReceiver(DeliveryReceiver *receiver)
{
    Q_ASSERT(receiver && !m_receiver);
    m_receiver = receiver;
    m_inspector = new DeliveryInspector(receiver, this);
    m_inspector->setObjectName(QStringLiteral("deliveryInspector"));
    m_deliveriesDock = new QDockWidget(tr("Deliveries"), this);
    m_deliveriesDock->setObjectName(QStringLiteral("deliveriesDock"));
    m_deliveriesDock->setWidget(m_inspector);
    addDockWidget(Qt::BottomDockWidgetArea, m_deliveriesDock);
    if (!restoreDockWidget(m_deliveriesDock)) // where the user left it last time, or:
        resizeDocks({m_deliveriesDock}, {240}, Qt::Vertical);

    QAction *toggle = m_deliveriesDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("deliveriesAction"));
    toggle->setText(tr("&Deliveries"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    toggle->setToolTip(tr("Show the messages that arrive at Hookbench's built-in receiver"));
    m_viewMenu->addAction(toggle);
    connect(m_inspector, &DeliveryInspector::expectedDeliveryArrived, this, [this](qint64 id) {
        statusBar()->showMessage(tr("The test message for webhook %1 arrived.").arg(id), 8000);
    });
}

void MainWindow::expectDeliveryFor(const Webhook &webhook)
{
    if (!m_inspector || !m_receiver->isListening() || webhook.id <= 0)
        return;
    if (!webhook.uri.startsWith(m_receiver->baseUrl().toString()))
        return; // delivered elsewhere: nothing to wait for here
    m_deliveriesDock->show();
    m_deliveriesDock->raise();
    m_inspector->expectDelivery(webhook.id);
}

void MainWindow::editSelected()
{
    const WebhookList selection = selectedWebhooks();
    if (selection.size() != 1 || !m_connected)
        return;
    const Webhook listed = selection.first();
    statusBar()->showMessage(tr("Opening “%1”…").arg(listed.displayName()));
    // The editor needs every field (the list has the collection fields only).
    m_service->get(listed.id, this, [this, listed](const Webhook &webhook, const ApiError &error) {
        statusBar()->clearMessage();
        if (error.isError()) {
            if (error.kind == ApiError::Kind::Http && error.httpStatus == 404) {
                m_model->remove(listed.id);
                showErrorBox(tr("Webhook Not Found"),
                             tr("The webhook “%1” no longer exists; someone else deleted it.")
                                     .arg(listed.displayName()));
                return;
            }
            showErrorBox(tr("Could Not Open the Webhook"), ErrorText::forUser(error, m_profile));
            return;
        }
        m_model->upsert({webhook});
        openWebhookDialog(webhook);
    });
}

std::shared_ptr<MainWindow::Batch> MainWindow::startBatch(const QString &title, int count)
{
    auto batch = std::make_shared<Batch>();
    batch->title = title;
    batch->pending = count;
    return batch;
}

void MainWindow::finishBatchItem(const std::shared_ptr<Batch> &batch, const QString &failure)
{
    if (failure.isEmpty())
        ++batch->succeeded;
    else
        batch->failures.append(failure);
    if (--batch->pending > 0)
        return;
    if (batch->succeeded > 0 && batch->successText)
        statusBar()->showMessage(batch->successText(batch->succeeded), 10000);
    if (!batch->failures.isEmpty()) {
        const QString summary = batch->failures.size() == 1
                ? batch->failures.first()
                : tr("%1 of %2 did not succeed.")
                          .arg(QLocale().toString(batch->failures.size()),
                               QLocale().toString(batch->failures.size() + batch->succeeded));
        showErrorBox(batch->title, summary,
                     batch->failures.size() > 1 ? batch->failures.join(u'\n') : QString());
    }
    updateActions();
    Q_EMIT actionsFinished();
}

void MainWindow::testSelected()
{
    const WebhookList selection = selectedWebhooks();
    if (selection.isEmpty() || !m_connected)
        return;
    auto batch = startBatch(tr("Test Failed"), int(selection.size()));
    batch->successText = [selection](int succeeded) {
        return succeeded == 1 && selection.size() == 1
                ? tr("Test sent to “%1”.").arg(selection.first().displayName())
                : tr("Test sent to %1.").arg(webhookCountText(succeeded));
    };
    for (const Webhook &webhook : selection) {
        m_service->test(webhook.id, this, [this, batch, webhook](const ApiError &error) {
            if (!error.isError())
                expectDeliveryFor(webhook);
            finishBatchItem(batch,
                            error.isError() ? tr("“%1”: %2")
                                                      .arg(webhook.displayName(),
                                                           ErrorText::forUser(error, m_profile))
                                            : QString());
        });
    }
    statusBar()->showMessage(tr("Sending the test…"));
}

void MainWindow::setSelectedDisabled(bool disabled)
{
    WebhookList changing;
    for (const Webhook &webhook : selectedWebhooks()) {
        if (webhook.disabled != disabled)
            changing.append(webhook);
    }
    if (changing.isEmpty() || !m_connected)
        return;
    auto batch = startBatch(disabled ? tr("Disable Failed") : tr("Enable Failed"),
                            int(changing.size()));
    batch->successText = [disabled](int succeeded) {
        return disabled ? tr("Disabled %1.").arg(webhookCountText(succeeded))
                        : tr("Enabled %1.").arg(webhookCountText(succeeded));
    };
    for (const Webhook &before : changing) {
        Webhook after = before;
        after.disabled = disabled;
        m_service->update(before, after, this,
                          [this, batch, before](const Webhook &saved, const ApiError &error) {
                              if (!error.isError())
                                  m_model->upsert({saved});
                              finishBatchItem(
                                      batch,
                                      error.isError()
                                              ? tr("“%1”: %2")
                                                        .arg(before.displayName(),
                                                             ErrorText::forUser(error, m_profile))
                                              : QString());
                          });
    }
}

void MainWindow::deleteSelected()
{
    const WebhookList selection = selectedWebhooks();
    if (selection.isEmpty() || !m_connected)
        return;
    const QString question = selection.size() == 1
            ? tr("Delete the webhook “%1”?").arg(selection.first().displayName())
            : tr("Delete these %1?").arg(webhookCountText(selection.size()));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Webhooks"), question,
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(
            (selection.size() > 1 ? nameList(selection) + QStringLiteral("\n\n") : QString())
            + tr("The service stops sending their messages. Until you quit, you can re-create "
                 "them from Webhook ▸ Recently Deleted."));
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, remove, selection] {
        if (box->clickedButton() == remove)
            deleteWebhooks(selection);
    });
    box->open();
}

void MainWindow::deleteWebhooks(const WebhookList &webhooks)
{
    auto batch = startBatch(tr("Delete Failed"), int(webhooks.size()));
    batch->successText = [](int succeeded) {
        return tr("Deleted %1.").arg(webhookCountText(succeeded));
    };
    const QString profileName = m_profile.name;
    for (const Webhook &listed : webhooks) {
        // Read every field first, so that the webhook can be re-created as it was.
        m_service->get(
                listed.id, this,
                [this, batch, listed, profileName](const Webhook &full, const ApiError &) {
                    const Webhook kept = full.id == listed.id ? full : listed;
                    m_service->remove(
                            listed.id, this,
                            [this, batch, kept, profileName](const ApiError &error) {
                                const bool gone = !error.isError()
                                        || (error.kind == ApiError::Kind::Http
                                            && error.httpStatus == 404);
                                if (gone) {
                                    m_model->remove(kept.id);
                                    m_recentlyDeleted[profileName].append(kept);
                                    if (m_recentlyDeletedDialog)
                                        m_recentlyDeletedDialog->setWebhooks(recentlyDeleted());
                                }
                                finishBatchItem(
                                        batch,
                                        gone ? QString()
                                             : tr("“%1”: %2")
                                                        .arg(kept.displayName(),
                                                             ErrorText::forUser(error, m_profile)));
                            });
                });
    }
    statusBar()->showMessage(tr("Deleting…"));
}

void MainWindow::copySelectedAsJson()
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
    statusBar()->showMessage(tr("Copied %1 as JSON.").arg(webhookCountText(selection.size())),
                             8000);
}

void MainWindow::openSelectedUris()
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
        statusBar()->showMessage(tr("No web address to open."), 8000);
}

void MainWindow::showRecentlyDeleted()
{
    if (!m_recentlyDeletedDialog) {
        m_recentlyDeletedDialog = new RecentlyDeletedDialog(this);
        connect(m_recentlyDeletedDialog, &RecentlyDeletedDialog::recreateRequested, this,
                &MainWindow::recreate);
    }
    m_recentlyDeletedDialog->setWebhooks(recentlyDeleted());
    m_recentlyDeletedDialog->show();
    m_recentlyDeletedDialog->raise();
    m_recentlyDeletedDialog->activateWindow();
}

void MainWindow::recreate(const WebhookList &webhooks)
{
    if (!m_connected || webhooks.isEmpty())
        return;
    auto batch = startBatch(tr("Re-create Failed"), int(webhooks.size()));
    batch->successText = [](int succeeded) {
        return tr("Re-created %1.").arg(webhookCountText(succeeded));
    };
    const QString profileName = m_profile.name;
    for (const Webhook &deleted : webhooks) {
        Webhook copy = deleted;
        copy.id = 0;
        copy.lastError.clear();
        copy.createdAt.clear();
        copy.updatedAt.clear();
        copy.nodeId.clear();
        m_service->create(
                copy, this,
                [this, batch, deleted, profileName](const Webhook &created, const ApiError &error) {
                    if (!error.isError()) {
                        m_model->upsert({created});
                        WebhookList &list = m_recentlyDeleted[profileName];
                        list.removeIf([&deleted](const Webhook &webhook) {
                            return webhook.id == deleted.id;
                        });
                        if (m_recentlyDeletedDialog)
                            m_recentlyDeletedDialog->setWebhooks(recentlyDeleted());
                    }
                    finishBatchItem(batch,
                                    error.isError()
                                            ? tr("“%1”: %2")
                                                      .arg(deleted.displayName(),
                                                           ErrorText::forUser(error, m_profile))
                                            : QString());
                });
    }
}

// --- export ---------------------------------------------------------------------------

void MainWindow::showExportDialog()
{
    QString directory = m_settings->value(Keys::ExportDirectory).toString();
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString fileName = QDir(directory).filePath(
            QStringLiteral("webhooks-%1-%2.csv")
                    .arg(m_profile.account.isEmpty() ? QStringLiteral("export") : m_profile.account,
                         QDate::currentDate().toString(Qt::ISODate)));
    CsvWriter::Options options;
    options.byteOrderMark = m_settings->value(Keys::ExportByteOrderMark, false).toBool();
    options.formulaGuard = m_settings->value(Keys::ExportFormulaGuard, true).toBool();
    auto *dialog = new ExportDialog(m_model->rowCount(), m_proxy->rowCount(),
                                    int(m_table->selectionModel()->selectedRows().size()),
                                    QDir::toNativeSeparators(fileName), options, this);
    connect(dialog, &ExportDialog::exportRequested, this,
            [this, dialog](ExportDialog::Scope scope, const QString &file,
                           const CsvWriter::Options &chosen) {
                QString error;
                if (!exportCsv(scope, file, chosen, &error)) {
                    dialog->showError(error);
                    return;
                }
                m_settings->setValue(Keys::ExportDirectory, QFileInfo(file).absolutePath());
                m_settings->setValue(Keys::ExportByteOrderMark, chosen.byteOrderMark);
                m_settings->setValue(Keys::ExportFormulaGuard, chosen.formulaGuard);
                dialog->accept();
            });
    dialog->open();
}

bool MainWindow::exportCsv(ExportDialog::Scope scope, const QString &fileName,
                           const CsvWriter::Options &options, QString *error)
{
    WebhookList webhooks;
    switch (scope) {
    case ExportDialog::Scope::All:
        webhooks = m_model->webhooks();
        break;
    case ExportDialog::Scope::Filtered:
        webhooks.reserve(m_proxy->rowCount());
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            webhooks.append(m_model->webhookAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
        break;
    case ExportDialog::Scope::Selected:
        webhooks = selectedWebhooks();
        break;
    }
    QString writeError;
    if (!CsvWriter::writeFile(fileName, webhooks, options, &writeError)) {
        if (error)
            *error = tr("Could not export to %1: %2")
                             .arg(QDir::toNativeSeparators(fileName), writeError);
        return false;
    }
    statusBar()->showMessage(
            tr("Exported %1 to %2")
                    .arg(webhookCountText(webhooks.size()), QDir::toNativeSeparators(fileName)),
            15000);
    return true;
}

// --- messages -------------------------------------------------------------------------

void MainWindow::showErrorBox(const QString &title, const QString &text, const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Hookbench"));
    box->setIconPixmap(Icons::application().pixmap(64, 64));
    box->setTextFormat(Qt::PlainText);
    box->setText(tr("Hookbench %1").arg(QApplication::applicationVersion()));
    box->setInformativeText(tr("Administer the webhooks of a 4me, Xurrent or ITRP account: list, "
                               "create, edit, test, enable, disable, delete and export them."));
    box->open();
}
