#include "models/receiver/DeliveryReceiver.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QByteArray testFireMessage(qint64 webhookId, const QString &event = u"request.update"_s)
{
    return QJsonDocument(QJsonObject{{u"webhook_id"_s, webhookId},
                                     {u"account_id"_s, u"wdc"_s},
                                     {u"event"_s, event},
                                     {u"object_id"_s, 12345},
                                     {u"person_name"_s, u"Howard Tanner"_s},
                                     {u"payload"_s, QJsonObject{{u"status"_s, u"assigned"_s}}}})
            .toJson(QJsonDocument::Compact);
}

int statusOf(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

// The receiver over real HTTP on 127.0.0.1: what it records, what it answers, its caps.
class tst_DeliveryReceiver : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void postIsRecordedWithEveryField();
    void otherMethodsAreRefused();
    void bodyOverTheCapIsAnswered413();
    void malformedBodiesAreStoredAsSent_data();
    void malformedBodiesAreStoredAsSent();
    void concurrentPostsAreAllRecorded();
    void chosenStatusIsAnswered_data();
    void chosenStatusIsAnswered();
    void delayedAnswerDoesNotBlockOthers();
    void senderLeavingDuringDelayIsRecorded();
    void onlyTheNewestThousandAreKept();
    void verifyMessageCarriesItsCallback();
    void secretsAreRedactedForDisplay();
    void urlsPointAtTheReceiver();
    void listenFailureIsReported();
    void clearEmptiesTheList();

private:
    QNetworkReply *post(const QString &url, const QByteArray &body,
                        const QByteArray &contentType = "application/json; charset=utf-8");
    QUrl urlFor(qint64 webhookId) const { return QUrl(m_receiver->receiverUrlFor(webhookId)); }

    std::unique_ptr<DeliveryReceiver> m_receiver;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void tst_DeliveryReceiver::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_receiver = std::make_unique<DeliveryReceiver>();
    m_network = std::make_unique<QNetworkAccessManager>();
    QVERIFY2(m_receiver->listen(), qPrintable(m_receiver->errorString()));
}

void tst_DeliveryReceiver::cleanup()
{
    m_network.reset();
    m_receiver.reset();
}

QNetworkReply *tst_DeliveryReceiver::post(const QString &url, const QByteArray &body,
                                          const QByteArray &contentType)
{
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(20000);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setRawHeader("User-Agent", "4me/1.0 (https://developer.4me.com/v1/webhooks)");
    QNetworkReply *reply = m_network->post(request, body);
    reply->setParent(m_network.get());
    return reply;
}

