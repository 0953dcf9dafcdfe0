// hookbench-sandbox verification (reference §4): a created webhook gets webhook.verify with a
// callback on the sandbox's origin and receives no event messages until it is called; test
// messages still go out. Written from the reference with raw requests.
#include "sandbox/SandboxServer.h"
#include "tests/support/SandboxFixture.h"
#include "tests/support/SandboxTestReceiver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include "tests/support/WarningGuard.h"
#include <memory>

class tst_SandboxVerification final : public QObject
{
    Q_OBJECT

private:
    SandboxTestReceiver m_receiver;

    static std::unique_ptr<SandboxFixture> startFixture(SandboxOptions options = {})
    {
        options.burstLimit = 0;
        options.hourlyLimit = 0;
        auto fixture = std::make_unique<SandboxFixture>(options);
        if (!fixture->start()) {
            qWarning("sandbox did not start"); // fails the test function
            return nullptr;
        }
        return fixture;
    }
    static QByteArray body(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    static qint64 create(SandboxFixture &fixture, const QString &uri)
    {
        const auto reply
                = fixture.send("POST", QStringLiteral("/webhooks"),
                               body({{QStringLiteral("event"), QStringLiteral("request.create")},
                                     {QStringLiteral("uri"), uri}}));
        if (reply.status != 201)
            return 0;
        return reply.json().object().value(u"id").toInteger();
    }
    static QJsonObject state(SandboxFixture &fixture, qint64 id)
    {
        return fixture
                .get(fixture.server()
                             ->baseUrl()
                             .resolved(QUrl(QStringLiteral("/_sandbox/webhooks/%1").arg(id)))
                             .toString())
                .json()
                .object();
    }
    static bool sendEvent(SandboxFixture &fixture, qint64 id)
    {
        const auto reply = fixture.send(
                "POST",
                fixture.server()
                        ->baseUrl()
                        .resolved(QUrl(QStringLiteral("/_sandbox/webhooks/%1/events").arg(id)))
                        .toString());
        return reply.json().object().value(u"sent").toBool();
    }
    // The callback of the last webhook.verify message, waited for.
    QString waitForCallback(int count)
    {
        if (!QTest::qWaitFor(
                    [&] {
                        return m_receiver.messagesOf(QStringLiteral("webhook.verify")).size()
                                >= count;
                    },
                    10000)) {
            return {};
        }
        const QJsonObject message
                = m_receiver.messagesOf(QStringLiteral("webhook.verify")).at(count - 1).json();
        return message.value(u"payload").toObject().value(u"callback").toString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_receiver.listen()); }
    void init()
    {
        hb::test::failOnUnexpectedWarnings();
        m_receiver.clear();
    }

