// PolicyDirectory against the in-process sandbox: the audiences of the account's policies as
// the service lists them, used as SignedMessageVerifier's audience lookup the way the window
// uses it. A message whose aud is not its policy's audience fails the check, the policy's
// audience passes, a policy that sets none expects no aud, and a policy the directory does
// not know yet is "not known" at once (no check waits) until the reload it starts ends.
#include "models/api/ApiClient.h"
#include "models/receiver/DeliveryReceiver.h"
#include "models/receiver/SignedMessageVerifier.h"
#include "models/workflow/PolicyDirectory.h"
#include "tests/support/SandboxFixture.h"
#include "tests/support/WarningGuard.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Outcome = SignedMessageCheck::Outcome;

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_PolicyDirectory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void audienceOfTheListedPolicy_data();
    void audienceOfTheListedPolicy();
    void aMessageForAnotherAudienceFails();
    void anUnknownPolicyIsNotKnownUntilReloaded();
    void kidNamesThePolicy();
    void clearForgetsTheAccount();

private:
    // Creates a policy (RS256) on the sandbox; 0 on failure (with a warning, which fails).
    qint64 createPolicy(const QString &audience);
    void setAudience(qint64 policyId, const QString &audience);
    // Creates a webhook linked to `policyId` that points at the receiver, test-fires it and
    // returns what arrived (sequence 0 when nothing did). `listed`: whether the window's list
    // knows the webhook's policy (otherwise only the kid can name it).
    Delivery fire(qint64 policyId, bool discovery = false, bool listed = true);
    // What a lookup answers, "<not known>" for nullopt.
    static QString shown(const std::optional<QString> &audience)
    {
        return audience.value_or(u"<not known>"_s);
    }
    void reloadAndWait();
    SignedMessageCheck::Report check(const Delivery &delivery);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<DeliveryReceiver> m_receiver;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<PolicyDirectory> m_directory;
    std::unique_ptr<SignedMessageVerifier> m_verifier;
    QHash<qint64, QByteArray> m_keys; // policy id -> public key (from the 201 answer)
    QHash<qint64, qint64> m_policyOf; // webhook id -> policy id: the window's list
};

