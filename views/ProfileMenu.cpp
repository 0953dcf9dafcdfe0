#include "views/ProfileMenu.h"

#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "models/workflow/ProfileSession.h"
#include "views/ConnectionDialog.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QPushButton>

ProfileMenu::ProfileMenu(ProfileSession *session, const QList<QAction *> &profileActions,
                         QWidget *parent)
    : QMenu(tr("&Profile"), parent),
      m_session(session),
      m_profileActions(profileActions),
      m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("profileMenu"));
    m_group->setExclusive(true);
    rebuild();
}

ProfileMenu::~ProfileMenu() = default;

void ProfileMenu::rebuild()
{
    clear();
    const QList<QAction *> old = m_group->actions();
    for (QAction *action : old) {
        m_group->removeAction(action);
        action->deleteLater();
    }
    const QList<ConnectionProfile> all = m_session->profiles();
    const ConnectionProfile current = m_session->profile();
    int number = 0;
    for (const ConnectionProfile &profile : all) {
        auto *action = new QAction(
                tr("%1 (%2 at %3)").arg(profile.name, profile.account, profile.serviceUrl.host()),
                m_group);
        action->setObjectName(QStringLiteral("profileAction_") + profile.name);
        action->setData(profile.name);
        action->setCheckable(true);
        action->setChecked(m_session->isConnected() && profile.name == current.name);
        if (++number <= 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_0 + number)));
        connect(action, &QAction::triggered, this, [this, name = profile.name] {
            if (!(m_session->isConnected() && name == m_session->profile().name))
                m_session->connectToProfile(name);
        });
        addAction(action);
    }
    if (all.isEmpty()) {
        QAction *none = addAction(tr("No profiles yet"));
        none->setEnabled(false);
    }
    addSeparator();
    addActions(m_profileActions);
}

void ProfileMenu::updateChecks()
{
    // Switching profiles keeps the menu's actions; only a profile new to the menu rebuilds it.
    bool found = false;
    const QList<QAction *> actions = m_group->actions();
    for (QAction *action : actions) {
        const bool current = m_session->isConnected()
                && action->data().toString() == m_session->profile().name;
        action->setChecked(current);
        found |= current;
    }
    if (!found && m_session->isConnected())
        rebuild();
}

void ProfileMenu::addProfile()
{
    auto *dialog = new ConnectionDialog(m_session->profileStore(), m_session->tokenStore(),
                                        ConnectionProfile(), parentWidget());
    dialog->enableConnectionTest(m_session->service()->client()->network());
    connect(dialog, &ConnectionDialog::profileSaved, this,
            [this](const ConnectionProfile &profile, const QString &, const QString &notice) {
                m_session->reconnect(profile.name);
                showSessionTokenNotice(notice);
            });
    dialog->open();
}

void ProfileMenu::editCurrentProfile(const QString &message)
{
    const ConnectionProfile profile = m_session->profile();
    if (profile.name.isEmpty() || profile.sandbox)
        return;
    auto *dialog = new ConnectionDialog(m_session->profileStore(), m_session->tokenStore(), profile,
                                        parentWidget());
    dialog->enableConnectionTest(m_session->service()->client()->network());
    dialog->setMessage(message);
    if (!message.isEmpty())
        dialog->focusToken();
    connect(dialog, &ConnectionDialog::profileSaved, this,
            [this](const ConnectionProfile &saved, const QString &, const QString &notice) {
                m_session->reconnect(saved.name);
                showSessionTokenNotice(notice);
            });
    dialog->open();
}

void ProfileMenu::showSessionTokenNotice(const QString &notice)
{
    // The keychain refused the token (e.g. the person cancelled its prompt): say so where it
    // stays until read, not in a banner that the connection replaces.
    if (notice.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Information, tr("Token Kept for This Session"), notice,
                                QMessageBox::Ok, parentWidget());
    box->setObjectName(QStringLiteral("sessionTokenNotice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->open();
}

void ProfileMenu::confirmRemoveProfile()
{
    if (!m_session->isConnected() || m_session->profile().sandbox)
        return;
    const QString name = m_session->profile().name;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Profile"),
                                tr("Remove the profile “%1”? Its API token is removed from the "
                                   "keychain; the webhooks of the account are not touched.")
                                        .arg(name),
                                QMessageBox::Cancel, parentWidget());
    box->setObjectName(QStringLiteral("removeProfileBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, remove, name] {
        if (box->clickedButton() != remove)
            return;
        m_session->removeCurrentProfile();
        Q_EMIT profileRemoved(name);
    });
    box->open();
}

void ProfileMenu::reviewCertificate(const QByteArray &sha256, const QString &summary)
{
    if (sha256.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Untrusted Certificate"),
                                tr("The server of “%1” showed a certificate that this computer "
                                   "does not trust. Trust it only when the server’s "
                                   "administrator confirms this exact fingerprint.")
                                        .arg(m_session->profile().name),
                                QMessageBox::Cancel, parentWidget());
    box->setObjectName(QStringLiteral("certificateBox"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(summary);
    QPushButton *trust = box->addButton(tr("&Trust This Certificate"), QMessageBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustCertificateButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, trust, sha256](QAbstractButton *button) {
        if (button != trust)
            return;
        m_session->trustCertificate(sha256);
        Q_EMIT certificateTrusted();
    });
    box->open();
}
