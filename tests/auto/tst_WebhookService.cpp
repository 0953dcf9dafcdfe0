#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/api/RequestPacer.h"
#include "models/api/WebhookService.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/SandboxClientStore.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include "tests/support/WarningGuard.h"
#include <memory>

// WebhookService end to end against the in-process sandbox.
class tst_WebhookService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Any warning fails the test function; expected ones are declared with ignoreMessage.
    void init() { hb::test::failOnUnexpectedWarnings(); }
    void cleanup();
    void createGetUpdateTestRemove_data();
    void createGetUpdateTestRemove();
    void updateWithoutChangesSendsNothing();
    void listsEveryPage_data();
    void listsEveryPage();
    void listsByState();
    void listsTenThousandWebhooks();
    void serverCapsPerPage();
    void completesUnderTheBurstLimit();
    void showsValidationMessages();
    void wrongTokenAndNonAdmin();
    void fetchesTheEventCatalog();
    void closingWhileRequestsAreInFlight_data();
    void closingWhileRequestsAreInFlight();

private:
    void startSandbox(const SandboxOptions &options, const QString &token = {});
    struct Listed
    {
        WebhookList rows;
        ApiError error;
        WebhookList arrived; // everything rowsArrived delivered
        qint64 total = -1;
    };
    Listed listAll(WebhookState state = WebhookState::All);
    Webhook sampleWebhook() const;

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<WebhookService> m_service;
};

void tst_WebhookService::startSandbox(const SandboxOptions &options, const QString &token)
{
    m_service.reset();
    m_client.reset();
    m_sandbox = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    ConnectionProfile profile;
    profile.name = QStringLiteral("sandbox");
    profile.serviceUrl = m_sandbox->baseUrl();
    profile.account = options.account;
    m_client->setProfile(profile, token.isEmpty() ? options.token : token);
    m_service = std::make_unique<WebhookService>(m_client.get());
}

void tst_WebhookService::cleanup()
{
    m_service.reset();
    m_client.reset();
    m_network.reset();
    m_sandbox.reset();
}

Webhook tst_WebhookService::sampleWebhook() const
{
    Webhook webhook;
    webhook.name = QStringLiteral("CMDB sync – Zürich");
    webhook.event = QStringLiteral("ci.update");
    webhook.uri = QStringLiteral("https://hooks.example.com/in?key=s3cret");
    webhook.description = QStringLiteral("Created by tst_WebhookService");
    webhook.mailExceptionsTo = QStringLiteral("ops@example.com");
    webhook.disabled = true;
    return webhook;
}

tst_WebhookService::Listed tst_WebhookService::listAll(WebhookState state)
{
    Listed result;
    WebhookListing *listing = m_service->list(state);
    connect(listing, &WebhookListing::rowsArrived, this,
            [&result](const WebhookList &rows) { result.arrived += rows; });
    connect(listing, &WebhookListing::finished, this, [&result, listing](const ApiError &error) {
        result.error = error;
        result.rows = listing->rows();
        result.total = listing->total();
    });
    QSignalSpy finished(listing, &WebhookListing::finished);
    if (!finished.wait(60000))
        result.error.kind = ApiError::Kind::Cancelled;
    return result;
}

void tst_WebhookService::createGetUpdateTestRemove_data()
{
    QTest::addColumn<int>("createStatus");
    QTest::newRow("create answers 201") << 201;
    QTest::newRow("create answers 200") << 200;
}

