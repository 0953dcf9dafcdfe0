#include "models/ProfileStore.h"
#include "models/TokenStore.h"
#include "models/WebhookFilterProxyModel.h"
#include "models/WebhookTableModel.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "models/receiver/DeliveryReceiver.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/CsvReader.h"
#include "tests/support/SandboxClientStore.h"
#include "tests/support/TlsTestServer.h"
#include "tests/support/WidgetLookup.h"
#include "views/DeliveryInspector.h"
#include "views/ExportDialog.h"
#include "views/MainWindow.h"
#include "views/MessageBanner.h"
#include "views/PoliciesDialog.h"
#include "views/RecentlyDeletedDialog.h"
#include "views/WebhookDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

#include <memory>

// The main window against in-process sandboxes: loading, filters, actions, export,
// profiles, errors and shortcuts.
class tst_MainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void loadsEveryWebhookWithCounts();
    void textAndStateFilters();
    void keyboardShortcuts();
    void enterInSearchDoesNotOpenEditor();
    void enterInTableOpensEditor();
    void deleteThenRecreate();
    void testAndDisableSelection();
    void exportSelectedRows();
    void profileMenuSwitchesAccounts();
    void networkErrorKeepsStaleList();
    void unauthorizedAsksForToken();
    void forbiddenExplainsAdministrators();
    void layoutIsRemembered();
    void testFireShowsDeliveryInInspector();
    void untrustedCertificateCanBePinned();
    void everyActionIsReachableByKeyboard();
    void switchingProfileShowsNothingOfThePreviousAccount();
    void firstWindowFitsTheScreen();
    void deliveriesPanelOpensCompactAndKeepsItsSize();
    void policiesActionOpensThePolicies();

private:
    std::unique_ptr<SandboxServer> startSandbox(int seed, const QString &nonAdminToken = {});
    ConnectionProfile profileFor(const SandboxServer &server, const QString &name) const;
    void createWindow();
    void connectTo(const ConnectionProfile &profile, const QString &token);
    void selectRows(const QList<int> &rows);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProfileSession> m_session; // owns the client the window uses
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

std::unique_ptr<SandboxServer> tst_MainWindow::startSandbox(int seed, const QString &nonAdminToken)
{
    SandboxOptions options;
    options.seed = seed;
    options.burstLimit = 0;
    options.nonAdminToken = nonAdminToken;
    auto server = std::make_unique<SandboxServer>(options);
    QString error;
    if (!server->start(&error)) {
        qWarning("sandbox did not start: %s", qPrintable(error)); // fails the test function
        return nullptr;
    }
    return server;
}

ConnectionProfile tst_MainWindow::profileFor(const SandboxServer &server, const QString &name) const
{
    ConnectionProfile profile;
    profile.name = name;
    profile.serviceUrl = server.baseUrl();
    profile.account = server.options().account;
    return profile;
}

void tst_MainWindow::init()
{
    // Unexpected warnings fail; the offscreen platform's notes about window features are
    // expected.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support).*")));
    m_sandbox = startSandbox(40);
    QVERIFY(m_sandbox && m_sandbox->isListening());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_settings->clear();
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_tokens = std::make_unique<TokenStore>(QStringLiteral("HookbenchTest"));
    m_tokens->setSessionOnly(true);
    m_session = std::make_unique<ProfileSession>(m_network.get(), m_profiles.get(), m_tokens.get());
    m_session->client()->setRetryBackoffMs(10);
    m_session->client()->setMaxAttempts(1);
    createWindow();
    if (QTest::currentTestFailed())
        return;
}

