#include "models/ProfileStore.h"
#include "models/TokenStore.h"
#include "views/ConnectionDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
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
    void addsProfileWithSessionToken();
    void renameMovesToken();
    void tokenFieldHidesInput();

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
    auto *preset = m_dialog->findChild<QComboBox *>(QStringLiteral("presetCombo"));
    preset->setCurrentIndex(preset->count() - 1); // custom URL
    m_dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
    m_dialog->findChild<QLineEdit *>(QStringLiteral("serviceUrlEdit"))->setText(url);
    m_dialog->findChild<QLineEdit *>(QStringLiteral("accountEdit"))->setText(account);
    m_dialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->setText(token);
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
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(fragment, Qt::CaseInsensitive), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(saved.count(), 0);
    QCOMPARE(m_profiles->profiles().size(), 1);
}

void tst_ConnectionDialog::presetFillsUrlAndHeader()
{
    ConnectionDialog *dialog = openDialog(ConnectionProfile());
    auto *preset = dialog->findChild<QComboBox *>(QStringLiteral("presetCombo"));
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("serviceUrlEdit"));
    auto *header = dialog->findChild<QComboBox *>(QStringLiteral("accountHeaderCombo"));
    const QList<ServicePreset> presets = ServicePreset::all();
    QVERIFY(presets.size() > 3);
    for (int i = 0; i < presets.size(); ++i) {
        preset->setCurrentIndex(i);
        QCOMPARE(url->text(), presets.at(i).url.toString());
        QVERIFY(!url->isEnabled());
        QVERIFY2(header->currentText().contains(presets.at(i).brand, Qt::CaseInsensitive),
                 qPrintable(header->currentText() + u' ' + presets.at(i).brand));
    }
    preset->setCurrentIndex(preset->count() - 1);
    QVERIFY(url->isEnabled());
}

void tst_ConnectionDialog::addsProfileWithSessionToken()
{
    ConnectionDialog *dialog = openDialog(ConnectionProfile());
    QSignalSpy saved(dialog, &ConnectionDialog::profileSaved);
    fill(QStringLiteral("Staging"), QStringLiteral("https://api.4me.qa/v1"), QStringLiteral("wdc"),
         QStringLiteral("tok-123"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
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
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->setText(QStringLiteral("New"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
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
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->echoMode(),
             QLineEdit::Password);
}

QTEST_MAIN(tst_ConnectionDialog)
#include "tst_ConnectionDialog.moc"
