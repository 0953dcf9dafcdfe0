#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/api/RequestPacer.h"
#include "tests/support/FaultServer.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// ApiClient against the in-process fault server: what it sends, where it refuses to send,
// and when it retries.
class tst_ApiClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sendsTokenAccountAndUserAgent_data();
    void sendsTokenAccountAndUserAgent();
    void buildsUrlsBelowTheServicePath();
    void refusesUnsafeAddresses_data();
    void refusesUnsafeAddresses();
    void refusesPlainHttpBeforeAnyRequest();
    void followsRedirectWithinTheOrigin();
    void refusesRedirectToAnotherOrigin();
    void retriesGetOnServerErrors();
    void givesUpAfterThreeTries();
    void retriesGetAfterConnectionReset();
    void neverRetriesPostOnServerError();
    void sendsPostBodyOnce_data();
    void sendsPostBodyOnce();
    void nonIdempotentRequestIsNeverResent_data();
    void nonIdempotentRequestIsNeverResent();
    void waitsOutRetryAfterAndTellsTheCaller();
    void cancelsWhileWaitingForRateLimit();
    void reportsRateLimitedWhenItStopsWaiting();
    void spentHourlyBudgetPausesThePacer();
    void timesOutWithoutAnswer();
    void refusedConnectionIsNotAmbiguous();
    void cancelsARunningRequest();

private:
    ApiResponse run(const ApiRequest &request);
    ApiRequest get(const QString &path, ApiRequest::Expect expect = ApiRequest::Expect::Array);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FaultServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    ConnectionProfile m_profile;
};

static ApiRequest makeRequest(ApiRequest::Method method, const QUrl &url,
                              const QByteArray &body = {},
                              ApiRequest::Expect expect = ApiRequest::Expect::Object)
{
    ApiRequest request;
    request.method = method;
    request.url = url;
    request.body = body;
    request.expect = expect;
    return request;
}

static const QString Token = QStringLiteral("secret-token-4711");

void tst_ApiClient::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<FaultServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_profile.name = QStringLiteral("test");
    m_profile.serviceUrl = m_server->baseUrl();
    m_profile.account = QStringLiteral("wdc");
    m_profile.accountHeader = QStringLiteral("X-4me-Account");
    m_client->setProfile(m_profile, Token);
    m_client->setRetryBackoffMs(1);
    m_client->setTransferTimeoutMs(5000);
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
}

void tst_ApiClient::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_network.reset();
}

ApiRequest tst_ApiClient::get(const QString &path, ApiRequest::Expect expect)
{
    return {ApiRequest::Method::Get, m_client->urlFor(path), {}, expect};
}

ApiResponse tst_ApiClient::run(const ApiRequest &request)
{
    ApiCall *call = m_client->send(request);
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(10000))
        return {};
    return finished.first().first().value<ApiResponse>();
}

void tst_ApiClient::sendsTokenAccountAndUserAgent_data()
{
    QTest::addColumn<QString>("accountHeader");
    QTest::newRow("4me") << QStringLiteral("X-4me-Account");
    QTest::newRow("Xurrent") << QStringLiteral("X-Xurrent-Account");
    QTest::newRow("ITRP") << QStringLiteral("X-ITRP-Account");
}

void tst_ApiClient::sendsTokenAccountAndUserAgent()
{
    QFETCH(QString, accountHeader);
    m_profile.accountHeader = accountHeader;
    m_client->setProfile(m_profile, Token);
    m_server->enqueue(FaultServer::json(200, "[]"));

    const ApiResponse response = run(get(QStringLiteral("/webhooks")));
    QCOMPARE(response.error.kind, ApiError::Kind::None);
    QCOMPARE(m_server->requestCount(), 1);
    const FaultServer::Request request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path(), QStringLiteral("/v1/webhooks"));
    QCOMPARE(request.header("Authorization"), "Bearer " + Token.toUtf8());
    QCOMPARE(request.header(accountHeader.toLatin1()), QByteArray("wdc"));
    QVERIFY(request.header("User-Agent").startsWith("Hookbench/"));
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    for (const QString &other : ConnectionProfile::accountHeaderNames()) {
        if (other.compare(accountHeader, Qt::CaseInsensitive) != 0)
            QVERIFY2(!request.hasHeader(other.toLatin1()), qPrintable(other));
    }
}