void tst_MainWindow::createWindow()
{
    m_window = std::make_unique<MainWindow>(m_session.get(), m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_tokens.reset();
    m_profiles.reset();
    m_settings.reset();
    m_network.reset();
    m_sandbox.reset();
}

void tst_MainWindow::connectTo(const ConnectionProfile &profile, const QString &token)
{
    QSignalSpy finished(m_window.get(), &MainWindow::listingFinished);
    m_window->useProfile(profile, token);
    QVERIFY(finished.wait(10000));
}

void tst_MainWindow::selectRows(const QList<int> &rows)
{
    QTableView *table = m_window->tableView();
    table->clearSelection();
    for (int row : rows) {
        table->selectionModel()->select(m_window->proxyModel()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    table->selectionModel()->setCurrentIndex(m_window->proxyModel()->index(rows.first(), 0),
                                             QItemSelectionModel::NoUpdate);
}

void tst_MainWindow::loadsEveryWebhookWithCounts()
{
    connectTo(profileFor(*m_sandbox, QStringLiteral("Local")), m_sandbox->options().token);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_window->tableModel()->rowCount(), 40);
    int disabled = 0;
    for (const Webhook &webhook : SandboxClientStore::of(m_sandbox)->webhooks())
        disabled += webhook.disabled ? 1 : 0;
    HB_FIND_WIDGET(QLabel, counts, m_window, "countsLabel");
    QCOMPARE(counts->text(), QStringLiteral("40 webhooks, %1 disabled").arg(disabled));
    HB_FIND_WIDGET(QLabel, profileLabel, m_window, "profileLabel");
    QVERIFY(profileLabel->text().contains(QStringLiteral("Local")));
    HB_FIND_WIDGET(QWidget, progressBox, m_window, "progressBox");
    QVERIFY(!progressBox->isVisible());
    // Columns were fitted to what is in view, within bounds.
    QHeaderView *header = m_window->tableView()->horizontalHeader();
    QVERIFY(header->sectionSize(WebhookTableModel::UriColumn) <= 400);
    QVERIFY(header->sectionSize(WebhookTableModel::NameColumn) >= 40);
}

void tst_MainWindow::textAndStateFilters()
{
    connectTo(profileFor(*m_sandbox, QStringLiteral("Local")), m_sandbox->options().token);
    if (QTest::currentTestFailed())
        return;
    const Webhook target = SandboxClientStore::of(m_sandbox)->webhooks().at(3);
    HB_FIND_WIDGET(QLineEdit, search, m_window, "searchEdit");
    QTest::keyClicks(search, target.uri.toUpper()); // case-insensitive
    QVERIFY(m_window->proxyModel()->rowCount() >= 1);
    QVERIFY(m_window->proxyModel()->rowCount() < 40);
    for (int row = 0; row < m_window->proxyModel()->rowCount(); ++row) {
        const auto webhook = m_window->proxyModel()
                                     ->index(row, 0)
                                     .data(WebhookTableModel::WebhookRole)
                                     .value<Webhook>();
        QVERIFY(webhook.uri.contains(target.uri, Qt::CaseInsensitive));
    }
    HB_FIND_WIDGET(QLabel, counts, m_window, "countsLabel");
    QVERIFY2(counts->text().contains(QStringLiteral("shown")), qPrintable(counts->text()));
    search->clear();
    QCOMPARE(m_window->proxyModel()->rowCount(), 40);

    HB_FIND_WIDGET(QComboBox, state, m_window, "stateCombo");
    state->setCurrentIndex(state->findData(int(WebhookState::Disabled)));
    const int disabled = m_window->tableModel()->disabledCount();
    QVERIFY(disabled > 0);
    QCOMPARE(m_window->proxyModel()->rowCount(), disabled);
    state->setCurrentIndex(state->findData(int(WebhookState::Enabled)));
    QCOMPARE(m_window->proxyModel()->rowCount(), 40 - disabled);

    HB_FIND_WIDGET(QComboBox, group, m_window, "eventGroupCombo");
    state->setCurrentIndex(0);
    group->setCurrentIndex(group->findData(EventCatalog::groupOf(target.event)));
    QVERIFY(m_window->proxyModel()->rowCount() >= 1);
    for (int row = 0; row < m_window->proxyModel()->rowCount(); ++row) {
        const QString event = m_window->proxyModel()
                                      ->index(row, WebhookTableModel::EventColumn)
                                      .data()
                                      .toString();
        QCOMPARE(EventCatalog::groupOf(event), EventCatalog::groupOf(target.event));
    }
}

void tst_MainWindow::keyboardShortcuts()
{
    connectTo(profileFor(*m_sandbox, QStringLiteral("Local")), m_sandbox->options().token);
    if (QTest::currentTestFailed())
        return;
    m_window->activateWindow();
    m_window->tableView()->setFocus();

    // Ctrl+F focuses the search field.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    HB_FIND_WIDGET(QLineEdit, searchEdit, m_window, "searchEdit");
    QTRY_VERIFY(searchEdit->hasFocus());

    // F5 reloads the list.
    QSignalSpy finished(m_window.get(), &MainWindow::listingFinished);
    const int requests = m_sandbox->requestCount();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(finished.wait(10000));
    QVERIFY(m_sandbox->requestCount() > requests);

    // Ctrl+N opens the editor for a new webhook.
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    auto *dialog = m_window->findChild<WebhookDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->original().isNew());
    delete dialog;

    // Ctrl+T tests the selection.
    selectRows({0});
    m_window->tableView()->setFocus();
    QSignalSpy done(m_window.get(), &MainWindow::actionsFinished);
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
    QVERIFY(done.wait(10000));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Test sent")),
             qPrintable(m_window->statusBar()->currentMessage()));

    // Del in the table asks before deleting; Escape keeps the webhook.
    QApplication::setActiveWindow(m_window.get());
    m_window->tableView()->setFocus();
    QTRY_VERIFY(m_window->tableView()->hasFocus());
    QTest::keyClick(m_window->tableView(), Qt::Key_Delete);
    HB_FIND_WIDGET(QMessageBox, box, m_window, "deleteConfirmation");
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(QStringLiteral("Recently Deleted")));
    box->reject();
    QCOMPARE(SandboxClientStore::of(m_sandbox)->count(), 40);

    // The shortcuts are the standard ones.
    HB_FIND_WIDGET(QAction, newAction, m_window, "newAction");
    QCOMPARE(newAction->shortcut(), QKeySequence(QKeySequence::New));
    HB_FIND_WIDGET(QAction, exportAction, m_window, "exportAction");
    QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    HB_FIND_WIDGET(QAction, editAction, m_window, "editAction");
    QCOMPARE(editAction->shortcut(), QKeySequence(Qt::Key_F2));
    HB_FIND_WIDGET(QAction, quitAction, m_window, "quitAction");
    QCOMPARE(quitAction->shortcut(), QKeySequence(QKeySequence::Quit));
}

