// hookbench-sandbox over HTTP: authentication, CRUD, validation, errors, connections.
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "tests/support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using Headers = SandboxFixture::Headers;

class tst_SandboxServer final : public QObject
{
    Q_OBJECT

private:
    static SandboxOptions defaultOptions()
    {
        SandboxOptions options;
        options.burstLimit = 0;
        options.hourlyLimit = 0;
        options.nonAdminToken = QStringLiteral("user-token");
        return options;
    }
    std::unique_ptr<SandboxFixture> startFixture(const SandboxOptions &options)
    {
        auto fixture = std::make_unique<SandboxFixture>(options);
        QString error;
        if (!fixture->start(&error)) {
            qWarning() << "sandbox did not start:" << error; // fails the test function
            return nullptr;
        }
        return fixture;
    }
    qint64 addWebhook(SandboxFixture &fixture,
                      const QString &event = QStringLiteral("request.create"))
    {
        SandboxWebhook webhook;
        webhook.name = QStringLiteral("Existing");
        webhook.event = event;
        webhook.uri = QStringLiteral("https://hooks.example.com/existing");
        return fixture.server()->store()->add(webhook).id;
    }

private Q_SLOTS:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void startsOnAnyPort()
    {
        auto fixture = startFixture(defaultOptions());
        QVERIFY(fixture);
        QVERIFY(fixture->server()->port() > 0);
        QCOMPARE(fixture->server()->baseUrl().toString(),
                 QStringLiteral("http://127.0.0.1:%1/v1").arg(fixture->server()->port()));
    }

    void restartKeepsData()
    {
        auto fixture = startFixture(defaultOptions());
        QVERIFY(fixture);
        const qint64 id = addWebhook(*fixture);
        fixture->server()->stop();
        QVERIFY(!fixture->server()->isListening());
        QVERIFY(fixture->server()->start());
        QCOMPARE(fixture->get(QStringLiteral("/webhooks/%1").arg(id)).status, 200);
    }

