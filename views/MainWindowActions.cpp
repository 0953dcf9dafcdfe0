#include "views/MainWindowActions.h"

#include "views/Icons.h"
#include "views/ShortcutPassThrough.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>
#include <QWidget>

MainWindowActions::MainWindowActions(QWidget *window) : QObject(window), m_window(window)
{
    // The window's shortcuts win over the keys a text field or spin box would keep.
    new ShortcutPassThrough(window);
    const auto key = [](QKeyCombination combination) {
        return QList<QKeySequence>{QKeySequence(combination)};
    };
    newAction
            = make(QStringLiteral("newAction"), tr("&New Webhook…"), QStringLiteral("document-new"),
                   {QKeySequence::New}, tr("Create a webhook (it starts disabled)"));
    editAction = make(QStringLiteral("editAction"), tr("&Edit…"), QStringLiteral("document-edit"),
                      key(QKeyCombination(Qt::Key_F2)),
                      tr("Edit the selected webhook (F2, or Enter in the list)"));
    deleteAction
            = make(QStringLiteral("deleteAction"), tr("&Delete…"), QStringLiteral("edit-delete"),
                   {QKeySequence::Delete}, tr("Delete the selected webhooks"));
    // Del belongs to the text fields while they have focus: the action listens only in the
    // list (and in the menus).
    m_window->removeAction(deleteAction);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    refreshAction
            = make(QStringLiteral("refreshAction"), tr("&Refresh"), QStringLiteral("view-refresh"),
                   key(QKeyCombination(Qt::Key_F5)), tr("Load the list again from the service"));
    findAction = make(QStringLiteral("findAction"), tr("&Find…"), QStringLiteral("edit-find"),
                      {QKeySequence::Find}, tr("Search the list"));
    exportAction = make(QStringLiteral("exportAction"), tr("E&xport CSV…"),
                        QStringLiteral("document-save-as"), key(Qt::CTRL | Qt::Key_E),
                        tr("Write all, the filtered or the selected webhooks to a CSV "
                           "file"));
    testAction
            = make(QStringLiteral("testAction"), tr("&Test"), QStringLiteral("mail-send"),
                   key(Qt::CTRL | Qt::Key_T), tr("Send a test message to the selected webhooks"));
    enableAction
            = make(QStringLiteral("enableAction"), tr("Ena&ble"),
                   QStringLiteral("media-playback-start"), {}, tr("Enable the selected webhooks"));
    disableAction
            = make(QStringLiteral("disableAction"), tr("D&isable"),
                   QStringLiteral("media-playback-pause"), {}, tr("Disable the selected webhooks"));
    copyJsonAction = make(QStringLiteral("copyJsonAction"), tr("&Copy as JSON"),
                          QStringLiteral("edit-copy"), key(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                          tr("Copy the selected webhooks to the clipboard as JSON"));
    openUriAction = make(QStringLiteral("openUriAction"), tr("&Open URI"),
                         QStringLiteral("internet-web-browser"), {},
                         tr("Open the URI of the selected webhooks in the browser"));
    policiesAction = make(QStringLiteral("policiesAction"), tr("&Policies…"),
                          QStringLiteral("security-high"), key(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                          tr("The webhook policies that sign messages: create, edit, delete"));
    recentlyDeletedAction = make(QStringLiteral("recentlyDeletedAction"), tr("&Recently Deleted…"),
                                 QStringLiteral("user-trash"), {},
                                 tr("Webhooks deleted in this session, to re-create them"));
    quitAction = make(QStringLiteral("quitAction"), tr("&Quit"), QStringLiteral("application-exit"),
                      {QKeySequence::Quit}, {});
    quitAction->setMenuRole(QAction::QuitRole);
    fitColumnsAction = make(QStringLiteral("fitColumnsAction"), tr("&Fit Columns"), {}, {},
                            tr("Size the columns to the rows in view"));
    detailsPaneAction = make(QStringLiteral("detailsPaneAction"), tr("&Details Pane"), {}, {},
                             tr("Show the details of the selected webhook"));
    detailsPaneAction->setCheckable(true);
    detailsPaneAction->setChecked(true);
    addProfileAction = make(QStringLiteral("addProfileAction"), tr("&Add Profile…"),
                            QStringLiteral("list-add"), {}, tr("Connect to another account"));
    editProfileAction = make(QStringLiteral("editProfileAction"), tr("&Edit Profile…"),
                             QStringLiteral("user-identity"), {},
                             tr("Change the current profile or its token"));
    removeProfileAction = make(QStringLiteral("removeProfileAction"), tr("&Remove Profile…"),
                               QStringLiteral("list-remove"), {},
                               tr("Forget the current profile and its token"));
    compareAction = make(QStringLiteral("compareAction"), tr("Compare &With…"), {}, {},
                         tr("Compare this account's webhooks with another profile's, and copy, "
                            "update or delete them there"));
    importAction = make(QStringLiteral("importAction"), tr("&Import…"),
                        QStringLiteral("document-open"), {},
                        tr("Make this account like an export file (JSON or CSV), after a "
                           "preview"));
    aboutAction = make(QStringLiteral("aboutAction"), tr("&About Hookbench"), {}, {}, {});
    aboutAction->setMenuRole(QAction::AboutRole);
    aboutQtAction = make(QStringLiteral("aboutQtAction"), tr("About &Qt"), {}, {}, {});
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

MainWindowActions::~MainWindowActions() = default;

QAction *MainWindowActions::make(const QString &objectName, const QString &text,
                                 const QString &icon, const QList<QKeySequence> &shortcuts,
                                 const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    if (!icon.isEmpty())
        action->setIcon(Icons::action(icon));
    action->setShortcuts(shortcuts);
    if (!shortcuts.isEmpty()) {
        action->setToolTip(tr("%1 (%2)").arg(QString(text).remove(u'&').remove(u'…'),
                                             shortcuts.first().toString(QKeySequence::NativeText)));
    }
    action->setStatusTip(tip);
    m_window->addAction(action); // its shortcut works wherever the focus is in the window
    return action;
}

void MainWindowActions::update(const State &state)
{
    const bool writable = state.connected && !state.readOnly;
    newAction->setEnabled(writable);
    policiesAction->setEnabled(state.connected);
    refreshAction->setEnabled(state.connected);
    editAction->setEnabled(writable && state.selected == 1);
    deleteAction->setEnabled(writable && state.selected > 0);
    testAction->setEnabled(writable && state.selected > 0);
    enableAction->setEnabled(writable && state.anySelectedDisabled);
    disableAction->setEnabled(writable && state.anySelectedEnabled);
    copyJsonAction->setEnabled(state.selected > 0);
    openUriAction->setEnabled(state.selected > 0);
    exportAction->setEnabled(state.anyRows);
    recentlyDeletedAction->setEnabled(state.anyRecentlyDeleted);
    compareAction->setEnabled(state.connected);
    importAction->setEnabled(state.connected);
    editProfileAction->setEnabled(state.storedProfile);
    removeProfileAction->setEnabled(state.storedProfile);
}

QMenu *MainWindowActions::fillMenuBar(QMenuBar *menuBar, QMenu *profileMenu)
{
    const auto addMenu = [menuBar](const QString &title, const QString &objectName,
                                   const QList<QAction *> &actions) {
        QMenu *menu = menuBar->addMenu(title);
        menu->setObjectName(objectName);
        for (QAction *action : actions) {
            if (action)
                menu->addAction(action);
            else
                menu->addSeparator();
        }
        return menu;
    };
    addMenu(tr("&File"), QStringLiteral("fileMenu"),
            {importAction, exportAction, nullptr, quitAction});
    addMenu(tr("&Edit"), QStringLiteral("editMenu"), {copyJsonAction, nullptr, findAction});
    addMenu(tr("&Webhook"), QStringLiteral("webhookMenu"),
            {newAction, editAction, deleteAction, nullptr, testAction, enableAction, disableAction,
             nullptr, openUriAction, recentlyDeletedAction, nullptr, policiesAction});
    QMenu *view = addMenu(tr("&View"), QStringLiteral("viewMenu"),
                          {refreshAction, nullptr, fitColumnsAction, detailsPaneAction});
    menuBar->addMenu(profileMenu);
    addMenu(tr("&Help"), QStringLiteral("helpMenu"), {aboutAction, aboutQtAction});
    return view;
}

void MainWindowActions::fillToolBar(QToolBar *toolBar)
{
    toolBar->addActions({newAction, editAction, deleteAction});
    toolBar->addSeparator();
    toolBar->addActions({testAction, enableAction, disableAction});
    toolBar->addSeparator();
    toolBar->addActions({refreshAction, exportAction});
    toolBar->addSeparator();
    toolBar->addAction(policiesAction);
}

QList<QAction *> MainWindowActions::rowActions() const
{
    return {editAction,     testAction,    enableAction, disableAction, nullptr,
            copyJsonAction, openUriAction, nullptr,      deleteAction};
}