void tst_MainWindow::enterInSearchDoesNotOpenEditor()
{
    connectTo(profileFor(*m_sandbox, QStringLiteral("Local")), m_sandbox->options().token);
    if (QTest::currentTestFailed())
        return;
    selectRows({0});
    HB_FIND_WIDGET(QLineEdit, search, m_window, "searchEdit");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("request"));
    QTest::keyClick(search, Qt::Key_Return);
    // Opening the editor starts with a status message and a request; neither happened.
    QVERIFY(!m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Opening")));
    QVERIFY(m_window->findChild<WebhookDialog *>() == nullptr);
    QVERIFY(m_window->tableView()->hasFocus()); // Enter moves to the results
}

void tst_MainWindow::enterInTableOpensEditor()
{
    connectTo(profileFor(*m_sandbox, QStringLiteral("Local")), m_sandbox->options().token);
    if (QTest::currentTestFailed())
        return;
    selectRows({2});
    const Webhook chosen = m_window->selectedWebhooks().first();
    m_window->tableView()->setFocus();
    QTest::keyClick(m_window->tableView(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<WebhookDialog *>() != nullptr, 10000);
    auto *dialog = m_window->findChild<WebhookDialog *>();
    QCOMPARE(dialog->original().id, chosen.id);
    // The editor has every field, the description included (not in the list's fields).
    QCOMPARE(dialog->original().description,
             SandboxClientStore::of(m_sandbox)->find(chosen.id)->description);
}

void tst_MainWindow::deleteThenRecreate()
{
    connectTo(profileFor(*m_sandbox, QStringLiteral("Local")), m_sandbox->options().token);
    if (QTest::currentTestFailed())
        return;
    selectRows({0, 1});
    const WebhookList chosen = m_window->selectedWebhooks();
    QCOMPARE(chosen.size(), 2);
    HB_FIND_WIDGET(QAction, deleteAction, m_window, "deleteAction");
    deleteAction->trigger();
    HB_FIND_WIDGET(QMessageBox, box, m_window, "deleteConfirmation");
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(chosen.at(0).displayName()));
    QVERIFY(box->informativeText().contains(chosen.at(1).displayName()));
    QSignalSpy done(m_window.get(), &MainWindow::actionsFinished);
    HB_FIND_WIDGET(QPushButton, boxConfirmDeleteButton, box, "confirmDeleteButton");
    QTest::mouseClick(boxConfirmDeleteButton, Qt::LeftButton);
    QVERIFY(done.wait(10000));
    QCOMPARE(SandboxClientStore::of(m_sandbox)->count(), 38);
    QVERIFY(!SandboxClientStore::of(m_sandbox)->find(chosen.at(0).id));
    QCOMPARE(m_window->tableModel()->rowCount(), 38);
    QCOMPARE(m_window->recentlyDeleted().size(), 2);
    HB_FIND_WIDGET(QAction, recentlyDeletedAction, m_window, "recentlyDeletedAction");
    QVERIFY(recentlyDeletedAction->isEnabled());

    recentlyDeletedAction->trigger();
    auto *deleted = m_window->findChild<RecentlyDeletedDialog *>();
    QVERIFY(deleted);
    HB_FIND_WIDGET(QTreeWidget, list, deleted, "deletedList");
    QCOMPARE(list->topLevelItemCount(), 2);
    list->topLevelItem(0)->setSelected(true);
    const Webhook again = deleted->selectedWebhooks().first();
    HB_FIND_WIDGET(QPushButton, deletedRecreateButton, deleted, "recreateButton");
    QTest::mouseClick(deletedRecreateButton, Qt::LeftButton);
    QVERIFY(done.wait(10000));
    QCOMPARE(SandboxClientStore::of(m_sandbox)->count(), 39);
    QCOMPARE(m_window->tableModel()->rowCount(), 39);
    QCOMPARE(m_window->recentlyDeleted().size(), 1);
    const Webhook recreated = SandboxClientStore::of(m_sandbox)->webhooks().last();
    QVERIFY(recreated.id != again.id);
    QCOMPARE(recreated.uri, again.uri);
    QCOMPARE(recreated.event, again.event);
    QCOMPARE(recreated.description, again.description);
}

