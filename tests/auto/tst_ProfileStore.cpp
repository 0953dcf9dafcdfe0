#include "models/ProfileStore.h"
#include "models/TokenStore.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class tst_ProfileStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTripsThroughTheSettingsFile_data();
    void roundTripsThroughTheSettingsFile();
    void listsProfilesSortedByName();
    void saveReplacesTheProfileOfThatName();
    void pinIsDroppedWhenTheHostChanges_data();
    void pinIsDroppedWhenTheHostChanges();
    void removeForgetsProfileAndCurrent();
    void renameMovesProfileAndCurrent();
    void renameRefusesClashesAndUnknownNames();
    void neverWritesTheToken();

private:
    std::unique_ptr<QSettings> openSettings() const;
    QByteArray settingsFileBytes() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

ConnectionProfile makeProfile(const QString &name)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.serviceUrl = QUrl(QStringLiteral("https://api.au.4me.com/v1"));
    profile.account = QStringLiteral("wdc");
    return profile;
}

QStringList namesOf(const QList<ConnectionProfile> &profiles)
{
    QStringList names;
    for (const ConnectionProfile &profile : profiles)
        names.append(profile.name);
    return names;
}

} // namespace

void tst_ProfileStore::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<QSettings> tst_ProfileStore::openSettings() const
{
    return std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("hookbench.ini")),
                                       QSettings::IniFormat);
}

QByteArray tst_ProfileStore::settingsFileBytes() const
{
    QFile file(m_dir->filePath(QStringLiteral("hookbench.ini")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_ProfileStore::roundTripsThroughTheSettingsFile_data()
{
    QTest::addColumn<ConnectionProfile>("profile");

    ConnectionProfile full = makeProfile(QStringLiteral("Production"));
    full.accountHeader = QStringLiteral("X-Xurrent-Account");
    full.pinnedCertificateSha256 = QByteArray(64, 'a');
    full.sandbox = true;
    QTest::newRow("every field") << full;
    QTest::newRow("defaults") << makeProfile(QStringLiteral("plain"));
    QTest::newRow("slashes and backslashes") << makeProfile(QStringLiteral("EU / main\\backup"));
    QTest::newRow("non-ASCII and spaces") << makeProfile(QStringLiteral("Zürich Büro ✓ 日本"));
    QTest::newRow("settings syntax") << makeProfile(QStringLiteral("[general];a=b%20\"c\""));
    ConnectionProfile loopback = makeProfile(QStringLiteral("sandbox"));
    loopback.serviceUrl = QUrl(QStringLiteral("http://127.0.0.1:40123/v1"));
    QTest::newRow("loopback URL with port") << loopback;
}

void tst_ProfileStore::roundTripsThroughTheSettingsFile()
{
    QFETCH(ConnectionProfile, profile);
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        store.save(profile);
        store.setCurrentName(profile.name);
    } // written to disk
    auto settings = openSettings();
    ProfileStore store(settings.get());
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profiles().constFirst(), profile);
    QCOMPARE(store.profile(profile.name), std::optional<ConnectionProfile>(profile));
    QCOMPARE(store.currentName(), profile.name);
}

void tst_ProfileStore::listsProfilesSortedByName()
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    for (const char *name : {"beta", "Alpha", "alpha", "Gamma", "ärger"})
        store.save(makeProfile(QString::fromUtf8(name)));
    // Case-insensitive, and names that differ only in case are distinct profiles.
    QCOMPARE(namesOf(store.profiles()),
             (QStringList{QStringLiteral("Alpha"), QStringLiteral("alpha"), QStringLiteral("beta"),
                          QStringLiteral("Gamma"), QStringLiteral("ärger")}));
    QVERIFY(!store.profile(QStringLiteral("ALPHA")));
}

void tst_ProfileStore::saveReplacesTheProfileOfThatName()
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    ConnectionProfile profile = makeProfile(QStringLiteral("Production"));
    profile.pinnedCertificateSha256 = QByteArray(64, 'b');
    profile.sandbox = true;
    store.save(profile);

    ConnectionProfile changed = makeProfile(QStringLiteral("Production"));
    changed.account = QStringLiteral("other");
    store.save(changed);
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profile(QStringLiteral("Production")),
             std::optional<ConnectionProfile>(changed));
}

