#include "views/PublicKeyDialog.h"

#include "common/AtomicFileWriter.h"
#include "views/Icons.h"
#include "views/StatusColors.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

PublicKeyDialog::PublicKeyDialog(const WebhookPolicy &created, const QString &localCopy,
                                 QWidget *parent)
    : QDialog(parent), m_policy(created)
{
    setObjectName(QStringLiteral("publicKeyDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(Icons::application());
    setWindowTitle(tr("Public Key of Policy %1").arg(created.displayName()));

    auto *once = new QLabel(
            tr("This is the only time the service shows the public key of this %1 policy. "
               "Copy it or save it as a .pem file now, and give it to the receivers that check "
               "the signatures: it cannot be fetched again.")
                    .arg(created.jwtAlg),
            this);
    once->setObjectName(QStringLiteral("keyOnceLabel"));
    once->setWordWrap(true);
    once->setTextFormat(Qt::PlainText);
    QFont bold = once->font();
    bold.setBold(true);
    once->setFont(bold);

    auto *local = new QLabel(localCopy, this);
    local->setObjectName(QStringLiteral("localCopyLabel"));
    local->setWordWrap(true);
    local->setTextFormat(Qt::PlainText);

    m_key = new QPlainTextEdit(created.publicKeyPem, this);
    m_key->setObjectName(QStringLiteral("publicKeyText"));
    m_key->setReadOnly(true);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_key->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_key->setTabChangesFocus(true);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("keyStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    m_copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("copyKeyButton"));
    m_copyButton->setIcon(Icons::action(QStringLiteral("edit-copy")));
    m_saveButton = buttons->addButton(tr("&Save as .pem…"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("saveKeyButton"));
    m_saveButton->setIcon(Icons::action(QStringLiteral("document-save-as")));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(once);
    layout->addWidget(m_key, 1);
    layout->addWidget(local);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_copyButton, &QPushButton::clicked, this, &PublicKeyDialog::copyKey);
    connect(m_saveButton, &QPushButton::clicked, this, &PublicKeyDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &PublicKeyDialog::reject);
    resize(560, sizeHint().height() + 120);
    m_saveButton->setFocus();
}

void PublicKeyDialog::copyKey()
{
    QGuiApplication::clipboard()->setText(m_policy.publicKeyPem);
    m_kept = true;
    StatusColors::setTextColor(m_status, StatusColors::okText());
    m_status->setText(tr("The public key is on the clipboard."));
}

void PublicKeyDialog::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Save Public Key"));
    dialog->setObjectName(QStringLiteral("saveKeyFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("PEM files (*.pem)"));
    dialog->setDefaultSuffix(QStringLiteral("pem"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(QStringLiteral("webhook-policy-%1.pem").arg(m_policy.id));
    connect(dialog, &QFileDialog::fileSelected, this, &PublicKeyDialog::saveTo);
    dialog->open();
}

bool PublicKeyDialog::saveTo(const QString &fileName)
{
    QString error;
    if (!AtomicFileWriter::writeFile(fileName, m_policy.publicKeyPem.toUtf8(), &error)) {
        StatusColors::setTextColor(m_status, StatusColors::errorText());
        m_status->setText(tr("Could not save %1: %2. Choose another place, or copy the key.")
                                  .arg(QDir::toNativeSeparators(fileName), error));
        return false;
    }
    m_kept = true;
    StatusColors::setTextColor(m_status, StatusColors::okText());
    m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(fileName)));
    return true;
}

void PublicKeyDialog::reject()
{
    if (m_kept || m_closeConfirmed) {
        QDialog::reject();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Public Key Not Saved"),
                                tr("You have neither copied nor saved the public key."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("keyNotKeptBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("The service never shows it again. Close anyway?"));
    QPushButton *back = box->addButton(tr("&Go Back"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("goBackButton"));
    QPushButton *close = box->addButton(tr("Close &Anyway"), QMessageBox::DestructiveRole);
    close->setObjectName(QStringLiteral("closeAnywayButton"));
    box->setDefaultButton(back);
    connect(close, &QPushButton::clicked, this, [this] {
        m_closeConfirmed = true;
        QDialog::reject();
    });
    box->open();
}