void tst_MainWindow::testAndDisableSelection()
{
    connectTo(profileFor(*m_sandbox, QStringLiteral("Local")), m_sandbox->options().token);
    if (QTest::currentTestFailed())
        return;
    HB_FIND_WIDGET(QComboBox, state, m_window, "stateCombo");
    state->setCurrentIndex(state->findData(int(WebhookState::Enabled)));
    selectRows({0, 1, 2});
    const WebhookList chosen = m_window->selectedWebhooks();
    HB_FIND_WIDGET(QAction, disableAction, m_window, "disableAction");
    QVERIFY(disableAction->isEnabled());
    QSignalSpy done(m_window.get(), &MainWindow::actionsFinished);
    HB_FIND_WIDGET(QAction, testAction, m_window, "testAction");
    testAction->trigger();
    QVERIFY(done.wait(10000));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Test sent to 3 webhooks."));

    disableAction->trigger();
    QVERIFY(done.wait(10000));
    for (const Webhook &webhook : chosen)
        QVERIFY(SandboxClientStore::of(m_sandbox)->find(webhook.id)->disabled);
    // Disabled rows leave the "Enabled" filter.
    for (int row = 0; row < m_window->proxyModel()->rowCount(); ++row) {
        QVERIFY(!m_window->proxyModel()
                         ->index(row, 0)
                         .data(WebhookTableModel::DisabledRole)
                         .toBool());
    }
}

void tst_MainWindow::exportSelectedRows()
{
    connectTo(profileFor(*m_sandbox, QStringLiteral("Local")), m_sandbox->options().token);
    if (QTest::currentTestFailed())
        return;
    selectRows({1, 3, 5});
    const WebhookList chosen = m_window->selectedWebhooks();
    HB_FIND_WIDGET(QAction, exportAction, m_window, "exportAction");
    exportAction->trigger();
    auto *dialog = m_window->findChild<ExportDialog *>();
    QVERIFY(dialog);
    HB_FIND_WIDGET(QRadioButton, selected, dialog, "exportSelectedRadio");
    QVERIFY(selected->isChecked()); // several rows selected: the natural choice
    const QString file = m_dir.filePath(QStringLiteral("selected.csv"));
    HB_FIND_WIDGET(QLineEdit, fileEdit, dialog, "fileEdit");
    fileEdit->setText(file);
    HB_FIND_WIDGET(QPushButton, exportButton, dialog, "exportButton");
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<ExportDialog *>() || !dialog->isVisible());

    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QStringList> records = CsvReader::read(csv.readAll());
    QCOMPARE(records.size(), 4); // the header and three records
    QCOMPARE(records.first().mid(0, 4),
             QStringList({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("event"),
                          QStringLiteral("uri")}));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(records.at(i + 1).at(0), QString::number(chosen.at(i).id));
        QCOMPARE(records.at(i + 1).at(2), chosen.at(i).event);
    }
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("selected.csv")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("3 webhooks")));
}

