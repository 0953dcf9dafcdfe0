// hookbench-sandbox test-fire and simulated events: the message a receiver gets, its
// headers, and last_error after failed and successful deliveries.
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "tests/support/SandboxFixture.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

#include "tests/support/WarningGuard.h"
#include <memory>

namespace {
struct Received
{
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray method;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return header.second;
        }
        return {};
    }
};
} // namespace

class tst_SandboxTestFire final : public QObject
{
    Q_OBJECT

private:
    QHttpServer m_receiver;
    quint16 m_receiverPort = 0;
    QList<Received> m_received;

    QString receiverUrl(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_receiverPort).arg(path);
    }

    static std::unique_ptr<SandboxFixture> startFixture(SandboxOptions options = {})
    {
        options.burstLimit = 0;
        options.hourlyLimit = 0;
        auto fixture = std::make_unique<SandboxFixture>(options);
        QString error;
        if (!fixture->start(&error)) {
            qWarning() << "sandbox did not start:" << error; // fails the test function
            return nullptr;
        }
        return fixture;
    }

    static qint64 addWebhook(SandboxFixture &fixture, const QString &uri, bool disabled = false,
                             const QString &event = QStringLiteral("request.status-changed"))
    {
        SandboxWebhook webhook;
        webhook.name = QStringLiteral("Receiver, \"local\" – ü");
        webhook.event = event;
        webhook.uri = uri;
        webhook.disabled = disabled;
        return fixture.server()->store()->add(webhook).id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto record = [this](const QHttpServerRequest &request) {
            m_received.append({request.headers(), request.body(),
                               request.method() == QHttpServerRequest::Method::Post
                                       ? QByteArray("POST")
                                       : QByteArray("OTHER")});
        };
        m_receiver.route(QStringLiteral("/ok"), [record](const QHttpServerRequest &request) {
            record(request);
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
        });
        m_receiver.route(QStringLiteral("/missing"), [record](const QHttpServerRequest &request) {
            record(request);
            return QHttpServerResponse(QHttpServerResponder::StatusCode::NotFound);
        });
        m_receiver.route(QStringLiteral("/broken"), [record](const QHttpServerRequest &request) {
            record(request);
            return QHttpServerResponse(QHttpServerResponder::StatusCode::InternalServerError);
        });
        m_receiverPort = m_receiver.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_receiverPort != 0);
    }

    void init()
    {
        hb::test::failOnUnexpectedWarnings();
        m_received.clear();
    }

    void testFireDeliversMessage()
    {
        auto fixture = startFixture();
        QVERIFY(fixture);
        const qint64 id = addWebhook(*fixture, receiverUrl(QStringLiteral("/ok")));
        QSignalSpy delivered(fixture->server(), &SandboxServer::delivered);
        const auto reply = fixture->send("POST", QStringLiteral("/webhooks/%1/test").arg(id));
        QCOMPARE(reply.status, 204);
        QVERIFY(reply.body.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_received.size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10000);
        QCOMPARE(delivered.first().at(0).toLongLong(), id);
        QCOMPARE(delivered.first().at(1).toString(), QString());

        const Received &message = m_received.first();
        QCOMPARE(message.method, QByteArray("POST"));
        QCOMPARE(message.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(message.header("User-Agent"),
                 QByteArray("4me/1.0 (https://developer.4me.com/v1/webhooks)"));
        QVERIFY(!QUuid::fromString(QLatin1StringView(message.header("X-4me-Delivery"))).isNull());
        const QByteArray link = message.header("Link");
        QVERIFY2(link.contains("rel=\"canonical\""), link);
        QVERIFY2(link.contains("rel=\"resource\""), link);
        QVERIFY2(link.contains("/requests/12345>"), link);

        const QJsonObject body = QJsonDocument::fromJson(message.body).object();
        QCOMPARE(body.value(u"object_id").toInteger(), 12345);
        QCOMPARE(body.value(u"webhook_id").toInteger(), id);
        QCOMPARE(body.value(u"webhook_nodeID").toString(),
                 fixture->server()->store()->find(id)->nodeId);
        QCOMPARE(body.value(u"account_id").toString(), QStringLiteral("wdc"));
        QVERIFY(body.value(u"account").toString().startsWith(u"https://"));
        QCOMPARE(body.value(u"name").toString(), QStringLiteral("Receiver, \"local\" – ü"));
        QCOMPARE(body.value(u"event").toString(), QStringLiteral("request.status-changed"));
        QVERIFY(body.value(u"person_id").toInteger() > 0);
        QVERIFY(!body.value(u"person_nodeID").toString().isEmpty());
        QVERIFY(!body.value(u"person_name").toString().isEmpty());
        const QJsonObject payload = body.value(u"payload").toObject();
        QVERIFY(payload.contains(u"status"));
        QVERIFY(payload.contains(u"previous_status"));
    }

    void disabledWebhooksCanBeTested()
    {
        auto fixture = startFixture();
        QVERIFY(fixture);
        const qint64 id = addWebhook(*fixture, receiverUrl(QStringLiteral("/ok")), true);
        QCOMPARE(fixture->send("POST", QStringLiteral("/webhooks/%1/test").arg(id)).status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(m_received.size(), 1, 10000);
        QCOMPARE(QJsonDocument::fromJson(m_received.first().body)
                         .object()
                         .value(u"webhook_id")
                         .toInteger(),
                 id);
    }

    void failureSetsLastError_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("lastError");
        QTest::newRow("404") << QStringLiteral("/missing") << QStringLiteral("404 Not Found");
        QTest::newRow("500") << QStringLiteral("/broken")
                             << QStringLiteral("500 Internal Server Error");
        QTest::newRow("connection refused")
                << QStringLiteral("refused") << QStringLiteral("Connection refused");
        QTest::newRow("no answer") << QStringLiteral("silent") << QStringLiteral("Timeout");
    }
    void failureSetsLastError()
    {
        QFETCH(QString, target);
        QFETCH(QString, lastError);
        SandboxOptions options;
        options.deliveryTimeoutMs = 300;
        auto fixture = startFixture(options);
        QVERIFY(fixture);

        QTcpServer silent; // accepts connections and never answers
        QString uri;
        if (target == u"refused") {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            uri = QStringLiteral("http://127.0.0.1:%1/hook").arg(probe.serverPort());
            probe.close();
        } else if (target == u"silent") {
            QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
            uri = QStringLiteral("http://127.0.0.1:%1/hook").arg(silent.serverPort());
        } else {
            uri = receiverUrl(target);
        }
        const qint64 id = addWebhook(*fixture, uri);
        QSignalSpy delivered(fixture->server(), &SandboxServer::delivered);
        QCOMPARE(fixture->send("POST", QStringLiteral("/webhooks/%1/test").arg(id)).status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10000);
        QCOMPARE(delivered.first().at(1).toString(), lastError);
        QCOMPARE(fixture->server()->store()->find(id)->lastError, lastError);
        const auto fetched = fixture->get(QStringLiteral("/webhooks/%1").arg(id));
        QCOMPARE(fetched.json().object().value(u"last_error").toString(), lastError);

        // The receiver is fixed: the next delivery clears last_error.
        const auto fixed
                = fixture->send("PATCH", QStringLiteral("/webhooks/%1").arg(id),
                                QJsonDocument(QJsonObject{{QStringLiteral("uri"),
                                                           receiverUrl(QStringLiteral("/ok"))}})
                                        .toJson());
        QCOMPARE(fixed.status, 200);
        QCOMPARE(fixture->send("POST", QStringLiteral("/webhooks/%1/test").arg(id)).status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2, 10000);
        QCOMPARE(delivered.at(1).at(1).toString(), QString());
        QCOMPARE(fixture->server()->store()->find(id)->lastError, QString());
    }

    void simulatedEventsReachEnabledWebhooks()
    {
        SandboxOptions options;
        options.simulateEventsPerMinute = 3000; // one every 20 ms
        auto fixture = startFixture(options);
        QVERIFY(fixture);
        const qint64 enabled = addWebhook(*fixture, receiverUrl(QStringLiteral("/ok")), false,
                                          QStringLiteral("problem.note-added"));
        addWebhook(*fixture, receiverUrl(QStringLiteral("/ok")), true);
        addWebhook(*fixture, QStringLiteral("https://hooks.example.com/not-local"));
        QTRY_VERIFY_WITH_TIMEOUT(m_received.size() >= 3, 10000);
        for (const Received &message : std::as_const(m_received)) {
            const QJsonObject body = QJsonDocument::fromJson(message.body).object();
            QCOMPARE(body.value(u"webhook_id").toInteger(), enabled);
            QCOMPARE(body.value(u"event").toString(), QStringLiteral("problem.note-added"));
            QVERIFY(body.value(u"payload").toObject().contains(u"note_id"));
        }
        QVERIFY(fixture->server()->deliveryCount() >= 1);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxTestFire)
#include "tst_SandboxTestFire.moc"
