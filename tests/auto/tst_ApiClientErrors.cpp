#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "tests/support/FaultServer.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include "tests/support/WarningGuard.h"
#include <memory>

// How ApiClient maps what a server (or a proxy in front of it) answers to an ApiError:
// one table over raw answers of the fault server, and what a person is told.
class tst_ApiClientErrors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mapsAnswers_data();
    void mapsAnswers();
    void capsLongBodies();
    void userMessageSaysWhatToDo_data();
    void userMessageSaysWhatToDo();

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FaultServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

using Kind = ApiError::Kind;
using Expect = ApiRequest::Expect;
Q_DECLARE_METATYPE(FaultServer::Reply)

static const QString Token = QStringLiteral("secret-token-4711");

void tst_ApiClientErrors::init()
{
    hb::test::failOnUnexpectedWarnings();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<FaultServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<ApiClient>(m_network.get());
    ConnectionProfile profile;
    profile.name = QStringLiteral("test");
    profile.serviceUrl = m_server->baseUrl();
    profile.account = QStringLiteral("wdc");
    m_client->setProfile(profile, Token);
    m_client->setMaxAttempts(1); // each row sees exactly its own answer
    m_client->setMaxRateLimitRetries(0);
    m_client->setTransferTimeoutMs(300);
}

void tst_ApiClientErrors::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_network.reset();
}

