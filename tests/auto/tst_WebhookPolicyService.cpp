// WebhookPolicyService end to end against the in-process sandbox (reference section 7).
#include "models/api/ApiClient.h"
#include "models/api/WebhookPolicyService.h"
#include "models/api/WebhookService.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "tests/support/WarningGuard.h"
#include <memory>

class tst_WebhookPolicyService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createReturnsTheKeyOnce();
    void updateSendsOnlyChangedFields();
    void updateWithoutChangesSendsNothing();
    void listsEveryPageAndByState();
    void deleteUnlinksWebhooks();
    void serverValidationErrors_data();
    void serverValidationErrors();
    void missingPolicyIs404();

private:
    struct Outcome
    {
        WebhookPolicy policy;
        ApiError error;
    };
    Outcome create(const WebhookPolicy &policy);
    Outcome get(qint64 id);
    Outcome update(const WebhookPolicy &before, const WebhookPolicy &after);
    ApiError remove(qint64 id);
    std::pair<WebhookPolicyList, ApiError> list(WebhookState state = WebhookState::All);
    static WebhookPolicy samplePolicy(const QString &alg = QStringLiteral("rs256"));

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<WebhookPolicyService> m_service;
};

void tst_WebhookPolicyService::init()
{
    hb::test::failOnUnexpectedWarnings();
    SandboxOptions options;
    options.burstLimit = 0;
    options.hourlyLimit = 0;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    ConnectionProfile profile;
    profile.name = QStringLiteral("sandbox");
    profile.serviceUrl = m_sandbox->baseUrl();
    profile.account = options.account;
    m_client->setProfile(profile, options.token);
    m_service = std::make_unique<WebhookPolicyService>(m_client.get());
}

void tst_WebhookPolicyService::cleanup()
{
    m_service.reset();
    m_client.reset();
    m_network.reset();
    m_sandbox.reset();
}

WebhookPolicy tst_WebhookPolicyService::samplePolicy(const QString &alg)
{
    WebhookPolicy policy;
    policy.jwtAlg = alg;
    policy.jwtAudience = QStringLiteral("receiver-7");
    policy.jwtClaimExpiresIn = 5;
    return policy;
}

tst_WebhookPolicyService::Outcome tst_WebhookPolicyService::create(const WebhookPolicy &policy)
{
    Outcome outcome;
    outcome.error.kind = ApiError::Kind::Cancelled; // until the callback says otherwise
    bool done = false;
    m_service->create(policy, this, [&](const WebhookPolicy &created, const ApiError &error) {
        outcome = {created, error};
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 20000))
        qWarning("create did not finish");
    return outcome;
}