void tst_MainWindow::profileMenuSwitchesAccounts()
{
    std::unique_ptr<SandboxServer> other = startSandbox(7);
    QVERIFY(other);
    m_profiles->save(profileFor(*m_sandbox, QStringLiteral("Alpha")));
    m_profiles->save(profileFor(*other, QStringLiteral("Beta")));
    m_tokens->setSessionToken(QStringLiteral("Alpha"), m_sandbox->options().token);
    m_tokens->setSessionToken(QStringLiteral("Beta"), other->options().token);
    m_profiles->setCurrentName(QStringLiteral("Alpha"));
    m_window.reset();
    createWindow();
    if (QTest::currentTestFailed())
        return;

    QSignalSpy finished(m_window.get(), &MainWindow::listingFinished);
    m_window->connectToCurrentProfile();
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_window->currentProfile().name, QStringLiteral("Alpha"));
    QCOMPARE(m_window->tableModel()->rowCount(), 40);

    HB_FIND_WIDGET(QMenu, menu, m_window, "profileMenu");
    QAction *beta = nullptr;
    for (QAction *entry : menu->actions()) {
        if (entry->data().toString() == u"Beta")
            beta = entry;
    }
    QVERIFY(beta);
    beta->trigger();
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_window->currentProfile().name, QStringLiteral("Beta"));
    QCOMPARE(m_window->tableModel()->rowCount(), 7);
    QVERIFY(beta->isChecked());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Beta")));
    QCOMPARE(m_profiles->currentName(), QStringLiteral("Beta"));
}

void tst_MainWindow::networkErrorKeepsStaleList()
{
    connectTo(profileFor(*m_sandbox, QStringLiteral("Local")), m_sandbox->options().token);
    if (QTest::currentTestFailed())
        return;
    m_sandbox->stop();
    QSignalSpy finished(m_window.get(), &MainWindow::listingFinished);
    HB_FIND_WIDGET(QAction, refreshAction, m_window, "refreshAction");
    refreshAction->trigger();
    QVERIFY(finished.wait(15000));
    QCOMPARE(m_window->tableModel()->rowCount(), 40); // the last good list stays
    QVERIFY(m_window->tableModel()->isStale());
    HB_FIND_WIDGET(QLabel, staleLabel, m_window, "staleLabel");
    QVERIFY(staleLabel->isVisible());
    HB_FIND_WIDGET(MessageBanner, banner, m_window, "messageBanner");
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->level(), MessageBanner::Level::Error);
    HB_FIND_WIDGET(QPushButton, retry, banner, "bannerActionButton");
    QVERIFY(retry->isVisible());
    QCOMPARE(retry->text().remove(u'&'), QStringLiteral("Retry"));

    // Retry once the service is back: the banner and the stale mark go.
    QVERIFY(m_sandbox->start());
    m_session->client()->setProfile(profileFor(*m_sandbox, QStringLiteral("Local")),
                                    m_sandbox->options().token);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY(!m_window->tableModel()->isStale());
    QVERIFY(!banner->isVisible());
}

void tst_MainWindow::unauthorizedAsksForToken()
{
    connectTo(profileFor(*m_sandbox, QStringLiteral("Local")), QStringLiteral("wrong-token"));
    if (QTest::currentTestFailed())
        return;
    HB_FIND_WIDGET(MessageBanner, banner, m_window, "messageBanner");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("new token")), qPrintable(banner->text()));
    HB_FIND_WIDGET(QPushButton, button, banner, "bannerActionButton");
    QCOMPARE(button->text().remove(u'&'), QStringLiteral("Enter Token…"));
    QCOMPARE(m_window->tableModel()->rowCount(), 0);

    // A token revoked after the list was loaded: the rows stay, marked stale.
    connectTo(profileFor(*m_sandbox, QStringLiteral("Local")), m_sandbox->options().token);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_window->tableModel()->rowCount(), 40);
    QVERIFY(!m_window->tableModel()->isStale());
    m_session->client()->setProfile(m_window->currentProfile(), QStringLiteral("revoked"));
    QSignalSpy finished(m_window.get(), &MainWindow::listingFinished);
    m_window->refresh();
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_window->tableModel()->rowCount(), 40);
    QVERIFY(m_window->tableModel()->isStale());
    QVERIFY2(banner->text().contains(QStringLiteral("new token")), qPrintable(banner->text()));
}

