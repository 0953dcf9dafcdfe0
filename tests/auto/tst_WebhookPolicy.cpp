// WebhookPolicy: the JSON codec of a webhook policy (reference section 7).
#include "models/WebhookPolicy.h"

#include <QJsonDocument>
#include <QTest>

#include "tests/support/WarningGuard.h"

class tst_WebhookPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { hb::test::failOnUnexpectedWarnings(); }
    void fromJson_data();
    void fromJson();
    void rejectsRecordsWithoutId();
    void createPayloadHasWritableFieldsOnly();
    void changedFields_data();
    void changedFields();
    void tenAlgorithms();
};

void tst_WebhookPolicy::fromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("audience");
    QTest::addColumn<std::optional<qint64>>("expiresIn");
    QTest::addColumn<bool>("disabled");
    QTest::addColumn<bool>("hasKey");
    QTest::newRow("create answer")
            << QByteArray(R"({"id":4,"name":"ab12","jwt_alg":"es256","jwt_audience":"r-7",)"
                          R"("jwt_claim_expires_in":5,"disabled":false,)"
                          R"("created_at":"2026-12-02T10:00:00Z","public_key_pem":"PEM"})")
            << QStringLiteral("es256") << QStringLiteral("r-7") << std::optional<qint64>(5) << false
            << true;
    QTest::newRow("collection fields only")
            << QByteArray(R"({"id":"5","name":"cd34","created_at":"x","updated_at":"y"})")
            << QString() << QString() << std::optional<qint64>() << false << false;
    QTest::newRow("nulls and lenient values")
            << QByteArray(R"({"id":6,"jwt_alg":"none","jwt_audience":null,)"
                          R"("jwt_claim_expires_in":"15","disabled":"true","extra":[1]})")
            << QStringLiteral("none") << QString() << std::optional<qint64>(15) << true << false;
    QTest::newRow("unusable expiry")
            << QByteArray(R"({"id":7,"jwt_alg":"hs256","jwt_claim_expires_in":-3,"disabled":1})")
            << QStringLiteral("hs256") << QString() << std::optional<qint64>() << true << false;
}

void tst_WebhookPolicy::fromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, alg);
    QFETCH(QString, audience);
    QFETCH(std::optional<qint64>, expiresIn);
    QFETCH(bool, disabled);
    QFETCH(bool, hasKey);
    WebhookPolicy policy;
    QVERIFY(WebhookPolicy::fromJson(QJsonDocument::fromJson(json).object(), &policy));
    QVERIFY(policy.id > 0);
    QCOMPARE(policy.jwtAlg, alg);
    QCOMPARE(policy.jwtAudience, audience);
    QCOMPARE(policy.jwtClaimExpiresIn, expiresIn);
    QCOMPARE(policy.disabled, disabled);
    QCOMPARE(!policy.publicKeyPem.isEmpty(), hasKey);
    // toJson() reads back as the same policy.
    WebhookPolicy again;
    QVERIFY(WebhookPolicy::fromJson(policy.toJson(), &again));
    QCOMPARE(again, policy);
}

void tst_WebhookPolicy::rejectsRecordsWithoutId()
{
    WebhookPolicy policy;
    QString error;
    QVERIFY(!WebhookPolicy::fromJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}},
                                     &policy, &error));
    QVERIFY(!error.isEmpty());
}

void tst_WebhookPolicy::createPayloadHasWritableFieldsOnly()
{
    WebhookPolicy policy;
    policy.id = 3; // read-only fields never go out
    policy.name = QStringLiteral("abc");
    policy.publicKeyPem = QStringLiteral("PEM");
    policy.jwtAlg = QStringLiteral("rs384");
    QCOMPARE(policy.createPayload(),
             (QJsonObject{{QStringLiteral("jwt_alg"), QStringLiteral("rs384")},
                          {QStringLiteral("disabled"), false}}));
    policy.jwtAudience = QStringLiteral("aud");
    policy.jwtClaimExpiresIn = 0;
    policy.disabled = true;
    QCOMPARE(policy.createPayload(),
             (QJsonObject{{QStringLiteral("jwt_alg"), QStringLiteral("rs384")},
                          {QStringLiteral("jwt_audience"), QStringLiteral("aud")},
                          {QStringLiteral("jwt_claim_expires_in"), 0},
                          {QStringLiteral("disabled"), true}}));
}

void tst_WebhookPolicy::changedFields_data()
{
    QTest::addColumn<WebhookPolicy>("after");
    QTest::addColumn<QJsonObject>("expected");
    WebhookPolicy before;
    before.id = 1;
    before.jwtAlg = QStringLiteral("hs256");
    before.jwtAudience = QStringLiteral("a");
    before.jwtClaimExpiresIn = 10;
    QTest::newRow("nothing") << before << QJsonObject();
    WebhookPolicy disabled = before;
    disabled.disabled = true;
    QTest::newRow("disabled") << disabled << QJsonObject{{QStringLiteral("disabled"), true}};
    WebhookPolicy noExpiry = before;
    noExpiry.jwtClaimExpiresIn.reset();
    QTest::newRow("expiry removed")
            << noExpiry << QJsonObject{{QStringLiteral("jwt_claim_expires_in"), QJsonValue::Null}};
    WebhookPolicy audience = before;
    audience.jwtAudience = QStringLiteral("b");
    audience.name = QStringLiteral("read-only, not sent");
    QTest::newRow("audience") << audience
                              << QJsonObject{{QStringLiteral("jwt_audience"), QStringLiteral("b")}};
}

void tst_WebhookPolicy::changedFields()
{
    QFETCH(WebhookPolicy, after);
    QFETCH(QJsonObject, expected);
    WebhookPolicy before;
    before.id = 1;
    before.jwtAlg = QStringLiteral("hs256");
    before.jwtAudience = QStringLiteral("a");
    before.jwtClaimExpiresIn = 10;
    QCOMPARE(WebhookPolicy::changedFields(before, after), expected);
}

void tst_WebhookPolicy::tenAlgorithms()
{
    const QStringList algorithms = WebhookPolicy::algorithms();
    QCOMPARE(algorithms.size(), 10);
    QCOMPARE(algorithms.first(), QStringLiteral("none"));
    QVERIFY(algorithms.contains(QStringLiteral("es512")));
}

QTEST_GUILESS_MAIN(tst_WebhookPolicy)
#include "tst_WebhookPolicy.moc"
