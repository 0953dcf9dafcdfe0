#pragma once

#include "models/ConnectionProfile.h"

#include <QObject>

class QAction;
class QMenu;
class QMainWindow;

// The Help menu of the main window: the user guide (docs/user-guide.md, bundled with the
// program and shown rendered), the keyboard shortcuts (generated from the actions in the
// window's menus, so the list never goes out of date), About Sandbox (while connected to the
// sandbox) and About Hookbench. Each dialog is non-modal and deletes itself when closed.
class HelpController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpController)

public:
    explicit HelpController(QMainWindow *window);
    ~HelpController() override;

    // Adds the help actions to `menu`, above its existing entries (the About actions).
    void fillMenu(QMenu *menu);
    // Offers About Sandbox while `profile` is the sandbox's.
    void setProfile(const ConnectionProfile &profile);

    void showUserGuide();
    void showShortcuts();
    void showAboutSandbox();
    void showAbout();

    // The user guide as Markdown; empty when it is missing from the resources.
    static QString userGuideMarkdown();

    QAction *userGuideAction;
    QAction *shortcutsAction;
    QAction *aboutSandboxAction;

private:
    QMainWindow *m_window;
    ConnectionProfile m_profile;
};
