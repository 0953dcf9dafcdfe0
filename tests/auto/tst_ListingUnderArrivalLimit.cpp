// The pacer keeps a concurrent listing under a burst limit that counts requests when they
// arrive, with jitter (reference sections 5 and 6): not a single 429, against a small
// limiter written for this test (tests/support/ArrivalLimitServer), not the sandbox.
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "tests/support/ArrivalLimitServer.h"

#include "tests/support/WarningGuard.h"
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class tst_ListingUnderArrivalLimit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Any warning fails the test function; expected ones are declared with ignoreMessage.
    void init() { hb::test::failOnUnexpectedWarnings(); }
    void noRateLimitedResponse_data();
    void noRateLimitedResponse();
};

void tst_ListingUnderArrivalLimit::noRateLimitedResponse_data()
{
    QTest::addColumn<int>("pages");
    QTest::addColumn<int>("latencyMs");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("50 pages, 100 ms") << 50 << 100 << 7u;
    QTest::newRow("50 pages, 20 ms") << 50 << 20 << 11u;
    QTest::newRow("100 pages, 100 ms") << 100 << 100 << 13u;
}

void tst_ListingUnderArrivalLimit::noRateLimitedResponse()
{
    QFETCH(int, pages);
    QFETCH(int, latencyMs);
    QFETCH(quint32, seed);
    ArrivalLimitServer::Options options;
    options.pages = pages;
    options.latencyMs = latencyMs;
    options.jitterMeanMs = 10; // a random extra delay of 0-20 ms or so a request
    options.jitterSdMs = 5;
    options.seed = seed;
    ArrivalLimitServer server(options);
    QVERIFY(server.listen());

    QNetworkAccessManager network;
    ApiClient client(&network);
    ConnectionProfile profile;
    profile.name = QStringLiteral("limited");
    profile.serviceUrl = server.baseUrl();
    profile.account = QStringLiteral("wdc");
    client.setProfile(profile, QStringLiteral("token"));
    WebhookService service(&client);

    WebhookListing *listing = service.list();
    QSignalSpy finished(listing, &WebhookListing::finished);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::None);
    QCOMPARE(listing->received(), qint64(pages) * options.perPage);
    QCOMPARE(server.rateLimited(), 0);
    QCOMPARE(server.requests(), pages);
}

QTEST_GUILESS_MAIN(tst_ListingUnderArrivalLimit)
#include "tst_ListingUnderArrivalLimit.moc"
