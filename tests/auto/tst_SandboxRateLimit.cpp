// hookbench-sandbox rate limits: burst and hourly limits per token, the X-RateLimit-*
// headers, 429 with Retry-After, and GET /rate_limit.
#include "sandbox/SandboxServer.h"
#include "tests/support/SandboxFixture.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTest>

#include "tests/support/WarningGuard.h"
#include <memory>

class tst_SandboxRateLimit final : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<SandboxFixture> startFixture(int burst, int seconds, int hourly)
    {
        SandboxOptions options;
        options.burstLimit = burst;
        options.burstSeconds = seconds;
        options.hourlyLimit = hourly;
        options.nonAdminToken = QStringLiteral("user-token");
        auto fixture = std::make_unique<SandboxFixture>(options);
        QString error;
        if (!fixture->start(&error)) {
            qWarning() << "sandbox did not start:" << error; // fails the test function
            return nullptr;
        }
        return fixture;
    }

private Q_SLOTS:
    // Any warning fails the test function; expected ones are declared with ignoreMessage.
    void init() { hb::test::failOnUnexpectedWarnings(); }
    void burstLimit()
    {
        auto fixture = startFixture(3, 2, 0);
        QVERIFY(fixture);
        for (int i = 0; i < 3; ++i) {
            const auto reply = fixture->get(QStringLiteral("/webhooks"));
            QCOMPARE(reply.status, 200);
            // Without an hourly limit the headers describe the burst limit.
            QCOMPARE(reply.header("X-RateLimit-Limit"), QByteArray("3"));
            QCOMPARE(reply.header("X-RateLimit-Remaining").toInt(), 2 - i);
        }
        const auto limited = fixture->get(QStringLiteral("/webhooks"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json().object().value(u"message").toString(),
                 QStringLiteral("Too Many Requests"));
        bool ok = false;
        const int retryAfter = limited.header("Retry-After").toInt(&ok);
        QVERIFY(ok);
        QVERIFY2(retryAfter >= 1 && retryAfter <= 2, limited.header("Retry-After"));
        QCOMPARE(limited.header("X-RateLimit-Remaining"), QByteArray("0"));
        QVERIFY(limited.hasHeader("X-RateLimit-Limit"));
        QVERIFY(limited.hasHeader("X-RateLimit-Reset"));
        QCOMPARE(fixture->server()->rateLimitedCount(), 1);
        QCOMPARE(fixture->server()->requestCount(), 4);
    }

    void burstWindowSlides()
    {
        auto fixture = startFixture(2, 1, 0);
        QVERIFY(fixture);
        QCOMPARE(fixture->get(QStringLiteral("/enums")).status, 200);
        QCOMPARE(fixture->get(QStringLiteral("/enums")).status, 200);
        QCOMPARE(fixture->get(QStringLiteral("/enums")).status, 429);
        // Once the window has passed, requests are allowed again. (Each evaluation is a
        // request, so stop asking after the first success.)
        bool allowedAgain = false;
        QTRY_VERIFY_WITH_TIMEOUT(allowedAgain = allowedAgain
                                         || fixture->get(QStringLiteral("/enums")).status == 200,
                                 10000);
        QVERIFY(fixture->server()->rateLimitedCount() >= 1);
    }

    void hourlyLimit()
    {
        auto fixture = startFixture(0, 2, 4);
        QVERIFY(fixture);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (int i = 0; i < 4; ++i) {
            const auto reply = fixture->get(QStringLiteral("/webhooks"));
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.header("X-RateLimit-Limit"), QByteArray("4"));
            QCOMPARE(reply.header("X-RateLimit-Remaining").toInt(), 3 - i);
            const qint64 reset = reply.header("X-RateLimit-Reset").toLongLong();
            QVERIFY(reset > now && reset <= now + 3601);
        }
        const auto limited = fixture->get(QStringLiteral("/webhooks"));
        QCOMPARE(limited.status, 429);
        const int retryAfter = limited.header("Retry-After").toInt();
        QVERIFY2(retryAfter > 3000 && retryAfter <= 3600, limited.header("Retry-After"));
    }

    void limitsAreCountedPerToken()
    {
        auto fixture = startFixture(2, 60, 0);
        QVERIFY(fixture);
        QCOMPARE(fixture->get(QStringLiteral("/enums")).status, 200);
        QCOMPARE(fixture->get(QStringLiteral("/enums")).status, 200);
        QCOMPARE(fixture->get(QStringLiteral("/enums")).status, 429);
        const SandboxFixture::Headers user{{"Authorization", "Bearer user-token"},
                                           {"X-4me-Account", "wdc"}};
        QCOMPARE(fixture->send("GET", QStringLiteral("/enums"), {}, user).status, 200);
    }

    void noLimits()
    {
        auto fixture = startFixture(0, 2, 0);
        QVERIFY(fixture);
        for (int i = 0; i < 30; ++i) {
            const auto reply = fixture->get(QStringLiteral("/enums"));
            QCOMPARE(reply.status, 200);
            QVERIFY(reply.header("X-RateLimit-Remaining").toInt() >= 1000);
        }
    }

    void rateLimitEndpointDoesNotCount()
    {
        auto fixture = startFixture(5, 60, 100);
        QVERIFY(fixture);
        QCOMPARE(fixture->get(QStringLiteral("/webhooks")).status, 200);
        for (int i = 0; i < 10; ++i) {
            const auto reply = fixture->get(QStringLiteral("/rate_limit"));
            QCOMPARE(reply.status, 200);
            const QJsonObject state = reply.json().object();
            QCOMPARE(state.value(u"limit").toInt(), 100);
            QCOMPARE(state.value(u"remaining").toInt(), 99);
            QCOMPARE(state.value(u"burst_remaining").toInt(), 4);
            QCOMPARE(reply.header("X-RateLimit-Remaining"), QByteArray("99"));
        }
        QCOMPARE(fixture->server()->rateLimitedCount(), 0);
    }

    void errorsCarryRateLimitHeaders_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("404") << QStringLiteral("/webhooks/424242") << 404;
        QTest::newRow("400") << QStringLiteral("/webhooks?per_page=0") << 400;
    }
    void errorsCarryRateLimitHeaders()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        auto fixture = startFixture(20, 2, 3600);
        QVERIFY(fixture);
        const auto reply = fixture->get(path);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.header("X-RateLimit-Limit"), QByteArray("3600"));
        QCOMPARE(reply.header("X-RateLimit-Remaining"), QByteArray("3599"));
    }

    void unauthorizedRequestsAreNotCounted()
    {
        auto fixture = startFixture(1, 60, 0);
        QVERIFY(fixture);
        const SandboxFixture::Headers wrong{{"Authorization", "Bearer wrong"},
                                            {"X-4me-Account", "wdc"}};
        for (int i = 0; i < 3; ++i)
            QCOMPARE(fixture->send("GET", QStringLiteral("/enums"), {}, wrong).status, 401);
        QCOMPARE(fixture->get(QStringLiteral("/enums")).status, 200);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxRateLimit)
#include "tst_SandboxRateLimit.moc"
