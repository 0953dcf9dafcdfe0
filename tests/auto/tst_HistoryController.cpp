// The history in the main window (HistoryController): start from the last snapshot, refresh,
// change marks and the Changes filter, removed webhooks greyed and re-created, the banner
// without network, the History panel from the View menu. Offscreen, against in-process
// sandboxes, widgets found by objectName.
#include "models/ProfileStore.h"
#include "models/TokenStore.h"
#include "models/WebhookFilterProxyModel.h"
#include "models/WebhookTableModel.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "models/history/HistoryRecorder.h"
#include "models/history/HistoryStore.h"
#include "models/workflow/CachedListing.h"
#include "models/workflow/ProfileSession.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/SandboxClientStore.h"
#include "tests/support/WarningGuard.h"
#include "tests/support/WidgetLookup.h"
#include "views/HistoryController.h"
#include "views/HistoryPanel.h"
#include "views/MainWindow.h"
#include "views/MessageBanner.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

class tst_HistoryController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void startsFromTheSnapshotThenRefreshes();
    void changesFilterAndDetailsShowWhatChanged();
    void removedWebhooksAreGreyedAndRecreated();
    void withoutNetworkTheSnapshotStaysWithABanner();
    void historyPanelOpensFromTheViewMenu();

private:
    // A sandbox (answers delayed by `latencyMs`), a snapshot of its webhooks in the history,
    // then changes to it: one renamed, one deleted, one created. The window is created last.
    void prepare(int latencyMs);
    void connectAndRefresh();
    ConnectionProfile profile() const;
    void selectWebhook(qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProfileSession> m_session;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<HistoryRecorder> m_recorder;
    std::unique_ptr<MainWindow> m_window;
    Webhook m_renamed;
    Webhook m_removed;
    Webhook m_created;
};

void tst_HistoryController::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_HistoryController::init()
{
    hb::test::failOnUnexpectedWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_HistoryController::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_recorder.reset();
    m_tokens.reset();
    m_profiles.reset();
    m_settings.reset();
    m_network.reset();
    m_sandbox.reset();
    m_dir.reset();
}

ConnectionProfile tst_HistoryController::profile() const
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("Local");
    profile.serviceUrl = m_sandbox->baseUrl();
    profile.account = m_sandbox->options().account;
    return profile;
}

