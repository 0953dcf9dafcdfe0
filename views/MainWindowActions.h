#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QMenuBar;
class QToolBar;
class QWidget;

// The actions of the main window, with their texts, icons, shortcuts and tips. Each is also
// added to the window, so that its shortcut works wherever the focus is, text fields included
// (ShortcutPassThrough; Del only in the table and the menus, where it does not take a text
// field's key). The Help menu's actions
// are served here (About boxes). Owned by the window.
class MainWindowActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindowActions)

public:
    explicit MainWindowActions(QWidget *window);
    ~MainWindowActions() override;

    // What the actions depend on.
    struct State
    {
        bool connected = false;
        bool storedProfile = false; // connected to a profile that can be edited (not the sandbox)
        int selected = 0;
        bool anySelectedEnabled = false;
        bool anySelectedDisabled = false;
        bool anyRows = false;
        bool anyRecentlyDeleted = false;
        bool readOnly = false; // a snapshot from the history is shown: no changes
    };
    void update(const State &state);

    // Fills the menu bar (File, Edit, Webhook, View, `profileMenu`, Help); returns the View
    // menu, to which docks add their toggles.
    QMenu *fillMenuBar(QMenuBar *menuBar, QMenu *profileMenu);
    void fillToolBar(QToolBar *toolBar);
    // The context menu of the table's rows (nullptr: a separator).
    QList<QAction *> rowActions() const;

    QAction *newAction = nullptr;
    QAction *editAction = nullptr;
    QAction *deleteAction = nullptr;
    QAction *refreshAction = nullptr;
    QAction *findAction = nullptr;
    QAction *exportAction = nullptr;
    QAction *testAction = nullptr;
    QAction *enableAction = nullptr;
    QAction *disableAction = nullptr;
    QAction *copyJsonAction = nullptr;
    QAction *openUriAction = nullptr;
    QAction *recentlyDeletedAction = nullptr;
    QAction *policiesAction = nullptr;
    QAction *quitAction = nullptr;
    QAction *fitColumnsAction = nullptr;
    QAction *detailsPaneAction = nullptr;
    QAction *addProfileAction = nullptr;
    QAction *editProfileAction = nullptr;
    QAction *removeProfileAction = nullptr;
    QAction *compareAction = nullptr;
    QAction *importAction = nullptr;
    QAction *aboutAction = nullptr;
    QAction *aboutQtAction = nullptr;

private:
    QAction *make(const QString &objectName, const QString &text, const QString &icon,
                  const QList<QKeySequence> &shortcuts, const QString &tip);

    QWidget *m_window;
};
