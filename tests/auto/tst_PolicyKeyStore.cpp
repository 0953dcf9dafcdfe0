// PolicyKeyStore: the public keys of webhook policies kept per profile, in one JSON file.
#include "models/PolicyKeyStore.h"
#include "models/VerificationTracker.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/WarningGuard.h"

namespace {
const QString Pem
        = QStringLiteral("-----BEGIN PUBLIC KEY-----\nMFkwEw==\n-----END PUBLIC KEY-----\n");

PolicyKeyStore::Key sampleKey(qint64 id, const QString &name)
{
    PolicyKeyStore::Key key;
    key.policyId = id;
    key.policyName = name;
    key.jwtAlg = QStringLiteral("es256");
    key.publicKeyPem = Pem;
    key.savedAt = QDateTime(QDate(2026, 12, 2), QTime(15, 0), Qt::UTC);
    return key;
}
} // namespace

class tst_PolicyKeyStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void storesAndFindsPerProfile();
    void secondInstanceSeesTheKeys();
    void removeForgetsOneKey();
    void unreadableFileIsNeverOverwritten();
    void unwritableFolderIsAnError();
    void defaultFileIsInTheDataLocation();

private:
    QString fileName() const { return m_dir->filePath(QStringLiteral("keys/policy-keys.json")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    const QString m_profile = VerificationTracker::profileKey(
            QUrl(QStringLiteral("https://api.4me.com/v1")), QStringLiteral("wdc"));
    const QString m_other = VerificationTracker::profileKey(
            QUrl(QStringLiteral("https://api.4me.com/v1")), QStringLiteral("other"));
};

void tst_PolicyKeyStore::init()
{
    hb::test::failOnUnexpectedWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_PolicyKeyStore::storesAndFindsPerProfile()
{
    PolicyKeyStore store(fileName());
    QVERIFY(!store.find(m_profile, 7));
    QVERIFY(store.keys(m_profile).isEmpty());
    QVERIFY2(store.store(m_profile, sampleKey(7, QStringLiteral("abc"))),
             qPrintable(store.errorString()));
    QVERIFY(store.store(m_profile, sampleKey(3, QStringLiteral("def"))));

    const std::optional<PolicyKeyStore::Key> found = store.find(m_profile, 7);
    QVERIFY(found);
    QCOMPARE(*found, sampleKey(7, QStringLiteral("abc")));
    QCOMPARE(store.findByName(m_profile, QStringLiteral("def"))->policyId, 3);
    QVERIFY(!store.findByName(m_profile, QStringLiteral("nope")));
    QCOMPARE(store.keys(m_profile).size(), 2);
    QCOMPARE(store.keys(m_profile).first().policyId, 3); // ascending id
    // Another account on the same service has keys of its own.
    QVERIFY(!store.find(m_other, 7));

    // Storing again replaces.
    PolicyKeyStore::Key replaced = sampleKey(7, QStringLiteral("abc"));
    replaced.publicKeyPem = QStringLiteral("new");
    QVERIFY(store.store(m_profile, replaced));
    QCOMPARE(store.find(m_profile, 7)->publicKeyPem, QStringLiteral("new"));
    QCOMPARE(store.keys(m_profile).size(), 2);
}

void tst_PolicyKeyStore::secondInstanceSeesTheKeys()
{
    // hookbench-cli and the window share the file: each call reads it afresh.
    PolicyKeyStore window(fileName());
    PolicyKeyStore cli(fileName());
    QVERIFY(window.keys(m_profile).isEmpty());
    QVERIFY(cli.store(m_profile, sampleKey(9, QStringLiteral("xyz"))));
    QCOMPARE(window.find(m_profile, 9)->publicKeyPem, Pem);
}

void tst_PolicyKeyStore::removeForgetsOneKey()
{
    PolicyKeyStore store(fileName());
    QVERIFY(store.store(m_profile, sampleKey(1, QStringLiteral("a"))));
    QVERIFY(store.store(m_profile, sampleKey(2, QStringLiteral("b"))));
    QVERIFY(store.remove(m_profile, 1));
    QVERIFY(!store.find(m_profile, 1));
    QVERIFY(store.find(m_profile, 2));
    QVERIFY(store.remove(m_profile, 99)); // nothing to do is no error
}

void tst_PolicyKeyStore::unreadableFileIsNeverOverwritten()
{
    QVERIFY(QDir().mkpath(QFileInfo(fileName()).absolutePath()));
    QFile file(fileName());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();

    PolicyKeyStore store(fileName());
    QVERIFY(!store.store(m_profile, sampleKey(1, QStringLiteral("a"))));
    QVERIFY(store.errorString().contains(u"JSON"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{ not json")); // nothing lost
}

void tst_PolicyKeyStore::unwritableFolderIsAnError()
{
    // A file where the folder should be.
    QFile blocker(m_dir->filePath(QStringLiteral("keys")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    PolicyKeyStore store(fileName());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^cannot write")));
    QVERIFY(!store.store(m_profile, sampleKey(1, QStringLiteral("a"))));
    QVERIFY(!store.errorString().isEmpty());
}

void tst_PolicyKeyStore::defaultFileIsInTheDataLocation()
{
    QVERIFY(PolicyKeyStore::defaultFileName().endsWith(u"/Hookbench/policy-keys.json"));
}

QTEST_GUILESS_MAIN(tst_PolicyKeyStore)
#include "tst_PolicyKeyStore.moc"