void tst_ApiClient::buildsUrlsBelowTheServicePath()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    QCOMPARE(m_client->urlFor(QStringLiteral("/webhooks/12"), query).toString(),
             m_server->url(QStringLiteral("/v1/webhooks/12?per_page=100")).toString());
    m_profile.serviceUrl = QUrl(QStringLiteral("https://api.4me.com/v1/"));
    m_client->setProfile(m_profile, Token);
    QCOMPARE(m_client->urlFor(QStringLiteral("/webhooks")),
             QUrl(QStringLiteral("https://api.4me.com/v1/webhooks")));
    QCOMPARE(m_client->describe(
                     makeRequest(ApiRequest::Method::Patch,
                                 m_client->urlFor(QStringLiteral("/webhooks/12"), query))),
             QStringLiteral("PATCH /webhooks/12"));
}

void tst_ApiClient::refusesUnsafeAddresses_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("https service") << QStringLiteral("https://api.4me.com/v1")
                                   << QStringLiteral("https://api.4me.com/v1/webhooks") << true;
    QTest::newRow("host case differs") << QStringLiteral("https://api.4me.com/v1")
                                       << QStringLiteral("https://API.4me.com/v1/webhooks") << true;
    QTest::newRow("explicit default port")
            << QStringLiteral("https://api.4me.com/v1")
            << QStringLiteral("https://api.4me.com:443/v1/webhooks") << true;
    QTest::newRow("http to 127.0.0.1")
            << QStringLiteral("http://127.0.0.1:8080/v1")
            << QStringLiteral("http://127.0.0.1:8080/v1/webhooks") << true;
    QTest::newRow("http to 127.1.2.3")
            << QStringLiteral("http://127.1.2.3:8080/v1")
            << QStringLiteral("http://127.1.2.3:8080/v1/webhooks") << true;
    QTest::newRow("http to ::1") << QStringLiteral("http://[::1]:8080/v1")
                                 << QStringLiteral("http://[::1]:8080/v1/webhooks") << true;
    QTest::newRow("http to localhost")
            << QStringLiteral("http://localhost:8080/v1")
            << QStringLiteral("http://localhost:8080/v1/webhooks") << true;
    QTest::newRow("http to a remote host")
            << QStringLiteral("http://api.4me.com/v1")
            << QStringLiteral("http://api.4me.com/v1/webhooks") << false;
    QTest::newRow("http to a look-alike host")
            << QStringLiteral("http://127.0.0.1.example.com/v1")
            << QStringLiteral("http://127.0.0.1.example.com/v1/webhooks") << false;
    QTest::newRow("https to http") << QStringLiteral("https://api.4me.com/v1")
                                   << QStringLiteral("http://api.4me.com/v1/webhooks") << false;
    QTest::newRow("another host") << QStringLiteral("https://api.4me.com/v1")
                                  << QStringLiteral("https://evil.example.com/v1/webhooks")
                                  << false;
    QTest::newRow("another port") << QStringLiteral("https://api.4me.com/v1")
                                  << QStringLiteral("https://api.4me.com:8443/v1/webhooks")
                                  << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://api.4me.com/v1")
                         << QStringLiteral("ftp://api.4me.com/v1/webhooks") << false;
}

void tst_ApiClient::refusesUnsafeAddresses()
{
    QFETCH(QString, service);
    QFETCH(QString, target);
    QFETCH(bool, allowed);
    m_profile.serviceUrl = QUrl(service);
    m_client->setProfile(m_profile, Token);
    QCOMPARE(m_client->refusalFor(QUrl(target)).isEmpty(), allowed);
}