tst_WebhookPolicyService::Outcome tst_WebhookPolicyService::get(qint64 id)
{
    Outcome outcome;
    outcome.error.kind = ApiError::Kind::Cancelled;
    bool done = false;
    m_service->get(id, this, [&](const WebhookPolicy &policy, const ApiError &error) {
        outcome = {policy, error};
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        qWarning("get did not finish");
    return outcome;
}

tst_WebhookPolicyService::Outcome tst_WebhookPolicyService::update(const WebhookPolicy &before,
                                                                   const WebhookPolicy &after)
{
    Outcome outcome;
    outcome.error.kind = ApiError::Kind::Cancelled;
    bool done = false;
    m_service->update(before, after, this, [&](const WebhookPolicy &policy, const ApiError &error) {
        outcome = {policy, error};
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        qWarning("update did not finish");
    return outcome;
}

ApiError tst_WebhookPolicyService::remove(qint64 id)
{
    ApiError result;
    result.kind = ApiError::Kind::Cancelled;
    bool done = false;
    m_service->remove(id, this, [&](const ApiError &error) {
        result = error;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        qWarning("remove did not finish");
    return result;
}

std::pair<WebhookPolicyList, ApiError> tst_WebhookPolicyService::list(WebhookState state)
{
    std::pair<WebhookPolicyList, ApiError> result;
    result.second.kind = ApiError::Kind::Cancelled;
    bool done = false;
    m_service->list(state, this, [&](const WebhookPolicyList &policies, const ApiError &error) {
        result = {policies, error};
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 60000))
        qWarning("list did not finish");
    return result;
}

void tst_WebhookPolicyService::createReturnsTheKeyOnce()
{
    QSignalSpy createdSignal(m_service.get(), &WebhookPolicyService::policyCreated);
    const Outcome created = create(samplePolicy());
    QCOMPARE(created.error.kind, ApiError::Kind::None);
    QVERIFY(created.policy.id > 0);
    QVERIFY(!created.policy.name.isEmpty());
    QCOMPARE(created.policy.jwtAlg, QStringLiteral("rs256"));
    QCOMPARE(created.policy.jwtAudience, QStringLiteral("receiver-7"));
    QCOMPARE(created.policy.jwtClaimExpiresIn, std::optional<qint64>(5));
    QVERIFY(created.policy.publicKeyPem.startsWith(u"-----BEGIN PUBLIC KEY-----"));
    QCOMPARE(createdSignal.count(), 1);

    // Never again: not by get, not in the listing.
    const Outcome fetched = get(created.policy.id);
    QCOMPARE(fetched.error.kind, ApiError::Kind::None);
    QCOMPARE(fetched.policy.name, created.policy.name);
    QCOMPARE(fetched.policy.jwtClaimExpiresIn, std::optional<qint64>(5));
    QVERIFY(fetched.policy.publicKeyPem.isEmpty());
    const auto [policies, error] = list();
    QCOMPARE(error.kind, ApiError::Kind::None);
    QCOMPARE(policies.size(), 1);
    QVERIFY(policies.first().publicKeyPem.isEmpty());
    // The listing asks for every field the table shows, not just the collection fields.
    QCOMPARE(policies.first().jwtAlg, QStringLiteral("rs256"));
    QCOMPARE(policies.first().jwtAudience, QStringLiteral("receiver-7"));
}

void tst_WebhookPolicyService::updateSendsOnlyChangedFields()
{
    const Outcome created = create(samplePolicy(QStringLiteral("hs256")));
    QCOMPARE(created.error.kind, ApiError::Kind::None);
    WebhookPolicy after = created.policy;
    after.disabled = true;
    after.jwtClaimExpiresIn.reset(); // sent as null: no expiry any more
    QCOMPARE(WebhookPolicy::changedFields(created.policy, after).keys(),
             (QStringList{QStringLiteral("disabled"), QStringLiteral("jwt_claim_expires_in")}));
    const Outcome updated = update(created.policy, after);
    QCOMPARE(updated.error.kind, ApiError::Kind::None);
    QVERIFY(updated.policy.disabled);
    QVERIFY(!updated.policy.jwtClaimExpiresIn.has_value());
    QCOMPARE(updated.policy.jwtAudience, QStringLiteral("receiver-7"));
    QVERIFY(updated.policy.publicKeyPem.isEmpty());
}

void tst_WebhookPolicyService::updateWithoutChangesSendsNothing()
{
    const Outcome created = create(samplePolicy(QStringLiteral("none")));
    QCOMPARE(created.error.kind, ApiError::Kind::None);
    const int before = m_sandbox->requestCount();
    const Outcome updated = update(created.policy, created.policy);
    QCOMPARE(updated.error.kind, ApiError::Kind::None);
    QCOMPARE(updated.policy, created.policy);
    QCOMPARE(m_sandbox->requestCount(), before);
}

void tst_WebhookPolicyService::listsEveryPageAndByState()
{
    // More than one page of 100.
    constexpr int Count = 103;
    for (int i = 0; i < Count; ++i) {
        WebhookPolicy policy = samplePolicy(QStringLiteral("none"));
        policy.disabled = i % 10 == 0;
        const Outcome created = create(policy);
        QCOMPARE(created.error.kind, ApiError::Kind::None);
    }
    const auto [all, error] = list();
    QCOMPARE(error.kind, ApiError::Kind::None);
    QCOMPARE(all.size(), Count);
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).id < all.at(i).id);
    const auto [disabled, disabledError] = list(WebhookState::Disabled);
    QCOMPARE(disabledError.kind, ApiError::Kind::None);
    QCOMPARE(disabled.size(), 11);
    for (const WebhookPolicy &policy : disabled)
        QVERIFY(policy.disabled);
    const auto [enabled, enabledError] = list(WebhookState::Enabled);
    QCOMPARE(enabledError.kind, ApiError::Kind::None);
    QCOMPARE(enabled.size(), Count - 11);
}

void tst_WebhookPolicyService::deleteUnlinksWebhooks()
{
    const Outcome created = create(samplePolicy(QStringLiteral("es256")));
    QCOMPARE(created.error.kind, ApiError::Kind::None);

    WebhookService webhooks(m_client.get());
    Webhook webhook;
    webhook.event = QStringLiteral("request.create");
    webhook.uri = QStringLiteral("https://hooks.example.com/signed");
    webhook.webhookPolicyId = created.policy.id;
    Webhook linked;
    bool done = false;
    webhooks.create(webhook, this, [&](const Webhook &result, const ApiError &error) {
        QCOMPARE(error.kind, ApiError::Kind::None);
        linked = result;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(linked.webhookPolicyId, created.policy.id);

    QSignalSpy removed(m_service.get(), &WebhookPolicyService::policyRemoved);
    QCOMPARE(remove(created.policy.id).kind, ApiError::Kind::None);
    QCOMPARE(removed.count(), 1);

    Webhook after;
    done = false;
    webhooks.get(linked.id, this, [&](const Webhook &result, const ApiError &error) {
        QCOMPARE(error.kind, ApiError::Kind::None);
        after = result;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(after.webhookPolicyId, 0);

    // A second delete finds nothing.
    const ApiError again = remove(created.policy.id);
    QCOMPARE(again.kind, ApiError::Kind::Http);
    QCOMPARE(again.httpStatus, 404);
    QVERIFY2(again.userMessage().contains(u"already deleted"), qPrintable(again.userMessage()));
}

void tst_WebhookPolicyService::serverValidationErrors_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("audience");
    QTest::addColumn<qint64>("expiresIn");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown algorithm")
            << QStringLiteral("rs999") << QString() << qint64(1) << QStringLiteral("jwt_alg");
    QTest::newRow("no algorithm") << QString() << QString() << qint64(1)
                                  << QStringLiteral("jwt_alg");
    QTest::newRow("audience over 2 KB") << QStringLiteral("hs256") << QString(2049, u'a')
                                        << qint64(1) << QStringLiteral("jwt_audience");
    QTest::newRow("negative expiry") << QStringLiteral("hs256") << QString() << qint64(-1)
                                     << QStringLiteral("jwt_claim_expires_in");
}

void tst_WebhookPolicyService::serverValidationErrors()
{
    // What the client would refuse locally, sent anyway: the service's 422 arrives as field
    // errors in the API's names.
    QFETCH(QString, alg);
    QFETCH(QString, audience);
    QFETCH(qint64, expiresIn);
    QFETCH(QString, field);
    WebhookPolicy policy;
    policy.jwtAlg = alg;
    policy.jwtAudience = audience;
    policy.jwtClaimExpiresIn = expiresIn;
    const Outcome outcome = create(policy);
    QCOMPARE(outcome.error.kind, ApiError::Kind::Validation);
    QCOMPARE(outcome.error.httpStatus, 422);
    QCOMPARE(outcome.error.fieldErrors.size(), 1);
    QCOMPARE(outcome.error.fieldErrors.first().field, field);
    QCOMPARE(outcome.policy, policy); // what was typed comes back
    QCOMPARE(list().first.size(), 0);
}

void tst_WebhookPolicyService::missingPolicyIs404()
{
    const Outcome outcome = get(4242);
    QCOMPARE(outcome.error.kind, ApiError::Kind::Http);
    QCOMPARE(outcome.error.httpStatus, 404);
}

QTEST_GUILESS_MAIN(tst_WebhookPolicyService)
#include "tst_WebhookPolicyService.moc"
