#include "views/ConnectionDialog.h"

#include "models/ProfileStore.h"
#include "models/ServiceUrl.h"
#include "models/TokenStore.h"
#include "models/api/ApiClient.h"
#include "models/api/ApiError.h"
#include "models/workflow/ConnectionTest.h"
#include "views/ErrorText.h"
#include "views/Icons.h"
#include "views/StatusColors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
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

    // The service as three choices (brand, region, environment) over ServicePreset::all(),
    // or a custom URL.
    m_brand = new QComboBox(this);
    m_brand->setObjectName(QStringLiteral("brandCombo"));
    for (const ServicePreset &preset : ServicePreset::all()) {
        if (m_brand->findData(preset.brand) < 0)
            m_brand->addItem(preset.brand, preset.brand);
    }
    m_brand->addItem(tr("Custom URL"), QString());
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("environmentCombo"));
    std::optional<ServicePreset> current;
    for (const ServicePreset &preset : ServicePreset::all()) {
        if (preset.url == profile.serviceUrl)
            current = preset;
    }

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
    StatusColors::setTextColor(m_error, StatusColors::errorText());
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
    auto *service = new QHBoxLayout;
    service->addWidget(m_brand);
    service->addWidget(m_region);
    service->addWidget(m_environment, 1);
    auto *serviceLabel = new QLabel(tr("&Service:"), this);
    serviceLabel->setBuddy(m_brand);
    form->addRow(serviceLabel, service);
    form->addRow(tr("Service &URL:"), m_url);
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("Account &header:"), m_accountHeader);
    form->addRow(tr("API &token:"), m_token);
    form->addRow(QString(), tokenHint);

    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("connectionTestResult"));
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setWordWrap(true);
    m_testResult->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_testResult);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_brand, &QComboBox::currentIndexChanged, this, [this] {
        fillRegions();
        applyPreset();
    });
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        fillEnvironments();
        applyPreset();
    });
    connect(m_environment, &QComboBox::currentIndexChanged, this, &ConnectionDialog::applyPreset);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);

    if (profile.name.isEmpty()) {
        m_brand->setCurrentIndex(0);
        fillRegions();
        applyPreset();
    } else {
        const QSignalBlocker brandBlocker(m_brand);
        const QSignalBlocker regionBlocker(m_region);
        const QSignalBlocker environmentBlocker(m_environment);
        m_brand->setCurrentIndex(current ? m_brand->findData(current->brand)
                                         : m_brand->count() - 1);
        fillRegions();
        if (current) {
            m_region->setCurrentIndex(std::max(0, m_region->findData(current->region)));
            fillEnvironments();
            m_environment->setCurrentIndex(
                    std::max(0, m_environment->findData(current->environment)));
        }
        m_url->setEnabled(!current);
        const int header = m_accountHeader->findText(profile.accountHeader, Qt::MatchFixedString);
        if (header >= 0)
            m_accountHeader->setCurrentIndex(header);
    }
    setTabOrder(m_name, m_brand);
    setTabOrder(m_brand, m_region);
    setTabOrder(m_region, m_environment);
    setTabOrder(m_environment, m_url);
    setTabOrder(m_url, m_account);
    setTabOrder(m_account, m_accountHeader);
    setTabOrder(m_accountHeader, m_token);
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

void ConnectionDialog::fillRegions()
{
    const QString brand = m_brand->currentData().toString();
    const QString previous = m_region->currentData().toString();
    {
        const QSignalBlocker blocker(m_region);
        m_region->clear();
        for (const ServicePreset &preset : ServicePreset::all()) {
            if (preset.brand == brand && m_region->findData(preset.region) < 0)
                m_region->addItem(ServicePreset::regionLabel(preset.region), preset.region);
        }
        m_region->setCurrentIndex(std::max(0, m_region->findData(previous)));
    }
    fillEnvironments();
}

void ConnectionDialog::fillEnvironments()
{
    const QString brand = m_brand->currentData().toString();
    const QString region = m_region->currentData().toString();
    const QString previous = m_environment->currentData().toString();
    const QSignalBlocker blocker(m_environment);
    m_environment->clear();
    for (const ServicePreset &preset : ServicePreset::all()) {
        if (preset.brand == brand && preset.region == region)
            m_environment->addItem(ServicePreset::environmentLabel(preset.environment),
                                   preset.environment);
    }
    m_environment->setCurrentIndex(std::max(0, m_environment->findData(previous)));
}

std::optional<ServicePreset> ConnectionDialog::chosenPreset() const
{
    const QString brand = m_brand->currentData().toString();
    const QString region = m_region->currentData().toString();
    const QString environment = m_environment->currentData().toString();
    for (const ServicePreset &preset : ServicePreset::all()) {
        if (preset.brand == brand && preset.region == region && preset.environment == environment)
            return preset;
    }
    return std::nullopt;
}

void ConnectionDialog::applyPreset()
{
    const std::optional<ServicePreset> preset = chosenPreset();
    const bool custom = !preset;
    m_url->setEnabled(custom);
    m_region->setEnabled(!custom);
    m_environment->setEnabled(!custom);
    if (custom) {
        // The URL shown is the starting point: selected, so that typing replaces it.
        m_url->setFocus();
        m_url->selectAll();
        return;
    }
    m_url->setText(preset->url.toString());
    const QString header = headerForBrand(preset->brand);
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
    // The same rule as the client's and the command line's: nothing is saved that they refuse.
    if (const QString problem = ServiceUrl::problemText(profile.serviceUrl); !problem.isEmpty())
        return problem;
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

void ConnectionDialog::enableConnectionTest(QNetworkAccessManager *network)
{
    if (m_connectionTest)
        return;
    m_connectionTest = new ConnectionTest(network, this);
    m_testButton = m_buttons->addButton(tr("Test &Connection"), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setToolTip(tr("List the account's webhooks once with what is entered; "
                                "nothing is saved"));
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_connectionTest, &ConnectionTest::finished, this, &ConnectionDialog::showTestResult);
}

void ConnectionDialog::testConnection()
{
    const QString problem = validate();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return;
    m_testedProfile = editedProfile();
    StatusColors::setTextColor(m_testResult, palette().color(QPalette::WindowText));
    m_testResult->setText(tr("Testing the connection…"));
    m_testResult->show();
    m_testButton->setEnabled(false);
    const QString token = m_token->text().trimmed();
    if (!token.isEmpty() || m_original.name.isEmpty()) {
        m_connectionTest->start(m_testedProfile, token);
        return;
    }
    // Editing without a new token: test with the stored one.
    m_tokens->read(m_original.name, this, [this](const QString &stored, const QString &) {
        m_connectionTest->start(m_testedProfile, stored);
    });
}

void ConnectionDialog::showTestResult(const ApiError &error, qint64 total)
{
    m_testButton->setEnabled(true);
    if (error.isError()) {
        StatusColors::setTextColor(m_testResult, StatusColors::errorText());
        m_testResult->setText(
                tr("The test failed: %1").arg(ErrorText::forUser(error, m_testedProfile)));
        return;
    }
    StatusColors::setTextColor(m_testResult, StatusColors::okText());
    m_testResult->setText(
            total >= 0 ? tr("Connected: the account “%1” has %2.")
                                 .arg(m_testedProfile.account,
                                      total == 1 ? tr("1 webhook")
                                                 : tr("%1 webhooks").arg(QLocale().toString(total)))
                       : tr("Connected to the account “%1”.").arg(m_testedProfile.account));
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