void tst_ApiClient::refusesPlainHttpBeforeAnyRequest()
{
    // The server listens on 127.0.0.1, but the profile names it by a non-loopback name, so
    // that a request, if it were made, would be plain http to a remote host.
    m_profile.serviceUrl = QUrl(QStringLiteral("http://hookbench.invalid/v1"));
    m_client->setProfile(m_profile, Token);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused: .*http://")));
    const ApiResponse response = run(get(QStringLiteral("/webhooks")));
    QCOMPARE(response.error.kind, ApiError::Kind::Network);
    QVERIFY2(response.error.message.contains(u"http://"), qPrintable(response.error.message));
    QVERIFY(!response.requestMayHaveArrived);
    QCOMPARE(response.attempts, 0);
    QVERIFY(!response.error.userMessage().contains(Token));
}

void tst_ApiClient::followsRedirectWithinTheOrigin()
{
    m_server->enqueue(
            FaultServer::raw(FaultServer::response(307, {}, {{"Location", "/v1/webhooks/2"}})));
    m_server->enqueue(FaultServer::json(200, R"({"id":2,"event":"request.create"})"));
    const ApiResponse response
            = run(get(QStringLiteral("/webhooks/1"), ApiRequest::Expect::Object));
    QCOMPARE(response.error.kind, ApiError::Kind::None);
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests().at(1).path(), QStringLiteral("/v1/webhooks/2"));
    QCOMPARE(m_server->requests().at(1).header("Authorization"), "Bearer " + Token.toUtf8());
}

void tst_ApiClient::refusesRedirectToAnotherOrigin()
{
    FaultServer other;
    QVERIFY(other.listen());
    other.setHandler([](const FaultServer::Request &) { return FaultServer::json(200, "[]"); });
    m_server->enqueue(FaultServer::raw(FaultServer::response(
            302, {}, {{"Location", other.url(QStringLiteral("/v1/webhooks")).toEncoded()}})));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("redirect refused")));
    const ApiResponse response = run(get(QStringLiteral("/webhooks")));
    QCOMPARE(response.error.kind, ApiError::Kind::Network);
    QVERIFY2(response.error.message.contains(u"redirect"), qPrintable(response.error.message));
    QCOMPARE(m_server->requestCount(), 1); // not retried either
    QCOMPARE(other.requestCount(), 0); // the token never reached the other origin
}

void tst_ApiClient::retriesGetOnServerErrors()
{
    m_server->enqueue(FaultServer::json(503, R"({"message":"busy"})"));
    m_server->enqueue(
            FaultServer::raw(FaultServer::response(502, "<h1>Bad gateway</h1>", {}, "text/html")));
    m_server->enqueue(FaultServer::json(200, R"([{"id":1}])"));
    const ApiResponse response = run(get(QStringLiteral("/webhooks")));
    QCOMPARE(response.error.kind, ApiError::Kind::None);
    QCOMPARE(response.attempts, 3);
    QCOMPARE(m_server->requestCount("GET"), 3);
    QCOMPARE(response.json.array().size(), 1);
}

void tst_ApiClient::givesUpAfterThreeTries()
{
    for (int i = 0; i < 5; ++i)
        m_server->enqueue(FaultServer::json(500, R"({"message":"Internal error"})"));
    const ApiResponse response = run(get(QStringLiteral("/webhooks")));
    QCOMPARE(response.error.kind, ApiError::Kind::Http);
    QCOMPARE(response.error.httpStatus, 500);
    QCOMPARE(response.error.message, QStringLiteral("Internal error"));
    QCOMPARE(m_server->requestCount(), 3);
}

void tst_ApiClient::retriesGetAfterConnectionReset()
{
    m_server->enqueue(FaultServer::reset("HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n[{\"id"));
    m_server->enqueue(FaultServer::json(200, R"([{"id":1}])"));
    const ApiResponse response = run(get(QStringLiteral("/webhooks")));
    QCOMPARE(response.error.kind, ApiError::Kind::None);
    QCOMPARE(m_server->requestCount(), 2);
}

