// The main window by keyboard alone: Tab leaves the table, the selection survives focus
// moves, the window's shortcuts work from the search field, Shift+F10 opens the rows'
// context menu, every window shortcut works wherever the focus is, and Help lists the
// shortcuts (generated from the actions), shows the user guide and an About box with room.
#include "models/ProfileStore.h"
#include "models/TokenStore.h"
#include "models/WebhookFilterProxyModel.h"
#include "models/WebhookTableModel.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "models/receiver/DeliveryReceiver.h"
#include "models/workflow/ProfileSession.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/WarningGuard.h"
#include "tests/support/WidgetLookup.h"
#include "views/ExportDialog.h"
#include "views/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

class tst_MainWindowKeyboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tabLeavesTheTable();
    void selectAllSurvivesTab();
    void exportShortcutWorksInTheSearchField();
    void windowShortcutsWorkFromEveryWidget();
    void shiftF10OpensTheRowMenu();
    void shortcutListComesFromTheActions();
    void userGuideIsShownRendered();
    void aboutBoxGivesItsTextRoom();

private:
    void focusTable();
    static QKeySequence endOfLineKey();

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProfileSession> m_session;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<DeliveryReceiver> m_receiver; // outlives the window that shows it
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindowKeyboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_MainWindowKeyboard::init()
{
    hb::test::failOnUnexpectedWarnings();
    SandboxOptions options;
    options.seed = 30;
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
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    ConnectionProfile profile;
    profile.name = QStringLiteral("Local");
    profile.serviceUrl = m_sandbox->baseUrl();
    profile.account = options.account;
    QSignalSpy finished(m_window.get(), &MainWindow::listingFinished);
    m_window->useProfile(profile, options.token);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_window->tableModel()->rowCount(), 30);
}

void tst_MainWindowKeyboard::cleanup()
{
    m_window.reset();
    m_receiver.reset();
    m_session.reset();
    m_tokens.reset();
    m_profiles.reset();
    m_settings.reset();
    m_network.reset();
    m_sandbox.reset();
}

void tst_MainWindowKeyboard::focusTable()
{
    QApplication::setActiveWindow(m_window.get());
    m_window->tableView()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_window->tableView()->hasFocus());
}

QKeySequence tst_MainWindowKeyboard::endOfLineKey()
{
    // With X11 key bindings a line edit takes Ctrl+E (Export) for itself: end of line. The
    // offscreen platform has no such bindings, so the tests give Export this platform's own
    // end-of-line key as well (End everywhere): a field that keeps a window shortcut to
    // itself fails them here too.
    return QKeySequence::keyBindings(QKeySequence::MoveToEndOfLine).last();
}

void tst_MainWindowKeyboard::tabLeavesTheTable()
{
    focusTable();
    QTableView *table = m_window->tableView();
    const QModelIndex before = table->currentIndex();
    QVERIFY(before.isValid());
    QTest::keyClick(table, Qt::Key_Tab);
    QTRY_VERIFY(!table->hasFocus()); // on to the details pane, not the next cell
    QCOMPARE(table->currentIndex(), before);
}

void tst_MainWindowKeyboard::selectAllSurvivesTab()
{
    focusTable();
    QTableView *table = m_window->tableView();
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(m_window->selectedWebhooks().size(), 30);
    QTest::keyClick(table, Qt::Key_Tab);
    QTRY_VERIFY(!table->hasFocus());
    QCOMPARE(m_window->selectedWebhooks().size(), 30);
}

void tst_MainWindowKeyboard::exportShortcutWorksInTheSearchField()
{
    HB_FIND_WIDGET(QLineEdit, search, m_window, "searchEdit");
    HB_FIND_WIDGET(QAction, exportAction, m_window, "exportAction");
    exportAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_E), endOfLineKey()});
    QApplication::setActiveWindow(m_window.get());
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("ab"));
    QTest::keyClick(search, Qt::Key_Home);
    for (const QKeySequence &keys : exportAction->shortcuts()) {
        QApplication::setActiveWindow(m_window.get()); // the export dialog had it
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        QTest::keySequence(search, keys);
        auto *dialog = m_window->findChild<ExportDialog *>();
        QVERIFY2(dialog, qPrintable(keys.toString()));
        QCOMPARE(search->cursorPosition(), 0); // the key was not the field's
        delete dialog;
    }
    QCOMPARE(search->text(), QStringLiteral("ab")); // the field kept what was typed
}

