#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "tests/support/FaultServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include "tests/support/WarningGuard.h"
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QJsonObject record(qint64 id)
{
    return QJsonObject{{u"id"_s, id},
                       {u"name"_s, u"Hook %1"_s.arg(id)},
                       {u"event"_s, u"request.create"_s},
                       {u"uri"_s, u"https://hooks.test/%1"_s.arg(id)},
                       {u"created_at"_s, u"2024-01-01T12:00:00Z"_s}};
}

Webhook newWebhook()
{
    Webhook webhook;
    webhook.name = u"New"_s;
    webhook.event = u"request.create"_s;
    webhook.uri = u"https://hooks.test/new"_s;
    return webhook;
}

QJsonObject createdRecord(qint64 id)
{
    QJsonObject created = record(id);
    created.insert(u"name"_s, u"New"_s);
    created.insert(u"uri"_s, u"https://hooks.test/new"_s);
    return created;
}

FaultServer::Reply listOf(const QJsonArray &rows)
{
    return FaultServer::json(200, QJsonDocument(rows).toJson(),
                             {{"X-Pagination-Total-Entries", QByteArray::number(rows.size())},
                              {"Date", "Mon, 01 Jan 2024 12:00:05 GMT"}});
}

} // namespace

// The API client against servers that send too much, too slowly, wait too long, loop, lose
// answers or store late (issue 15, items 3, 6, 9, 10, 11): what the user gets, and that
// nothing is done twice or reported wrongly.
class tst_ClientHardening : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void answerOverTheSizeCapIsRefused_data();
    void answerOverTheSizeCapIsRefused();
    void tricklingAnswerMeetsTheDeadline();
    void longRetryAfterEndsAtTheMaxWait();
    void spentBudgetEndsAtTheMaxWait();
    void nextLinkDifferingInItsFragmentEndsIncomplete();
    void nextLinksPastTheAnnouncedPagesEndIncomplete();
    void deleteWhoseAnswerWasLostIsDone();
    void controlCharactersNeverReachAHeader_data();
    void controlCharactersNeverReachAHeader();
    void createStoredLateIsFound();
    void identicalOlderWebhookIsNotTheCreatedOne();

private:
    ApiResponse get(const QString &path);
    ApiError listAll(int *requests = nullptr);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FaultServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<WebhookService> m_service;
    ConnectionProfile m_profile;
};

void tst_ClientHardening::init()
{
    hb::test::failOnUnexpectedWarnings();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<FaultServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_profile.name = u"hardening"_s;
    m_profile.serviceUrl = m_server->baseUrl();
    m_profile.account = u"wdc"_s;
    m_client->setProfile(m_profile, u"secret-token-4711"_s);
    m_client->setRetryBackoffMs(1);
    m_client->setMaxAttempts(1);
    m_client->setTransferTimeoutMs(5000);
    m_service = std::make_unique<WebhookService>(m_client.get());
    m_service->setReconcileScheduleMs({50, 200, 400});
}

void tst_ClientHardening::cleanup()
{
    m_service.reset();
    m_client.reset();
    m_server.reset();
    m_network.reset();
}

ApiResponse tst_ClientHardening::get(const QString &path)
{
    ApiCall *call = m_client->send(
            {ApiRequest::Method::Get, m_client->urlFor(path), {}, ApiRequest::Expect::Array});
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(20000))
        return {};
    return finished.first().first().value<ApiResponse>();
}

ApiError tst_ClientHardening::listAll(int *requests)
{
    WebhookListing *listing = m_service->list();
    QSignalSpy finished(listing, &WebhookListing::finished);
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = u"no answer within 20 s"_s;
    if (finished.wait(20000))
        error = finished.first().first().value<ApiError>();
    if (requests)
        *requests = m_server->requestCount();
    return error;
}

void tst_ClientHardening::answerOverTheSizeCapIsRefused_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<qint64>("cap");
    // A Content-Length of 500 MB: refused on the header, before a byte of the body.
    QTest::newRow("announced length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 524288000\r\n\r\n[")
            << ApiClient::MaxResponseBytes;
    // No length: refused once more than the cap has arrived.
    QTest::newRow("unannounced length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Connection: close\r\n\r\n[")
                    + QByteArray(2 * 1024 * 1024, ' ')
            << qint64(1024 * 1024);
}