void tst_DeliveryReceiver::postIsRecordedWithEveryField()
{
    QSignalSpy received(m_receiver.get(), &DeliveryReceiver::deliveryReceived);
    const QByteArray body = testFireMessage(42);
    QNetworkReply *reply = post(m_receiver->receiverUrlFor(42) + u"?source=test"_s, body);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(statusOf(reply), 200);

    QCOMPARE(received.size(), 1);
    QCOMPARE(m_receiver->deliveries().size(), 1);
    const Delivery delivery = m_receiver->deliveries().constFirst();
    QCOMPARE(received.at(0).at(0).value<Delivery>().sequence, delivery.sequence);
    QCOMPARE(delivery.method, QByteArray("POST"));
    QCOMPARE(delivery.path, u"/webhooks/42"_s);
    QCOMPARE(delivery.query, u"source=test"_s);
    QCOMPARE(delivery.headerValue("content-type"), QByteArray("application/json; charset=utf-8"));
    QVERIFY(delivery.headerValue("USER-AGENT").startsWith("4me/1.0"));
    QCOMPARE(delivery.body, body);
    QCOMPARE(delivery.size, body.size());
    QCOMPARE(QHostAddress(delivery.peer), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(qAbs(delivery.receivedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(delivery.receivedAt.timeSpec(), Qt::UTC);
    QCOMPARE(delivery.status, 200);
    QCOMPARE(delivery.answer, Delivery::Answer::Answered);
    QCOMPARE(delivery.webhookId, 42);
    QCOMPARE(delivery.event, u"request.update"_s);
    QCOMPARE(delivery.objectId, 12345);
    QCOMPARE(delivery.accountId, u"wdc"_s);
    QCOMPARE(delivery.personName, u"Howard Tanner"_s);
    QCOMPARE(delivery.payload.value(u"status").toString(), u"assigned"_s);
}

void tst_DeliveryReceiver::otherMethodsAreRefused()
{
    QNetworkRequest request(urlFor(1));
    request.setTransferTimeout(20000);
    QNetworkReply *reply = m_network->get(request);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(statusOf(reply), 405);
    QCOMPARE(reply->rawHeader("Allow"), QByteArray("POST"));
    QVERIFY(m_receiver->deliveries().isEmpty());
}

void tst_DeliveryReceiver::bodyOverTheCapIsAnswered413()
{
    const QByteArray atCap(DeliveryReceiver::MaxBodyBytes, 'a');
    QNetworkReply *fits = post(m_receiver->receiverUrlFor(1), atCap, "text/plain");
    QTRY_VERIFY_WITH_TIMEOUT(fits->isFinished(), 10000);
    QCOMPARE(statusOf(fits), 200);

    const QByteArray overCap(DeliveryReceiver::MaxBodyBytes + 1, 'a');
    QNetworkReply *tooLarge = post(m_receiver->receiverUrlFor(2), overCap, "text/plain");
    QTRY_VERIFY_WITH_TIMEOUT(tooLarge->isFinished(), 10000);
    QCOMPARE(statusOf(tooLarge), 413);

    QCOMPARE(m_receiver->deliveries().size(), 2);
    const Delivery &kept = m_receiver->deliveries().at(0);
    QCOMPARE(kept.body.size(), DeliveryReceiver::MaxBodyBytes);
    QVERIFY(!kept.bodyDiscarded);
    const Delivery &discarded = m_receiver->deliveries().at(1);
    QVERIFY(discarded.bodyDiscarded);
    QVERIFY(discarded.body.isEmpty());
    QCOMPARE(discarded.size, DeliveryReceiver::MaxBodyBytes + 1);
    QCOMPARE(discarded.status, 413);
}

void tst_DeliveryReceiver::malformedBodiesAreStoredAsSent_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");

    QTest::newRow("truncated json")
            << QByteArray(R"({"webhook_id": 4, "event": "req)") << QByteArray("application/json");
    QTest::newRow("json that is a string")
            << QByteArray(R"("just a string")") << QByteArray("application/json");
    QTest::newRow("not utf-8") << QByteArray("\xc3\x28\xff\x00 end", 7)
                               << QByteArray("application/json");
    QTest::newRow("broken percent encoding") << QByteArray("webhook_id=%zz&object_id=%")
                                             << QByteArray("application/x-www-form-urlencoded");
    QTest::newRow("jwt that is no jws")
            << QByteArray(R"({"jwt": 12})") << QByteArray("application/json");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void tst_DeliveryReceiver::malformedBodiesAreStoredAsSent()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);

    QNetworkReply *reply = post(m_receiver->receiverUrlFor(9), body, contentType);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(statusOf(reply), 200);
    QCOMPARE(m_receiver->deliveries().size(), 1);
    const Delivery &delivery = m_receiver->deliveries().constFirst();
    QCOMPARE(delivery.body, body);
    QCOMPARE(delivery.size, body.size());
    QCOMPARE(delivery.objectId, 0);
    QVERIFY(delivery.event.isEmpty());
}

void tst_DeliveryReceiver::concurrentPostsAreAllRecorded()
{
    constexpr int count = 20;
    QList<QNetworkReply *> replies;
    for (int i = 1; i <= count; ++i)
        replies.append(post(m_receiver->receiverUrlFor(i), testFireMessage(i)));
    for (QNetworkReply *reply : std::as_const(replies)) {
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(statusOf(reply), 200);
    }
    QCOMPARE(m_receiver->deliveries().size(), count);
    QSet<qint64> webhookIds;
    QSet<quint64> sequences;
    for (const Delivery &delivery : m_receiver->deliveries()) {
        webhookIds.insert(delivery.webhookId);
        sequences.insert(delivery.sequence);
        QCOMPARE(delivery.path, DeliveryReceiver::pathFor(delivery.webhookId));
    }
    QCOMPARE(webhookIds.size(), count);
    QCOMPARE(sequences.size(), count);
}

void tst_DeliveryReceiver::chosenStatusIsAnswered_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("201") << 201;
    QTest::newRow("204") << 204;
    QTest::newRow("404") << 404;
    QTest::newRow("410") << 410;
    QTest::newRow("500") << 500;
    QTest::newRow("503") << 503;
}