void tst_HistoryController::prepare(int latencyMs)
{
    SandboxOptions options;
    options.seed = 40;
    options.burstLimit = 0;
    options.latencyMs = latencyMs;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));

    SandboxClientStore *server = SandboxClientStore::of(m_sandbox);
    // One that can be re-created (seeded ones may use legacy events), to be deleted below.
    Webhook doomed;
    doomed.event = QStringLiteral("request.update");
    doomed.uri = QStringLiteral("https://receiver.example.com/doomed");
    doomed.name = QStringLiteral("Deleted since");
    m_removed = server->add(doomed);
    const QString file = m_dir->filePath(QStringLiteral("history.sqlite"));
    {
        HistoryStore store(file);
        QVERIFY(store.open());
        QVERIFY(store.record(HistoryProfile::from(m_sandbox->baseUrl(), options.account),
                             server->webhooks(), HistoryStore::Listing::Complete,
                             QDateTime::currentDateTimeUtc().addSecs(-3600)));
    }
    const WebhookList before = server->webhooks();
    m_renamed = before.at(3);
    m_renamed.name = QStringLiteral("Renamed since");
    QVERIFY(server->update(m_renamed));
    QVERIFY(server->remove(m_removed.id));
    Webhook fresh;
    fresh.event = QStringLiteral("request.create");
    fresh.uri = QStringLiteral("https://receiver.example.com/created");
    fresh.name = QStringLiteral("Created since");
    m_created = server->add(fresh);

    m_network = std::make_unique<QNetworkAccessManager>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_tokens = std::make_unique<TokenStore>(QStringLiteral("HookbenchTest"));
    m_tokens->setSessionOnly(true);
    m_recorder = std::make_unique<HistoryRecorder>(file);
    m_session = std::make_unique<ProfileSession>(m_network.get(), m_profiles.get(), m_tokens.get());
    m_session->client()->setMaxAttempts(1);
    m_window = std::make_unique<MainWindow>(m_session.get(), m_settings.get());
    m_window->setHistoryRecorder(m_recorder.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_HistoryController::connectAndRefresh()
{
    QSignalSpy finished(m_window.get(), &MainWindow::listingFinished);
    QSignalSpy marked(m_window->history()->cachedListing(), &CachedListing::changesMarked);
    m_window->useProfile(profile(), m_sandbox->options().token);
    QVERIFY(finished.wait(15000));
    QVERIFY(!finished.constFirst().constFirst().value<ApiError>().isError());
    QTRY_COMPARE(marked.size(), 1);
}

void tst_HistoryController::selectWebhook(qint64 id)
{
    const int sourceRow = m_window->tableModel()->rowOf(id);
    QVERIFY(sourceRow >= 0);
    const QModelIndex index
            = m_window->proxyModel()->mapFromSource(m_window->tableModel()->index(sourceRow, 0));
    QVERIFY(index.isValid());
    m_window->tableView()->selectionModel()->select(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void tst_HistoryController::startsFromTheSnapshotThenRefreshes()
{
    prepare(1000); // the snapshot is read long before the listing answers
    if (QTest::currentTestFailed())
        return;
    QSignalSpy finished(m_window.get(), &MainWindow::listingFinished);
    m_window->useProfile(profile(), m_sandbox->options().token);

    // At once: the snapshot's 41 rows (the deleted one among them), marked and read-only.
    HB_FIND_WIDGET(QLabel, label, m_window.get(), "snapshotLabel");
    QTRY_VERIFY(label->isVisible());
    QVERIFY2(label->text().startsWith(QStringLiteral("As of ")), qPrintable(label->text()));
    QVERIFY(label->text().endsWith(QStringLiteral("refreshing…")));
    QVERIFY(finished.isEmpty());
    QCOMPARE(m_window->tableModel()->rowCount(), 41);
    QVERIFY(m_window->tableModel()->rowOf(m_removed.id) >= 0);
    QVERIFY(m_window->tableModel()->isStale());
    selectWebhook(m_renamed.id);
    HB_FIND_WIDGET(QAction, editAction, m_window.get(), "editAction");
    HB_FIND_WIDGET(QAction, deleteAction, m_window.get(), "deleteAction");
    HB_FIND_WIDGET(QAction, testAction, m_window.get(), "testAction");
    HB_FIND_WIDGET(QAction, newAction, m_window.get(), "newAction");
    HB_FIND_WIDGET(QAction, refreshAction, m_window.get(), "refreshAction");
    QVERIFY(!editAction->isEnabled());
    QVERIFY(!deleteAction->isEnabled());
    QVERIFY(!testAction->isEnabled());
    QVERIFY(!newAction->isEnabled());
    QVERIFY(refreshAction->isEnabled());

    // The fresh listing: editable again, the deleted webhook gone, the changes counted.
    QVERIFY(finished.wait(15000));
    QVERIFY(!finished.constFirst().constFirst().value<ApiError>().isError());
    QCOMPARE(m_window->tableModel()->rowCount(), 41);
    QCOMPARE(m_window->tableModel()->rowOf(m_removed.id), -1);
    QVERIFY(!m_window->tableModel()->isStale());
    selectWebhook(m_renamed.id);
    QVERIFY(editAction->isEnabled());
    QVERIFY(deleteAction->isEnabled());
    QTRY_COMPARE(label->text(), QStringLiteral("Since the previous snapshot: +1 ~1 −1"));
}

void tst_HistoryController::changesFilterAndDetailsShowWhatChanged()
{
    prepare(0);
    if (QTest::currentTestFailed())
        return;
    connectAndRefresh();
    if (QTest::currentTestFailed())
        return;
    WebhookTableModel *model = m_window->tableModel();
    QCOMPARE(model->changeMarkAt(model->rowOf(m_created.id)),
             WebhookTableModel::ChangeMark::Created);
    QCOMPARE(model->changeMarkAt(model->rowOf(m_renamed.id)),
             WebhookTableModel::ChangeMark::Changed);

    // "Changes" leaves the created and the changed webhook.
    HB_FIND_WIDGET(QCheckBox, changes, m_window.get(), "changesFilter");
    QTest::mouseClick(changes, Qt::LeftButton);
    QVERIFY(changes->isChecked());
    QCOMPARE(m_window->proxyModel()->rowCount(), 2);
    QList<qint64> shown;
    for (int row = 0; row < 2; ++row)
        shown.append(
                m_window->proxyModel()->index(row, 0).data(WebhookTableModel::IdRole).toLongLong());
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, (QList<qint64>{m_renamed.id, m_created.id}));

    // The details pane says, field by field, what changed.
    selectWebhook(m_renamed.id);
    HB_FIND_WIDGET(QLabel, details, m_window.get(), "detailsChanges");
    QTRY_VERIFY(details->isVisible());
    const QStringList lines = details->text().split(u'\n');
    QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                         [](const QString &line) {
                             return line.startsWith(QStringLiteral("name: "))
                                     && line.endsWith(QStringLiteral(" → \"Renamed since\""));
                         }),
             qPrintable(details->text()));
    selectWebhook(m_created.id);
    QTRY_VERIFY(!details->isVisible());

    QTest::mouseClick(changes, Qt::LeftButton);
    QCOMPARE(m_window->proxyModel()->rowCount(), 41);
}

