// hookbench-sandbox refuses request bodies over 1 MB at the socket (issue 15, item 4): a
// Content-Length over the limit gets 413 before the body is read, and a chunked body is cut
// off at the limit. No token is needed to reach the socket, so this must hold for anyone.
#include "sandbox/SandboxServer.h"
#include "tests/support/SandboxFixture.h"

#include "tests/support/WarningGuard.h"
#include <QTcpSocket>
#include <QTest>

class tst_SandboxBodyLimit final : public QObject
{
    Q_OBJECT

private:
    // Sends `head` and then `chunk` again and again (up to `total` bytes), without blocking
    // the sandbox that runs in this thread, until an answer or the end of the connection.
    static QByteArray exchange(quint16 port, const QByteArray &head, const QByteArray &chunk,
                               qint64 total, qint64 *sent)
    {
        QTcpSocket socket;
        QByteArray answer;
        bool closed = false;
        *sent = 0;
        const auto feed = [&] {
            // Keep a little in flight; stop once the sandbox has answered.
            if (answer.isEmpty() && *sent < total && socket.bytesToWrite() < 256 * 1024) {
                socket.write(chunk);
                *sent += chunk.size();
            }
        };
        QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] {
            socket.write(head);
            feed();
        });
        QObject::connect(&socket, &QTcpSocket::bytesWritten, &socket, feed);
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                         [&] { answer += socket.readAll(); });
        QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&] { closed = true; });
        QObject::connect(&socket, &QTcpSocket::errorOccurred, &socket, [&] { closed = true; });
        socket.connectToHost(QHostAddress::LocalHost, port);
        (void)QTest::qWaitFor([&] { return closed || answer.contains("\r\n\r\n{"); }, 20000);
        (void)QTest::qWaitFor([&] { return closed || answer.endsWith('}'); }, 2000);
        return answer;
    }

private Q_SLOTS:
    // Any warning fails the test function; expected ones are declared with ignoreMessage.
    void init() { hb::test::failOnUnexpectedWarnings(); }
    void contentLengthOverTheLimit()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        const QByteArray head = "POST /v1/webhooks HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                "Content-Type: application/json\r\n"
                                "Content-Length: 1000000000\r\n\r\n";
        qint64 sent = 0;
        const QByteArray answer = exchange(fixture.server()->port(), head,
                                           QByteArray(64 * 1024, 'x'), 200 * 1024 * 1024, &sent);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
        QVERIFY(answer.contains("Request Entity Too Large"));
        // Refused long before the body could have been read.
        QVERIFY2(sent < 100 * 1024 * 1024, QByteArray::number(sent).constData());
        QCOMPARE(fixture.server()->requestCount(), 0);
        // The sandbox still serves others.
        QCOMPARE(fixture.get(QStringLiteral("/webhooks")).status, 200);
    }

    void chunkedBodyCutOffAtTheLimit()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        const QByteArray head = "POST /v1/webhooks HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                "Content-Type: application/json\r\n"
                                "Transfer-Encoding: chunked\r\n\r\n";
        QByteArray chunk = QByteArray::number(64 * 1024, 16) + "\r\n";
        chunk += QByteArray(64 * 1024, 'x') + "\r\n";
        qint64 sent = 0;
        const QByteArray answer
                = exchange(fixture.server()->port(), head, chunk, 200 * 1024 * 1024, &sent);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
        QVERIFY2(sent < 100 * 1024 * 1024, QByteArray::number(sent).constData());
        QCOMPARE(fixture.server()->requestCount(), 0);
    }

    void bodyJustUnderTheLimitIsRead()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        // Within the limit: the API answers (here: not JSON, 400), not the socket.
        const auto reply = fixture.send("POST", QStringLiteral("/webhooks"),
                                        QByteArray(1024 * 1024 - 10, 'x'));
        QCOMPARE(reply.status, 400);
        QCOMPARE(fixture.server()->requestCount(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxBodyLimit)
#include "tst_SandboxBodyLimit.moc"
