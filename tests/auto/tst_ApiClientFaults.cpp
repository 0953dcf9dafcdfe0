#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "tests/support/FaultServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include "tests/support/WarningGuard.h"
#include <algorithm>
#include <functional>
#include <memory>

// Listings and writes of WebhookService against a misbehaving server (the fault server):
// what the user gets, and that nothing is lost or done twice.
class tst_ApiClientFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void fetchesNumberedPagesConcurrently();
    void followsCursorLinksAsGiven();
    void followsRelativeLinks();
    void dropsDuplicateIdsAcrossPages();
    void acceptsMoreRowsThanPerPage();
    void emptyPageMidListingIsIncomplete();
    void emptyCursorPageMidListingContinues();
    void neverFollowsALinkToAnotherOrigin();
    void malformedLinkEndsIncomplete();
    void repeatingNextLinkEndsIncomplete();
    void unauthorizedMidListingKeepsRows();
    void keepsIdsAbove2To53();
    void readsHostileStrings();
    void cancelsAListing();
    void createClosedAfterPostIsReconciled();
    void createClosedAfterPostNotFoundIsUnknown();
    void createReconcileFailureSaysSo();
    void updateSendsOnlyChangedFields();
    void updateOf404SaysSo();
    void removeOf404SaysAlreadyGone();
    void ambiguousRemoveIsReconciled();
    void eventCatalogFallsBackToBuiltIn();

private:
    struct Listed
    {
        WebhookList rows;
        ApiError error;
        QList<qint64> arrivedIds;
    };
    Listed listAll();
    // Serves `pages` (ids per page) with page-number or cursor links.
    void servePages(const QList<QList<qint64>> &pages, bool cursor, qint64 totalEntries);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FaultServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<WebhookService> m_service;
};

static QJsonObject record(qint64 id)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), QStringLiteral("Hook %1").arg(id)},
                       {QStringLiteral("event"), QStringLiteral("request.create")},
                       {QStringLiteral("uri"), QStringLiteral("https://hooks.test/%1").arg(id)},
                       {QStringLiteral("created_at"), QStringLiteral("2016-03-17T16:36:11Z")}};
}

