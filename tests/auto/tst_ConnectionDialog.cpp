#include "models/ProfileStore.h"
#include "models/TokenStore.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/WidgetLookup.h"
#include "views/ConnectionDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Adding, editing and renaming connection profiles; tokens in session-only mode (the test
// machine has no keychain to rely on).
class tst_ConnectionDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rejectsIncompleteProfiles_data();
    void rejectsIncompleteProfiles();
    void presetFillsUrlAndHeader();
    void customUrlSelectsTheUrlToReplaceIt();
    void refusesPlainHttpToAnotherComputer_data();
    void refusesPlainHttpToAnotherComputer();
    void tabOrderFollowsTheForm();
    void addsProfileWithSessionToken();
    void renameMovesToken();
    void tokenFieldHidesInput();
    void testConnectionReportsAndStoresNothing();

private:
    ConnectionDialog *openDialog(const ConnectionProfile &profile);
    void fill(const QString &name, const QString &url, const QString &account,
              const QString &token);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenStore> m_tokens;
    QPointer<ConnectionDialog> m_dialog;
};

void tst_ConnectionDialog::init()
{
    // Unexpected warnings fail; the offscreen platform's notes about window features are
    // expected.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support).*")));
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_settings->clear();
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_tokens = std::make_unique<TokenStore>(QStringLiteral("HookbenchTest"));
    m_tokens->setSessionOnly(true);
}

void tst_ConnectionDialog::cleanup()
{
    delete m_dialog;
    m_tokens.reset();
    m_profiles.reset();
    m_settings.reset();
}

ConnectionDialog *tst_ConnectionDialog::openDialog(const ConnectionProfile &profile)
{
    m_dialog = new ConnectionDialog(m_profiles.get(), m_tokens.get(), profile);
    m_dialog->open();
    return m_dialog;
}

void tst_ConnectionDialog::fill(const QString &name, const QString &url, const QString &account,
                                const QString &token)
{
    HB_FIND_WIDGET(QComboBox, brand, m_dialog, "brandCombo");
    brand->setCurrentIndex(brand->count() - 1); // custom URL
    HB_FIND_WIDGET(QLineEdit, nameEdit, m_dialog, "nameEdit");
    HB_FIND_WIDGET(QLineEdit, urlEdit, m_dialog, "serviceUrlEdit");
    HB_FIND_WIDGET(QLineEdit, accountEdit, m_dialog, "accountEdit");
    HB_FIND_WIDGET(QLineEdit, tokenEdit, m_dialog, "tokenEdit");
    nameEdit->setText(name);
    urlEdit->setText(url);
    accountEdit->setText(account);
    tokenEdit->setText(token);
}

void tst_ConnectionDialog::rejectsIncompleteProfiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("fragment");
    const QString url = QStringLiteral("https://api.4me.com/v1");
    const QString token = QStringLiteral("secret");
    QTest::newRow("no name") << QString() << url << QStringLiteral("wdc") << token
                             << QStringLiteral("name");
    QTest::newRow("duplicate name") << QStringLiteral("Existing") << url << QStringLiteral("wdc")
                                    << token << QStringLiteral("exists already");
    QTest::newRow("no url") << QStringLiteral("New") << QString() << QStringLiteral("wdc") << token
                            << QStringLiteral("service URL");
    QTest::newRow("ftp url") << QStringLiteral("New") << QStringLiteral("ftp://x.example/v1")
                             << QStringLiteral("wdc") << token << QStringLiteral("service URL");
    QTest::newRow("no account") << QStringLiteral("New") << url << QString() << token
                                << QStringLiteral("account");
    QTest::newRow("no token") << QStringLiteral("New") << url << QStringLiteral("wdc") << QString()
                              << QStringLiteral("token");
    // Values that go into request headers: a line break would add headers (issue 15).
    QTest::newRow("line break in the account")
            << QStringLiteral("New") << url << QStringLiteral("wdc\r\nX-Injected: 1") << token
            << QStringLiteral("control characters");
    QTest::newRow("line break in the token")
            << QStringLiteral("New") << url << QStringLiteral("wdc")
            << QStringLiteral("secret\nX-Injected: 1") << QStringLiteral("control characters");
}

void tst_ConnectionDialog::rejectsIncompleteProfiles()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, account);
    QFETCH(QString, token);
    QFETCH(QString, fragment);
    ConnectionProfile existing;
    existing.name = QStringLiteral("Existing");
    existing.serviceUrl = QUrl(QStringLiteral("https://api.4me.com/v1"));
    existing.account = QStringLiteral("abc");
    m_profiles->save(existing);

    ConnectionDialog *dialog = openDialog(ConnectionProfile());
    QSignalSpy saved(dialog, &ConnectionDialog::profileSaved);
    fill(name, url, account, token);
    if (QTest::currentTestFailed())
        return;
    HB_FIND_WIDGET(QPushButton, save, dialog, "saveButton");
    QTest::mouseClick(save, Qt::LeftButton);
    HB_FIND_WIDGET(QLabel, error, dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(fragment, Qt::CaseInsensitive), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(saved.count(), 0);
    QCOMPARE(m_profiles->profiles().size(), 1);
}

