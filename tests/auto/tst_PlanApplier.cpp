// Applying plans end to end (issue 13): two in-process sandboxes stand for two accounts, and a
// scripted server refuses a create half-way.
#include "models/CsvWriter.h"
#include "models/JsonKeys.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "models/plan/DesiredState.h"
#include "models/plan/PlanApplier.h"
#include "models/plan/PlanBuilder.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "tests/support/CsvReader.h"
#include "tests/support/FaultServer.h"
#include "tests/support/SandboxClientStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "tests/support/WarningGuard.h"
#include <memory>

namespace {

// One account: a sandbox with its own client and service.
struct Account
{
    std::unique_ptr<SandboxServer> sandbox;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<WebhookService> service;
};

// The webhooks of account A: every writable field, texts that CSV must quote or guard.
WebhookList sourceWebhooks()
{
    WebhookList webhooks;
    const QStringList events{QStringLiteral("request.create"), QStringLiteral("task.update"),
                             QStringLiteral("problem.note-added"), QStringLiteral("ci.create")};
    for (int i = 0; i < 12; ++i) {
        Webhook webhook;
        webhook.name = QStringLiteral("Hook %1").arg(i);
        webhook.event = events.at(i % events.size());
        webhook.uri = QStringLiteral("https://qa.example.com/hooks/%1?key=k%1").arg(i);
        webhook.disabled = i % 3 == 0;
        if (i % 2 == 0)
            webhook.description = QStringLiteral("=line one, \"quoted\"\r\nline two %1").arg(i);
        if (i % 4 == 1)
            webhook.mailExceptionsTo = QStringLiteral("ops@example.com, dev@example.com");
        if (i % 5 == 2) {
            webhook.source = QStringLiteral("terraform");
            webhook.sourceId = QStringLiteral("ext-%1").arg(i);
        }
        webhooks.append(webhook);
    }
    return webhooks;
}

// A record as two exports should agree on: without ids, nodeIDs and timestamps.
QJsonObject comparable(const Webhook &webhook)
{
    QJsonObject object = webhook.toJson();
    for (const QLatin1StringView key :
         {JsonKeys::Id, JsonKeys::NodeId, JsonKeys::CreatedAt, JsonKeys::UpdatedAt})
        object.remove(key);
    return object;
}

QList<QJsonObject> comparableAll(WebhookList webhooks)
{
    std::sort(webhooks.begin(), webhooks.end(),
              [](const Webhook &a, const Webhook &b) { return a.name < b.name; });
    QList<QJsonObject> objects;
    for (const Webhook &webhook : webhooks)
        objects.append(comparable(webhook));
    return objects;
}

QByteArray jsonExport(const WebhookList &webhooks)
{
    QJsonArray array;
    for (const Webhook &webhook : webhooks)
        array.append(webhook.toJson());
    return QJsonDocument(array).toJson();
}

} // namespace

class tst_PlanApplier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void appliesUpdatesAndPrunes();
    void rewritesBeforeApplying();
    void stopsAtTheFirstFailure();
    void cancelStopsBeforeTheNextRequest();

private:
    void startAccount(Account *account);
    WebhookList listAll(Account *account);
    ApplyResult apply(Account *account, const Plan &plan, QList<int> *progress = nullptr);

    std::unique_ptr<QNetworkAccessManager> m_network;
    Account m_a;
    Account m_b;
};

void tst_PlanApplier::init()
{
    hb::test::failOnUnexpectedWarnings();
    m_network = std::make_unique<QNetworkAccessManager>();
    startAccount(&m_a);
    if (QTest::currentTestFailed())
        return;
    startAccount(&m_b);
}

void tst_PlanApplier::cleanup()
{
    for (Account *account : {&m_a, &m_b}) {
        account->service.reset();
        account->client.reset();
        account->sandbox.reset();
    }
    m_network.reset();
}

void tst_PlanApplier::startAccount(Account *account)
{
    SandboxOptions options;
    account->sandbox = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(account->sandbox->start(&error), qPrintable(error));
    account->client = std::make_unique<ApiClient>(m_network.get());
    ConnectionProfile profile;
    profile.name = QStringLiteral("sandbox");
    profile.serviceUrl = account->sandbox->baseUrl();
    profile.account = options.account;
    account->client->setProfile(profile, options.token);
    account->service = std::make_unique<WebhookService>(account->client.get());
}