void tst_PolicyDirectory::initTestCase()
{
    SandboxOptions options;
    options.burstLimit = 0;
    options.hourlyLimit = 0;
    options.verification = false;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_receiver = std::make_unique<DeliveryReceiver>();
    QVERIFY(m_receiver->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    ConnectionProfile profile;
    profile.name = u"Sandbox"_s;
    profile.serviceUrl = m_sandbox->server()->baseUrl();
    profile.account = options.account;
    profile.sandbox = true;
    m_client->setProfile(profile, options.token);
}

void tst_PolicyDirectory::init()
{
    hb::test::failOnUnexpectedWarnings();
    m_directory = std::make_unique<PolicyDirectory>(m_client.get());
    m_verifier = std::make_unique<SignedMessageVerifier>(m_network.get());
    m_verifier->setProfile(m_client->profile().serviceUrl, m_client->profile().account);
    m_verifier->setKeyLookup([this](const SignedMessageVerifier::KeyQuery &query) {
        DeliveryDecoder::Keys keys;
        keys.publicKeyPem = m_keys.value(m_policyOf.value(query.webhookId));
        return keys;
    });
    // As the window does it: the webhook's policy from the list, else the kid.
    m_verifier->setAudienceLookup([this](const SignedMessageVerifier::KeyQuery &query) {
        return m_directory->audienceFor(m_policyOf.value(query.webhookId), query.keyId);
    });
}

void tst_PolicyDirectory::cleanup()
{
    m_verifier.reset();
    m_directory.reset();
    m_receiver->clear();
}

qint64 tst_PolicyDirectory::createPolicy(const QString &audience)
{
    const auto created
            = m_sandbox->send("POST", u"/webhook_policies"_s,
                              json({{u"jwt_alg"_s, u"rs256"_s}, {u"jwt_audience"_s, audience}}));
    const QJsonObject policy = created.json().object();
    if (created.status != 201) {
        qWarning("policy not created: %d %s", created.status, created.body.constData());
        return 0;
    }
    const qint64 id = policy.value(u"id"_s).toInteger();
    m_keys.insert(id, policy.value(u"public_key_pem"_s).toString().toLatin1());
    return id;
}

void tst_PolicyDirectory::setAudience(qint64 policyId, const QString &audience)
{
    const auto patched = m_sandbox->send("PATCH", u"/webhook_policies/%1"_s.arg(policyId),
                                         json({{u"jwt_audience"_s, audience}}));
    if (patched.status != 200)
        qWarning("policy not changed: %d %s", patched.status, patched.body.constData());
}

Delivery tst_PolicyDirectory::fire(qint64 policyId, bool discovery, bool listed)
{
    const auto created = m_sandbox->send("POST", u"/webhooks"_s,
                                         json({{u"event"_s, u"request.create"_s},
                                               {u"uri"_s, m_receiver->receiverUrlFor(policyId)},
                                               {u"webhook_policy_id"_s, policyId},
                                               {u"openid_connect_discovery"_s, discovery}}));
    const qint64 webhookId = created.json().object().value(u"id"_s).toInteger();
    if (created.status != 201 || webhookId <= 0) {
        qWarning("webhook not created: %d %s", created.status, created.body.constData());
        return {};
    }
    if (listed)
        m_policyOf.insert(webhookId, policyId);
    QSignalSpy received(m_receiver.get(), &DeliveryReceiver::deliveryReceived);
    const auto test = m_sandbox->send("POST", u"/webhooks/%1/test"_s.arg(webhookId));
    if (test.status != 204 || (received.isEmpty() && !received.wait(10000))) {
        qWarning("no test message: %d", test.status);
        return {};
    }
    return received.constFirst().constFirst().value<Delivery>();
}

void tst_PolicyDirectory::reloadAndWait()
{
    QSignalSpy loaded(m_directory.get(), &PolicyDirectory::loaded);
    m_directory->reload();
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_directory->isLoaded());
}

SignedMessageCheck::Report tst_PolicyDirectory::check(const Delivery &delivery)
{
    bool pending = true;
    const SignedMessageCheck::Report report = m_verifier->check(delivery, &pending);
    if (pending)
        qWarning("the check waits for a key");
    return report;
}

void tst_PolicyDirectory::audienceOfTheListedPolicy_data()
{
    QTest::addColumn<QString>("audience");
    QTest::addColumn<QString>("reason");
    QTest::newRow("an audience") << u"hookbench-receiver"_s
                                 << u"aud is the policy's audience \"hookbench-receiver\""_s;
    QTest::newRow("no audience") << QString() << u"no aud, and the policy sets no audience"_s;
}

void tst_PolicyDirectory::audienceOfTheListedPolicy()
{
    QFETCH(QString, audience);
    QFETCH(QString, reason);
    const qint64 policy = createPolicy(audience);
    QVERIFY(policy > 0);
    reloadAndWait();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(shown(m_directory->audienceOf(policy)), audience);

    const Delivery delivery = fire(policy);
    QVERIFY(delivery.sequence > 0);
    const SignedMessageCheck::Report report = check(delivery);
    QCOMPARE(report.signature, DeliveryDecoder::Signature::Valid);
    QVERIFY2(report.audience.outcome == Outcome::Passed, qPrintable(report.audience.reason));
    QCOMPARE(report.audience.reason, reason);
    QVERIFY(report.trusted());
    QVERIFY(!m_directory->isLoading()); // a known policy needs no listing
}

