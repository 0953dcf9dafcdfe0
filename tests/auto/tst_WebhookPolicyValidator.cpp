// WebhookPolicyValidator: the checks of reference section 7 before anything is sent.
#include "models/WebhookPolicy.h"
#include "models/WebhookPolicyValidator.h"

#include <QTest>

#include "tests/support/WarningGuard.h"

class tst_WebhookPolicyValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { hb::test::failOnUnexpectedWarnings(); }
    void validate_data();
    void validate();
};

void tst_WebhookPolicyValidator::validate_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("audience");
    QTest::addColumn<std::optional<qint64>>("expiresIn");
    QTest::addColumn<QStringList>("fields");
    const std::optional<qint64> none;
    for (const QString &alg : WebhookPolicy::algorithms())
        QTest::addRow("%s", qPrintable(alg)) << alg << QString() << none << QStringList();
    QTest::newRow("empty algorithm")
            << QString() << QString() << none << QStringList{QStringLiteral("jwt_alg")};
    QTest::newRow("upper-case algorithm") << QStringLiteral("RS256") << QString() << none
                                          << QStringList{QStringLiteral("jwt_alg")};
    QTest::newRow("unknown algorithm") << QStringLiteral("ps256") << QString() << none
                                       << QStringList{QStringLiteral("jwt_alg")};
    QTest::newRow("audience of 2048 bytes")
            << QStringLiteral("hs256") << QString(2048, u'a') << none << QStringList();
    // 1025 two-byte characters are 2050 bytes.
    QTest::newRow("audience over 2 KB in bytes")
            << QStringLiteral("hs256") << QString(1025, u'é') << none
            << QStringList{QStringLiteral("jwt_audience")};
    QTest::newRow("expiry zero") << QStringLiteral("hs256") << QString() << std::optional<qint64>(0)
                                 << QStringList();
    QTest::newRow("negative expiry")
            << QStringLiteral("hs256") << QString() << std::optional<qint64>(-1)
            << QStringList{QStringLiteral("jwt_claim_expires_in")};
    QTest::newRow("everything wrong")
            << QStringLiteral("x") << QString(3000, u'a') << std::optional<qint64>(-5)
            << QStringList{QStringLiteral("jwt_alg"), QStringLiteral("jwt_audience"),
                           QStringLiteral("jwt_claim_expires_in")};
}

void tst_WebhookPolicyValidator::validate()
{
    QFETCH(QString, alg);
    QFETCH(QString, audience);
    QFETCH(std::optional<qint64>, expiresIn);
    QFETCH(QStringList, fields);
    WebhookPolicy policy;
    policy.jwtAlg = alg;
    policy.jwtAudience = audience;
    policy.jwtClaimExpiresIn = expiresIn;
    QStringList found;
    const FieldErrors errors = WebhookPolicyValidator::validate(policy);
    for (const FieldError &error : errors) {
        found.append(error.field);
        QVERIFY(!error.message.isEmpty());
    }
    QCOMPARE(found, fields);
}

QTEST_GUILESS_MAIN(tst_WebhookPolicyValidator)
#include "tst_WebhookPolicyValidator.moc"