void tst_DeliveryReceiver::chosenStatusIsAnswered()
{
    QFETCH(int, status);
    QSignalSpy settings(m_receiver.get(), &DeliveryReceiver::responseSettingsChanged);
    m_receiver->setResponseStatus(status);
    QCOMPARE(settings.size(), 1);
    QCOMPARE(m_receiver->responseStatus(), status);

    QNetworkReply *reply = post(m_receiver->receiverUrlFor(3), testFireMessage(3));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(statusOf(reply), status);
    QCOMPARE(m_receiver->deliveries().constFirst().status, status);
}

void tst_DeliveryReceiver::delayedAnswerDoesNotBlockOthers()
{
    QSignalSpy received(m_receiver.get(), &DeliveryReceiver::deliveryReceived);
    QSignalSpy answered(m_receiver.get(), &DeliveryReceiver::deliveryAnswered);
    m_receiver->setResponseStatus(503);
    m_receiver->setResponseDelayMs(1500);
    QNetworkReply *slow = post(m_receiver->receiverUrlFor(1), testFireMessage(1));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    QCOMPARE(received.at(0).at(0).value<Delivery>().answer, Delivery::Answer::Pending);
    QCOMPARE(m_receiver->deliveries().constFirst().answer, Delivery::Answer::Pending);

    // While the first answer waits, another sender is served at once.
    m_receiver->setResponseDelayMs(0);
    m_receiver->setResponseStatus(200);
    QNetworkReply *fast = post(m_receiver->receiverUrlFor(2), testFireMessage(2));
    QTRY_VERIFY_WITH_TIMEOUT(fast->isFinished(), 10000);
    QCOMPARE(statusOf(fast), 200);
    QVERIFY(!slow->isFinished());

    QTRY_VERIFY_WITH_TIMEOUT(slow->isFinished(), 10000);
    QCOMPARE(statusOf(slow), 503);
    QCOMPARE(answered.size(), 1);
    const auto delivery = answered.at(0).at(0).value<Delivery>();
    QCOMPARE(delivery.webhookId, 1);
    QCOMPARE(delivery.answer, Delivery::Answer::Answered);
    QCOMPARE(m_receiver->deliveries().constFirst().answer, Delivery::Answer::Answered);
}

void tst_DeliveryReceiver::senderLeavingDuringDelayIsRecorded()
{
    QSignalSpy received(m_receiver.get(), &DeliveryReceiver::deliveryReceived);
    QSignalSpy answered(m_receiver.get(), &DeliveryReceiver::deliveryAnswered);
    m_receiver->setResponseDelayMs(DeliveryReceiver::MaxDelayMs);
    QNetworkReply *reply = post(m_receiver->receiverUrlFor(5), testFireMessage(5));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    reply->abort(); // as the real service does after 10 s

    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 10000);
    QCOMPARE(answered.at(0).at(0).value<Delivery>().answer, Delivery::Answer::ClientGone);
    QCOMPARE(m_receiver->deliveries().constFirst().answer, Delivery::Answer::ClientGone);
}

void tst_DeliveryReceiver::onlyTheNewestThousandAreKept()
{
    // Plain sockets, a batch at a time: a thousand requests through QNetworkAccessManager
    // take seconds.
    constexpr int sent = DeliveryReceiver::MaxDeliveries + 5;
    constexpr int batch = 50;
    QSignalSpy received(m_receiver.get(), &DeliveryReceiver::deliveryReceived);
    int answered = 0;
    for (int first = 1; first <= sent; first += batch) {
        const int last = qMin(sent, first + batch - 1);
        for (int i = first; i <= last; ++i) {
            auto *socket = new QTcpSocket(this);
            const QByteArray body = testFireMessage(i);
            connect(socket, &QTcpSocket::connected, socket, [socket, body, i] {
                socket->write("POST /webhooks/" + QByteArray::number(i)
                              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                                "Content-Type: application/json\r\nContent-Length: "
                              + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            });
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &answered] {
                if (socket->peek(12) == "HTTP/1.1 200") {
                    ++answered;
                    socket->disconnect();
                    socket->abort();
                    socket->deleteLater();
                }
            });
            socket->connectToHost(QHostAddress(QHostAddress::LocalHost), m_receiver->port());
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered, last, 10000);
    }
    QCOMPARE(received.size(), sent);
    QCOMPARE(m_receiver->deliveries().size(), DeliveryReceiver::MaxDeliveries);
    QCOMPARE(m_receiver->deliveries().constFirst().sequence, 6u);
    QCOMPARE(m_receiver->deliveries().constFirst().webhookId, 6);
    QCOMPARE(m_receiver->deliveries().constLast().sequence, quint64(sent));
}

