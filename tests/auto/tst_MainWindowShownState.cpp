// What the main window shows is the current row and the current state: the details pane
// follows the filter, keeps the fields of a single GET after a refresh, a test-fire says what
// the built-in receiver answered, and a test to another receiver brings its new last_error.
// The status bar counts the webhooks with an error and, for the sandbox, shows its address;
// state and last error are in view in a 1,280-pixel window.
#include "models/ProfileStore.h"
#include "models/TokenStore.h"
#include "models/WebhookFilterProxyModel.h"
#include "models/WebhookTableModel.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "models/receiver/DeliveryReceiver.h"
#include "models/workflow/ProfileSession.h"
#include "models/workflow/TestFollowUp.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/FaultServer.h"
#include "tests/support/SandboxClientStore.h"
#include "tests/support/WarningGuard.h"
#include "tests/support/WidgetLookup.h"
#include "views/DeliveryInspector.h"
#include "views/MainWindow.h"
#include "views/RecentlyDeletedDialog.h"
#include "views/WebhookDetailsPane.h"
#include "views/WebhookDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

class tst_MainWindowShownState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void detailsFollowTheFilter();
    void refreshKeepsTheFieldsOfTheSingleRead();
    void refreshReadsTheSelectedWebhookAgain();
    void testSaysWhatTheReceiverAnswered();
    void testElsewhereShowsTheNewLastError();
    void editorTestShowsTheNewLastError();
    void statusBarCountsWebhooksWithErrors();
    void stateAndLastErrorFitA1280PixelWindow();
    void sandboxAddressIsShown();
    void deleteSelectsTheNextRowAndRecreateNamesTheNewId();
    void eventGroupsEndWithOther();

private:
    void connectWindow(bool sandbox = false);
    void selectId(qint64 id);
    qint64 addWebhook(const QString &name, const QString &uri, bool disabled = false,
                      const QString &lastError = {});

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProfileSession> m_session;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindowShownState::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_MainWindowShownState::init()
{
    hb::test::failOnUnexpectedWarnings();
    SandboxOptions options;
    options.burstLimit = 0;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_settings->clear();
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_tokens = std::make_unique<TokenStore>(QStringLiteral("HookbenchTest"));
    m_tokens->setSessionOnly(true);
    m_session = std::make_unique<ProfileSession>(m_network.get(), m_profiles.get(), m_tokens.get());
    m_session->client()->setMaxAttempts(1);
    m_window = std::make_unique<MainWindow>(m_session.get(), m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MainWindowShownState::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_tokens.reset();
    m_profiles.reset();
    m_settings.reset();
    m_network.reset();
    m_sandbox.reset();
}

void tst_MainWindowShownState::connectWindow(bool sandbox)
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("Local");
    profile.serviceUrl = m_sandbox->baseUrl();
    profile.account = m_sandbox->options().account;
    profile.sandbox = sandbox;
    QSignalSpy finished(m_window.get(), &MainWindow::listingFinished);
    m_window->useProfile(profile, m_sandbox->options().token);
    QVERIFY(finished.wait(10000));
}

qint64 tst_MainWindowShownState::addWebhook(const QString &name, const QString &uri, bool disabled,
                                            const QString &lastError)
{
    Webhook webhook;
    webhook.name = name;
    webhook.event = QStringLiteral("request.create");
    webhook.uri = uri;
    webhook.disabled = disabled;
    webhook.lastError = lastError;
    return SandboxClientStore::of(m_sandbox)->add(webhook).id;
}