void tst_ApiClient::neverRetriesPostOnServerError()
{
    m_server->enqueue(FaultServer::json(503, R"({"message":"busy"})"));
    m_server->enqueue(FaultServer::json(201, R"({"id":5})"));
    const ApiResponse response = run(makeRequest(ApiRequest::Method::Post,
                                                 m_client->urlFor(QStringLiteral("/webhooks")),
                                                 R"({"event":"request.create"})"));
    QCOMPARE(response.error.kind, ApiError::Kind::Http);
    QCOMPARE(response.error.httpStatus, 503);
    QCOMPARE(m_server->requestCount("POST"), 1);
}

void tst_ApiClient::sendsPostBodyOnce_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("POST with body")
            << int(ApiRequest::Method::Post) << QByteArray(R"({"event":"request.create"})");
    QTest::newRow("POST without body") << int(ApiRequest::Method::Post) << QByteArray();
    QTest::newRow("PATCH") << int(ApiRequest::Method::Patch) << QByteArray(R"({"name":"Ä"})");
}

void tst_ApiClient::sendsPostBodyOnce()
{
    QFETCH(int, method);
    QFETCH(QByteArray, body);
    m_server->enqueue(FaultServer::json(200, R"({"id":5})"));
    const ApiResponse response = run(
            {ApiRequest::Method(method), m_client->urlFor(QStringLiteral("/webhooks/5")), body});
    QCOMPARE(response.error.kind, ApiError::Kind::None);
    QCOMPARE(m_server->requestCount(), 1);
    const FaultServer::Request request = m_server->requests().first();
    QCOMPARE(request.body, body);
    QCOMPARE(request.header("Content-Length").toInt(), body.size());
    QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
}

void tst_ApiClient::nonIdempotentRequestIsNeverResent_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<bool>("keptAlive");
    QTest::newRow("POST on a new connection") << int(ApiRequest::Method::Post) << false;
    QTest::newRow("POST on a kept-alive connection") << int(ApiRequest::Method::Post) << true;
    QTest::newRow("PATCH on a kept-alive connection") << int(ApiRequest::Method::Patch) << true;
}

