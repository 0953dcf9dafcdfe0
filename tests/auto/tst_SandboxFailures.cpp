// hookbench-sandbox failed deliveries (reference §4): event messages retried up to 10 times,
// consecutive failures counted and reset by a success, at most one exception mail per 20
// minutes, and an automatic disable after 20 failures over more than a week; test messages
// sent once and not counted. Sandbox time runs fast (--time-scale).
#include "sandbox/SandboxServer.h"
#include "tests/support/SandboxFixture.h"
#include "tests/support/SandboxTestReceiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "tests/support/WarningGuard.h"
#include <memory>

class tst_SandboxFailures final : public QObject
{
    Q_OBJECT

private:
    SandboxTestReceiver m_receiver;

    static std::unique_ptr<SandboxFixture> startFixture(double timeScale)
    {
        SandboxOptions options;
        options.burstLimit = 0;
        options.hourlyLimit = 0;
        options.verification = false;
        options.timeScale = timeScale;
        auto fixture = std::make_unique<SandboxFixture>(options);
        if (!fixture->start()) {
            qWarning("sandbox did not start"); // fails the test function
            return nullptr;
        }
        return fixture;
    }
    static qint64 create(SandboxFixture &fixture, const QString &uri)
    {
        const QJsonObject webhook{
                {QStringLiteral("event"), QStringLiteral("task.update")},
                {QStringLiteral("uri"), uri},
                {QStringLiteral("mail_exceptions_to"), QStringLiteral("ops@example.com")}};
        const auto reply = fixture.send("POST", QStringLiteral("/webhooks"),
                                        QJsonDocument(webhook).toJson(QJsonDocument::Compact));
        return reply.json().object().value(u"id").toInteger();
    }
    static QString sandboxUrl(SandboxFixture &fixture, const QString &path)
    {
        return fixture.server()->baseUrl().resolved(QUrl(path)).toString();
    }
    static int failures(SandboxFixture &fixture, qint64 id)
    {
        return fixture.get(sandboxUrl(fixture, QStringLiteral("/_sandbox/webhooks/%1").arg(id)))
                .json()
                .object()
                .value(u"consecutive_failures")
                .toInt(-1);
    }
    static bool sendEvent(SandboxFixture &fixture, qint64 id)
    {
        return fixture
                .send("POST",
                      sandboxUrl(fixture, QStringLiteral("/_sandbox/webhooks/%1/events").arg(id)))
                .json()
                .object()
                .value(u"sent")
                .toBool();
    }
    static QJsonObject webhook(SandboxFixture &fixture, qint64 id)
    {
        return fixture.get(QStringLiteral("/webhooks/%1").arg(id)).json().object();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_receiver.listen()); }
    void init()
    {
        hb::test::failOnUnexpectedWarnings();
        m_receiver.clear();
    }

    void failedEventIsRetriedTenTimes()
    {
        // One minute of sandbox time is 1 ms here: ten retries (1 + 2 + ... + 512 minutes)
        // take about half a second.
        auto fixture = startFixture(60000);
        QVERIFY(fixture);
        m_receiver.setStatus(QStringLiteral("retry"), 503);
        const qint64 id = create(*fixture, m_receiver.url(QStringLiteral("retry")));
        QSignalSpy delivered(fixture->server(), &SandboxServer::delivered);
        QVERIFY(sendEvent(*fixture, id));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 11, 20000); // the first attempt and 10 retries
        QCOMPARE(m_receiver.messages().size(), 11);
        QCOMPARE(failures(*fixture, id), 11);
        QCOMPARE(webhook(*fixture, id).value(u"last_error").toString(),
                 QStringLiteral("503 Service Unavailable"));
        // Every attempt carries its own delivery id.
        QVERIFY(m_receiver.messages().at(0).header("X-4me-Delivery")
                != m_receiver.messages().at(1).header("X-4me-Delivery"));
        // Test messages are not counted and never retried.
        QCOMPARE(fixture->send("POST", QStringLiteral("/webhooks/%1/test").arg(id)).status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 12, 10000);
        QCOMPARE(failures(*fixture, id), 11);
        QCOMPARE(m_receiver.messages().size(), 12);

        // A success resets the count and clears last_error.
        m_receiver.setStatus(QStringLiteral("retry"), 200);
        QVERIFY(sendEvent(*fixture, id));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 13, 10000);
        QCOMPARE(failures(*fixture, id), 0);
        QVERIFY(webhook(*fixture, id).value(u"last_error").isNull());
        QVERIFY(!webhook(*fixture, id).value(u"disabled").toBool());
    }

    void exceptionMailAtMostEvery20Minutes()
    {
        // Real time: retries are a minute apart or more, so only the first attempts happen.
        auto fixture = startFixture(1);
        QVERIFY(fixture);
        m_receiver.setStatus(QStringLiteral("mail"), 500);
        const qint64 id = create(*fixture, m_receiver.url(QStringLiteral("mail")));
        QSignalSpy delivered(fixture->server(), &SandboxServer::delivered);
        QVERIFY(sendEvent(*fixture, id));
        QVERIFY(sendEvent(*fixture, id));
        QVERIFY(sendEvent(*fixture, id));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 3, 10000);
        QCOMPARE(failures(*fixture, id), 3);
        const QJsonArray outbox
                = fixture->get(sandboxUrl(*fixture, QStringLiteral("/_sandbox/outbox")))
                          .json()
                          .array();
        QCOMPARE(outbox.size(), 1);
        const QJsonObject mail = outbox.first().toObject();
        QCOMPARE(mail.value(u"webhook_id").toInteger(), id);
        QCOMPARE(mail.value(u"to").toString(), QStringLiteral("ops@example.com"));
        QCOMPARE(mail.value(u"error").toString(), QStringLiteral("500 Internal Server Error"));
    }

    void disabledAfter20FailuresOverAWeek()
    {
        // A week of sandbox time passes in about 0.12 s; each failing event is tried 11 times
        // over about 17 sandbox hours. Events keep failing until the webhook has failed 20
        // times in a row over more than a week: then it is disabled.
        auto fixture = startFixture(5000000);
        QVERIFY(fixture);
        m_receiver.setStatus(QStringLiteral("down"), 404);
        const qint64 id = create(*fixture, m_receiver.url(QStringLiteral("down")));
        QSignalSpy delivered(fixture->server(), &SandboxServer::delivered);
        QVERIFY(sendEvent(*fixture, id));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 11, 20000);
        QVERIFY(!webhook(*fixture, id).value(u"disabled").toBool()); // 11 failures so far
        int rounds = 1;
        while (!webhook(*fixture, id).value(u"disabled").toBool() && rounds < 100) {
            const qsizetype before = delivered.size();
            if (!sendEvent(*fixture, id))
                break; // disabled meanwhile
            ++rounds;
            QTRY_VERIFY_WITH_TIMEOUT(
                    delivered.size() > before
                            && (delivered.size() - before == 11
                                || webhook(*fixture, id).value(u"disabled").toBool()),
                    20000);
        }
        QVERIFY(webhook(*fixture, id).value(u"disabled").toBool());
        QVERIFY(failures(*fixture, id) >= 20);
        QCOMPARE(webhook(*fixture, id).value(u"last_error").toString(),
                 QStringLiteral("404 Not Found"));
        // Disabled: no more event messages; the last mail says so.
        QVERIFY(!sendEvent(*fixture, id));
        const QJsonArray outbox
                = fixture->get(sandboxUrl(*fixture, QStringLiteral("/_sandbox/outbox")))
                          .json()
                          .array();
        QVERIFY(outbox.size() >= 2);
        QVERIFY(outbox.last().toObject().value(u"disabled").toBool());
    }

    void twentyFailuresWithinAWeekDoNotDisable()
    {
        // Minutes pass in milliseconds, but 22 failures take far less than a week.
        auto fixture = startFixture(60000);
        QVERIFY(fixture);
        m_receiver.setStatus(QStringLiteral("flaky"), 500);
        const qint64 id = create(*fixture, m_receiver.url(QStringLiteral("flaky")));
        QSignalSpy delivered(fixture->server(), &SandboxServer::delivered);
        QVERIFY(sendEvent(*fixture, id));
        QVERIFY(sendEvent(*fixture, id));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 22, 20000);
        QCOMPARE(failures(*fixture, id), 22);
        QVERIFY(!webhook(*fixture, id).value(u"disabled").toBool());
    }
};

QTEST_GUILESS_MAIN(tst_SandboxFailures)
#include "tst_SandboxFailures.moc"