void tst_MainWindow::forbiddenExplainsAdministrators()
{
    m_sandbox = startSandbox(3, QStringLiteral("agent-token"));
    QVERIFY(m_sandbox);
    connectTo(profileFor(*m_sandbox, QStringLiteral("Local")), QStringLiteral("agent-token"));
    if (QTest::currentTestFailed())
        return;
    HB_FIND_WIDGET(MessageBanner, banner, m_window, "messageBanner");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("Account Administrators and Directory "
                                                    "Administrators")),
             qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("scope")), qPrintable(banner->text()));
}

void tst_MainWindow::layoutIsRemembered()
{
    connectTo(profileFor(*m_sandbox, QStringLiteral("Local")), m_sandbox->options().token);
    if (QTest::currentTestFailed())
        return;
    QHeaderView *header = m_window->tableView()->horizontalHeader();
    m_window->tableView()->sortByColumn(WebhookTableModel::IdColumn, Qt::DescendingOrder);
    header->resizeSection(WebhookTableModel::EventColumn, 233);
    m_window->close();
    QVERIFY(m_settings->contains(QStringLiteral("mainWindow/header")));
    m_window.reset();
    createWindow();
    if (QTest::currentTestFailed())
        return;
    header = m_window->tableView()->horizontalHeader();
    QCOMPARE(header->sectionSize(WebhookTableModel::EventColumn), 233);
    QCOMPARE(header->sortIndicatorSection(), int(WebhookTableModel::IdColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
}

void tst_MainWindow::testFireShowsDeliveryInInspector()
{
    // The built-in receiver, docked as the Deliveries panel; a webhook that points at it is
    // test-fired from the table, and its message shows in the panel.
    DeliveryReceiver receiver;
    QVERIFY(receiver.listen());
    m_window->setDeliveryReceiver(&receiver);
    HB_FIND_WIDGET(QAction, deliveries, m_window, "deliveriesAction");
    QVERIFY(deliveries);
    QCOMPARE(deliveries->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+D")));
    HB_FIND_WIDGET(QDockWidget, dock, m_window, "deliveriesDock");
    QVERIFY(dock);
    dock->hide();

    Webhook target;
    target.name = QStringLiteral("To the receiver");
    target.event = QStringLiteral("request.create");
    target.uri = receiver.receiverUrlFor(1);
    const qint64 id = SandboxClientStore::of(m_sandbox)->add(target).id;
    connectTo(profileFor(*m_sandbox, QStringLiteral("Local")), m_sandbox->options().token);
    if (QTest::currentTestFailed())
        return;
    const int row = m_window->proxyModel()
                            ->mapFromSource(m_window->tableModel()->index(
                                    m_window->tableModel()->rowOf(id), 0))
                            .row();
    selectRows({row});

    QSignalSpy arrived(m_window->deliveryInspector(), &DeliveryInspector::expectedDeliveryArrived);
    QSignalSpy delivered(m_sandbox.get(), &SandboxServer::delivered);
    HB_FIND_WIDGET(QAction, testAction, m_window, "testAction");
    testAction->trigger();
    QVERIFY(arrived.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10000); // the sandbox saw the answer
    QCOMPARE(arrived.first().first().toLongLong(), id);
    QVERIFY(dock->isVisible()); // shown for the test it waits for
    QCOMPARE(receiver.deliveries().size(), 1);
    QCOMPARE(receiver.deliveries().first().objectId, 12345);
}

void tst_MainWindow::untrustedCertificateCanBePinned()
{
    QString error;
    const TlsTestServer::Identity identity = TlsTestServer::generateSelfSigned(
            QStringLiteral("webhooks.example.test"), true, 30, &error);
    QVERIFY2(!identity.isNull(), qPrintable(error));
    TlsTestServer server(identity);
    QVERIFY(server.listen());
    server.setHandler([](const TlsTestServer::Request &request) {
        if (request.path() != u"/v1/webhooks")
            return FaultServer::response(404, R"({"message":"Not Found"})");
        return FaultServer::response(
                200, R"([{"id":7,"event":"request.create","uri":"https://hooks.test/7"}])",
                {{"Content-Type", "application/json"},
                 {"X-Pagination-Total-Entries", "1"},
                 {"X-Pagination-Total-Pages", "1"}});
    });
    ConnectionProfile profile;
    profile.name = QStringLiteral("Self-signed");
    profile.serviceUrl = server.baseUrl();
    profile.account = QStringLiteral("wdc");
    m_profiles->save(profile);

    for (int i = 0; i < 2; ++i) { // the listing and the event catalogue
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("certificate was refused")));
    }
    QSignalSpy finished(m_window.get(), &MainWindow::listingFinished);
    m_window->useProfile(profile, QStringLiteral("tls-token"));
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.last().first().value<ApiError>().isError());
    QVERIFY(server.requests().isEmpty()); // nothing, no token, went to the untrusted server

    // Never trusted silently: the banner offers a review of the certificate.
    HB_FIND_WIDGET(MessageBanner, banner, m_window, "messageBanner");
    QVERIFY(banner->isVisible());
    HB_FIND_WIDGET(QPushButton, review, banner, "bannerActionButton");
    QVERIFY(review->text().contains(QStringLiteral("Certificate")));
    review->click();
    QMessageBox *box = nullptr;
    HB_FIND_WIDGET(QMessageBox, certificateBox, m_window, "certificateBox");
    QTRY_VERIFY((box = certificateBox));
    QVERIFY2(box->informativeText().contains(QStringLiteral("self-signed")),
             qPrintable(box->informativeText()));
    const QByteArray fingerprintStart = identity.sha256().left(4).toUpper(); // "ABCD"
    QVERIFY(box->informativeText().contains(QString::fromLatin1(
            fingerprintStart.left(2) + ':' + fingerprintStart.mid(2)))); // shown as "AB:CD"

    HB_FIND_WIDGET(QPushButton, boxTrustCertificateButton, box, "trustCertificateButton");
    boxTrustCertificateButton->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.last().first().value<ApiError>().isError());
    QCOMPARE(m_window->tableModel()->rowCount(), 1);
    QCOMPARE(m_profiles->profile(profile.name)->pinnedCertificateSha256, identity.sha256());
}