void tst_MainWindowKeyboard::windowShortcutsWorkFromEveryWidget()
{
    // Every part of the window that takes focus, the Deliveries panel's fields included: F5
    // reloads the list and Ctrl+E opens the export dialog.
    m_receiver = std::make_unique<DeliveryReceiver>();
    QVERIFY(m_receiver->listen());
    m_window->setDeliveryReceiver(m_receiver.get());
    HB_FIND_WIDGET(QAction, deliveriesAction, m_window, "deliveriesAction");
    if (!deliveriesAction->isChecked())
        deliveriesAction->trigger();
    HB_FIND_WIDGET(QAction, refreshAction, m_window, "refreshAction");
    HB_FIND_WIDGET(QAction, exportAction, m_window, "exportAction");
    exportAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_E), endOfLineKey()});

    QList<QWidget *> widgets;
    const QList<QWidget *> children = m_window->findChildren<QWidget *>();
    for (QWidget *widget : children) {
        if (widget->window() == m_window.get() && widget->isVisible() && widget->isEnabled()
            && (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
            widgets.append(widget);
    }
    HB_FIND_WIDGET(QLineEdit, deliveryFilter, m_window, "filterEdit");
    QVERIFY(widgets.contains(deliveryFilter));
    QVERIFY(widgets.contains(m_window->tableView()));

    for (QWidget *widget : std::as_const(widgets)) {
        const QByteArray name = widget->metaObject()->className() + QByteArray(" ")
                + widget->objectName().toUtf8();
        QApplication::setActiveWindow(m_window.get()); // the export dialog had it
        widget->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY2(widget->hasFocus(), name.constData());

        QSignalSpy refreshed(refreshAction, &QAction::triggered);
        QSignalSpy finished(m_window.get(), &MainWindow::listingFinished);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
        QVERIFY2(refreshed.size() == 1, name.constData());
        QVERIFY2(finished.wait(10000), name.constData());
        for (const QKeySequence &keys : exportAction->shortcuts()) {
            QApplication::setActiveWindow(m_window.get()); // the export dialog had it
            widget->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY2(widget->hasFocus(), name.constData());
            const QByteArray what = name + ", " + keys.toString().toUtf8();
            QSignalSpy exported(exportAction, &QAction::triggered);
            QTest::keySequence(QApplication::focusWidget(), keys);
            QVERIFY2(exported.size() == 1, what.constData());
            auto *dialog = m_window->findChild<ExportDialog *>();
            QVERIFY2(dialog, what.constData());
            delete dialog;
        }
    }
}

void tst_MainWindowKeyboard::shiftF10OpensTheRowMenu()
{
    focusTable();
    QTest::keyClick(m_window->tableView(), Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(QApplication::activePopupWidget() != nullptr);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QCOMPARE(menu->objectName(), QStringLiteral("rowMenu"));
    HB_FIND_WIDGET(QAction, editAction, m_window, "editAction");
    QVERIFY(menu->actions().contains(editAction));
    menu->close();
}

void tst_MainWindowKeyboard::shortcutListComesFromTheActions()
{
    HB_FIND_WIDGET(QAction, shortcutsAction, m_window, "shortcutsAction");
    shortcutsAction->trigger();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
    QVERIFY(dialog);
    HB_FIND_WIDGET(QTableWidget, table, dialog, "shortcutsTable");
    QHash<QString, QString> keys;
    for (int row = 0; row < table->rowCount(); ++row)
        keys.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
    QCOMPARE(keys.value(QStringLiteral("Refresh")), QStringLiteral("F5"));
    QCOMPARE(keys.value(QStringLiteral("Export CSV")), QStringLiteral("Ctrl+E"));
    QCOMPARE(keys.value(QStringLiteral("User Guide")), QStringLiteral("F1"));
    // A shortcut changed at run time shows up: the list is not a copy.
    HB_FIND_WIDGET(QAction, fitColumnsAction, m_window, "fitColumnsAction");
    fitColumnsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    delete dialog;
    shortcutsAction->trigger();
    dialog = m_window->findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
    QVERIFY(dialog);
    HB_FIND_WIDGET(QTableWidget, again, dialog, "shortcutsTable");
    QVERIFY(!again->findItems(QStringLiteral("Ctrl+0"), Qt::MatchExactly).isEmpty());
}

void tst_MainWindowKeyboard::userGuideIsShownRendered()
{
    focusTable();
    QTest::keyClick(m_window->tableView(), Qt::Key_F1);
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("userGuideDialog"));
    QVERIFY(dialog);
    HB_FIND_WIDGET(QTextBrowser, browser, dialog, "userGuideBrowser");
    const QString text = browser->toPlainText();
    QVERIFY2(text.startsWith(QStringLiteral("Hookbench user guide")), qPrintable(text.left(80)));
    QVERIFY(!text.contains(QStringLiteral("## "))); // rendered, not the Markdown source
    QVERIFY(text.contains(QStringLiteral("Keyboard")));
}

void tst_MainWindowKeyboard::aboutBoxGivesItsTextRoom()
{
    HB_FIND_WIDGET(QAction, aboutAction, m_window, "aboutAction");
    aboutAction->trigger();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("aboutBox"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    HB_FIND_WIDGET(QLabel, title, dialog, "aboutTitle");
    HB_FIND_WIDGET(QLabel, text, dialog, "aboutText");
    QVERIFY2(title->text().startsWith(QStringLiteral("Hookbench")), qPrintable(title->text()));
    QVERIFY(title->font().pointSizeF() > text->font().pointSizeF());
    // The description reads in a few lines, shown whole, and keeps clear of the edges.
    QVERIFY2(text->width() >= 300, qPrintable(QString::number(text->width())));
    QVERIFY(text->height() >= text->heightForWidth(text->width()));
    const QRect inside = dialog->rect().adjusted(12, 12, -12, -12);
    QVERIFY(inside.contains(QRect(text->mapTo(dialog, QPoint(0, 0)), text->size())));
    QVERIFY(inside.contains(QRect(title->mapTo(dialog, QPoint(0, 0)), title->size())));
    dialog->close();
}

QTEST_MAIN(tst_MainWindowKeyboard)
#include "tst_MainWindowKeyboard.moc"