WebhookList tst_PlanApplier::listAll(Account *account)
{
    WebhookListing *listing = account->service->list(WebhookState::All);
    QSignalSpy finished(listing, &WebhookListing::finished);
    WebhookList rows;
    connect(listing, &WebhookListing::finished, this, [&rows, listing] { rows = listing->rows(); });
    // A warning fails the test function (see init()); callers stop on currentTestFailed().
    if (!finished.wait(30000)) {
        qWarning("the listing did not finish");
        return rows;
    }
    const ApiError error = finished.at(0).at(0).value<ApiError>();
    if (error.kind != ApiError::Kind::None)
        qWarning("the listing failed: %s", qPrintable(error.message));
    return rows;
}

ApplyResult tst_PlanApplier::apply(Account *account, const Plan &plan, QList<int> *progress)
{
    PlanApplier applier(account->service.get());
    QSignalSpy finished(&applier, &PlanApplier::finished);
    if (progress) {
        connect(&applier, &PlanApplier::progress, this,
                [progress](int done, int, const PlanItem &) { progress->append(done); });
    }
    applier.start(plan);
    if (!finished.wait(60000))
        qWarning("applying did not finish");
    return finished.isEmpty() ? ApplyResult() : finished.at(0).at(0).value<ApplyResult>();
}

void tst_PlanApplier::roundTrip_data()
{
    QTest::addColumn<bool>("csv");
    QTest::newRow("json") << false;
    QTest::newRow("csv") << true;
}

void tst_PlanApplier::roundTrip()
{
    QFETCH(bool, csv);
    for (const Webhook &webhook : sourceWebhooks())
        SandboxClientStore::of(m_a.sandbox)->add(webhook);

    // Export A, apply it to the empty B.
    const WebhookList exportedA = listAll(&m_a);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(exportedA.size(), sourceWebhooks().size());
    const QByteArray file = csv ? CsvWriter::toCsv(exportedA, {}) : jsonExport(exportedA);
    QString error;
    const std::optional<DesiredState> desired
            = DesiredState::parse(file, DesiredState::Format::Detect, &error);
    QVERIFY2(desired, qPrintable(error));
    const Plan plan = PlanBuilder::build(*desired, listAll(&m_b), {});
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(plan.count(PlanItem::Action::Create), int(exportedA.size()));
    QCOMPARE(plan.requestCount(), int(exportedA.size()));
    QList<int> progress;
    const ApplyResult result = apply(&m_b, plan, &progress);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(result.isComplete(), qPrintable(result.error.userMessage()));
    QCOMPARE(result.done.size(), exportedA.size());
    QCOMPARE(progress.size(), exportedA.size());
    QCOMPARE(progress.constLast(), int(exportedA.size()) - 1);

    // Export B: the same as A's export except ids, nodeIDs and timestamps.
    const WebhookList exportedB = listAll(&m_b);
    if (QTest::currentTestFailed())
        return;
    if (csv) {
        const auto records = [](const WebhookList &webhooks) {
            QList<QStringList> rows = CsvReader::read(CsvWriter::toCsv(webhooks, {}));
            const QStringList header = rows.takeFirst();
            for (QStringList &row : rows) {
                for (const char *column : {"updated_at", "created_at", "id"})
                    row.removeAt(header.indexOf(QLatin1StringView(column)));
            }
            std::sort(rows.begin(), rows.end());
            return rows;
        };
        QCOMPARE(records(exportedB), records(exportedA));
    } else {
        QCOMPARE(comparableAll(exportedB), comparableAll(exportedA));
    }

    if (!csv) {
        // JSON carries sourceID and source across (the listing asks for them).
        const auto carried = std::find_if(exportedB.cbegin(), exportedB.cend(),
                                          [](const Webhook &w) { return w.sourceId == u"ext-2"; });
        QVERIFY(carried != exportedB.cend());
        QCOMPARE(carried->source, QStringLiteral("terraform"));
    }

    // Applying the same state again changes nothing.
    const Plan again = PlanBuilder::build(*desired, exportedB, {});
    QVERIFY(!again.hasChanges());
    QCOMPARE(again.count(PlanItem::Action::Unchanged), int(exportedA.size()));
    const int requestsBefore = m_b.sandbox->requestCount();
    const ApplyResult second = apply(&m_b, again, nullptr);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(second.isComplete());
    QVERIFY(second.done.isEmpty());
    QCOMPARE(m_b.sandbox->requestCount(), requestsBefore);
}