void tst_WebhookService::createGetUpdateTestRemove()
{
    QFETCH(int, createStatus);
    SandboxOptions options;
    options.createStatus = createStatus;
    startSandbox(options);
    if (QTest::currentTestFailed())
        return;

    // create
    Webhook created;
    ApiError error;
    error.kind = ApiError::Kind::Cancelled; // until the callback says otherwise
    bool done = false;
    m_service->create(sampleWebhook(), this, [&](const Webhook &webhook, const ApiError &e) {
        created = webhook;
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.kind, ApiError::Kind::None);
    QVERIFY(created.id > 0);
    QCOMPARE(created.name, sampleWebhook().name);
    QCOMPARE(created.uri, sampleWebhook().uri);
    QVERIFY(created.disabled);
    QCOMPARE(m_sandbox->createCount(), 1);

    // get
    Webhook fetched;
    done = false;
    m_service->get(created.id, this, [&](const Webhook &webhook, const ApiError &e) {
        fetched = webhook;
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.kind, ApiError::Kind::None);
    QCOMPARE(fetched.description, sampleWebhook().description);
    QCOMPARE(fetched.mailExceptionsTo, sampleWebhook().mailExceptionsTo);

    // update: enable it and rename it
    Webhook after = fetched;
    after.disabled = false;
    after.name = QStringLiteral("Renamed");
    Webhook updated;
    done = false;
    m_service->update(fetched, after, this, [&](const Webhook &webhook, const ApiError &e) {
        updated = webhook;
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.kind, ApiError::Kind::None);
    QCOMPARE(updated.name, QStringLiteral("Renamed"));
    QVERIFY(!updated.disabled);
    QCOMPARE(updated.uri, fetched.uri);
    QCOMPARE(SandboxClientStore::of(m_sandbox)->find(created.id)->name, QStringLiteral("Renamed"));

    // test
    done = false;
    m_service->test(created.id, this, [&](const ApiError &e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.kind, ApiError::Kind::None);

    // list
    const Listed listed = listAll();
    QCOMPARE(listed.error.kind, ApiError::Kind::None);
    QCOMPARE(listed.rows.size(), 1);
    QCOMPARE(listed.rows.first().id, created.id);

    // remove, twice
    done = false;
    m_service->remove(created.id, this, [&](const ApiError &e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.kind, ApiError::Kind::None);
    QVERIFY(!SandboxClientStore::of(m_sandbox)->find(created.id));

    done = false;
    m_service->remove(created.id, this, [&](const ApiError &e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 404);
    QVERIFY2(error.userMessage().contains(u"already deleted"), qPrintable(error.userMessage()));

    // get after delete
    done = false;
    m_service->get(created.id, this, [&](const Webhook &, const ApiError &e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.httpStatus, 404);
}

void tst_WebhookService::updateWithoutChangesSendsNothing()
{
    startSandbox({});
    if (QTest::currentTestFailed())
        return;
    const Webhook stored = SandboxClientStore::of(m_sandbox)->add(sampleWebhook());
    const int before = m_sandbox->requestCount();
    bool done = false;
    Webhook result;
    ApiError error;
    error.kind = ApiError::Kind::Cancelled; // until the callback says otherwise
    m_service->update(stored, stored, this, [&](const Webhook &webhook, const ApiError &e) {
        result = webhook;
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.kind, ApiError::Kind::None);
    QCOMPARE(result, stored);
    QCOMPARE(m_sandbox->requestCount(), before);
}

void tst_WebhookService::listsEveryPage_data()
{
    QTest::addColumn<SandboxOptions::Pagination>("pagination");
    QTest::addColumn<int>("count");
    QTest::newRow("page numbers, one page") << SandboxOptions::Pagination::Pages << 7;
    QTest::newRow("page numbers, 350 rows") << SandboxOptions::Pagination::Pages << 350;
    QTest::newRow("cursors, 350 rows") << SandboxOptions::Pagination::Cursor << 350;
    QTest::newRow("cursors, exactly two pages") << SandboxOptions::Pagination::Cursor << 200;
    QTest::newRow("empty account") << SandboxOptions::Pagination::Pages << 0;
}

void tst_WebhookService::listsEveryPage()
{
    QFETCH(SandboxOptions::Pagination, pagination);
    QFETCH(int, count);
    SandboxOptions options;
    options.pagination = pagination;
    options.seed = count;
    startSandbox(options);
    if (QTest::currentTestFailed())
        return;

    const Listed listed = listAll();
    QCOMPARE(listed.error.kind, ApiError::Kind::None);
    QCOMPARE(listed.rows.size(), count);
    QCOMPARE(listed.arrived.size(), count);
    QCOMPARE(listed.total, count);
    QSet<qint64> ids;
    for (const Webhook &webhook : listed.rows)
        ids.insert(webhook.id);
    QCOMPARE(ids.size(), count);
    for (const Webhook &webhook : SandboxClientStore::of(m_sandbox)->webhooks())
        QVERIFY(ids.contains(webhook.id));
    // Every table field came with the listing.
    if (count > 0) {
        const Webhook *stored = SandboxClientStore::of(m_sandbox)->find(listed.rows.first().id);
        QVERIFY(stored);
        QCOMPARE(listed.rows.first().createdAt, stored->createdAt);
        QCOMPARE(listed.rows.first().mailExceptionsTo, stored->mailExceptionsTo);
        QCOMPARE(listed.rows.first().description, stored->description);
    }
    // One request per page.
    QCOMPARE(m_sandbox->requestCount(), std::max(1, (count + 99) / 100));
}

void tst_WebhookService::listsByState()
{
    SandboxOptions options;
    options.seed = 120;
    startSandbox(options);
    if (QTest::currentTestFailed())
        return;
    qsizetype disabled = 0;
    for (const Webhook &webhook : SandboxClientStore::of(m_sandbox)->webhooks())
        disabled += webhook.disabled ? 1 : 0;

    const Listed enabledList = listAll(WebhookState::Enabled);
    QCOMPARE(enabledList.error.kind, ApiError::Kind::None);
    QCOMPARE(enabledList.rows.size(), 120 - disabled);
    for (const Webhook &webhook : enabledList.rows)
        QVERIFY(!webhook.disabled);

    const Listed disabledList = listAll(WebhookState::Disabled);
    QCOMPARE(disabledList.error.kind, ApiError::Kind::None);
    QCOMPARE(disabledList.rows.size(), disabled);
    for (const Webhook &webhook : disabledList.rows)
        QVERIFY(webhook.disabled);
}

void tst_WebhookService::listsTenThousandWebhooks()
{
    SandboxOptions options;
    options.seed = 10000;
    options.burstLimit = 0; // pacing has its own test; keep this one fast
    startSandbox(options);
    if (QTest::currentTestFailed())
        return;
    m_client->pacer()->setBurstLimit(0, 2000);

    const Listed listed = listAll();
    QCOMPARE(listed.error.kind, ApiError::Kind::None);
    QCOMPARE(listed.rows.size(), 10000);
    QSet<qint64> ids;
    for (const Webhook &webhook : listed.rows)
        ids.insert(webhook.id);
    QCOMPARE(ids.size(), 10000);
    QCOMPARE(m_sandbox->requestCount(), 100);
}

void tst_WebhookService::serverCapsPerPage()
{
    SandboxOptions options;
    options.seed = 150;
    startSandbox(options);
    if (QTest::currentTestFailed())
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("500"));
    ApiRequest request;
    request.url = m_client->urlFor(QStringLiteral("/webhooks"), query);
    request.expect = ApiRequest::Expect::Array;
    ApiCall *call = m_client->send(request);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    const ApiResponse response = finished.first().first().value<ApiResponse>();
    QCOMPARE(response.error.kind, ApiError::Kind::None);
    QCOMPARE(response.json.array().size(), 100);
    QCOMPARE(response.header("X-Pagination-Per-Page"), QByteArray("100"));
}

void tst_WebhookService::completesUnderTheBurstLimit()
{
    // 35 pages against a server that allows 20 requests in 2 s: the listing is complete, and
    // each page was answered once however many 429s were waited out. (The pacer's arithmetic
    // is tested with a fake clock in tst_RequestPacer; how rarely it meets a 429 is measured
    // by scripts/bench with the server in its own process: this one shares the test's event
    // loop and reads requests late.)
    SandboxOptions options;
    options.seed = 3500;
    options.burstLimit = 20;
    options.burstSeconds = 2;
    startSandbox(options);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy waiting(m_service.get(), &WebhookService::rateLimitWaiting);

    const Listed listed = listAll();
    QCOMPARE(listed.error.kind, ApiError::Kind::None);
    QCOMPARE(listed.rows.size(), 3500);
    QCOMPARE(m_sandbox->requestCount() - m_sandbox->rateLimitedCount(), 35);
    // Whenever a 429 was met, the caller was told that it waits.
    QVERIFY2(m_sandbox->rateLimitedCount() == 0 || !waiting.isEmpty(),
             qPrintable(QStringLiteral("%1 answers were 429, no rateLimitWaiting")
                                .arg(m_sandbox->rateLimitedCount())));
}

void tst_WebhookService::showsValidationMessages()
{
    startSandbox({});
    if (QTest::currentTestFailed())
        return;
    Webhook invalid = sampleWebhook();
    invalid.event = QStringLiteral("no.such-event");
    invalid.uri = QStringLiteral("not a uri");
    ApiError error;
    bool done = false;
    m_service->create(invalid, this, [&](const Webhook &, const ApiError &e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.kind, ApiError::Kind::Validation);
    QCOMPARE(error.httpStatus, 422);
    QVERIFY(!error.message.isEmpty());
    QStringList fields;
    for (const FieldError &fieldError : error.fieldErrors) {
        fields.append(fieldError.field);
        QVERIFY(!fieldError.message.isEmpty());
    }
    QVERIFY2(fields.contains(QStringLiteral("event")), qPrintable(fields.join(u',')));
    QVERIFY(error.userMessage().contains(u"event"));
    QCOMPARE(m_sandbox->createCount(), 0);
}

void tst_WebhookService::wrongTokenAndNonAdmin()
{
    SandboxOptions options;
    options.seed = 5;
    options.nonAdminToken = QStringLiteral("user-token");
    startSandbox(options, QStringLiteral("wrong-token"));
    if (QTest::currentTestFailed())
        return;
    Listed listed = listAll();
    QCOMPARE(listed.error.kind, ApiError::Kind::Http);
    QCOMPARE(listed.error.httpStatus, 401);
    QVERIFY(listed.error.userMessage().contains(u"Enter a new token"));
    QVERIFY(!listed.error.userMessage().contains(u"wrong-token"));

    startSandbox(options, QStringLiteral("user-token"));
    if (QTest::currentTestFailed())
        return;
    listed = listAll();
    QCOMPARE(listed.error.kind, ApiError::Kind::Http);
    QCOMPARE(listed.error.httpStatus, 403);
    QVERIFY(listed.error.userMessage().contains(
            u"Account Administrators and Directory Administrators"));
}

void tst_WebhookService::fetchesTheEventCatalog()
{
    startSandbox({});
    if (QTest::currentTestFailed())
        return;
    EventCatalog catalog;
    ApiError error;
    error.kind = ApiError::Kind::Cancelled; // until the callback says otherwise
    bool done = false;
    m_service->fetchEventCatalog(this, [&](const EventCatalog &result, const ApiError &e) {
        catalog = result;
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.kind, ApiError::Kind::None);
    QVERIFY(catalog.contains(QStringLiteral("request.create")));
    QVERIFY(catalog.find(QStringLiteral("request.create"))->code == 20000);
}

void tst_WebhookService::closingWhileRequestsAreInFlight_data()
{
    QTest::addColumn<bool>("serviceFirst");
    QTest::newRow("service, then client") << true;
    QTest::newRow("client, then service") << false;
}

// Quitting the app while a listing, an update and a test-fire are under way (some sent,
// some waiting for the pacer) must neither crash nor call back into deleted objects.
void tst_WebhookService::closingWhileRequestsAreInFlight()
{
    QFETCH(bool, serviceFirst);
    SandboxOptions options;
    options.seed = 2000;
    options.latencyMs = 300;
    options.burstLimit = 0;
    startSandbox(options);
    if (QTest::currentTestFailed())
        return;
    m_client->pacer()->setBurstLimit(3, 2000); // most of the 20 pages wait in the queue
    bool calledBack = false;
    auto *context = new QObject;
    WebhookListing *listing = m_service->list();
    connect(listing, &WebhookListing::finished, context, [&calledBack] { calledBack = true; });
    Webhook before = SandboxClientStore::of(m_sandbox)->webhooks().first();
    Webhook after = before;
    after.name = QStringLiteral("renamed");
    m_service->update(before, after, context,
                      [&](const Webhook &, const ApiError &) { calledBack = true; });
    m_service->test(before.id, context, [&](const ApiError &) { calledBack = true; });
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->requestCount() >= 3, 10000); // first requests out

    delete context; // the window closes first
    if (serviceFirst) {
        m_service.reset();
        m_client.reset();
    } else {
        m_client.reset();
        m_service.reset();
    }
    m_network.reset();
    QTest::qWait(500); // the delayed answers arrive at a closed client
    QVERIFY(!calledBack);
}

QTEST_GUILESS_MAIN(tst_WebhookService)
#include "tst_WebhookService.moc"