static QByteArray rows(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(record(id));
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

static QList<qint64> range(qint64 from, qint64 count)
{
    QList<qint64> ids;
    for (qint64 i = 0; i < count; ++i)
        ids.append(from + i);
    return ids;
}

void tst_ApiClientFaults::init()
{
    hb::test::failOnUnexpectedWarnings();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<FaultServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<ApiClient>(m_network.get());
    ConnectionProfile profile;
    profile.name = QStringLiteral("faults");
    profile.serviceUrl = m_server->baseUrl();
    profile.account = QStringLiteral("wdc");
    m_client->setProfile(profile, QStringLiteral("secret-token-4711"));
    m_client->setRetryBackoffMs(1);
    m_client->setTransferTimeoutMs(5000);
    m_service = std::make_unique<WebhookService>(m_client.get());
    m_service->setReconcileScheduleMs({1, 1});
}

void tst_ApiClientFaults::cleanup()
{
    m_service.reset();
    m_client.reset();
    m_server.reset();
    m_network.reset();
}

tst_ApiClientFaults::Listed tst_ApiClientFaults::listAll()
{
    Listed result;
    WebhookListing *listing = m_service->list();
    connect(listing, &WebhookListing::rowsArrived, this, [&result](const WebhookList &added) {
        for (const Webhook &webhook : added)
            result.arrivedIds.append(webhook.id);
    });
    connect(listing, &WebhookListing::finished, this, [&result, listing](const ApiError &error) {
        result.error = error;
        result.rows = listing->rows();
    });
    QSignalSpy finished(listing, &WebhookListing::finished);
    if (!finished.wait(20000))
        result.error.kind = ApiError::Kind::Cancelled;
    return result;
}

void tst_ApiClientFaults::servePages(const QList<QList<qint64>> &pages, bool cursor,
                                     qint64 totalEntries)
{
    FaultServer *server = m_server.get();
    m_server->setHandler([server, pages, cursor, totalEntries](const FaultServer::Request &r) {
        const QUrlQuery query = r.query();
        int page = 1;
        if (cursor && query.hasQueryItem(QStringLiteral("search_after")))
            page = query.queryItemValue(QStringLiteral("search_after")).mid(1).toInt();
        else if (!cursor && query.hasQueryItem(QStringLiteral("page")))
            page = query.queryItemValue(QStringLiteral("page")).toInt();
        if (page < 1 || page > pages.size())
            return FaultServer::json(404, R"({"message":"Not Found"})");
        FaultServer::Headers headers{
                {"X-Pagination-Per-Page", "100"},
                {"X-Pagination-Current-Page", QByteArray::number(page)},
                {"X-Pagination-Total-Entries", QByteArray::number(totalEntries)}};
        QByteArray link;
        const auto at = [server](const QString &q) {
            return server->url(QStringLiteral("/v1/webhooks?per_page=100&") + q).toEncoded();
        };
        if (cursor) {
            if (page < pages.size())
                link = '<' + at(QStringLiteral("search_after=c%1").arg(page + 1))
                        + ">; rel=\"next\"";
        } else {
            headers.append({"X-Pagination-Total-Pages", QByteArray::number(pages.size())});
            link = '<' + at(QStringLiteral("page=1")) + ">; rel=\"first\", <"
                    + at(QStringLiteral("page=%1").arg(pages.size())) + ">; rel=\"last\"";
            if (page < pages.size())
                link += ", <" + at(QStringLiteral("page=%1").arg(page + 1)) + ">; rel=\"next\"";
        }
        if (!link.isEmpty())
            headers.append({"Link", link});
        return FaultServer::json(200, rows(pages.at(page - 1)), headers);
    });
}

void tst_ApiClientFaults::fetchesNumberedPagesConcurrently()
{
    QList<QList<qint64>> pages;
    for (int page = 0; page < 12; ++page)
        pages.append(range(page * 100 + 1, page == 11 ? 50 : 100));
    servePages(pages, false, 1150);
    const Listed listed = listAll();
    QCOMPARE(listed.error.kind, ApiError::Kind::None);
    QCOMPARE(listed.rows.size(), 1150);
    QCOMPARE(QSet<qint64>(listed.arrivedIds.begin(), listed.arrivedIds.end()).size(), 1150);
    QCOMPARE(m_server->requestCount(), 12);
    // Every page was asked for once, with the listing's query.
    QSet<QString> asked;
    for (const FaultServer::Request &request : m_server->requests()) {
        QCOMPARE(request.query().queryItemValue(QStringLiteral("per_page")), QStringLiteral("100"));
        QCOMPARE(request.query().queryItemValue(QStringLiteral("fields")),
                 QStringLiteral("id,name,event,uri,disabled,mail_exceptions_to,description,"
                                "last_error,created_at,updated_at,webhook_policy,source,sourceID,"
                                "nodeID,openid_connect_discovery,app_offering_references"));
        asked.insert(request.query().queryItemValue(QStringLiteral("page")));
    }
    QCOMPARE(asked.size(), 12); // "" for the first page, then 2 ... 12
}

void tst_ApiClientFaults::followsCursorLinksAsGiven()
{
    servePages({range(1, 100), range(101, 100), range(201, 30)}, true, 230);
    const Listed listed = listAll();
    QCOMPARE(listed.error.kind, ApiError::Kind::None);
    QCOMPARE(listed.rows.size(), 230);
    const QList<FaultServer::Request> requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(1).query().queryItemValue(QStringLiteral("search_after")),
             QStringLiteral("c2"));
    QCOMPARE(requests.at(2).query().queryItemValue(QStringLiteral("search_after")),
             QStringLiteral("c3"));
    QVERIFY(!requests.at(1).query().hasQueryItem(QStringLiteral("page"))); // never built
}

void tst_ApiClientFaults::followsRelativeLinks()
{
    m_server->enqueue(FaultServer::json(200, rows(range(1, 100)),
                                        {{"X-Pagination-Total-Entries", "150"},
                                         {"Link", "</v1/webhooks?search_after=x>; rel=\"next\""}}));
    m_server->enqueue(
            FaultServer::json(200, rows(range(101, 50)), {{"X-Pagination-Total-Entries", "150"}}));
    const Listed listed = listAll();
    QCOMPARE(listed.error.kind, ApiError::Kind::None);
    QCOMPARE(listed.rows.size(), 150);
    QCOMPARE(m_server->requests().at(1).target, QByteArray("/v1/webhooks?search_after=x"));
}

void tst_ApiClientFaults::dropsDuplicateIdsAcrossPages()
{
    // Page 2 repeats five rows of page 1 (a webhook created while paging shifts pages).
    servePages({range(1, 100), range(96, 100)}, false, 195);
    const Listed listed = listAll();
    QCOMPARE(listed.error.kind, ApiError::Kind::None);
    QCOMPARE(listed.rows.size(), 195);
    QCOMPARE(listed.arrivedIds.size(), 195); // rowsArrived never repeats an id
    QCOMPARE(QSet<qint64>(listed.arrivedIds.begin(), listed.arrivedIds.end()).size(), 195);
}