    void unauthorized_data()
    {
        QTest::addColumn<Headers>("headers");
        QTest::newRow("no Authorization") << Headers{{"X-4me-Account", "wdc"}};
        QTest::newRow("wrong token")
                << Headers{{"Authorization", "Bearer nope"}, {"X-4me-Account", "wdc"}};
        QTest::newRow("empty bearer")
                << Headers{{"Authorization", "Bearer "}, {"X-4me-Account", "wdc"}};
        QTest::newRow("unknown scheme")
                << Headers{{"Authorization", "Token sandbox-token"}, {"X-4me-Account", "wdc"}};
    }
    void unauthorized()
    {
        QFETCH(Headers, headers);
        auto fixture = startFixture(defaultOptions());
        QVERIFY(fixture);
        const auto reply = fixture->send("GET", QStringLiteral("/webhooks"), {}, headers);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json().object().value(u"message").toString(),
                 QStringLiteral("Unauthorized"));
        QVERIFY(!reply.hasHeader("X-RateLimit-Limit"));
        QVERIFY(!reply.hasHeader("X-RateLimit-Remaining"));
    }

    void accountHeader_data()
    {
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<int>("status");
        const QByteArray bearer = "Bearer sandbox-token";
        QTest::newRow("X-4me-Account")
                << Headers{{"Authorization", bearer}, {"X-4me-Account", "wdc"}} << 200;
        QTest::newRow("X-Xurrent-Account")
                << Headers{{"Authorization", bearer}, {"X-Xurrent-Account", "wdc"}} << 200;
        QTest::newRow("X-ITRP-Account")
                << Headers{{"Authorization", bearer}, {"X-ITRP-Account", "wdc"}} << 200;
        QTest::newRow("lower-case name")
                << Headers{{"authorization", bearer}, {"x-4me-account", "wdc"}} << 200;
        QTest::newRow("basic legacy token")
                << Headers{{"Authorization", "Basic " + QByteArray("sandbox-token:x").toBase64()},
                           {"X-4me-Account", "wdc"}}
                << 200;
        QTest::newRow("wrong account")
                << Headers{{"Authorization", bearer}, {"X-4me-Account", "acme"}} << 403;
        QTest::newRow("no account header") << Headers{{"Authorization", bearer}} << 403;
    }
    void accountHeader()
    {
        QFETCH(Headers, headers);
        QFETCH(int, status);
        auto fixture = startFixture(defaultOptions());
        QVERIFY(fixture);
        const auto reply = fixture->send("GET", QStringLiteral("/webhooks"), {}, headers);
        QCOMPARE(reply.status, status);
        QVERIFY(reply.hasHeader("X-RateLimit-Limit"));
        if (status == 403)
            QCOMPARE(reply.json().object().value(u"message").toString(),
                     QStringLiteral("Forbidden"));
    }

    void nonAdministratorIsForbidden_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("list") << QByteArray("GET") << QStringLiteral("/webhooks") << 403;
        QTest::newRow("enabled") << QByteArray("GET") << QStringLiteral("/webhooks/enabled") << 403;
        QTest::newRow("get") << QByteArray("GET") << QStringLiteral("/webhooks/1") << 403;
        QTest::newRow("create") << QByteArray("POST") << QStringLiteral("/webhooks") << 403;
        QTest::newRow("delete") << QByteArray("DELETE") << QStringLiteral("/webhooks/1") << 403;
        QTest::newRow("test") << QByteArray("POST") << QStringLiteral("/webhooks/1/test") << 403;
        QTest::newRow("enums are not webhooks")
                << QByteArray("GET") << QStringLiteral("/enums") << 200;
    }
    void nonAdministratorIsForbidden()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        auto fixture = startFixture(defaultOptions());
        QVERIFY(fixture);
        addWebhook(*fixture);
        const QByteArray body = method == "POST" ? QByteArray("{}") : QByteArray();
        const auto reply
                = fixture->send(method, path, body,
                                {{"Authorization", "Bearer user-token"}, {"X-4me-Account", "wdc"}});
        QCOMPARE(reply.status, status);
        QCOMPARE(fixture->server()->store()->count(), 1);
    }

    void createGetUpdateDelete()
    {
        auto fixture = startFixture(defaultOptions());
        QVERIFY(fixture);
        const QJsonObject input{
                {QStringLiteral("name"), QStringLiteral("Sync, \"quoted\" – ünïcode")},
                {QStringLiteral("event"), QStringLiteral("request.update")},
                {QStringLiteral("uri"), QStringLiteral("https://hooks.example.com/in")},
                {QStringLiteral("disabled"), true},
                {QStringLiteral("description"), QStringLiteral("Line one\nline two")},
                {QStringLiteral("mail_exceptions_to"),
                 QStringLiteral("ops@example.com, dev@example.org")},
                {QStringLiteral("unknown_field"), 42}};
        const QByteArray payload = QJsonDocument(input).toJson();
        const auto created = fixture->send("POST", QStringLiteral("/webhooks"), payload);
        QCOMPARE(created.status, 201);
        QVERIFY(created.header("Content-Type").startsWith("application/json; charset=utf-8"));
        const QJsonObject webhook = created.json().object();
        const qint64 id = webhook.value(u"id").toInteger();
        QVERIFY(id > 0);
        QCOMPARE(QString::fromUtf8(created.header("Location")),
                 fixture->server()->baseUrl().toString() + QStringLiteral("/webhooks/%1").arg(id));
        QCOMPARE(webhook.value(u"name").toString(), QStringLiteral("Sync, \"quoted\" – ünïcode"));
        QCOMPARE(webhook.value(u"disabled").toBool(), true);
        QVERIFY(!webhook.contains(u"message"));
        QVERIFY(!webhook.contains(u"unknown_field"));
        QVERIFY(QDateTime::fromString(webhook.value(u"created_at").toString(), Qt::ISODate)
                        .isValid());
        QVERIFY(!webhook.value(u"nodeID").toString().isEmpty());
        QCOMPARE(fixture->server()->createCount(), 1);

        const auto fetched = fixture->get(QStringLiteral("/webhooks/%1").arg(id));
        QCOMPARE(fetched.status, 200);
        const QJsonObject full = fetched.json().object();
        for (const char *key : {"id", "name", "event", "uri", "disabled", "description",
                                "mail_exceptions_to", "webhook_policy", "source", "sourceID",
                                "last_error", "created_at", "updated_at", "nodeID"}) {
            QVERIFY2(full.contains(QLatin1StringView(key)), key);
        }
        QCOMPARE(full.value(u"description").toString(), QStringLiteral("Line one\nline two"));
        QCOMPARE(full.value(u"mail_exceptions_to").toString(),
                 QStringLiteral("ops@example.com, dev@example.org"));

        const auto patched = fixture->send("PATCH", QStringLiteral("/webhooks/%1").arg(id),
                                           "{\"disabled\":\"false\",\"name\":\"Renamed\"}");
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json().object().value(u"name").toString(), QStringLiteral("Renamed"));
        QCOMPARE(patched.json().object().value(u"disabled").toBool(), false);
        QCOMPARE(patched.json().object().value(u"event").toString(),
                 QStringLiteral("request.update"));

        const auto put = fixture->send("PUT", QStringLiteral("/webhooks/%1").arg(id),
                                       "{\"uri\":\"http://127.0.0.1:9/other\"}");
        QCOMPARE(put.status, 200);
        QCOMPARE(fixture->server()->store()->find(id)->uri,
                 QStringLiteral("http://127.0.0.1:9/other"));

        const auto deleted = fixture->send("DELETE", QStringLiteral("/webhooks/%1").arg(id));
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        QCOMPARE(fixture->get(QStringLiteral("/webhooks/%1").arg(id)).status, 404);
        QCOMPARE(fixture->server()->store()->count(), 0);
    }

    void nameDefaultsToEvent()
    {
        auto fixture = startFixture(defaultOptions());
        QVERIFY(fixture);
        const auto created = fixture->send(
                "POST", QStringLiteral("/webhooks"),
                "{\"event\":\"problem.create\",\"uri\":\"https://hooks.example.com/p\"}");
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().object().value(u"name").toString(),
                 QStringLiteral("problem.create"));
        QCOMPARE(created.json().object().value(u"disabled").toBool(), false);
    }

    void createStatus200()
    {
        SandboxOptions options = defaultOptions();
        options.createStatus = 200;
        auto fixture = startFixture(options);
        QVERIFY(fixture);
        const auto created = fixture->send(
                "POST", QStringLiteral("/webhooks"),
                "{\"event\":\"problem.create\",\"uri\":\"https://hooks.example.com/p\"}");
        QCOMPARE(created.status, 200);
        QVERIFY(!created.hasHeader("Location"));
        QVERIFY(created.json().object().value(u"id").toInteger() > 0);
    }

    void validation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("unknown event")
                << QByteArray("{\"event\":\"request.explode\",\"uri\":\"https://a.example.com/\"}")
                << QStringList{QStringLiteral("event")};
        QTest::newRow("missing event") << QByteArray("{\"uri\":\"https://a.example.com/\"}")
                                       << QStringList{QStringLiteral("event")};
        QTest::newRow("legacy event on create")
                << QByteArray("{\"event\":\"change.create\",\"uri\":\"https://a.example.com/\"}")
                << QStringList{QStringLiteral("event")};
        QTest::newRow("missing uri") << QByteArray("{\"event\":\"request.create\"}")
                                     << QStringList{QStringLiteral("uri")};
        QTest::newRow("relative uri")
                << QByteArray("{\"event\":\"request.create\",\"uri\":\"/hooks\"}")
                << QStringList{QStringLiteral("uri")};
        QTest::newRow("ftp uri") << QByteArray(
                "{\"event\":\"request.create\",\"uri\":\"ftp://a.example.com/x\"}")
                                 << QStringList{QStringLiteral("uri")};
        QTest::newRow("description over 64 KB") << ("{\"event\":\"request.create\",\"uri\":\"https:"
                                                    "//a.example.com/\",\"description\":\""
                                                    + QByteArray(65537, 'x') + "\"}")
                                                << QStringList{QStringLiteral("description")};
        QTest::newRow("bad mail address")
                << QByteArray("{\"event\":\"request.create\",\"uri\":\"https://a.example.com/\","
                              "\"mail_exceptions_to\":\"ops@example.com, not-an-address\"}")
                << QStringList{QStringLiteral("mail_exceptions_to")};
        QTest::newRow("everything missing")
                << QByteArray("{}") << QStringList{QStringLiteral("event"), QStringLiteral("uri")};
    }
    void validation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, fields);
        auto fixture = startFixture(defaultOptions());
        QVERIFY(fixture);
        const auto reply = fixture->send("POST", QStringLiteral("/webhooks"), body);
        QCOMPARE(reply.status, 422);
        const QJsonObject object = reply.json().object();
        QCOMPARE(object.value(u"message").toString(), QStringLiteral("Validation Failed"));
        QStringList reported;
        for (const QJsonValue &error : object.value(u"errors").toArray()) {
            QCOMPARE(error.toArray().size(), 2);
            QVERIFY(!error.toArray().at(1).toString().isEmpty());
            reported.append(error.toArray().at(0).toString());
        }
        QCOMPARE(reported, fields);
        QCOMPARE(fixture->server()->store()->count(), 0);
        QCOMPARE(fixture->server()->createCount(), 0);
    }

    void invalidUpdateChangesNothing()
    {
        auto fixture = startFixture(defaultOptions());
        QVERIFY(fixture);
        const qint64 id = addWebhook(*fixture);
        const SandboxWebhook before = *fixture->server()->store()->find(id);
        const auto reply = fixture->send("PATCH", QStringLiteral("/webhooks/%1").arg(id),
                                         "{\"name\":\"New\",\"uri\":\"not a uri\"}");
        QCOMPARE(reply.status, 422);
        QCOMPARE(*fixture->server()->store()->find(id), before);
    }

    void legacyEventKeptOnUpdate()
    {
        auto fixture = startFixture(defaultOptions());
        QVERIFY(fixture);
        const qint64 id = addWebhook(*fixture, QStringLiteral("change.update"));
        const auto renamed = fixture->send("PATCH", QStringLiteral("/webhooks/%1").arg(id),
                                           "{\"name\":\"Still legacy\"}");
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.json().object().value(u"event").toString(),
                 QStringLiteral("change.update"));
        const auto switched = fixture->send("PATCH", QStringLiteral("/webhooks/%1").arg(id),
                                            "{\"event\":\"change.create\"}");
        QCOMPARE(switched.status, 422);
    }

    void malformedJson_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("create, truncated") << QByteArray("POST") << QByteArray("{\"event\":");
        QTest::newRow("create, array") << QByteArray("POST") << QByteArray("[1,2]");
        QTest::newRow("create, empty") << QByteArray("POST") << QByteArray();
        QTest::newRow("create, binary") << QByteArray("POST") << QByteArray("\xff\xfe\x00{", 4);
        QTest::newRow("update, text") << QByteArray("PATCH") << QByteArray("name=x");
    }
    void malformedJson()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, body);
        auto fixture = startFixture(defaultOptions());
        QVERIFY(fixture);
        const qint64 id = addWebhook(*fixture);
        const QString path = method == "POST" ? QStringLiteral("/webhooks")
                                              : QStringLiteral("/webhooks/%1").arg(id);
        const auto reply = fixture->send(method, path, body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().object().value(u"message").toString(),
                 QStringLiteral("Invalid JSON string posted"));
    }

    void notFound_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("get unknown id") << QByteArray("GET") << QStringLiteral("/webhooks/999");
        QTest::newRow("patch unknown id") << QByteArray("PATCH") << QStringLiteral("/webhooks/999");
        QTest::newRow("delete unknown id")
                << QByteArray("DELETE") << QStringLiteral("/webhooks/999");
        QTest::newRow("test unknown id")
                << QByteArray("POST") << QStringLiteral("/webhooks/999/test");
        QTest::newRow("non-numeric id") << QByteArray("GET") << QStringLiteral("/webhooks/abc");
        QTest::newRow("unknown resource") << QByteArray("GET") << QStringLiteral("/requests");
        QTest::newRow("unknown sub-resource")
                << QByteArray("GET") << QStringLiteral("/webhooks/1/x");
        QTest::newRow("outside /v1")
                << QByteArray("GET") << QStringLiteral("http://127.0.0.1:%1/webhooks");
    }
    void notFound()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        auto fixture = startFixture(defaultOptions());
        QVERIFY(fixture);
        addWebhook(*fixture);
        const QString resolved = path.contains(u"%1") ? path.arg(fixture->server()->port()) : path;
        const QByteArray body
                = method == "GET" || method == "DELETE" ? QByteArray() : QByteArray("{}");
        const auto reply = fixture->send(method, resolved, body);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json().object().value(u"message").toString(), QStringLiteral("Not Found"));
    }

    void wrongMethod_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("DELETE collection") << QByteArray("DELETE") << QStringLiteral("/webhooks");
        QTest::newRow("PATCH collection") << QByteArray("PATCH") << QStringLiteral("/webhooks");
        QTest::newRow("POST to a webhook") << QByteArray("POST") << QStringLiteral("/webhooks/1");
        QTest::newRow("PUT enabled") << QByteArray("PUT") << QStringLiteral("/webhooks/enabled");
        QTest::newRow("GET test") << QByteArray("GET") << QStringLiteral("/webhooks/1/test");
        QTest::newRow("POST enums") << QByteArray("POST") << QStringLiteral("/enums");
    }
    void wrongMethod()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        auto fixture = startFixture(defaultOptions());
        QVERIFY(fixture);
        addWebhook(*fixture);
        const QByteArray body
                = method == "GET" || method == "DELETE" ? QByteArray() : QByteArray("{}");
        const auto reply = fixture->send(method, path, body);
        QCOMPARE(reply.status, 405);
        QVERIFY(!reply.header("Allow").isEmpty());
        QCOMPARE(fixture->server()->store()->count(), 1);
    }

    void bodyTooLarge()
    {
        auto fixture = startFixture(defaultOptions());
        QVERIFY(fixture);
        const QByteArray body = "{\"event\":\"request.create\",\"uri\":\"https://a.example.com/"
                                "\",\"description\":\""
                + QByteArray(1024 * 1024 + 10, 'x') + "\"}";
        const auto reply = fixture->send("POST", QStringLiteral("/webhooks"), body);
        QCOMPARE(reply.status, 413);
        QVERIFY(reply.json().object().contains(u"message"));
        QCOMPARE(fixture->server()->store()->count(), 0);
    }

    void enums()
    {
        // Reference §3: 83 current and 5 legacy events, with the codes it lists, in its order.
        auto fixture = startFixture(defaultOptions());
        QVERIFY(fixture);
        const auto reply = fixture->get(QStringLiteral("/enums"));
        QCOMPARE(reply.status, 200);
        const QJsonArray events = reply.json().object().value(u"webhook.event").toArray();
        QCOMPARE(events.size(), 88);
        QHash<QString, int> codes;
        QStringList order;
        for (const QJsonValue &value : events) {
            const QJsonObject entry = value.toObject();
            QVERIFY(!entry.value(u"txt").toString().isEmpty());
            codes.insert(entry.value(u"id").toString(), entry.value(u"code").toInt());
            order.append(entry.value(u"id").toString());
        }
        QCOMPARE(codes.size(), 88);
        const QList<QPair<const char *, int>> expected = {
                {"request.create", 20000},
                {"request.major-incident-status-changed", 20027},
                {"release.manager-changed", 20198},
                {"change.manager-changed", 20230},
                {"workflow.create", 20201},
                {"project_task.delete", 21515},
                {"out_of_office_period.create", 22000},
                {"out_of_office_period.update", 22210},
                {"out_of_office_period.delete", 22220},
                {"automation_rule", 22400},
                {"webhook.verify", 22500},
                {"app_instance.create", 22510},
                {"app_instance.secrets-update", 22530},
        };
        for (const auto &[event, code] : expected)
            QCOMPARE(codes.value(QString::fromLatin1(event), -1), code);
        QCOMPARE(order.first(), QStringLiteral("request.create"));
        QVERIFY(order.indexOf(QStringLiteral("problem.create"))
                > order.indexOf(QStringLiteral("request.member-changed")));
        QCOMPARE(events.first().toObject().value(u"txt").toString(),
                 QStringLiteral("Request created"));
    }

    void successBodiesHaveNoMessage()
    {
        auto fixture = startFixture(defaultOptions());
        QVERIFY(fixture);
        const qint64 id = addWebhook(*fixture);
        const QStringList paths = {QStringLiteral("/webhooks"),
                                   QStringLiteral("/webhooks/enabled"),
                                   QStringLiteral("/webhooks/disabled"),
                                   QStringLiteral("/webhooks/%1").arg(id),
                                   QStringLiteral("/enums"),
                                   QStringLiteral("/rate_limit")};
        for (const QString &path : paths) {
            const auto reply = fixture->get(path);
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
            const QJsonDocument document = reply.json();
            QVERIFY2(document.isObject() || document.isArray(), qPrintable(path));
            QVERIFY2(!document.object().contains(u"message"), qPrintable(path));
        }
    }

    void weakETag()
    {
        auto fixture = startFixture(defaultOptions());
        QVERIFY(fixture);
        const qint64 id = addWebhook(*fixture);
        const QString path = QStringLiteral("/webhooks/%1").arg(id);
        const auto first = fixture->get(path);
        const QByteArray etag = first.header("ETag");
        QVERIFY(etag.startsWith("W/\""));
        Headers headers = fixture->defaultHeaders();
        headers.append({"If-None-Match", etag});
        QCOMPARE(fixture->send("GET", path, {}, headers).status, 304);
        fixture->send("PATCH", path, "{\"name\":\"Changed\"}");
        QCOMPARE(fixture->send("GET", path, {}, headers).status, 200);
    }

    void concurrentRequestsWaitInParallel()
    {
        SandboxOptions options = defaultOptions();
        options.latencyMs = 500;
        auto fixture = startFixture(options);
        QVERIFY(fixture);
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 6; ++i) {
            QNetworkRequest request(fixture->url(QStringLiteral("/webhooks?page=%1").arg(i + 1)));
            for (const auto &header : fixture->defaultHeaders())
                request.setRawHeader(header.first, header.second);
            replies.append(fixture->network()->get(request));
        }
        int requestsWhenFirstAnswered = -1;
        for (QNetworkReply *reply : replies) {
            connect(reply, &QNetworkReply::finished, this, [&, fixturePointer = fixture.get()] {
                if (requestsWhenFirstAnswered < 0)
                    requestsWhenFirstAnswered = fixturePointer->server()->requestCount();
            });
        }
        for (QNetworkReply *reply : replies) {
            const auto result = SandboxFixture::collect(reply);
            QCOMPARE(result.status, 200);
        }
        // Blocking latency would answer one request before reading the next: every request
        // must have reached the server before the first answer went out.
        QCOMPARE(requestsWhenFirstAnswered, 6);
    }

    void clientLeavingDuringLatency()
    {
        SandboxOptions options = defaultOptions();
        options.latencyMs = 300;
        auto fixture = startFixture(options);
        QVERIFY(fixture);
        QNetworkRequest request(fixture->url(QStringLiteral("/webhooks")));
        for (const auto &header : fixture->defaultHeaders())
            request.setRawHeader(header.first, header.second);
        QNetworkReply *reply = fixture->network()->get(request);
        QTRY_COMPARE_WITH_TIMEOUT(fixture->server()->requestCount(), 1, 10000);
        reply->abort();
        reply->deleteLater();
        const auto next = fixture->get(QStringLiteral("/webhooks"));
        QCOMPARE(next.status, 200);
    }

    void survivesGarbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("binary") << QByteArray("\x00\xff\x13\x37\r\n\r\n\x01\x02", 10);
        QTest::newRow("bad request line") << QByteArray("HELLO WORLD\r\n\r\n");
        QTest::newRow("bad content length")
                << QByteArray("POST /v1/webhooks HTTP/1.1\r\nContent-Length: -5\r\n\r\nxx");
        QTest::newRow("huge header line")
                << ("GET /v1/webhooks HTTP/1.1\r\nX-Junk: " + QByteArray(200000, 'a') + "\r\n\r\n");
        QTest::newRow("request then garbage") << QByteArray(
                "GET /v1/enums HTTP/1.1\r\nHost: x\r\n\r\n\x16\x03\x01garbage\r\n\r\n");
    }
    void survivesGarbage()
    {
        QFETCH(QByteArray, bytes);
        SandboxOptions options = defaultOptions();
        options.idleTimeoutMs = 300;
        auto fixture = startFixture(options);
        QVERIFY(fixture);
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, fixture->server()->port());
        QVERIFY(raw.waitForConnected(10000));
        raw.write(bytes);
        raw.flush();
        // The server drops the connection (at once or after the idle timeout)...
        QTRY_COMPARE_WITH_TIMEOUT(raw.state(), QAbstractSocket::UnconnectedState, 10000);
        // ...and keeps serving everybody else.
        const auto reply = fixture->get(QStringLiteral("/webhooks"));
        QCOMPARE(reply.status, 200);
    }

    void closesTricklingConnection()
    {
        SandboxOptions options = defaultOptions();
        options.idleTimeoutMs = 300;
        auto fixture = startFixture(options);
        QVERIFY(fixture);
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, fixture->server()->port());
        QVERIFY(raw.waitForConnected(10000));
        const QByteArray request = "GET /v1/webhooks HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        QTimer trickle;
        qsizetype sent = 0;
        connect(&trickle, &QTimer::timeout, &raw, [&] {
            if (sent < request.size() && raw.state() == QAbstractSocket::ConnectedState)
                raw.write(request.mid(sent++, 1));
        });
        trickle.start(50); // one byte every 50 ms: the request never completes in time
        QTRY_COMPARE_WITH_TIMEOUT(raw.state(), QAbstractSocket::UnconnectedState, 10000);
        QVERIFY(sent < request.size());
        QCOMPARE(fixture->server()->requestCount(), 0);
    }

    void keepsIdleKeepAliveOpenUntilTimeout()
    {
        SandboxOptions options = defaultOptions();
        options.idleTimeoutMs = 300;
        auto fixture = startFixture(options);
        QVERIFY(fixture);
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, fixture->server()->port());
        QVERIFY(raw.waitForConnected(10000));
        raw.write("GET /v1/enums HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                  "sandbox-token\r\n"
                  "X-4me-Account: wdc\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(raw.bytesAvailable() > 0, 10000);
        QVERIFY(raw.readAll().startsWith("HTTP/1.1 200"));
        QTRY_COMPARE_WITH_TIMEOUT(raw.state(), QAbstractSocket::UnconnectedState, 10000);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxServer)
#include "tst_SandboxServer.moc"