void tst_ConnectionDialog::presetFillsUrlAndHeader()
{
    ConnectionDialog *dialog = openDialog(ConnectionProfile());
    HB_FIND_WIDGET(QComboBox, brand, dialog, "brandCombo");
    HB_FIND_WIDGET(QComboBox, region, dialog, "regionCombo");
    HB_FIND_WIDGET(QComboBox, environment, dialog, "environmentCombo");
    HB_FIND_WIDGET(QLineEdit, url, dialog, "serviceUrlEdit");
    HB_FIND_WIDGET(QComboBox, header, dialog, "accountHeaderCombo");
    const QList<ServicePreset> presets = ServicePreset::all();
    QVERIFY(presets.size() > 3);
    // Every preset is reachable through the three choices, and each fills URL and header.
    for (const ServicePreset &preset : presets) {
        brand->setCurrentIndex(brand->findData(preset.brand));
        region->setCurrentIndex(region->findData(preset.region));
        environment->setCurrentIndex(environment->findData(preset.environment));
        QCOMPARE(url->text(), preset.url.toString());
        QVERIFY(!url->isEnabled());
        QVERIFY2(header->currentText().contains(preset.brand, Qt::CaseInsensitive),
                 qPrintable(header->currentText() + u' ' + preset.brand));
    }
    // ITRP offers its one documented service.
    brand->setCurrentIndex(brand->findData(QStringLiteral("ITRP")));
    QCOMPARE(region->count(), 1);
    QCOMPARE(environment->count(), 1);
    QCOMPARE(url->text(), QStringLiteral("https://api.itrp.com/v1"));
}

void tst_ConnectionDialog::customUrlSelectsTheUrlToReplaceIt()
{
    ConnectionDialog *dialog = openDialog(ConnectionProfile());
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    HB_FIND_WIDGET(QComboBox, brand, dialog, "brandCombo");
    HB_FIND_WIDGET(QLineEdit, url, dialog, "serviceUrlEdit");
    brand->setCurrentIndex(brand->count() - 1); // Custom URL
    QVERIFY(url->isEnabled());
    HB_FIND_WIDGET(QComboBox, region, dialog, "regionCombo");
    QVERIFY(!region->isEnabled());
    QTRY_VERIFY(url->hasFocus());
    QCOMPARE(url->selectedText(), QStringLiteral("https://api.4me.com/v1"));
    QTest::keyClicks(url, QStringLiteral("https://api.example.com/v1"));
    QCOMPARE(url->text(), QStringLiteral("https://api.example.com/v1"));
}

void tst_ConnectionDialog::refusesPlainHttpToAnotherComputer_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("remote host") << QStringLiteral("http://api.4me.com/v1") << false;
    QTest::newRow("LAN address") << QStringLiteral("http://10.0.0.5:8080/v1") << false;
    QTest::newRow("this computer") << QStringLiteral("http://127.0.0.1:8080/v1") << true;
}

void tst_ConnectionDialog::refusesPlainHttpToAnotherComputer()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    ConnectionDialog *dialog = openDialog(ConnectionProfile());
    QSignalSpy saved(dialog, &ConnectionDialog::profileSaved);
    fill(QStringLiteral("Plain"), url, QStringLiteral("wdc"), QStringLiteral("tok"));
    if (QTest::currentTestFailed())
        return;
    HB_FIND_WIDGET(QPushButton, save, dialog, "saveButton");
    QTest::mouseClick(save, Qt::LeftButton);
    if (accepted) {
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(m_profiles->profile(QStringLiteral("Plain")));
        return;
    }
    HB_FIND_WIDGET(QLabel, error, dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("https://")), qPrintable(error->text()));
    QCOMPARE(saved.count(), 0);
    QVERIFY(!m_profiles->profile(QStringLiteral("Plain")));
}

void tst_ConnectionDialog::tabOrderFollowsTheForm()
{
    ConnectionDialog *dialog = openDialog(ConnectionProfile());
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    HB_FIND_WIDGET(QComboBox, brand, dialog, "brandCombo");
    brand->setCurrentIndex(brand->count() - 1); // Custom URL: every field takes focus
    const QStringList expected{QStringLiteral("nameEdit"),           QStringLiteral("brandCombo"),
                               QStringLiteral("serviceUrlEdit"),     QStringLiteral("accountEdit"),
                               QStringLiteral("accountHeaderCombo"), QStringLiteral("tokenEdit")};
    HB_FIND_WIDGET(QLineEdit, name, dialog, "nameEdit");
    name->setFocus(Qt::TabFocusReason);
    QStringList visited{QApplication::focusWidget()->objectName()};
    for (int i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited.append(QApplication::focusWidget()->objectName());
    }
    QCOMPARE(visited, expected);
}