void tst_PlanApplier::appliesUpdatesAndPrunes()
{
    const WebhookList source = sourceWebhooks().mid(0, 3);
    for (const Webhook &webhook : source)
        SandboxClientStore::of(m_a.sandbox)->add(webhook);
    // B: the first one with another description, the second as it is, and one extra.
    Webhook changed = source.at(0);
    changed.description = QStringLiteral("an older text");
    const qint64 changedId = SandboxClientStore::of(m_b.sandbox)->add(changed).id;
    SandboxClientStore::of(m_b.sandbox)->add(source.at(1));
    Webhook extra;
    extra.name = QStringLiteral("Only in B");
    extra.event = QStringLiteral("person.update");
    extra.uri = QStringLiteral("https://b.example.com/only?token=abc");
    extra.description = QStringLiteral("kept in the result");
    extra.mailExceptionsTo = QStringLiteral("b@example.com");
    const Webhook storedExtra = SandboxClientStore::of(m_b.sandbox)->add(extra);

    PlanOptions options;
    options.prune = true;
    const Plan plan
            = PlanBuilder::build(PlanBuilder::fromAccount(listAll(&m_a)), listAll(&m_b), options);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(plan.count(PlanItem::Action::Update), 1);
    QCOMPARE(plan.count(PlanItem::Action::Unchanged), 1);
    QCOMPARE(plan.count(PlanItem::Action::Create), 1);
    QCOMPARE(plan.count(PlanItem::Action::Delete), 1);

    const ApplyResult result = apply(&m_b, plan);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(result.isComplete(), qPrintable(result.error.userMessage()));
    QCOMPARE(result.done.size(), 3);
    // The update kept the webhook (same id) and changed its description.
    const Webhook *updated = SandboxClientStore::of(m_b.sandbox)->find(changedId);
    QVERIFY(updated);
    QCOMPARE(updated->description, source.at(0).description);
    // The deleted webhook is gone and reported in full.
    QVERIFY(!SandboxClientStore::of(m_b.sandbox)->find(storedExtra.id));
    QCOMPARE(result.deleted().size(), 1);
    const Webhook deleted = result.deleted().constFirst();
    QCOMPARE(deleted.id, storedExtra.id);
    QCOMPARE(deleted.uri, extra.uri);
    QCOMPARE(deleted.description, extra.description);
    QCOMPARE(deleted.mailExceptionsTo, extra.mailExceptionsTo);
    const QJsonArray deletedJson = result.toJson().value(QLatin1StringView("deleted")).toArray();
    QCOMPARE(deletedJson.size(), 1);
    QCOMPARE(deletedJson.at(0).toObject().value(JsonKeys::Uri).toString(), extra.uri);

    // The second plan is empty.
    const Plan again
            = PlanBuilder::build(PlanBuilder::fromAccount(listAll(&m_a)), listAll(&m_b), options);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!again.hasChanges());
}

void tst_PlanApplier::rewritesBeforeApplying()
{
    for (const Webhook &webhook : sourceWebhooks().mid(0, 2))
        SandboxClientStore::of(m_a.sandbox)->add(webhook);
    PlanOptions options;
    options.rewrites.append(*UriRewriteRule::parse(
            QStringLiteral("https://qa.example.com/=https://prod.example.com/")));
    const DesiredState desired = PlanBuilder::fromAccount(listAll(&m_a));
    if (QTest::currentTestFailed())
        return;
    const ApplyResult result = apply(&m_b, PlanBuilder::build(desired, listAll(&m_b), options));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(result.isComplete());
    const WebhookList inB = listAll(&m_b);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(inB.size(), 2);
    for (const Webhook &webhook : inB)
        QVERIFY2(webhook.uri.startsWith(u"https://prod.example.com/hooks/"),
                 qPrintable(webhook.uri));
    QVERIFY(!PlanBuilder::build(desired, inB, options).hasChanges());
}