void tst_MainWindow::everyActionIsReachableByKeyboard()
{
    // Every menu opens with Alt and its mnemonic; in it every action has a mnemonic of its
    // own or a shortcut, and no two entries of a menu share a mnemonic.
    const auto mnemonic = [](const QString &text) {
        const qsizetype at = text.indexOf(u'&');
        return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
    };
    QSet<QChar> menuKeys;
    const QList<QAction *> menus = m_window->menuBar()->actions();
    QVERIFY(menus.size() >= 5);
    for (QAction *menuAction : menus) {
        const QChar menuKey = mnemonic(menuAction->text());
        QVERIFY2(!menuKey.isNull(), qPrintable(menuAction->text()));
        QVERIFY2(!menuKeys.contains(menuKey), qPrintable(menuAction->text()));
        menuKeys.insert(menuKey);
        QMenu *menu = menuAction->menu();
        QVERIFY(menu);
        QSet<QChar> keys;
        for (QAction *entry : menu->actions()) {
            // Separators and notes such as "No profiles yet" are not actions.
            if (entry->isSeparator() || entry->objectName().isEmpty())
                continue;
            const QChar key = mnemonic(entry->text());
            QVERIFY2(!key.isNull() || !entry->shortcut().isEmpty(),
                     qPrintable(menu->title() + u' ' + entry->text()));
            if (key.isNull())
                continue;
            QVERIFY2(!keys.contains(key), qPrintable(menu->title() + u' ' + entry->text()));
            keys.insert(key);
        }
    }
}

void tst_MainWindow::switchingProfileShowsNothingOfThePreviousAccount()
{
    connectTo(profileFor(*m_sandbox, QStringLiteral("First")), m_sandbox->options().token);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_window->tableModel()->rowCount(), 40);
    selectRows({3});
    HB_FIND_WIDGET(QLabel, placeholder, m_window, "detailsPlaceholder");
    HB_FIND_WIDGET(QLabel, name, m_window, "detailsName");
    QTRY_VERIFY(!name->text().isEmpty());
    QVERIFY(!placeholder->isVisible());

    auto other = startSandbox(2);
    QVERIFY(other && other->isListening());
    QSignalSpy finished(m_window.get(), &MainWindow::listingFinished);
    m_window->useProfile(profileFor(*other, QStringLiteral("Second")), other->options().token);
    // At once, before the other account's listing arrives: nothing of the first is shown.
    QCOMPARE(m_window->tableModel()->rowCount(), 0);
    QVERIFY(m_window->selectedWebhooks().isEmpty());
    QVERIFY(placeholder->isVisible());
    QVERIFY(!name->isVisible());
    QVERIFY(m_window->recentlyDeleted().isEmpty());
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_window->tableModel()->rowCount(), 2);
    m_window.reset(); // before the second sandbox goes
}

