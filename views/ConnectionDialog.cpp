#include "views/ConnectionDialog.h"

#include "models/ProfileStore.h"
#include "models/TokenStore.h"
#include "models/api/ApiClient.h"
#include "views/Icons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QString headerForBrand(const QString &brand)
{
    const QStringList names = ConnectionProfile::accountHeaderNames();
    for (const QString &name : names) {
        if (name.contains(brand, Qt::CaseInsensitive))
            return name;
    }
    return names.value(0);
}
} // namespace

ConnectionDialog::ConnectionDialog(ProfileStore *profiles, TokenStore *tokens,
                                   const ConnectionProfile &profile, QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_tokens(tokens), m_original(profile)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(Icons::application());
    setWindowTitle(profile.name.isEmpty() ? tr("Add Connection Profile")
                                          : tr("Edit Connection Profile “%1”").arg(profile.name));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    m_name = new QLineEdit(profile.name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Production"));

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    int presetIndex = -1;
    for (const ServicePreset &preset : ServicePreset::all()) {
        m_preset->addItem(preset.label(), preset.url);
        m_preset->setItemData(m_preset->count() - 1, preset.brand, Qt::UserRole + 1);
        if (preset.url == profile.serviceUrl)
            presetIndex = m_preset->count() - 1;
    }
    m_preset->addItem(tr("Custom URL"), QUrl());
    const int customIndex = m_preset->count() - 1;

    m_url = new QLineEdit(profile.serviceUrl.toString(), this);
    m_url->setObjectName(QStringLiteral("serviceUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://api.example.com/v1"));

    m_account = new QLineEdit(profile.account, this);
    m_account->setObjectName(QStringLiteral("accountEdit"));
    m_account->setPlaceholderText(tr("e.g. wdc"));

    m_accountHeader = new QComboBox(this);
    m_accountHeader->setObjectName(QStringLiteral("accountHeaderCombo"));
    m_accountHeader->addItems(ConnectionProfile::accountHeaderNames());

    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(profile.name.isEmpty()
                                        ? tr("Personal access token of an account administrator")
                                        : tr("Leave empty to keep the stored token"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto *tokenHint
            = new QLabel(tr("The token is kept in the system keychain, never in a file."), this);
    tokenHint->setWordWrap(true);
    tokenHint->setEnabled(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Service:"), m_preset);
    form->addRow(tr("Service &URL:"), m_url);
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("Account &header:"), m_accountHeader);
    form->addRow(tr("API &token:"), m_token);
    form->addRow(QString(), tokenHint);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ConnectionDialog::applyPreset);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);

    if (profile.name.isEmpty()) {
        m_preset->setCurrentIndex(0);
        applyPreset();
    } else {
        const QSignalBlocker blocker(m_preset);
        m_preset->setCurrentIndex(presetIndex >= 0 ? presetIndex : customIndex);
        m_url->setEnabled(presetIndex < 0);
        const int header = m_accountHeader->findText(profile.accountHeader, Qt::MatchFixedString);
        if (header >= 0)
            m_accountHeader->setCurrentIndex(header);
    }
    resize(520, sizeHint().height());
}

void ConnectionDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ConnectionDialog::focusToken()
{
    m_token->setFocus();
}

void ConnectionDialog::applyPreset()
{
    const QUrl url = m_preset->currentData().toUrl();
    const bool custom = url.isEmpty();
    m_url->setEnabled(custom);
    if (custom) {
        m_url->setFocus();
        return;
    }
    m_url->setText(url.toString());
    const QString header = headerForBrand(m_preset->currentData(Qt::UserRole + 1).toString());
    m_accountHeader->setCurrentIndex(qMax(0, m_accountHeader->findText(header)));
}

ConnectionProfile ConnectionDialog::editedProfile() const
{
    ConnectionProfile profile = m_original;
    profile.name = m_name->text().trimmed();
    profile.serviceUrl = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    profile.account = m_account->text().trimmed();
    profile.accountHeader = m_accountHeader->currentText();
    return profile;
}

QString ConnectionDialog::validate() const
{
    const ConnectionProfile profile = editedProfile();
    if (profile.name.isEmpty())
        return tr("Give the profile a name.");
    if (profile.name != m_original.name && m_profiles->profile(profile.name).has_value())
        return tr("A profile named “%1” exists already; choose another name.").arg(profile.name);
    const QString scheme = profile.serviceUrl.scheme();
    if (!profile.serviceUrl.isValid() || profile.serviceUrl.host().isEmpty()
        || (scheme != u"https" && scheme != u"http")) {
        return tr("Enter the service URL, such as https://api.4me.com/v1.");
    }
    if (profile.account.isEmpty())
        return tr("Enter the account, such as “wdc”.");
    if (m_original.name.isEmpty() && m_token->text().trimmed().isEmpty())
        return tr("Enter the API token of an account administrator.");
    // Values that go into request headers: a line break there would add headers.
    if (ApiClient::containsControlCharacters(m_url->text())
        || ApiClient::containsControlCharacters(profile.account)
        || ApiClient::containsControlCharacters(m_token->text().trimmed())) {
        return tr("The service URL, the account and the token must not contain control "
                  "characters such as line breaks.");
    }
    return {};
}

void ConnectionDialog::setBusy(bool busy)
{
    m_buttons->setEnabled(!busy);
}

void ConnectionDialog::save()
{
    const QString problem = validate();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return;

    const ConnectionProfile profile = editedProfile();
    const QString previousName = m_original.name;
    const bool renamed = !previousName.isEmpty() && previousName != profile.name;
    if (renamed)
        m_profiles->rename(previousName, profile.name);
    m_profiles->save(profile);

    const QString token = m_token->text().trimmed();
    setBusy(true);
    // The store's error says that the token is kept for this session only.
    auto written = [this, profile](const QString &error) {
        finishSave(profile, error);
    };
    if (!token.isEmpty()) {
        if (renamed)
            m_tokens->remove(previousName, this, [](const QString &) {});
        m_tokens->write(profile.name, token, this, written);
    } else if (renamed) {
        // Move the stored token to the new name.
        m_tokens->read(
                previousName, this,
                [this, previousName, profile, written](const QString &stored, const QString &) {
                    if (stored.isEmpty()) {
                        finishSave(profile, {});
                        return;
                    }
                    m_tokens->remove(previousName, this, [](const QString &) {});
                    m_tokens->write(profile.name, stored, this, written);
                });
    } else {
        finishSave(profile, {});
    }
}

void ConnectionDialog::finishSave(const ConnectionProfile &profile, const QString &notice)
{
    setBusy(false);
    Q_EMIT profileSaved(profile, m_original.name, notice);
    accept();
}