void tst_ClientHardening::answerOverTheSizeCapIsRefused()
{
    QFETCH(QByteArray, head);
    QFETCH(qint64, cap);
    m_client->setMaxResponseBytes(cap);
    m_server->enqueue(FaultServer::stall(head));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"larger than"_s));
    const ApiResponse response = get(u"/webhooks"_s);
    QCOMPARE(response.error.kind, ApiError::Kind::Network);
    QVERIFY2(response.error.message.contains(u"larger than %1 MB"_s.arg(cap / (1024 * 1024))),
             qPrintable(response.error.message));
}

void tst_ClientHardening::tricklingAnswerMeetsTheDeadline()
{
    // A server that sends one byte every 100 ms never trips the transfer timeout.
    QTcpServer trickler;
    QVERIFY(trickler.listen(QHostAddress::LocalHost));
    QTimer drip;
    drip.setInterval(100);
    QList<QTcpSocket *> clients;
    connect(&trickler, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = trickler.nextPendingConnection()) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n");
            clients.append(socket);
        }
        drip.start();
    });
    connect(&drip, &QTimer::timeout, this, [&] {
        for (QTcpSocket *socket : std::as_const(clients))
            socket->write(" ");
    });
    QUrl url = m_server->baseUrl();
    url.setPort(trickler.serverPort());
    m_profile.serviceUrl = url;
    m_client->setProfile(m_profile, u"secret-token-4711"_s);
    m_client->setRequestDeadlineMs(1000);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"within 1 s"_s));
    const ApiResponse response = get(u"/webhooks"_s);
    QCOMPARE(response.error.kind, ApiError::Kind::Timeout);
    QVERIFY2(response.error.message.contains(u"did not finish its answer within 1 s"_s),
             qPrintable(response.error.message));
}

void tst_ClientHardening::longRetryAfterEndsAtTheMaxWait()
{
    m_client->setMaxWaitMs(300 * 1000);
    m_server->setHandler([](const FaultServer::Request &) {
        return FaultServer::json(429, R"({"message":"Too Many Requests"})",
                                 {{"Retry-After", "3600"}});
    });
    const ApiResponse response = get(u"/webhooks"_s);
    QCOMPARE(response.error.kind, ApiError::Kind::RateLimited);
    QVERIFY2(response.error.message.contains(u"resets at"_s), qPrintable(response.error.message));
    QVERIFY(response.error.message.contains(u"in 3600 s"_s));
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_ClientHardening::spentBudgetEndsAtTheMaxWait()
{
    m_client->setMaxWaitMs(300 * 1000);
    const QByteArray reset
            = QByteArray::number(QDateTime::currentDateTimeUtc().toSecsSinceEpoch() + 3600);
    m_server->setHandler([reset](const FaultServer::Request &) {
        return FaultServer::json(200, "[]",
                                 {{"X-RateLimit-Limit", "3600"},
                                  {"X-RateLimit-Remaining", "0"},
                                  {"X-RateLimit-Reset", reset}});
    });
    QCOMPARE(get(u"/webhooks"_s).error.kind, ApiError::Kind::None);
    const ApiResponse second = get(u"/webhooks"_s); // the budget is spent for an hour
    QCOMPARE(second.error.kind, ApiError::Kind::RateLimited);
    QVERIFY2(second.error.message.contains(u"resets at"_s), qPrintable(second.error.message));
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_ClientHardening::nextLinkDifferingInItsFragmentEndsIncomplete()
{
    FaultServer *server = m_server.get();
    int served = 0;
    m_server->setHandler([server, &served](const FaultServer::Request &) {
        ++served;
        const QByteArray next
                = server->url(u"/v1/webhooks?per_page=100&search_after=c2#f%1"_s.arg(served))
                          .toEncoded();
        return FaultServer::json(200, QJsonDocument(QJsonArray{record(served)}).toJson(),
                                 {{"Link", '<' + next + ">; rel=\"next\""}});
    });
    int requests = 0;
    const ApiError error = listAll(&requests);
    QCOMPARE(error.kind, ApiError::Kind::Incomplete);
    QVERIFY2(error.message.contains(u"repeats an earlier page"_s), qPrintable(error.message));
    QCOMPARE(requests, 2);
}

void tst_ClientHardening::nextLinksPastTheAnnouncedPagesEndIncomplete()
{
    // Two pages announced (150 entries, 100 a page), and a fresh cursor every time.
    FaultServer *server = m_server.get();
    int served = 0;
    m_server->setHandler([server, &served](const FaultServer::Request &) {
        ++served;
        const QByteArray next
                = server->url(u"/v1/webhooks?per_page=100&search_after=c%1"_s.arg(served + 1))
                          .toEncoded();
        return FaultServer::json(200, QJsonDocument(QJsonArray{record(served)}).toJson(),
                                 {{"X-Pagination-Per-Page", "100"},
                                  {"X-Pagination-Total-Entries", "150"},
                                  {"Link", '<' + next + ">; rel=\"next\""}});
    });
    int requests = 0;
    const ApiError error = listAll(&requests);
    QCOMPARE(error.kind, ApiError::Kind::Incomplete);
    QVERIFY2(error.message.contains(u"past the 2 pages"_s), qPrintable(error.message));
    QCOMPARE(requests, 3); // the two announced and one of slack
}

void tst_ClientHardening::deleteWhoseAnswerWasLostIsDone()
{
    // The server deletes, then the connection drops before the answer. Whatever is sent
    // after that sees 404: the webhook is gone, which is what was asked.
    m_server->setHandler([](const FaultServer::Request &request) {
        static int deletes = 0;
        if (request.method == "DELETE" && ++deletes == 1)
            return FaultServer::close();
        return FaultServer::json(404, R"({"message":"Not Found"})");
    });
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    bool done = false;
    m_service->remove(9, this, [&](const ApiError &e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.kind, ApiError::Kind::None);
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
}

void tst_ClientHardening::controlCharactersNeverReachAHeader_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("CR LF in the account")
            << u"wdc\r\nX-Injected: 1"_s << u"secret-token-4711"_s << u"account"_s;
    QTest::newRow("LF in the token")
            << u"wdc"_s << u"secret-token-4711\nX-Injected: 1"_s << u"token"_s;
    QTest::newRow("NUL in the account") << u"wd\u0000c"_s << u"secret-token-4711"_s << u"account"_s;
}

void tst_ClientHardening::controlCharactersNeverReachAHeader()
{
    QFETCH(QString, account);
    QFETCH(QString, token);
    QFETCH(QString, mentions);
    m_profile.account = account;
    m_client->setProfile(m_profile, token);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"control character"_s));
    const ApiResponse response = get(u"/webhooks"_s);
    QVERIFY(response.error.isError());
    QVERIFY2(response.error.message.contains(mentions), qPrintable(response.error.message));
    QVERIFY(!response.error.message.contains(u"secret-token"_s));
    QCOMPARE(m_server->requestCount(), 0);
}