void tst_MainWindow::firstWindowFitsTheScreen()
{
    // A first start (no saved geometry) sizes the window from the screen's available space.
    const QRect available = m_window->screen()->availableGeometry();
    QVERIFY(m_window->width() <= available.width());
    QVERIFY(m_window->height() <= available.height());
    QVERIFY(m_window->width() >= std::min(800, available.width() * 3 / 4));
}

void tst_MainWindow::deliveriesPanelOpensCompactAndKeepsItsSize()
{
    // As app/main.cpp does it: the receiver is docked before the first show.
    m_window.reset();
    DeliveryReceiver receiver;
    QVERIFY(receiver.listen());
    const auto open = [&] {
        m_window = std::make_unique<MainWindow>(m_session.get(), m_settings.get());
        m_window->setDeliveryReceiver(&receiver);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    };
    QVERIFY(open());
    HB_FIND_WIDGET(QDockWidget, dock, m_window, "deliveriesDock");
    HB_FIND_WIDGET(QTableView, table, m_window, "webhookTable");
    // At first start the webhook table gets most of the height.
    QVERIFY2(dock->height() <= m_window->height() / 3,
             qPrintable(QStringLiteral("panel %1 px of %2")
                                .arg(dock->height())
                                .arg(m_window->height())));
    QVERIFY2(table->height() > dock->height(),
             qPrintable(QStringLiteral("table %1 px, panel %2 px")
                                .arg(table->height())
                                .arg(dock->height())));

    // What the user makes of it is remembered.
    const int wanted = m_window->height() / 2;
    m_window->resizeDocks({dock}, {wanted}, Qt::Vertical);
    QTRY_VERIFY2(std::abs(dock->height() - wanted) <= 10,
                 qPrintable(QStringLiteral("%1 px, asked for %2 of %3")
                                    .arg(dock->height())
                                    .arg(wanted)
                                    .arg(m_window->height())));
    const int chosen = dock->height();
    m_window->close();
    m_window.reset();
    QVERIFY(open());
    HB_FIND_WIDGET(QDockWidget, reopened, m_window, "deliveriesDock");
    QTRY_VERIFY2(std::abs(reopened->height() - chosen) <= 10,
                 qPrintable(QStringLiteral("%1 px, was %2").arg(reopened->height()).arg(chosen)));
    m_window.reset(); // before the receiver goes
}

void tst_MainWindow::policiesActionOpensThePolicies()
{
    connectTo(profileFor(*m_sandbox, QStringLiteral("Sandbox")), m_sandbox->options().token);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("policiesAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("webhookMenu"));
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(action));
    auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    QVERIFY(toolBar->actions().contains(action));

    // The table names each webhook's policy.
    QCOMPARE(m_window->tableModel()
                     ->headerData(WebhookTableModel::PolicyColumn, Qt::Horizontal)
                     .toString(),
             QStringLiteral("Policy"));
    int linked = 0;
    for (const Webhook &webhook : m_window->tableModel()->webhooks())
        linked += webhook.webhookPolicyId != 0 ? 1 : 0;
    QVERIFY(linked > 0); // the seeded sandbox links some webhooks

    action->trigger();
    auto *dialog = m_window->findChild<PoliciesDialog *>(QStringLiteral("policiesDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QSignalSpy refreshed(dialog, &PoliciesDialog::refreshed);
    QVERIFY(refreshed.wait(10000));
    HB_FIND_WIDGET(QTreeWidget, table, dialog, "policiesTable");
    QVERIFY(table->topLevelItemCount() > 0);
    int counted = 0;
    for (int i = 0; i < table->topLevelItemCount(); ++i)
        counted += table->topLevelItem(i)->text(5).toInt();
    QCOMPARE(counted, linked); // the window's list, counted per policy
    dialog->close();
}

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
