#include "models/receiver/DeliveryReceiver.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

// The delivery receiver probed from outside, as a hostile or careless sender would: bodies
// over the limit, chunked floods, idle and excess connections (issue 15, items 4 and 5).
class tst_ReceiverLimits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void contentLengthOverTheLimitIsRefusedBeforeTheBody();
    void chunkedBodyIsStoppedAtTheLimit();
    void idleConnectionIsClosed();
    void tricklingRequestIsClosed();
    void connectionsOverTheCapAreClosed();

private:
    std::unique_ptr<QTcpSocket> connectToReceiver();
    static QByteArray readAnswer(QTcpSocket *socket);

    std::unique_ptr<DeliveryReceiver> m_receiver;
};

void tst_ReceiverLimits::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_receiver = std::make_unique<DeliveryReceiver>();
    m_receiver->setIdleTimeoutMs(500);
    QVERIFY2(m_receiver->listen(), qPrintable(m_receiver->errorString()));
}

void tst_ReceiverLimits::cleanup()
{
    m_receiver.reset();
}

// Client and receiver share this thread: every wait runs the event loop (qWaitFor), never
// a blocking socket call, so that the receiver can work meanwhile.
std::unique_ptr<QTcpSocket> tst_ReceiverLimits::connectToReceiver()
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, m_receiver->port());
    if (!QTest::qWaitFor([&] { return socket->state() == QAbstractSocket::ConnectedState; }, 5000))
        return nullptr;
    return socket;
}

// What the receiver writes until its answer is complete or it closes (10 s at most).
QByteArray tst_ReceiverLimits::readAnswer(QTcpSocket *socket)
{
    QByteArray answer;
    [[maybe_unused]] const bool complete = QTest::qWaitFor(
            [&] {
                if (socket->isOpen())
                    answer += socket->readAll();
                return answer.contains("\r\n\r\n413\n") || answer.contains("\r\n\r\n200\n")
                        || socket->state() != QAbstractSocket::ConnectedState;
            },
            10000);
    return socket->isOpen() ? answer + socket->readAll() : answer;
}

void tst_ReceiverLimits::contentLengthOverTheLimitIsRefusedBeforeTheBody()
{
    // Announces 1000 MB and sends none of it: the answer must not wait for the body.
    const std::unique_ptr<QTcpSocket> socket = connectToReceiver();
    QVERIFY(socket);
    QSignalSpy received(m_receiver.get(), &DeliveryReceiver::deliveryReceived);
    socket->write("POST /webhooks/7?token=abc HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  "Content-Type: application/json\r\nContent-Length: 1048576000\r\n\r\n");
    socket->write(QByteArray(64 * 1024, 'x'));
    const QByteArray answer = readAnswer(socket.get());
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
    const Delivery delivery = m_receiver->deliveries().constLast();
    QVERIFY(delivery.bodyDiscarded);
    QCOMPARE(delivery.status, 413);
    QCOMPARE(delivery.size, 1048576000);
    QCOMPARE(delivery.path, u"/webhooks/7"_s);
    // The connection ends: the rest of such a body is never read.
    QTRY_VERIFY_WITH_TIMEOUT(socket->state() == QAbstractSocket::UnconnectedState, 5000);

    // The receiver still serves the next sender.
    const std::unique_ptr<QTcpSocket> next = connectToReceiver();
    QVERIFY(next);
    next->write("POST /webhooks/8 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n{}");
    QVERIFY(readAnswer(next.get()).startsWith("HTTP/1.1 200"));
}

void tst_ReceiverLimits::chunkedBodyIsStoppedAtTheLimit()
{
    const std::unique_ptr<QTcpSocket> socket = connectToReceiver();
    QVERIFY(socket);
    socket->write("POST /webhooks/9 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  "Transfer-Encoding: chunked\r\n\r\n");
    // Up to 8 MB in 64 KB chunks; the receiver must stop reading well before the end.
    const QByteArray chunk
            = QByteArray::number(64 * 1024, 16) + "\r\n" + QByteArray(64 * 1024, 'y') + "\r\n";
    qint64 sent = 0;
    QByteArray answer;
    while (sent < 8 * 1024 * 1024 && socket->state() == QAbstractSocket::ConnectedState
           && answer.isEmpty()) {
        socket->write(chunk);
        sent += chunk.size();
        [[maybe_unused]] const bool written = QTest::qWaitFor(
                [&] {
                    if (socket->isOpen())
                        answer += socket->readAll();
                    return socket->bytesToWrite() == 0 || !answer.isEmpty()
                            || socket->state() != QAbstractSocket::ConnectedState;
                },
                5000);
    }
    answer += readAnswer(socket.get());
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
    QVERIFY2(sent < 4 * 1024 * 1024, QByteArray::number(sent).constData());
    QTRY_VERIFY_WITH_TIMEOUT(socket->state() == QAbstractSocket::UnconnectedState, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_receiver->deliveries().isEmpty(), 5000);
    QVERIFY(m_receiver->deliveries().constLast().bodyDiscarded);
}

void tst_ReceiverLimits::idleConnectionIsClosed()
{
    const std::unique_ptr<QTcpSocket> socket = connectToReceiver();
    QVERIFY(socket);
    QSignalSpy closed(socket.get(), &QTcpSocket::disconnected);
    QVERIFY(closed.wait(10000)); // the idle timeout is 500 ms
}

void tst_ReceiverLimits::tricklingRequestIsClosed()
{
    // A header that never ends: bytes keep coming, but no request completes.
    const std::unique_ptr<QTcpSocket> socket = connectToReceiver();
    QVERIFY(socket);
    socket->write("POST /webhooks/1 HTTP/1.1\r\n");
    QElapsedTimer clock;
    clock.start();
    while (socket->state() == QAbstractSocket::ConnectedState && clock.elapsed() < 10000) {
        socket->write("X-Slow: 1\r\n");
        // Wakes every 100 ms to send one more line, as a trickling client does.
        [[maybe_unused]] const bool closed = QTest::qWaitFor(
                [&] { return socket->state() != QAbstractSocket::ConnectedState; }, 100);
    }
    QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState);
}

void tst_ReceiverLimits::connectionsOverTheCapAreClosed()
{
    m_receiver->setIdleTimeoutMs(60000); // only the cap closes connections here
    QVERIFY(m_receiver->listen());
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    const int extra = 20;
    for (int i = 0; i < DeliveryReceiver::MaxConnections + extra; ++i) {
        sockets.push_back(connectToReceiver());
        QVERIFY(sockets.back());
    }
    const auto closedCount = [&sockets] {
        int closed = 0;
        for (const auto &socket : sockets) {
            if (socket->state() != QAbstractSocket::ConnectedState)
                ++closed;
        }
        return closed;
    };
    QTRY_COMPARE_WITH_TIMEOUT(closedCount(), extra, 10000);
    // Once some close, new senders are served again.
    for (int i = 0; i < extra; ++i)
        sockets.at(size_t(i))->abort();
    QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                const std::unique_ptr<QTcpSocket> next = connectToReceiver();
                if (!next)
                    return false;
                next->write("POST /webhooks/3 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            "Content-Length: 2\r\n\r\n{}");
                return readAnswer(next.get()).startsWith("HTTP/1.1 200");
            }(),
            10000);
}

QTEST_GUILESS_MAIN(tst_ReceiverLimits)
#include "tst_ReceiverLimits.moc"