void tst_PolicyDirectory::aMessageForAnotherAudienceFails()
{
    // Signed for the audience the policy had; the account lists another one now.
    const qint64 policy = createPolicy(u"old-receiver"_s);
    QVERIFY(policy > 0);
    const Delivery delivery = fire(policy);
    QVERIFY(delivery.sequence > 0);
    setAudience(policy, u"new-receiver"_s);
    reloadAndWait();
    if (QTest::currentTestFailed())
        return;

    const SignedMessageCheck::Report report = check(delivery);
    QCOMPARE(report.signature, DeliveryDecoder::Signature::Valid);
    QVERIFY2(report.audience.outcome == Outcome::Failed, qPrintable(report.audience.reason));
    QVERIFY2(report.audience.reason.contains(u"old-receiver"_s)
                     && report.audience.reason.contains(u"new-receiver"_s),
             qPrintable(report.audience.reason));
    QVERIFY(!report.trusted());

    // A policy that now sets no audience expects no aud at all.
    setAudience(policy, QString());
    reloadAndWait();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(check(delivery).audience.outcome, Outcome::Failed);
}

void tst_PolicyDirectory::anUnknownPolicyIsNotKnownUntilReloaded()
{
    reloadAndWait();
    if (QTest::currentTestFailed())
        return;
    // Created after the listing: the directory has not heard of it.
    const qint64 policy = createPolicy(u"late-receiver"_s);
    QVERIFY(policy > 0);
    const Delivery delivery = fire(policy);
    QVERIFY(delivery.sequence > 0);

    QSignalSpy loaded(m_directory.get(), &PolicyDirectory::loaded);
    SignedMessageCheck::Report report = check(delivery);
    QCOMPARE(report.signature, DeliveryDecoder::Signature::Valid);
    QCOMPARE(report.audience.outcome, Outcome::NotChecked);
    QVERIFY2(report.audience.reason.contains(u"not known"_s), qPrintable(report.audience.reason));
    QVERIFY(report.trusted()); // not known does not block
    QVERIFY(m_directory->isLoading()); // the lookup started a reload

    QVERIFY(loaded.wait(10000));
    report = check(delivery);
    QVERIFY2(report.audience.outcome == Outcome::Passed, qPrintable(report.audience.reason));

    // A policy that is not listed even then is not asked for again and again.
    QCOMPARE(shown(m_directory->audienceOf(987654)), u"<not known>"_s);
    QVERIFY(m_directory->isLoading());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(shown(m_directory->audienceOf(987654)), u"<not known>"_s);
    QVERIFY(!m_directory->isLoading());
}

void tst_PolicyDirectory::kidNamesThePolicy()
{
    // With OpenID Connect discovery the kid names the policy; the webhook is not in the list.
    const qint64 policy = createPolicy(u"discovered-receiver"_s);
    QVERIFY(policy > 0);
    reloadAndWait();
    if (QTest::currentTestFailed())
        return;
    const Delivery delivery = fire(policy, true, false);
    QVERIFY(delivery.sequence > 0);
    DeliveryDecoder::Keys keys;
    keys.publicKeyPem = m_keys.value(policy);
    m_verifier->setPastedKeys(keys);
    const SignedMessageCheck::Report report = check(delivery);
    QVERIFY(!report.header.value(u"kid"_s).toString().isEmpty());
    QCOMPARE(report.signature, DeliveryDecoder::Signature::Valid);
    QVERIFY2(report.audience.outcome == Outcome::Passed, qPrintable(report.audience.reason));
    QCOMPARE(shown(m_directory->audienceOfNamed(report.header.value(u"kid"_s).toString())),
             u"discovered-receiver"_s);
}

void tst_PolicyDirectory::clearForgetsTheAccount()
{
    const qint64 policy = createPolicy(u"kept-receiver"_s);
    QVERIFY(policy > 0);
    reloadAndWait();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!m_directory->policies().isEmpty());
    m_directory->clear();
    QVERIFY(!m_directory->isLoaded());
    QVERIFY(m_directory->policies().isEmpty());
    QCOMPARE(shown(m_directory->audienceOf(policy)), u"<not known>"_s);
    QSignalSpy loaded(m_directory.get(), &PolicyDirectory::loaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(shown(m_directory->audienceOf(policy)), u"kept-receiver"_s);
}

QTEST_GUILESS_MAIN(tst_PolicyDirectory)
#include "tst_PolicyDirectory.moc"