void tst_ApiClientFaults::acceptsMoreRowsThanPerPage()
{
    servePages({range(1, 150)}, false, 150);
    const Listed listed = listAll();
    QCOMPARE(listed.error.kind, ApiError::Kind::None);
    QCOMPARE(listed.rows.size(), 150);
}

void tst_ApiClientFaults::emptyPageMidListingIsIncomplete()
{
    servePages({range(1, 100), {}, range(201, 100)}, false, 300);
    const Listed listed = listAll();
    QCOMPARE(listed.error.kind, ApiError::Kind::Incomplete);
    QCOMPARE(listed.rows.size(), 200);
    const QLocale locale;
    const QString counts = QStringLiteral("%1 of %2")
                                   .arg(locale.toString(qint64(200)), locale.toString(qint64(300)));
    QVERIFY2(listed.error.message.contains(counts), qPrintable(listed.error.message));
    QVERIFY(listed.error.userMessage().contains(counts));
}

void tst_ApiClientFaults::emptyCursorPageMidListingContinues()
{
    servePages({range(1, 100), {}, range(101, 20)}, true, 120);
    const Listed listed = listAll();
    QCOMPARE(listed.error.kind, ApiError::Kind::None);
    QCOMPARE(listed.rows.size(), 120);
}

void tst_ApiClientFaults::neverFollowsALinkToAnotherOrigin()
{
    FaultServer other;
    QVERIFY(other.listen());
    other.setHandler([](const FaultServer::Request &) {
        return FaultServer::json(200, rows(range(101, 100)));
    });
    const QByteArray link = '<' + other.url(QStringLiteral("/v1/webhooks?page=2")).toEncoded()
            + ">; rel=\"next\", <" + other.url(QStringLiteral("/v1/webhooks?page=2")).toEncoded()
            + ">; rel=\"last\"";
    m_server->enqueue(FaultServer::json(200, rows(range(1, 100)),
                                        {{"X-Pagination-Total-Entries", "200"}, {"Link", link}}));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not following")));
    const Listed listed = listAll();
    QCOMPARE(listed.error.kind, ApiError::Kind::Incomplete);
    QCOMPARE(listed.rows.size(), 100);
    QCOMPARE(other.requestCount(), 0);
    QVERIFY(listed.error.message.contains(u"another address"));
}

