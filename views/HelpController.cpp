#include "views/HelpController.h"

#include "views/Icons.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString plainText(QString text)
{
    return text.remove(u'&').remove(u'…').trimmed();
}

// A non-modal dialog with a Close button below `content`.
QDialog *makeDialog(QWidget *parent, const QString &objectName, const QString &title)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    return dialog;
}

void finishDialog(QDialog *dialog, QVBoxLayout *layout)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->setObjectName(QStringLiteral("closeButtons"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

// The actions of `menu` and its submenus that have a shortcut, as (menu path, action).
void collectShortcuts(QMenu *menu, const QString &path, QList<QPair<QString, QAction *>> *out)
{
    for (QAction *action : menu->actions()) {
        if (QMenu *submenu = action->menu()) {
            collectShortcuts(submenu, path + QStringLiteral(" ▸ ") + plainText(submenu->title()),
                             out);
        } else if (!action->isSeparator() && !action->shortcuts().isEmpty()) {
            out->append({path, action});
        }
    }
}

} // namespace

HelpController::HelpController(QMainWindow *window) : QObject(window), m_window(window)
{
    userGuideAction = new QAction(tr("&User Guide"), this);
    userGuideAction->setObjectName(QStringLiteral("userGuideAction"));
    userGuideAction->setShortcut(QKeySequence::HelpContents);
    userGuideAction->setStatusTip(tr("Read how to use Hookbench"));
    shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    shortcutsAction->setStatusTip(tr("List the keys of every action"));
    aboutSandboxAction = new QAction(tr("About &Sandbox"), this);
    aboutSandboxAction->setObjectName(QStringLiteral("aboutSandboxAction"));
    aboutSandboxAction->setStatusTip(tr("Where the sandbox runs and what it offers"));
    aboutSandboxAction->setVisible(false);
    for (QAction *action : {userGuideAction, shortcutsAction})
        window->addAction(action); // the keys work wherever the focus is
    connect(userGuideAction, &QAction::triggered, this, &HelpController::showUserGuide);
    connect(shortcutsAction, &QAction::triggered, this, &HelpController::showShortcuts);
    connect(aboutSandboxAction, &QAction::triggered, this, &HelpController::showAboutSandbox);
}

HelpController::~HelpController() = default;

void HelpController::fillMenu(QMenu *menu)
{
    QAction *first = menu->actions().value(0);
    menu->insertActions(first, {userGuideAction, shortcutsAction});
    menu->insertSeparator(first);
    menu->insertAction(first, aboutSandboxAction);
}

void HelpController::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
    aboutSandboxAction->setVisible(profile.sandbox);
}

QString HelpController::userGuideMarkdown()
{
    QFile file(QStringLiteral(":/hookbench/docs/user-guide.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void HelpController::showUserGuide()
{
    QDialog *dialog
            = makeDialog(m_window, QStringLiteral("userGuideDialog"), tr("Hookbench User Guide"));
    auto *browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("userGuideBrowser"));
    browser->setOpenExternalLinks(true);
    const QString markdown = userGuideMarkdown();
    if (markdown.isEmpty())
        browser->setPlainText(tr("The user guide is missing from this installation."));
    else
        browser->setMarkdown(markdown);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    dialog->resize(720, 640);
    finishDialog(dialog, layout);
}

void HelpController::showShortcuts()
{
    QList<QPair<QString, QAction *>> entries;
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        if (QMenu *menu = menuAction->menu())
            collectShortcuts(menu, plainText(menu->title()), &entries);
    }
    QDialog *dialog
            = makeDialog(m_window, QStringLiteral("shortcutsDialog"), tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(int(entries.size()), 3, dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys"), tr("Menu")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < entries.size(); ++row) {
        const auto &[menu, action] = entries.at(row);
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        table->setItem(row, 0, new QTableWidgetItem(plainText(action->text())));
        table->setItem(row, 1, new QTableWidgetItem(keys.join(tr(", "))));
        table->setItem(row, 2, new QTableWidgetItem(menu));
    }
    table->resizeColumnsToContents();
    auto *note = new QLabel(tr("In the list of webhooks, Enter edits the current webhook and "
                               "Shift+F10 or the Menu key opens its context menu; Tab moves on "
                               "to the next part of the window."),
                            dialog);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(note);
    dialog->resize(560, 520);
    finishDialog(dialog, layout);
}

void HelpController::showAboutSandbox()
{
    QDialog *dialog
            = makeDialog(m_window, QStringLiteral("aboutSandboxDialog"), tr("About the Sandbox"));
    auto *text = new QLabel(
            tr("Hookbench is connected to its sandbox, a local stand-in for the 4me service "
               "with made-up webhooks. Changes stay in the sandbox and end when Hookbench quits."),
            dialog);
    text->setWordWrap(true);
    auto *address = new QLabel(m_profile.serviceUrl.toString(), dialog);
    address->setObjectName(QStringLiteral("sandboxAddressLabel"));
    address->setTextFormat(Qt::PlainText);
    address->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *account = new QLabel(m_profile.account, dialog);
    account->setTextFormat(Qt::PlainText);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Address:"), dialog), 0, 0);
    grid->addWidget(address, 0, 1);
    grid->addWidget(new QLabel(tr("Account:"), dialog), 1, 0);
    grid->addWidget(account, 1, 1);
    grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addLayout(grid);
    dialog->setMinimumWidth(440);
    finishDialog(dialog, layout);
}

void HelpController::showAbout()
{
    QDialog *dialog = makeDialog(m_window, QStringLiteral("aboutBox"), tr("About Hookbench"));
    auto *icon = new QLabel(dialog);
    icon->setPixmap(Icons::application().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto *title = new QLabel(tr("Hookbench %1").arg(QApplication::applicationVersion()), dialog);
    title->setObjectName(QStringLiteral("aboutTitle"));
    QFont large = title->font();
    large.setBold(true);
    large.setPointSizeF(large.pointSizeF() * 1.4);
    title->setFont(large);
    auto *text = new QLabel(tr("Administer the webhooks of a 4me, Xurrent or ITRP account: list, "
                               "create, edit, test, enable, disable, delete and export them."),
                            dialog);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(title);
    column->addWidget(text);
    column->addStretch(1);
    auto *row = new QHBoxLayout;
    row->setSpacing(18);
    row->addWidget(icon);
    row->addLayout(column, 1);
    auto *layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(18, 18, 18, 12);
    layout->addLayout(row);
    dialog->setMinimumWidth(460);
    finishDialog(dialog, layout);
}