void tst_MainWindowShownState::selectId(qint64 id)
{
    QTableView *table = m_window->tableView();
    const QModelIndex index = m_window->proxyModel()->mapFromSource(
            m_window->tableModel()->index(m_window->tableModel()->rowOf(id), 0));
    QVERIFY(index.isValid());
    table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void tst_MainWindowShownState::detailsFollowTheFilter()
{
    const qint64 enabled = addWebhook(QStringLiteral("Enabled one"),
                                      QStringLiteral("https://hooks.example.com/1"));
    addWebhook(QStringLiteral("Disabled one"), QStringLiteral("https://hooks.example.com/2"), true);
    connectWindow();
    if (QTest::currentTestFailed())
        return;
    selectId(enabled);
    auto *pane = m_window->findChild<WebhookDetailsPane *>();
    QVERIFY(pane);
    QCOMPARE(pane->webhookId(), enabled);

    HB_FIND_WIDGET(QComboBox, state, m_window, "stateCombo");
    state->setCurrentIndex(state->findData(int(WebhookState::Disabled)));
    QCOMPARE(m_window->proxyModel()->rowCount(), 1);
    QCOMPARE(pane->webhookId(), 0); // the filtered-out webhook is no longer shown
    HB_FIND_WIDGET(QLabel, placeholder, pane, "detailsPlaceholder");
    QVERIFY(placeholder->isVisible());
}

void tst_MainWindowShownState::refreshKeepsTheFieldsOfTheSingleRead()
{
    const qint64 id = addWebhook(QStringLiteral("Node"), QStringLiteral("https://h.example/n"));
    connectWindow();
    if (QTest::currentTestFailed())
        return;
    selectId(id);
    HB_FIND_WIDGET(QLabel, nodeId, m_window, "detailsNodeId");
    QTRY_VERIFY(nodeId->isVisible()); // a single GET has nodeID; the listing does not
    const QString node = nodeId->text();
    QVERIFY(!node.isEmpty());

    QSignalSpy finished(m_window.get(), &MainWindow::listingFinished);
    HB_FIND_WIDGET(QAction, refreshAction, m_window, "refreshAction");
    refreshAction->trigger();
    QVERIFY(finished.wait(10000));
    QTRY_VERIFY(nodeId->isVisible());
    QCOMPARE(nodeId->text(), node);
}

void tst_MainWindowShownState::refreshReadsTheSelectedWebhookAgain()
{
    // A service that ignores ?fields= lists the collection fields only: after F5 the selected
    // webhook is read again, so that its Node ID row comes back.
    FaultServer server;
    QVERIFY(server.listen());
    server.setHandler([](const FaultServer::Request &request) {
        const QByteArray listed = R"({"id":1,"name":"Node","event":"request.create",)"
                                  R"("uri":"https://h.example/n",)"
                                  R"("created_at":"2024-01-15T10:00:00Z",)"
                                  R"("updated_at":"2024-01-15T10:00:00Z")";
        if (request.path() == u"/v1/webhooks")
            return FaultServer::json(
                    200, '[' + listed + "}]",
                    {{"X-Pagination-Total-Entries", "1"}, {"X-Pagination-Total-Pages", "1"}});
        if (request.path() == u"/v1/webhooks/1")
            return FaultServer::json(200, listed + R"(,"nodeID":"Tm9kZS8x"})");
        return FaultServer::json(404, R"({"message":"Not Found"})");
    });
    ConnectionProfile profile;
    profile.name = QStringLiteral("Older service");
    profile.serviceUrl = server.baseUrl();
    profile.account = QStringLiteral("wdc");
    QSignalSpy finished(m_window.get(), &MainWindow::listingFinished);
    m_window->useProfile(profile, QStringLiteral("older-token"));
    QVERIFY(finished.wait(10000));
    selectId(1);
    HB_FIND_WIDGET(QLabel, nodeId, m_window, "detailsNodeId");
    QTRY_VERIFY(nodeId->isVisible());
    QCOMPARE(nodeId->text(), QStringLiteral("Tm9kZS8x"));

    HB_FIND_WIDGET(QAction, refreshAction, m_window, "refreshAction");
    refreshAction->trigger();
    QVERIFY(finished.wait(10000));
    QTRY_VERIFY(nodeId->isVisible());
    QCOMPARE(nodeId->text(), QStringLiteral("Tm9kZS8x"));
}

void tst_MainWindowShownState::testSaysWhatTheReceiverAnswered()
{
    DeliveryReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.setResponseStatus(500);
    m_window->setDeliveryReceiver(&receiver);
    const qint64 id = addWebhook(QStringLiteral("To the receiver"), receiver.receiverUrlFor(1));
    connectWindow();
    if (QTest::currentTestFailed())
        return;
    selectId(id);
    QSignalSpy arrived(m_window->deliveryInspector(), &DeliveryInspector::expectedDeliveryArrived);
    HB_FIND_WIDGET(QAction, testAction, m_window, "testAction");
    testAction->trigger();
    QVERIFY(arrived.wait(10000));
    QStatusBar *status = m_window->statusBar();
    QTRY_VERIFY2(status->currentMessage().contains(QStringLiteral("answered 500")),
                 qPrintable(status->currentMessage()));
    QVERIFY2(status->currentMessage().contains(QStringLiteral("failed delivery")),
             qPrintable(status->currentMessage()));
}

void tst_MainWindowShownState::testElsewhereShowsTheNewLastError()
{
    // A port nobody listens on: the sandbox's delivery fails at once.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString uri = QStringLiteral("http://127.0.0.1:%1/hook").arg(closed.serverPort());
    closed.close();
    const qint64 id = addWebhook(QStringLiteral("Elsewhere"), uri);
    connectWindow();
    if (QTest::currentTestFailed())
        return;
    selectId(id);
    HB_FIND_WIDGET(QLabel, lastError, m_window, "detailsLastError");
    QVERIFY(!lastError->isVisible());
    m_window->testFollowUp()->setDelayMs(1500);
    QSignalSpy reread(m_window->testFollowUp(), &TestFollowUp::reread);
    HB_FIND_WIDGET(QAction, testAction, m_window, "testAction");
    testAction->trigger();
    QVERIFY(reread.wait(10000));
    QTRY_VERIFY(lastError->isVisible()); // without F5
    QVERIFY(!lastError->text().isEmpty());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(lastError->text()),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void tst_MainWindowShownState::editorTestShowsTheNewLastError()
{
    // The same from the editor: it does not claim the receiver got anything, and the new
    // last_error shows in the details pane and the status bar without F5.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString uri = QStringLiteral("http://127.0.0.1:%1/hook").arg(closed.serverPort());
    closed.close();
    const qint64 id = addWebhook(QStringLiteral("Edited elsewhere"), uri);
    connectWindow();
    if (QTest::currentTestFailed())
        return;
    selectId(id);
    HB_FIND_WIDGET(QLabel, lastError, m_window, "detailsLastError");
    QVERIFY(!lastError->isVisible());
    HB_FIND_WIDGET(QAction, editAction, m_window, "editAction");
    editAction->trigger();
    QTRY_VERIFY(m_window->findChild<WebhookDialog *>() != nullptr);
    auto *dialog = m_window->findChild<WebhookDialog *>();
    QCOMPARE(dialog->original().id, id);

    m_window->testFollowUp()->setDelayMs(1500);
    QSignalSpy reread(m_window->testFollowUp(), &TestFollowUp::reread);
    QSignalSpy tested(dialog, &WebhookDialog::testSent);
    HB_FIND_WIDGET(QPushButton, testButton, dialog, "testButton");
    QTest::mouseClick(testButton, Qt::LeftButton);
    QVERIFY(tested.wait(10000));
    HB_FIND_WIDGET(QLabel, testStatus, dialog, "testStatus");
    QVERIFY2(testStatus->text().contains(QStringLiteral("last error")),
             qPrintable(testStatus->text()));
    QCOMPARE(testStatus->palette().color(QPalette::WindowText),
             dialog->palette().color(QPalette::WindowText)); // not the colour of success

    QVERIFY(reread.wait(10000));
    QCOMPARE(reread.first().first().value<Webhook>().id, id);
    QTRY_VERIFY(lastError->isVisible());
    QVERIFY(!lastError->text().isEmpty());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(lastError->text()),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void tst_MainWindowShownState::statusBarCountsWebhooksWithErrors()
{
    addWebhook(QStringLiteral("Fine"), QStringLiteral("https://h.example/1"));
    addWebhook(QStringLiteral("Failing"), QStringLiteral("https://h.example/2"), false,
               QStringLiteral("500 Internal Server Error"));
    addWebhook(QStringLiteral("Off"), QStringLiteral("https://h.example/3"), true,
               QStringLiteral("404 Not Found"));
    connectWindow();
    if (QTest::currentTestFailed())
        return;
    HB_FIND_WIDGET(QLabel, errors, m_window, "errorCountLabel");
    QTRY_COMPARE(errors->text(), QStringLiteral("2 with errors"));
    QVERIFY(errors->isVisible());
    HB_FIND_WIDGET(QComboBox, state, m_window, "stateCombo");
    state->setCurrentIndex(state->findData(int(WebhookFilterProxyModel::StateFilter::HasError)));
    QCOMPARE(m_window->proxyModel()->rowCount(), 2);
}

void tst_MainWindowShownState::stateAndLastErrorFitA1280PixelWindow()
{
    // Long values everywhere, as real accounts have them; the window at 1,280 pixels with the
    // details pane open, and after View > Fit Columns.
    for (int i = 1; i <= 12; ++i) {
        addWebhook(QStringLiteral("ServiceNow incident bridge for the service desk %1").arg(i),
                   QStringLiteral("https://integrations.example.com/hooks/4me/incidents/%1").arg(i),
                   i % 4 == 0,
                   i % 3 == 0 ? QStringLiteral("500 Internal Server Error") : QString());
    }
    connectWindow();
    if (QTest::currentTestFailed())
        return;
    HB_FIND_WIDGET(QAction, detailsPaneAction, m_window, "detailsPaneAction");
    QVERIFY(detailsPaneAction->isChecked());
    m_window->resize(1280, 800);
    QTRY_COMPARE(m_window->width(), 1280);
    HB_FIND_WIDGET(QAction, fitColumnsAction, m_window, "fitColumnsAction");
    for (bool fitted : {false, true}) {
        if (fitted)
            fitColumnsAction->trigger();
        QApplication::processEvents();
        QTableView *table = m_window->tableView();
        QHeaderView *header = table->horizontalHeader();
        const int width = table->viewport()->width();
        for (int column : {int(WebhookTableModel::NameColumn), int(WebhookTableModel::StateColumn),
                           int(WebhookTableModel::LastErrorColumn)}) {
            const QByteArray what = QByteArray::number(column) + (fitted ? " fitted" : "");
            QVERIFY2(!header->isSectionHidden(column), what.constData());
            QVERIFY2(header->sectionViewportPosition(column) >= 0, what.constData());
            QVERIFY2(header->sectionViewportPosition(column) + header->sectionSize(column) <= width,
                     what.constData());
        }
    }
}

void tst_MainWindowShownState::sandboxAddressIsShown()
{
    connectWindow(true);
    if (QTest::currentTestFailed())
        return;
    const QString address = m_sandbox->baseUrl().toString();
    HB_FIND_WIDGET(QLabel, profileLabel, m_window, "profileLabel");
    QVERIFY2(profileLabel->text().contains(address), qPrintable(profileLabel->text()));
    HB_FIND_WIDGET(QAction, aboutSandboxAction, m_window, "aboutSandboxAction");
    QVERIFY(aboutSandboxAction->isVisible());
    aboutSandboxAction->trigger();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("aboutSandboxDialog"));
    QVERIFY(dialog);
    HB_FIND_WIDGET(QLabel, shown, dialog, "sandboxAddressLabel");
    QCOMPARE(shown->text(), address);
}

void tst_MainWindowShownState::deleteSelectsTheNextRowAndRecreateNamesTheNewId()
{
    addWebhook(QStringLiteral("Alpha"), QStringLiteral("https://h.example/a"));
    const qint64 beta = addWebhook(QStringLiteral("Beta"), QStringLiteral("https://h.example/b"));
    const qint64 gamma = addWebhook(QStringLiteral("Gamma"), QStringLiteral("https://h.example/c"));
    connectWindow();
    if (QTest::currentTestFailed())
        return;
    selectId(beta);
    QSignalSpy done(m_window.get(), &MainWindow::actionsFinished);
    HB_FIND_WIDGET(QAction, deleteAction, m_window, "deleteAction");
    deleteAction->trigger();
    HB_FIND_WIDGET(QMessageBox, box, m_window, "deleteConfirmation");
    HB_FIND_WIDGET(QPushButton, confirm, box, "confirmDeleteButton");
    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(done.wait(10000));
    QCOMPARE(m_window->selectedWebhooks().size(), 1);
    QCOMPARE(m_window->selectedWebhooks().first().id, gamma); // the row that moved up

    HB_FIND_WIDGET(QAction, recentlyDeletedAction, m_window, "recentlyDeletedAction");
    recentlyDeletedAction->trigger();
    auto *deleted = m_window->findChild<RecentlyDeletedDialog *>();
    QVERIFY(deleted);
    HB_FIND_WIDGET(QTreeWidget, list, deleted, "deletedList");
    list->topLevelItem(0)->setSelected(true);
    HB_FIND_WIDGET(QPushButton, recreate, deleted, "recreateButton");
    QTest::mouseClick(recreate, Qt::LeftButton);
    QVERIFY(done.wait(10000));
    const WebhookList selected = m_window->selectedWebhooks();
    QCOMPARE(selected.size(), 1);
    QVERIFY(selected.first().id != beta);
    QCOMPARE(selected.first().name, QStringLiteral("Beta"));
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("as webhook %1").arg(selected.first().id)),
             qPrintable(message));
}

void tst_MainWindowShownState::eventGroupsEndWithOther()
{
    HB_FIND_WIDGET(QComboBox, groups, m_window, "eventGroupCombo");
    QVERIFY(groups->count() > 2);
    QCOMPARE(groups->itemText(0), QStringLiteral("All events"));
    const int other = groups->findText(QStringLiteral("Other"));
    QVERIFY(other > 0);
    QCOMPARE(other, groups->count() - 1);
}

QTEST_MAIN(tst_MainWindowShownState)
#include "tst_MainWindowShownState.moc"