void tst_ApiClientFaults::malformedLinkEndsIncomplete()
{
    m_server->enqueue(FaultServer::json(
            200, rows(range(1, 100)),
            {{"X-Pagination-Total-Entries", "250"}, {"Link", "page=2; rel=next, <broken"}}));
    const Listed listed = listAll();
    QCOMPARE(listed.error.kind, ApiError::Kind::Incomplete);
    QCOMPARE(listed.rows.size(), 100);
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_ApiClientFaults::repeatingNextLinkEndsIncomplete()
{
    const QByteArray self = "<"
            + m_server->url(QStringLiteral("/v1/webhooks?search_after=same")).toEncoded()
            + ">; rel=\"next\"";
    m_server->setHandler([self](const FaultServer::Request &) {
        return FaultServer::json(200, rows(range(1, 100)),
                                 {{"X-Pagination-Total-Entries", "1000"}, {"Link", self}});
    });
    const Listed listed = listAll();
    QCOMPARE(listed.error.kind, ApiError::Kind::Incomplete);
    QCOMPARE(m_server->requestCount(), 2);
}

void tst_ApiClientFaults::unauthorizedMidListingKeepsRows()
{
    // The first page arrives, then the token is revoked.
    m_server->enqueue(FaultServer::json(
            200, rows(range(1, 100)),
            {{"X-Pagination-Total-Entries", "300"},
             {"Link",
              '<' + m_server->url(QStringLiteral("/v1/webhooks?search_after=c2")).toEncoded()
                      + ">; rel=\"next\""}}));
    m_server->enqueue(FaultServer::json(401, R"({"message":"Unauthorized"})"));
    const Listed listed = listAll();
    QCOMPARE(listed.error.kind, ApiError::Kind::Http);
    QCOMPARE(listed.error.httpStatus, 401);
    QCOMPARE(listed.rows.size(), 100);
    QVERIFY(listed.error.userMessage().contains(u"token"));
}

void tst_ApiClientFaults::keepsIdsAbove2To53()
{
    const QByteArray body
            = R"([{"id":9007199254740993,"event":"request.create","uri":"https://a.test/"},)"
              R"({"id":9007199254740994,"event":"request.create","uri":"https://a.test/"}])";
    m_server->enqueue(FaultServer::json(200, body, {{"X-Pagination-Total-Entries", "2"}}));
    const Listed listed = listAll();
    QCOMPARE(listed.error.kind, ApiError::Kind::None);
    QCOMPARE(listed.rows.size(), 2); // not merged into one by rounding
    QCOMPARE(listed.rows.at(0).id, Q_INT64_C(9007199254740993));
    QCOMPARE(listed.rows.at(1).id, Q_INT64_C(9007199254740994));
}

void tst_ApiClientFaults::readsHostileStrings()
{
    const QString description = QString(1024 * 1024, u'x');
    QJsonObject object = record(1);
    object.insert(QStringLiteral("description"), description);
    object.insert(QStringLiteral("name"),
                  QStringLiteral("nul\u0000 rtl \u05e9\u05dc\u05d5\u05dd emoji 🪝"));
    QByteArray body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    body.replace("emoji", "\\ud800 lone"); // a lone surrogate, as JSON text
    m_server->enqueue(FaultServer::json(200, body));
    Webhook fetched;
    ApiError error;
    bool done = false;
    m_service->get(1, this, [&](const Webhook &webhook, const ApiError &e) {
        fetched = webhook;
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.kind, ApiError::Kind::None);
    QCOMPARE(fetched.description.size(), description.size());
    QVERIFY(fetched.name.contains(QStringLiteral("\u05e9\u05dc\u05d5\u05dd")));
    QVERIFY(fetched.name.contains(QStringLiteral("🪝")));
    QVERIFY(fetched.name.contains(QChar(0)));
}

void tst_ApiClientFaults::cancelsAListing()
{
    m_server->enqueue(FaultServer::stall());
    WebhookListing *listing = m_service->list();
    QSignalSpy finished(listing, &WebhookListing::finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, 10000);
    listing->cancel();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
}

static Webhook newWebhook()
{
    Webhook webhook;
    webhook.name = QStringLiteral("New");
    webhook.event = QStringLiteral("request.create");
    webhook.uri = QStringLiteral("https://hooks.test/new");
    return webhook;
}

void tst_ApiClientFaults::createClosedAfterPostIsReconciled()
{
    // The server creates the webhook, then closes the connection without answering.
    QJsonObject created = record(77);
    created.insert(QStringLiteral("name"), QStringLiteral("New"));
    created.insert(QStringLiteral("uri"), QStringLiteral("https://hooks.test/new"));
    created.insert(QStringLiteral("created_at"), QStringLiteral("2024-01-01T12:00:00Z"));
    auto list = std::make_shared<QJsonArray>(QJsonArray{record(1), record(2)});
    m_server->setHandler([list, created](const FaultServer::Request &request) {
        if (request.method == "POST") {
            list->append(created);
            return FaultServer::close();
        }
        return FaultServer::json(200, QJsonDocument(*list).toJson(),
                                 {{"X-Pagination-Total-Entries", QByteArray::number(list->size())},
                                  {"Date", "Mon, 01 Jan 2024 12:00:05 GMT"}});
    });
    Webhook result;
    ApiError error;
    bool done = false;
    m_service->create(newWebhook(), this, [&](const Webhook &webhook, const ApiError &e) {
        result = webhook;
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.kind, ApiError::Kind::None);
    QCOMPARE(result.id, 77);
    QCOMPARE(m_server->requestCount("POST"), 1);
    const QList<FaultServer::Request> requests = m_server->requests();
    const auto post
            = std::find_if(requests.cbegin(), requests.cend(),
                           [](const FaultServer::Request &r) { return r.method == "POST"; });
    QVERIFY(post != requests.cend());
    QCOMPARE(post->body,
             QJsonDocument(newWebhook().createPayload()).toJson(QJsonDocument::Compact));
}

void tst_ApiClientFaults::createClosedAfterPostNotFoundIsUnknown()
{
    // The only look-alike was created long before this create began: not ours.
    QJsonObject old = record(5);
    old.insert(QStringLiteral("name"), QStringLiteral("New"));
    old.insert(QStringLiteral("uri"), QStringLiteral("https://hooks.test/new"));
    old.insert(QStringLiteral("created_at"), QStringLiteral("2023-06-01T12:00:00Z"));
    m_server->setHandler([old](const FaultServer::Request &request) {
        if (request.method == "POST")
            return FaultServer::close();
        return FaultServer::json(
                200, QJsonDocument(QJsonArray{record(1), old}).toJson(),
                {{"X-Pagination-Total-Entries", "2"}, {"Date", "Mon, 01 Jan 2024 12:00:05 GMT"}});
    });
    ApiError error;
    bool done = false;
    m_service->create(newWebhook(), this, [&](const Webhook &, const ApiError &e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    // Nothing new appeared, but a slow server may still store it: never "safe to retry".
    QCOMPARE(error.kind, ApiError::Kind::Network);
    QVERIFY2(error.message.contains(u"unknown"), qPrintable(error.message));
    QVERIFY(!error.message.contains(u"safe to try again"));
    QCOMPARE(m_server->requestCount("POST"), 1);
}

void tst_ApiClientFaults::createReconcileFailureSaysSo()
{
    m_server->setHandler([](const FaultServer::Request &request) {
        if (request.method == "POST")
            return FaultServer::close();
        return FaultServer::json(503, R"({"message":"Service Unavailable"})");
    });
    ApiError error;
    bool done = false;
    m_service->create(newWebhook(), this, [&](const Webhook &, const ApiError &e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY(error.isError());
    QVERIFY2(error.message.contains(u"unknown"), qPrintable(error.message));
    QVERIFY(error.message.contains(u"refresh the list"));
    QCOMPARE(m_server->requestCount("POST"), 1);
}

void tst_ApiClientFaults::updateSendsOnlyChangedFields()
{
    Webhook before;
    Q_UNUSED(Webhook::fromJson(record(9), &before));
    Webhook after = before;
    after.disabled = true;
    QJsonObject answer = record(9);
    answer.insert(QStringLiteral("disabled"), true);
    m_server->enqueue(FaultServer::json(200, QJsonDocument(answer).toJson()));
    Webhook result;
    ApiError error;
    bool done = false;
    m_service->update(before, after, this, [&](const Webhook &webhook, const ApiError &e) {
        result = webhook;
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.kind, ApiError::Kind::None);
    QVERIFY(result.disabled);
    const FaultServer::Request request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("PATCH"));
    QCOMPARE(request.path(), QStringLiteral("/v1/webhooks/9"));
    QCOMPARE(QJsonDocument::fromJson(request.body).object(),
             (QJsonObject{{QStringLiteral("disabled"), true}}));
}

void tst_ApiClientFaults::updateOf404SaysSo()
{
    Webhook before;
    Q_UNUSED(Webhook::fromJson(record(9), &before));
    Webhook after = before;
    after.name = QStringLiteral("Renamed");
    m_server->enqueue(FaultServer::json(404, R"({"message":"Not Found"})"));
    ApiError error;
    Webhook result;
    bool done = false;
    m_service->update(before, after, this, [&](const Webhook &webhook, const ApiError &e) {
        result = webhook;
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.httpStatus, 404);
    QCOMPARE(result, after); // the caller keeps what the user entered
    QVERIFY(error.userMessage().contains(u"not found"));
    QCOMPARE(m_server->requestCount("PATCH"), 1);
}

void tst_ApiClientFaults::removeOf404SaysAlreadyGone()
{
    m_server->enqueue(FaultServer::json(404, R"({"message":"Not Found"})"));
    ApiError error;
    bool done = false;
    m_service->remove(9, this, [&](const ApiError &e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.httpStatus, 404);
    QVERIFY(error.message.contains(u"already deleted"));
    QVERIFY(error.userMessage().contains(u"already deleted"));
}

void tst_ApiClientFaults::ambiguousRemoveIsReconciled()
{
    m_server->setHandler([](const FaultServer::Request &request) {
        if (request.method == "DELETE")
            return FaultServer::reset();
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
    QCOMPARE(error.kind, ApiError::Kind::None); // it is gone: that is what was asked
    QVERIFY(m_server->requestCount("GET") >= 1);
}

void tst_ApiClientFaults::eventCatalogFallsBackToBuiltIn()
{
    m_server->enqueue(FaultServer::json(404, R"({"message":"Not Found"})"));
    EventCatalog catalog;
    ApiError error;
    bool done = false;
    m_service->fetchEventCatalog(this, [&](const EventCatalog &result, const ApiError &e) {
        catalog = result;
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.httpStatus, 404);
    QCOMPARE(catalog.events(), EventCatalog::builtIn().events());
}

QTEST_GUILESS_MAIN(tst_ApiClientFaults)
#include "tst_ApiClientFaults.moc"