    void createdWebhookIsVerifiedThroughItsCallback()
    {
        auto fixture = startFixture();
        QVERIFY(fixture);
        const qint64 id = create(*fixture, m_receiver.url(QStringLiteral("new")));
        QVERIFY(id > 0);
        const QString callback = waitForCallback(1);
        QVERIFY(!callback.isEmpty());
        const QJsonObject message
                = m_receiver.messagesOf(QStringLiteral("webhook.verify")).first().json();
        QCOMPARE(message.value(u"object_id").toInteger(), id);
        QCOMPARE(message.value(u"webhook_id").toInteger(), id);

        // On the sandbox's own origin, /webhooks/ID/verify?code=…&expires_at=… (24 h).
        const QUrl url(callback);
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(url.port(), int(fixture->server()->port()));
        QCOMPARE(url.path(), QStringLiteral("/webhooks/%1/verify").arg(id));
        const QUrlQuery query(url);
        QVERIFY(!query.queryItemValue(QStringLiteral("code")).isEmpty());
        const qint64 expires = query.queryItemValue(QStringLiteral("expires_at")).toLongLong();
        const qint64 inADay = QDateTime::currentSecsSinceEpoch() + 24 * 3600;
        QVERIFY(expires > inADay - 60 && expires <= inADay);

        // Unverified: no event messages, but test messages go out.
        QCOMPARE(state(*fixture, id).value(u"verified").toBool(true), false);
        QVERIFY(!sendEvent(*fixture, id));
        QCOMPARE(fixture->send("POST", QStringLiteral("/webhooks/%1/test").arg(id)).status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.messagesOf(QStringLiteral("request.create")).size(), 1,
                                  10000);
        QCOMPARE(m_receiver.messagesOf(QStringLiteral("request.create"))
                         .first()
                         .json()
                         .value(u"object_id")
                         .toInteger(),
                 12345);

        // A GET of the callback (no token) verifies it; then events flow.
        const auto verified = fixture->send("GET", callback, {}, {});
        QCOMPARE(verified.status, 200);
        QCOMPARE(state(*fixture, id).value(u"verified").toBool(), true);
        QVERIFY(sendEvent(*fixture, id));
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.messagesOf(QStringLiteral("request.create")).size(), 2,
                                  10000);
        // The API itself has no "verified" field.
        QVERIFY(!fixture->get(QStringLiteral("/webhooks/%1").arg(id))
                         .json()
                         .object()
                         .contains(u"verified"));
    }

    void postOfTheCallbackVerifiesToo()
    {
        auto fixture = startFixture();
        QVERIFY(fixture);
        const qint64 id = create(*fixture, m_receiver.url(QStringLiteral("post")));
        const QString callback = waitForCallback(1);
        QCOMPARE(fixture->send("POST", callback, {}, {}).status, 200);
        QCOMPARE(state(*fixture, id).value(u"verified").toBool(), true);
    }

    void wrongCodeIsRefused()
    {
        auto fixture = startFixture();
        QVERIFY(fixture);
        const qint64 id = create(*fixture, m_receiver.url(QStringLiteral("wrong")));
        QVERIFY(!waitForCallback(1).isEmpty());
        const QString forged
                = fixture->server()
                          ->baseUrl()
                          .resolved(QUrl(QStringLiteral("/webhooks/%1/verify?code=0000").arg(id)))
                          .toString();
        QCOMPARE(fixture->send("GET", forged, {}, {}).status, 404);
        QCOMPARE(state(*fixture, id).value(u"verified").toBool(true), false);
    }

    void sameUriAsAVerifiedWebhookNeedsNoVerification()
    {
        auto fixture = startFixture();
        QVERIFY(fixture);
        const qint64 first = create(*fixture, m_receiver.url(QStringLiteral("shared")));
        QVERIFY(fixture->send("GET", waitForCallback(1), {}, {}).status == 200);
        const qint64 second = create(*fixture, m_receiver.url(QStringLiteral("shared")));
        QVERIFY(second > first);
        QCOMPARE(state(*fixture, second).value(u"verified").toBool(), true);
        // A URI that differs, even slightly, is asked again; the second webhook never was.
        const qint64 third = create(
                *fixture, m_receiver.url(QStringLiteral("shared")) + QStringLiteral("?v=2"));
        QVERIFY(!waitForCallback(2).isEmpty());
        QCOMPARE(state(*fixture, third).value(u"verified").toBool(true), false);
        const auto asked = m_receiver.messagesOf(QStringLiteral("webhook.verify"));
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.at(0).json().value(u"webhook_id").toInteger(), first);
        QCOMPARE(asked.at(1).json().value(u"webhook_id").toInteger(), third);
    }

    void updatingAnUnverifiedWebhookSendsAFreshCode()
    {
        auto fixture = startFixture();
        QVERIFY(fixture);
        const qint64 id = create(*fixture, m_receiver.url(QStringLiteral("fresh")));
        const QString old = waitForCallback(1);
        const auto renamed
                = fixture->send("PATCH", QStringLiteral("/webhooks/%1").arg(id),
                                body({{QStringLiteral("name"), QStringLiteral("Renamed")}}));
        QCOMPARE(renamed.status, 200);
        const QString fresh = waitForCallback(2);
        QVERIFY(!fresh.isEmpty());
        QVERIFY(fresh != old);
        QCOMPARE(fixture->send("GET", old, {}, {}).status, 404); // the old code is void
        QCOMPARE(fixture->send("GET", fresh, {}, {}).status, 200);
        QCOMPARE(state(*fixture, id).value(u"verified").toBool(), true);
    }

    void changingTheUriOfAVerifiedWebhookUnverifiesIt()
    {
        auto fixture = startFixture();
        QVERIFY(fixture);
        const qint64 id = create(*fixture, m_receiver.url(QStringLiteral("before")));
        QCOMPARE(fixture->send("GET", waitForCallback(1), {}, {}).status, 200);
        // Another field: still verified, no message.
        QCOMPARE(fixture->send("PATCH", QStringLiteral("/webhooks/%1").arg(id),
                               body({{QStringLiteral("name"), QStringLiteral("Same URI")}}))
                         .status,
                 200);
        QCOMPARE(state(*fixture, id).value(u"verified").toBool(), true);
        // A new URI: unverified, and the new URI is asked.
        QCOMPARE(fixture->send("PATCH", QStringLiteral("/webhooks/%1").arg(id),
                               body({{QStringLiteral("uri"),
                                      m_receiver.url(QStringLiteral("after"))}}))
                         .status,
                 200);
        QVERIFY(!waitForCallback(2).isEmpty());
        QCOMPARE(m_receiver.messagesOf(QStringLiteral("webhook.verify")).at(1).path,
                 QStringLiteral("/hooks/after"));
        QCOMPARE(state(*fixture, id).value(u"verified").toBool(true), false);
        QVERIFY(!sendEvent(*fixture, id));
    }

    void noVerificationOption()
    {
        SandboxOptions options;
        options.verification = false;
        auto fixture = startFixture(options);
        QVERIFY(fixture);
        const qint64 id = create(*fixture, m_receiver.url(QStringLiteral("bench")));
        QCOMPARE(state(*fixture, id).value(u"verified").toBool(), true);
        QVERIFY(sendEvent(*fixture, id));
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.messages().size(), 1, 10000);
        QVERIFY(m_receiver.messagesOf(QStringLiteral("webhook.verify")).isEmpty());
    }

    void seededWebhooksStartVerified()
    {
        SandboxOptions options;
        options.seed = 10;
        auto fixture = startFixture(options);
        QVERIFY(fixture);
        const QJsonArray listed = fixture->get(QStringLiteral("/webhooks")).json().array();
        QCOMPARE(listed.size(), 10);
        for (const QJsonValue &value : listed) {
            const qint64 id = value.toObject().value(u"id").toInteger();
            QCOMPARE(state(*fixture, id).value(u"verified").toBool(), true);
        }
    }
};

QTEST_GUILESS_MAIN(tst_SandboxVerification)
#include "tst_SandboxVerification.moc"
