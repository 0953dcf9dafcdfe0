// The Deliveries panel's first key source: the public keys kept when Hookbench created a
// policy, found by the policy of the message's webhook, else by the JWS header's kid.
#include "models/PolicyKeyStore.h"
#include "models/receiver/StoredPolicyKeys.h"
#include "tests/support/WarningGuard.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_StoredPolicyKeys final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void findsTheKeyOfTheWebhooksPolicy();
    void findsTheKeyByKidWhenTheWebhookIsUnknown();
    void knowsNothingOfAnotherProfile();

private:
    static PolicyKeyStore::Key key(qint64 id, const QString &name, const QString &pem);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PolicyKeyStore> m_store;
    QString m_profile = u"https://api.4me.com/v1 wdc"_s;
};

PolicyKeyStore::Key tst_StoredPolicyKeys::key(qint64 id, const QString &name, const QString &pem)
{
    PolicyKeyStore::Key key;
    key.policyId = id;
    key.policyName = name;
    key.jwtAlg = u"rs256"_s;
    key.publicKeyPem = pem;
    key.savedAt = QDateTime::currentDateTimeUtc();
    return key;
}

void tst_StoredPolicyKeys::init()
{
    hb::test::failOnUnexpectedWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<PolicyKeyStore>(m_dir->filePath(u"keys.json"_s));
    QVERIFY(m_store->store(u"https://api.4me.com/v1 wdc"_s, key(7, u"policy-7"_s, u"PEM 7"_s)));
    QVERIFY(m_store->store(u"https://api.4me.com/v1 wdc"_s, key(8, u"policy-8"_s, u"PEM 8"_s)));
    QVERIFY(m_store->store(u"https://api.4me.com/v1 qa"_s, key(9, u"policy-9"_s, u"PEM 9"_s)));
}

void tst_StoredPolicyKeys::findsTheKeyOfTheWebhooksPolicy()
{
    const auto lookup = storedPolicyKeyLookup(
            m_store.get(), [this] { return m_profile; },
            [](qint64 webhookId) -> qint64 { return webhookId == 41 ? 8 : 0; });
    SignedMessageVerifier::KeyQuery query;
    query.webhookId = 41;
    query.keyId = u"policy-7"_s; // the webhook's policy decides, not a kid that says otherwise
    QCOMPARE(lookup(query).publicKeyPem, QByteArray("PEM 8"));
}

void tst_StoredPolicyKeys::findsTheKeyByKidWhenTheWebhookIsUnknown()
{
    const auto lookup = storedPolicyKeyLookup(
            m_store.get(), [this] { return m_profile; }, [](qint64) -> qint64 { return 0; });
    SignedMessageVerifier::KeyQuery query;
    query.webhookId = 99;
    query.keyId = u"policy-7"_s;
    QCOMPARE(lookup(query).publicKeyPem, QByteArray("PEM 7"));
    query.keyId = u"policy-unknown"_s;
    QVERIFY(lookup(query).publicKeyPem.isEmpty());
}

void tst_StoredPolicyKeys::knowsNothingOfAnotherProfile()
{
    m_profile = u"https://api.4me.com/v1 qa"_s;
    const auto lookup = storedPolicyKeyLookup(
            m_store.get(), [this] { return m_profile; }, [](qint64) -> qint64 { return 8; });
    SignedMessageVerifier::KeyQuery query;
    query.webhookId = 41;
    query.keyId = u"policy-7"_s;
    QVERIFY(lookup(query).publicKeyPem.isEmpty()); // policy 8 and 7 belong to wdc
    query.keyId = u"policy-9"_s;
    QCOMPARE(lookup(query).publicKeyPem, QByteArray("PEM 9"));
}

QTEST_GUILESS_MAIN(tst_StoredPolicyKeys)
#include "tst_StoredPolicyKeys.moc"