void tst_ConnectionDialog::addsProfileWithSessionToken()
{
    ConnectionDialog *dialog = openDialog(ConnectionProfile());
    QSignalSpy saved(dialog, &ConnectionDialog::profileSaved);
    fill(QStringLiteral("Staging"), QStringLiteral("https://api.4me.qa/v1"), QStringLiteral("wdc"),
         QStringLiteral("tok-123"));
    if (QTest::currentTestFailed())
        return;
    HB_FIND_WIDGET(QPushButton, save, dialog, "saveButton");
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    // No keychain: the user is told that the token lasts for this session only.
    QVERIFY(!saved.first().at(2).toString().isEmpty());
    const std::optional<ConnectionProfile> stored = m_profiles->profile(QStringLiteral("Staging"));
    QVERIFY(stored);
    QCOMPARE(stored->account, QStringLiteral("wdc"));
    QCOMPARE(stored->serviceUrl, QUrl(QStringLiteral("https://api.4me.qa/v1")));
    QString read;
    m_tokens->read(QStringLiteral("Staging"), this,
                   [&read](const QString &token, const QString &) { read = token; });
    QTRY_COMPARE(read, QStringLiteral("tok-123"));
    // The token never reaches the settings file.
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("tok-123"));
}

void tst_ConnectionDialog::renameMovesToken()
{
    ConnectionProfile old;
    old.name = QStringLiteral("Old");
    old.serviceUrl = QUrl(QStringLiteral("https://api.4me.com/v1"));
    old.account = QStringLiteral("wdc");
    m_profiles->save(old);
    m_tokens->setSessionToken(QStringLiteral("Old"), QStringLiteral("kept-token"));

    ConnectionDialog *dialog = openDialog(old);
    QSignalSpy saved(dialog, &ConnectionDialog::profileSaved);
    HB_FIND_WIDGET(QLineEdit, name, dialog, "nameEdit");
    name->setText(QStringLiteral("New"));
    HB_FIND_WIDGET(QPushButton, save, dialog, "saveButton");
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.first().at(1).toString(), QStringLiteral("Old"));
    QVERIFY(!m_profiles->profile(QStringLiteral("Old")));
    QVERIFY(m_profiles->profile(QStringLiteral("New")));
    QString read;
    m_tokens->read(QStringLiteral("New"), this,
                   [&read](const QString &token, const QString &) { read = token; });
    QTRY_COMPARE(read, QStringLiteral("kept-token"));
}

void tst_ConnectionDialog::tokenFieldHidesInput()
{
    ConnectionDialog *dialog = openDialog(ConnectionProfile());
    HB_FIND_WIDGET(QLineEdit, token, dialog, "tokenEdit");
    QCOMPARE(token->echoMode(), QLineEdit::Password);
}

void tst_ConnectionDialog::testConnectionReportsAndStoresNothing()
{
    SandboxOptions options;
    options.seed = 3;
    SandboxServer sandbox(options);
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QNetworkAccessManager network;
    ConnectionDialog *dialog = openDialog(ConnectionProfile());
    dialog->enableConnectionTest(&network);
    fill(QStringLiteral("Trial"), sandbox.baseUrl().toString(), options.account,
         QStringLiteral("wrong-token"));
    if (QTest::currentTestFailed())
        return;
    HB_FIND_WIDGET(QPushButton, test, dialog, "testConnectionButton");
    HB_FIND_WIDGET(QLabel, result, dialog, "connectionTestResult");
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("The test failed")), 10000);
    QVERIFY(result->isVisible());
    QVERIFY(dialog->isVisible()); // the result is shown in the dialog

    HB_FIND_WIDGET(QLineEdit, tokenEdit, dialog, "tokenEdit");
    tokenEdit->setText(options.token);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Connected")), 10000);
    QVERIFY2(result->text().contains(QStringLiteral("3 webhooks")), qPrintable(result->text()));

    // A test saves nothing: no profile, no token.
    QVERIFY(!m_profiles->profile(QStringLiteral("Trial")));
    bool answered = false;
    QString stored;
    m_tokens->read(QStringLiteral("Trial"), this,
                   [&answered, &stored](const QString &token, const QString &) {
                       answered = true;
                       stored = token;
                   });
    QTRY_VERIFY(answered);
    QVERIFY(stored.isEmpty());
}

QTEST_MAIN(tst_ConnectionDialog)
#include "tst_ConnectionDialog.moc"