void tst_PlanApplier::stopsAtTheFirstFailure()
{
    // A server that accepts four creates and refuses the fifth.
    FaultServer server;
    QVERIFY(server.listen());
    int creates = 0;
    server.setHandler([&creates](const FaultServer::Request &request) {
        if (request.method != "POST")
            return FaultServer::json(404, R"({"message":"Not Found"})");
        ++creates;
        if (creates == 5) {
            return FaultServer::json(
                    422, R"({"message":"Validation Failed","errors":[["uri","is refused"]]})");
        }
        QJsonObject body = QJsonDocument::fromJson(request.body).object();
        body.insert(JsonKeys::Id, 100 + creates);
        return FaultServer::json(201, QJsonDocument(body).toJson(QJsonDocument::Compact));
    });
    ApiClient client(m_network.get());
    ConnectionProfile profile;
    profile.name = QStringLiteral("faulty");
    profile.serviceUrl = server.baseUrl();
    profile.account = QStringLiteral("wdc");
    client.setProfile(profile, QStringLiteral("token"));
    WebhookService service(&client);

    const WebhookList source = sourceWebhooks().mid(0, 7);
    const Plan plan = PlanBuilder::build(PlanBuilder::fromAccount(source), {}, {});
    QCOMPARE(plan.requestCount(), 7);
    PlanApplier applier(&service);
    QSignalSpy finished(&applier, &PlanApplier::finished);
    QSignalSpy applied(&applier, &PlanApplier::itemApplied);
    applier.start(plan);
    QVERIFY(finished.wait(30000));
    const ApplyResult result = applier.result();
    QVERIFY(!result.isComplete());
    QCOMPARE(result.done.size(), 4);
    QCOMPARE(applied.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(result.done.at(i).item.desired.name, source.at(i).name);
        QCOMPARE(result.done.at(i).result.id, 101 + i);
    }
    QVERIFY(result.failed);
    QCOMPARE(result.failed->desired.name, source.at(4).name);
    QCOMPARE(result.error.kind, ApiError::Kind::Validation);
    QCOMPARE(result.notDone.size(), 2);
    QCOMPARE(result.notDone.at(0).desired.name, source.at(5).name);
    QCOMPARE(result.notDone.at(1).desired.name, source.at(6).name);
    // Nothing was sent after the failure.
    QCOMPARE(server.requestCount("POST"), 5);
    const QJsonObject json = result.toJson();
    QCOMPARE(json.value(QLatin1StringView("complete")).toBool(true), false);
    QCOMPARE(json.value(QLatin1StringView("done")).toArray().size(), 4);
    QCOMPARE(json.value(QLatin1StringView("not_done")).toArray().size(), 2);
}

void tst_PlanApplier::cancelStopsBeforeTheNextRequest()
{
    const WebhookList source = sourceWebhooks().mid(0, 5);
    const Plan plan = PlanBuilder::build(PlanBuilder::fromAccount(source), listAll(&m_b), {});
    if (QTest::currentTestFailed())
        return;
    PlanApplier applier(m_b.service.get());
    connect(&applier, &PlanApplier::itemApplied, &applier,
            [&applier](const PlanItem &, const Webhook &) { applier.cancel(); });
    QSignalSpy finished(&applier, &PlanApplier::finished);
    applier.start(plan);
    QVERIFY(finished.wait(30000));
    const ApplyResult result = applier.result();
    QVERIFY(result.cancelled);
    QVERIFY(!result.isComplete());
    QCOMPARE(result.done.size(), 1);
    QCOMPARE(result.notDone.size(), 4);
    QCOMPARE(SandboxClientStore::of(m_b.sandbox)->count(), 1);
}

QTEST_GUILESS_MAIN(tst_PlanApplier)
#include "tst_PlanApplier.moc"