void tst_HistoryController::removedWebhooksAreGreyedAndRecreated()
{
    prepare(0);
    if (QTest::currentTestFailed())
        return;
    connectAndRefresh();
    if (QTest::currentTestFailed())
        return;
    HB_FIND_WIDGET(QAction, toggle, m_window.get(), "removedWebhooksAction");
    HB_FIND_WIDGET(QDockWidget, dock, m_window.get(), "removedDock");
    QVERIFY(!dock->isVisible());
    toggle->trigger();
    QVERIFY(dock->isVisible());
    HB_FIND_WIDGET(QTreeWidget, list, dock, "removedList");
    QCOMPARE(list->topLevelItemCount(), 1);
    QTreeWidgetItem *item = list->topLevelItem(0);
    QCOMPARE(item->text(0), QString::number(m_removed.id));
    QCOMPARE(item->foreground(1).color(),
             list->palette().color(QPalette::Disabled, QPalette::Text));

    HB_FIND_WIDGET(QPushButton, recreate, dock, "recreateRemovedButton");
    QVERIFY(!recreate->isEnabled());
    item->setSelected(true);
    QVERIFY(recreate->isEnabled());
    QSignalSpy done(m_window.get(), &MainWindow::actionsFinished);
    QTest::mouseClick(recreate, Qt::LeftButton);
    QVERIFY(done.wait(10000));
    QCOMPARE(list->topLevelItemCount(), 0);
    // The service has it again, with a new id, and so does the table.
    const WebhookList now = SandboxClientStore::of(m_sandbox)->webhooks();
    const auto again = std::find_if(now.cbegin(), now.cend(), [this](const Webhook &webhook) {
        return webhook.uri == m_removed.uri && webhook.id != m_removed.id;
    });
    QVERIFY(again != now.cend());
    QVERIFY(m_window->tableModel()->rowOf(again->id) >= 0);
}

void tst_HistoryController::withoutNetworkTheSnapshotStaysWithABanner()
{
    prepare(0);
    if (QTest::currentTestFailed())
        return;
    const ConnectionProfile local = profile();
    m_sandbox->stop();
    QSignalSpy finished(m_window.get(), &MainWindow::listingFinished);
    m_window->useProfile(local, m_sandbox->options().token);
    QVERIFY(finished.wait(15000));
    QVERIFY(finished.constFirst().constFirst().value<ApiError>().isError());

    // Whichever came first, the failure or the snapshot: the snapshot stays, said so.
    HB_FIND_WIDGET(QLabel, label, m_window.get(), "snapshotLabel");
    QTRY_VERIFY(label->isVisible());
    QVERIFY2(label->text().startsWith(QStringLiteral("Snapshot of ")), qPrintable(label->text()));
    QCOMPARE(m_window->tableModel()->rowCount(), 41);
    HB_FIND_WIDGET(MessageBanner, banner, m_window.get(), "messageBanner");
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->level(), MessageBanner::Level::Error);
    QTRY_VERIFY2(banner->text().contains(QStringLiteral("snapshot of")),
                 qPrintable(banner->text()));
    HB_FIND_WIDGET(QPushButton, retry, banner, "bannerActionButton");
    QVERIFY(retry->isVisible());
    selectWebhook(m_renamed.id);
    HB_FIND_WIDGET(QAction, editAction, m_window.get(), "editAction");
    QVERIFY(!editAction->isEnabled());
}

void tst_HistoryController::historyPanelOpensFromTheViewMenu()
{
    prepare(0);
    if (QTest::currentTestFailed())
        return;
    connectAndRefresh();
    if (QTest::currentTestFailed())
        return;
    HB_FIND_WIDGET(QAction, historyAction, m_window.get(), "historyAction");
    QCOMPARE(historyAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
    HB_FIND_WIDGET(QMenu, viewMenu, m_window.get(), "viewMenu");
    QVERIFY(viewMenu->actions().contains(historyAction));
    historyAction->trigger();
    HB_FIND_WIDGET(HistoryPanel, panel, m_window.get(), "historyPanel");
    QVERIFY(panel->isVisible());
    HB_FIND_WIDGET(QTreeWidget, list, panel, "snapshotList");
    QTRY_COMPARE(list->topLevelItemCount(), 2); // the prepared one and the fresh one
    QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("+1"));
    QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("~1"));
    QCOMPARE(list->topLevelItem(0)->text(5), QStringLiteral("−1"));
}

QTEST_MAIN(tst_HistoryController)
#include "tst_HistoryController.moc"