void tst_ClientHardening::createStoredLateIsFound()
{
    // The server stores the POST only after the client stopped waiting for the answer.
    QJsonArray rows{record(1), record(2)};
    m_client->setTransferTimeoutMs(300);
    m_server->setHandler([this, &rows](const FaultServer::Request &request) {
        if (request.method == "POST") {
            QTimer::singleShot(450, this, [&rows] { rows.append(createdRecord(77)); });
            return FaultServer::stall();
        }
        return listOf(rows);
    });
    Webhook result;
    ApiError error;
    bool done = false;
    m_service->create(newWebhook(), this, [&](const Webhook &webhook, const ApiError &e) {
        result = webhook;
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QCOMPARE(error.kind, ApiError::Kind::None);
    QCOMPARE(result.id, 77);
    QCOMPARE(m_server->requestCount("POST"), 1);
}

void tst_ClientHardening::identicalOlderWebhookIsNotTheCreatedOne()
{
    // An identical webhook (same name, event, URI, created "now") existed before the POST,
    // whose connection then dropped; nothing new appears. That one is not ours.
    const QJsonArray rows{record(1), createdRecord(5)};
    m_server->setHandler([rows](const FaultServer::Request &request) {
        if (request.method == "POST")
            return FaultServer::close();
        return listOf(rows);
    });
    ApiError error;
    bool done = false;
    m_service->create(newWebhook(), this, [&](const Webhook &, const ApiError &e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(error.isError());
    QVERIFY2(error.message.contains(u"unknown"_s), qPrintable(error.message));
    QVERIFY(!error.message.contains(u"safe to try again"_s));
    QCOMPARE(m_server->requestCount("POST"), 1);
    QCOMPARE(m_server->requestCount("GET"), 4); // before the POST, then three re-reads
}

QTEST_GUILESS_MAIN(tst_ClientHardening)
#include "tst_ClientHardening.moc"