void tst_ApiClient::nonIdempotentRequestIsNeverResent()
{
    // The server reads the request and closes the connection without a word. Qt on its own
    // would send the request again (and a create would happen twice).
    QFETCH(int, method);
    QFETCH(bool, keptAlive);
    if (keptAlive) {
        m_server->enqueue(FaultServer::json(200, "[]"));
        QCOMPARE(run(get(QStringLiteral("/webhooks"))).error.kind, ApiError::Kind::None);
    }
    const QByteArray verb = method == int(ApiRequest::Method::Post) ? "POST" : "PATCH";
    m_server->setHandler([](const FaultServer::Request &request) {
        return request.method == "GET" ? FaultServer::json(200, "[]") : FaultServer::close();
    });

    const ApiResponse response = run(
            makeRequest(ApiRequest::Method(method), m_client->urlFor(QStringLiteral("/webhooks")),
                        R"({"event":"request.create","uri":"https://x.test/"})"));
    QCOMPARE(response.error.kind, ApiError::Kind::Network);
    QVERIFY(response.requestMayHaveArrived);
    QCOMPARE(m_server->requestCount(verb), 1);
    QCOMPARE(response.attempts, 1);
    // And the server still gets it only once a moment later.
    QTest::qWait(200);
    QCOMPARE(m_server->requestCount(verb), 1);
}

void tst_ApiClient::waitsOutRetryAfterAndTellsTheCaller()
{
    QSignalSpy waiting(m_client.get(), &ApiClient::rateLimitWaiting);
    m_server->enqueue(
            FaultServer::json(429, R"({"message":"Too Many Requests"})", {{"Retry-After", "1"}}));
    m_server->enqueue(FaultServer::json(201, R"({"id":7})"));
    const ApiResponse response = run(makeRequest(
            ApiRequest::Method::Post, m_client->urlFor(QStringLiteral("/webhooks")), "{}"));
    QCOMPARE(response.error.kind, ApiError::Kind::None);
    QCOMPARE(m_server->requestCount("POST"), 2); // a 429 was not processed: safe to repeat
    QVERIFY(waiting.size() >= 2);
    QCOMPARE(waiting.first().first().toInt(), 1);
    QCOMPARE(waiting.last().first().toInt(), 0);
}

void tst_ApiClient::cancelsWhileWaitingForRateLimit()
{
    QSignalSpy waiting(m_client.get(), &ApiClient::rateLimitWaiting);
    m_server->enqueue(FaultServer::json(429, R"({"message":"Too Many Requests"})",
                                        {{"Retry-After", "86400"}}));
    ApiCall *call = m_client->send(get(QStringLiteral("/webhooks")));
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(waiting.wait(10000));
    QCOMPARE(waiting.first().first().toInt(), 3600); // clamped to an hour
    call->cancel();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<ApiResponse>().error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_ApiClient::reportsRateLimitedWhenItStopsWaiting()
{
    m_client->setMaxRateLimitRetries(0);
    m_server->enqueue(
            FaultServer::json(429, R"({"message":"Too Many Requests"})", {{"Retry-After", "5"}}));
    const ApiResponse response = run(get(QStringLiteral("/webhooks")));
    QCOMPARE(response.error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(response.error.httpStatus, 429);
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_ApiClient::spentHourlyBudgetPausesThePacer()
{
    const QDateTime serverNow(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC);
    const QByteArray reset = QByteArray::number(serverNow.toSecsSinceEpoch() + 600);
    m_server->enqueue(FaultServer::json(200, "[]",
                                        {{"X-RateLimit-Limit", "3600"},
                                         {"X-RateLimit-Remaining", "0"},
                                         {"X-RateLimit-Reset", reset},
                                         {"Date", "Mon, 01 Jan 2024 12:00:00 GMT"}}));
    QCOMPARE(run(get(QStringLiteral("/webhooks"))).error.kind, ApiError::Kind::None);
    // The reset is 600 s after the server's own Date, whatever the local clock says.
    QVERIFY2(m_client->pacer()->delayMs() > 590000 && m_client->pacer()->delayMs() <= 600000,
             QByteArray::number(m_client->pacer()->delayMs()));
}

void tst_ApiClient::timesOutWithoutAnswer()
{
    m_client->setTransferTimeoutMs(300);
    m_client->setMaxAttempts(1);
    m_server->enqueue(FaultServer::stall());
    const ApiResponse response = run(get(QStringLiteral("/webhooks")));
    QCOMPARE(response.error.kind, ApiError::Kind::Timeout);
    QVERIFY(response.requestMayHaveArrived);
    QVERIFY(response.error.userMessage().contains(u"in time"));
}

void tst_ApiClient::refusedConnectionIsNotAmbiguous()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    m_profile.serviceUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
    m_client->setProfile(m_profile, Token);
    const ApiResponse response = run(makeRequest(
            ApiRequest::Method::Post, m_client->urlFor(QStringLiteral("/webhooks")), "{}"));
    QCOMPARE(response.error.kind, ApiError::Kind::Network);
    QVERIFY(!response.requestMayHaveArrived);
    QVERIFY(response.error.message.contains(u"refused"));
}

void tst_ApiClient::cancelsARunningRequest()
{
    m_server->enqueue(FaultServer::stall());
    ApiCall *call = m_client->send(get(QStringLiteral("/webhooks")));
    QSignalSpy finished(call, &ApiCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, 10000);
    call->cancel();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ApiResponse>().error.kind, ApiError::Kind::Cancelled);
}

QTEST_GUILESS_MAIN(tst_ApiClient)
#include "tst_ApiClient.moc"