void tst_ApiClientErrors::mapsAnswers_data()
{
    QTest::addColumn<FaultServer::Reply>("reply");
    QTest::addColumn<Expect>("expect");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message"); // a regular expression the message must match
    QTest::addColumn<FieldErrors>("fieldErrors");

    using FS = FaultServer;
    const QByteArray html = "<html><head><title>502 Bad Gateway</title><style>h1{}</style>"
                            "</head><body>\n<h1>Bad   Gateway</h1>\n<hr><p>nginx &amp; co</p>"
                            "</body></html>";

    QTest::newRow("200 with a list") << FS::json(200, R"([{"id":1}])") << Expect::Array
                                     << Kind::None << 200 << QString() << FieldErrors{};
    QTest::newRow("201 with an object") << FS::json(201, R"({"id":1})") << Expect::Object
                                        << Kind::None << 201 << QString() << FieldErrors{};
    QTest::newRow("204 without body") << FS::raw(FS::response(204, {})) << Expect::Nothing
                                      << Kind::None << 204 << QString() << FieldErrors{};
    QTest::newRow("html 502 from a proxy")
            << FS::raw(FS::response(502, html, {}, "text/html")) << Expect::Array << Kind::Http
            << 502 << QStringLiteral("^Bad Gateway nginx & co$") << FieldErrors{};
    QTest::newRow("200 with html")
            << FS::raw(FS::response(200, html, {}, "text/html")) << Expect::Array << Kind::Parse
            << 200 << QStringLiteral("web page.*Bad Gateway") << FieldErrors{};
    QTest::newRow("empty 200") << FS::json(200, "") << Expect::Array << Kind::Parse << 200
                               << QStringLiteral("empty") << FieldErrors{};
    QTest::newRow("whitespace 200") << FS::json(200, " \r\n ") << Expect::Object << Kind::Parse
                                    << 200 << QStringLiteral("empty") << FieldErrors{};
    QTest::newRow("truncated json")
            << FS::json(200, R"([{"id":1,"na)") << Expect::Array << Kind::Parse << 200
            << QStringLiteral("not valid JSON") << FieldErrors{};
    QTest::newRow("trailing garbage")
            << FS::json(200, R"([{"id":1}] trailing)") << Expect::Array << Kind::Parse << 200
            << QStringLiteral("not valid JSON") << FieldErrors{};
    QTest::newRow("binary garbage")
            << FS::json(200, QByteArray("\x00\xff\xfe{", 4)) << Expect::Object << Kind::Parse << 200
            << QStringLiteral("not valid JSON") << FieldErrors{};
    QTest::newRow("object where a list belongs")
            << FS::json(200, R"({"id":1})") << Expect::Array << Kind::Parse << 200
            << QStringLiteral("single record") << FieldErrors{};
    QTest::newRow("list where an object belongs")
            << FS::json(200, R"([{"id":1}])") << Expect::Object << Kind::Parse << 200
            << QStringLiteral("list") << FieldErrors{};
    QTest::newRow("200 with a message")
            << FS::json(200, R"({"message":"Something odd"})") << Expect::Object << Kind::Parse
            << 200 << QStringLiteral("^Something odd$") << FieldErrors{};
    QTest::newRow("401") << FS::json(401, R"({"message":"Unauthorized"})") << Expect::Array
                         << Kind::Http << 401 << QStringLiteral("^Unauthorized$") << FieldErrors{};
    QTest::newRow("403") << FS::json(403, R"({"message":"Forbidden"})") << Expect::Array
                         << Kind::Http << 403 << QStringLiteral("^Forbidden$") << FieldErrors{};
    QTest::newRow("404") << FS::json(404, R"({"message":"Not Found"})") << Expect::Object
                         << Kind::Http << 404 << QStringLiteral("^Not Found$") << FieldErrors{};
    QTest::newRow("422 with field errors")
            << FS::json(422,
                        R"({"message":"Validation Failed","errors":[["event",)"
                        R"("Event is not included in the list"],["uri","URI is invalid"]]})")
            << Expect::Object << Kind::Validation << 422 << QStringLiteral("^Validation Failed$")
            << FieldErrors{{QStringLiteral("event"),
                            QStringLiteral("Event is not included in the list")},
                           {QStringLiteral("uri"), QStringLiteral("URI is invalid")}};
    QTest::newRow("422 without field errors")
            << FS::json(422, R"({"message":"Validation Failed"})") << Expect::Object
            << Kind::Validation << 422 << QStringLiteral("^Validation Failed$") << FieldErrors{};
    QTest::newRow("400 invalid json")
            << FS::json(400, R"({"message":"Invalid JSON string posted"})") << Expect::Object
            << Kind::Http << 400 << QStringLiteral("^Invalid JSON string posted$") << FieldErrors{};
    QTest::newRow("400 with field errors")
            << FS::json(400, R"({"message":"Bad","errors":[["per_page","too small"]]})")
            << Expect::Array << Kind::Validation << 400 << QStringLiteral("^Bad$")
            << FieldErrors{{QStringLiteral("per_page"), QStringLiteral("too small")}};
    QTest::newRow("429") << FS::json(429, R"({"message":"Too Many Requests"})",
                                     {{"Retry-After", "1"}})
                         << Expect::Array << Kind::RateLimited << 429
                         << QStringLiteral("^Too Many Requests$") << FieldErrors{};
    QTest::newRow("500 without body")
            << FS::raw(FS::response(500, {}, {}, {})) << Expect::Array << Kind::Http << 500
            << QStringLiteral("^Internal Server Error$") << FieldErrors{};
    QTest::newRow("503 with plain text")
            << FS::raw(FS::response(503, "down\tfor\n\nmaintenance", {}, "text/plain"))
            << Expect::Array << Kind::Http << 503 << QStringLiteral("^down for maintenance$")
            << FieldErrors{};
    QTest::newRow("body shorter than content-length")
            << FS::close("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                         "Content-Length: 500\r\n\r\n[{\"id\":1}]")
            << Expect::Array << Kind::Network << 200 << QStringLiteral("closed") << FieldErrors{};
    QTest::newRow("reset mid-body")
            << FS::reset("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                         "Content-Length: 500\r\n\r\n[{\"id\":1},")
            << Expect::Array << Kind::Network << 200 << QString() << FieldErrors{};
    QTest::newRow("closed without answer") << FS::close() << Expect::Array << Kind::Network << 0
                                           << QStringLiteral("closed") << FieldErrors{};
    QTest::newRow("accepted, never answered") << FS::stall() << Expect::Array << Kind::Timeout << 0
                                              << QStringLiteral("in time") << FieldErrors{};
    QTest::newRow("headers, then a stalled body")
            << FS::stall("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                         "Content-Length: 500\r\n\r\n[{\"id\":1},")
            << Expect::Array << Kind::Timeout << 200 << QStringLiteral("in time") << FieldErrors{};
    QTest::newRow("garbage instead of http")
            << FS::close("SSH-2.0-OpenSSH_9.2\r\n") << Expect::Array << Kind::Network << 0
            << QString() << FieldErrors{};
}

void tst_ApiClientErrors::mapsAnswers()
{
    QFETCH(FaultServer::Reply, reply);
    QFETCH(Expect, expect);
    QFETCH(Kind, kind);
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(FieldErrors, fieldErrors);

    // Every request gets the row's answer: Qt itself repeats a GET whose connection closed
    // without an answer.
    m_server->setHandler([reply](const FaultServer::Request &) { return reply; });
    ApiRequest request;
    request.url = m_client->urlFor(QStringLiteral("/webhooks"));
    request.expect = expect;
    ApiCall *call = m_client->send(request);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    const ApiResponse response = finished.first().first().value<ApiResponse>();
    const ApiError &error = response.error;

    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QVERIFY2(error.message.contains(QRegularExpression(message)), qPrintable(error.message));
    QCOMPARE(error.fieldErrors, fieldErrors);
    QCOMPARE(error.requestPath, QStringLiteral("GET /webhooks"));
    if (kind == Kind::None)
        QVERIFY(error.message.isEmpty());
    else
        QVERIFY(!error.userMessage().isEmpty());
    QVERIFY(!error.userMessage().contains(Token));
    QVERIFY(m_server->requestCount() >= 1);
}

void tst_ApiClientErrors::capsLongBodies()
{
    QByteArray page = "<html><body>";
    for (int i = 0; i < 5000; ++i)
        page += "<p>An error occurred. </p>";
    page += "</body></html>";
    QCOMPARE(ApiClient::summarizeBody(page).size(), 201); // 200 and an ellipsis
    QVERIFY(ApiClient::summarizeBody(page).startsWith(u"An error occurred. An error"));
    QCOMPARE(ApiClient::summarizeBody("a\x01\x02z"), QStringLiteral("a z"));
}

void tst_ApiClientErrors::userMessageSaysWhatToDo_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected"); // a regular expression

    QTest::newRow("401") << Kind::Http << 401 << QStringLiteral("GET /webhooks")
                         << QStringLiteral("Unauthorized")
                         << QStringLiteral("refused the API token. Enter a new token");
    QTest::newRow("403") << Kind::Http << 403 << QStringLiteral("GET /webhooks")
                         << QStringLiteral("Forbidden")
                         << QStringLiteral("Account Administrators and Directory Administrators.*"
                                           "scope");
    QTest::newRow("404 on delete")
            << Kind::Http << 404 << QStringLiteral("DELETE /webhooks/3")
            << QStringLiteral("Not Found") << QStringLiteral("already deleted.*Refresh");
    QTest::newRow("404 on patch") << Kind::Http << 404 << QStringLiteral("PATCH /webhooks/3")
                                  << QStringLiteral("Not Found")
                                  << QStringLiteral("not found.*Refresh");
    QTest::newRow("502") << Kind::Http << 502 << QStringLiteral("GET /webhooks")
                         << QStringLiteral("Bad Gateway")
                         << QStringLiteral("HTTP 502: Bad Gateway\\)\\. Try again");
    QTest::newRow("network") << Kind::Network << 0 << QStringLiteral("GET /webhooks")
                             << QStringLiteral("the connection was refused")
                             << QStringLiteral("connection was refused\\. Check the service URL");
    QTest::newRow("tls") << Kind::Network << 0 << QStringLiteral("GET /webhooks")
                         << QStringLiteral("the server's certificate was refused: The "
                                           "certificate is self-signed, and untrusted")
                         << QStringLiteral("self-signed.*pin its certificate");
    QTest::newRow("timeout") << Kind::Timeout << 0 << QStringLiteral("GET /webhooks") << QString()
                             << QStringLiteral("did not answer in time. Try again");
    QTest::newRow("parse") << Kind::Parse << 200 << QStringLiteral("GET /webhooks")
                           << QStringLiteral("the server sent an empty answer")
                           << QStringLiteral("cannot read: the server sent an empty answer\\.");
    QTest::newRow("validation") << Kind::Validation << 422 << QStringLiteral("POST /webhooks")
                                << QStringLiteral("Validation Failed")
                                << QStringLiteral("did not accept.*Correct the marked fields");
    QTest::newRow("rate limited") << Kind::RateLimited << 429 << QStringLiteral("GET /webhooks")
                                  << QString() << QStringLiteral("rate limit.*Wait a minute");
    QTest::newRow("incomplete") << Kind::Incomplete << 0 << QStringLiteral("GET /webhooks")
                                << QStringLiteral("9,900 of 10,000 webhooks arrived")
                                << QStringLiteral("9,900 of 10,000 webhooks arrived\\. Refresh");
}

void tst_ApiClientErrors::userMessageSaysWhatToDo()
{
    QFETCH(Kind, kind);
    QFETCH(int, status);
    QFETCH(QString, path);
    QFETCH(QString, message);
    QFETCH(QString, expected);
    ApiError error;
    error.kind = kind;
    error.httpStatus = status;
    error.requestPath = path;
    error.message = message;
    const QString text = error.userMessage();
    QVERIFY2(text.contains(QRegularExpression(expected)), qPrintable(text));
    QVERIFY(text.endsWith(u'.'));
}

QTEST_GUILESS_MAIN(tst_ApiClientErrors)
#include "tst_ApiClientErrors.moc"