void tst_ProfileStore::pinIsDroppedWhenTheHostChanges_data()
{
    QTest::addColumn<QString>("newUrl");
    QTest::addColumn<bool>("pinKept");
    QTest::newRow("same host, other path") << QStringLiteral("https://api.example.test/v2") << true;
    QTest::newRow("same host, upper case") << QStringLiteral("https://API.example.test/v1") << true;
    QTest::newRow("other host") << QStringLiteral("https://api.elsewhere.test/v1") << false;
    QTest::newRow("other port") << QStringLiteral("https://api.example.test:8443/v1") << false;
    QTest::newRow("other scheme") << QStringLiteral("http://api.example.test/v1") << false;
}

void tst_ProfileStore::pinIsDroppedWhenTheHostChanges()
{
    QFETCH(QString, newUrl);
    QFETCH(bool, pinKept);
    auto settings = openSettings();
    ProfileStore store(settings.get());
    ConnectionProfile profile = makeProfile(QStringLiteral("Test server"));
    profile.serviceUrl = QUrl(QStringLiteral("https://api.example.test/v1"));
    profile.pinnedCertificateSha256 = QByteArray(64, 'c');
    store.save(profile);

    profile.serviceUrl = QUrl(newUrl);
    store.save(profile);
    const std::optional<ConnectionProfile> stored = store.profile(profile.name);
    QVERIFY(stored);
    QCOMPARE(stored->serviceUrl, QUrl(newUrl));
    QCOMPARE(stored->pinnedCertificateSha256, pinKept ? QByteArray(64, 'c') : QByteArray());
}

void tst_ProfileStore::removeForgetsProfileAndCurrent()
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    store.save(makeProfile(QStringLiteral("one")));
    store.save(makeProfile(QStringLiteral("two")));
    store.setCurrentName(QStringLiteral("two"));
    store.remove(QStringLiteral("two"));
    QCOMPARE(namesOf(store.profiles()), QStringList{QStringLiteral("one")});
    QCOMPARE(store.currentName(), QString());
    QVERIFY(!store.profile(QStringLiteral("two")));
}

void tst_ProfileStore::renameMovesProfileAndCurrent()
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    ConnectionProfile profile = makeProfile(QStringLiteral("old name"));
    profile.accountHeader = QStringLiteral("X-ITRP-Account");
    store.save(profile);
    store.setCurrentName(profile.name);

    QVERIFY(store.rename(QStringLiteral("old name"), QStringLiteral("new / name")));
    QVERIFY(!store.profile(QStringLiteral("old name")));
    const auto renamed = store.profile(QStringLiteral("new / name"));
    QVERIFY(renamed);
    QCOMPARE(renamed->accountHeader, QStringLiteral("X-ITRP-Account"));
    QCOMPARE(store.currentName(), QStringLiteral("new / name"));
    QCOMPARE(namesOf(store.profiles()), QStringList{QStringLiteral("new / name")});
}

void tst_ProfileStore::renameRefusesClashesAndUnknownNames()
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    store.save(makeProfile(QStringLiteral("one")));
    store.save(makeProfile(QStringLiteral("two")));
    QVERIFY(!store.rename(QStringLiteral("one"), QStringLiteral("two")));
    QVERIFY(!store.rename(QStringLiteral("missing"), QStringLiteral("three")));
    QVERIFY(!store.rename(QStringLiteral("one"), QString()));
    QCOMPARE(namesOf(store.profiles()),
             (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
}

void tst_ProfileStore::neverWritesTheToken()
{
    const QString token = QStringLiteral("profile-store-token-77c1e9");
    TokenStore tokens(QStringLiteral("HookbenchProfileStoreTest"));
    tokens.setSessionOnly(true); // this test needs no keychain
    bool written = false;
    tokens.write(QStringLiteral("Production"), token, this,
                 [&written](const QString &) { written = true; });
    QTRY_VERIFY_WITH_TIMEOUT(written, 10000);

    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        store.save(makeProfile(QStringLiteral("Production")));
        store.setCurrentName(QStringLiteral("Production"));
        settings->sync();
        QCOMPARE(settings->status(), QSettings::NoError);
    }
    const QByteArray bytes = settingsFileBytes();
    QVERIFY(bytes.contains("wdc")); // the profile is in the file...
    QVERIFY(!bytes.contains(token.toUtf8())); // ...its token is not
    QVERIFY(!bytes.toLower().contains("token"));
}

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_ProfileStore.moc"
