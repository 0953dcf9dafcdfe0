#pragma once

#include <QMenu>

class ProfileSession;
class QActionGroup;

// The Profile menu: one checkable entry per profile (Ctrl+Alt+1…9), the current one checked,
// the profile actions below them, and the dialogs those actions open (add, edit, remove,
// review a refused certificate). Dialogs are window-modal to the menu's parent window.
class ProfileMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileMenu)

public:
    ProfileMenu(ProfileSession *session, const QList<QAction *> &profileActions,
                QWidget *parent = nullptr);
    ~ProfileMenu() override;

    // Builds the entries again (profiles added, removed or renamed).
    void rebuild();
    // Checks the current profile; rebuilds when it is new to the menu.
    void updateChecks();

    void addProfile();
    // `message` (e.g. why a new token is needed) shows in the dialog and focuses the token.
    void editCurrentProfile(const QString &message = {});
    void confirmRemoveProfile();
    // Offers to pin the refused certificate (ApiError::certificateSha256, certificateSummary).
    void reviewCertificate(const QByteArray &sha256, const QString &summary);

Q_SIGNALS:
    void profileRemoved(const QString &name);
    void certificateTrusted();

private:
    void showSessionTokenNotice(const QString &notice);

    ProfileSession *m_session;
    QList<QAction *> m_profileActions;
    QActionGroup *m_group;
};