void tst_DeliveryReceiver::verifyMessageCarriesItsCallback()
{
    const QString callback
            = u"https://wdc.4me.com/webhooks/7/verify?code=abc&expires_at=1700000000"_s;
    const QByteArray body
            = QJsonDocument(QJsonObject{{u"webhook_id"_s, 7},
                                        {u"event"_s, u"webhook.verify"_s},
                                        {u"payload"_s, QJsonObject{{u"callback"_s, callback}}}})
                      .toJson();
    QNetworkReply *reply = post(m_receiver->receiverUrlFor(7), body);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    const Delivery &delivery = m_receiver->deliveries().constFirst();
    QVERIFY(delivery.isVerify());
    QCOMPARE(delivery.verifyCallback, QUrl(callback));
}

void tst_DeliveryReceiver::secretsAreRedactedForDisplay()
{
    QNetworkRequest request(QUrl(m_receiver->receiverUrlFor(8) + u"?token=hush-hush&plain"_s));
    request.setTransferTimeout(20000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Authorization", "Bearer hush-hush");
    request.setRawHeader("Cookie", "session=hush-hush");
    QNetworkReply *reply = m_network->post(request, QByteArray("{}"));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);

    const Delivery &delivery = m_receiver->deliveries().constFirst();
    QCOMPARE(delivery.headerValue("authorization"), QByteArray("Bearer hush-hush"));
    QCOMPARE(delivery.redactedTarget(), u"/webhooks/8?token=…&plain"_s);
    const QByteArray json = QJsonDocument(delivery.toJson()).toJson();
    QVERIFY2(!json.contains("hush-hush"), json.constData());
    QVERIFY(json.contains("Bearer [redacted]"));
    for (const auto &[name, value] : delivery.redactedHeaders())
        QVERIFY2(!value.contains("hush-hush"), name.constData());
}

void tst_DeliveryReceiver::urlsPointAtTheReceiver()
{
    const QString expected = u"http://127.0.0.1:%1/webhooks/42"_s.arg(m_receiver->port());
    QCOMPARE(m_receiver->receiverUrlFor(42), expected);
    QCOMPARE(m_receiver->baseUrl(), QUrl(u"http://127.0.0.1:%1/"_s.arg(m_receiver->port())));

    DeliveryReceiver anyAddress;
    QVERIFY(anyAddress.listen(QHostAddress(QHostAddress::AnyIPv4), 0));
    QCOMPARE(anyAddress.baseUrl().host(), u"127.0.0.1"_s);

    QSignalSpy listening(m_receiver.get(), &DeliveryReceiver::listeningChanged);
    m_receiver->close();
    QCOMPARE(listening.size(), 1);
    QVERIFY(!m_receiver->isListening());
    QVERIFY(m_receiver->receiverUrlFor(42).isEmpty());
}

void tst_DeliveryReceiver::listenFailureIsReported()
{
    DeliveryReceiver second;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot listen"_s));
    QVERIFY(!second.listen(QHostAddress(QHostAddress::LocalHost), m_receiver->port()));
    QVERIFY(!second.isListening());
    QVERIFY(second.errorString().contains(QString::number(m_receiver->port())));
}

void tst_DeliveryReceiver::clearEmptiesTheList()
{
    QNetworkReply *reply = post(m_receiver->receiverUrlFor(1), testFireMessage(1));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QSignalSpy cleared(m_receiver.get(), &DeliveryReceiver::cleared);
    m_receiver->clear();
    QCOMPARE(cleared.size(), 1);
    QVERIFY(m_receiver->deliveries().isEmpty());
}

QTEST_GUILESS_MAIN(tst_DeliveryReceiver)
#include "tst_DeliveryReceiver.moc"
