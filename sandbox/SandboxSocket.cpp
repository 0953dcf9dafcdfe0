#include "sandbox/SandboxSocket.h"

#include "sandbox/SandboxLogging.h"

#include <QList>

#include <sys/socket.h>

namespace {
bool startsWithMethod(const QByteArray &data)
{
    for (const char *method : {"GET ", "POST ", "PUT ", "PATCH ", "DELETE ", "HEAD ", "OPTIONS "}) {
        if (data.startsWith(method))
            return true;
    }
    return false;
}

// The value of a header in a raw request head; empty when absent.
QByteArray headerValue(const QByteArray &head, QByteArrayView name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}
} // namespace

SandboxSocket::SandboxSocket(int idleTimeoutMs, QObject *parent) : QTcpSocket(parent)
{
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(qMax(1, idleTimeoutMs));
    // The timer is not connected to this socket's signals: QAbstractHttpServer disconnects
    // those when a client sends bytes it cannot parse, and the timer must still fire then.
    connect(&m_idleTimer, &QTimer::timeout, this, &SandboxSocket::closeIdle);
    // Connected before the HTTP server's own handler, so it sees the bytes first.
    connect(this, &QTcpSocket::readyRead, this, &SandboxSocket::inspect);
    m_idleTimer.start();
}

void SandboxSocket::inspect()
{
    if (m_refused)
        return;
    if (bytesAvailable() > MaxBufferedBytes) {
        qCDebug(lcSandboxServer) << "dropping a connection that buffered" << bytesAvailable()
                                 << "bytes";
        // Later: the HTTP server's own readyRead handler still runs in this emission.
        m_pending = 0;
        QMetaObject::invokeMethod(this, &SandboxSocket::closeIdle, Qt::QueuedConnection);
        return;
    }
    // The HTTP server consumes what it reads, so these are the bytes that arrived since.
    const QByteArray fresh = peek(MaxHeaderBytes);
    if (m_chunked) {
        m_chunkedBytes += bytesAvailable();
        if (m_chunkedBytes > MaxBodyBytes + MaxHeaderBytes)
            refuseTooLarge();
        return;
    }
    if (!m_inHeader) {
        if (!startsWithMethod(fresh))
            return; // the rest of a body
        m_inHeader = true;
        m_header.clear();
    }
    m_header += fresh;
    const qsizetype end = m_header.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_header.size() > MaxHeaderBytes)
            m_inHeader = false; // left to the HTTP server, which refuses it
        return;
    }
    m_inHeader = false;
    const QByteArray head = m_header.left(end);
    m_header.clear();
    bool ok = false;
    const qint64 length = headerValue(head, "Content-Length").toLongLong(&ok);
    if (ok && length > MaxBodyBytes) {
        refuseTooLarge();
        return;
    }
    if (headerValue(head, "Transfer-Encoding").toLower().contains("chunked")) {
        m_chunked = true;
        m_chunkedBytes = fresh.size() - (end + 4);
        if (m_chunkedBytes > MaxBodyBytes + MaxHeaderBytes)
            refuseTooLarge();
    }
}

void SandboxSocket::refuseTooLarge()
{
    m_refused = true;
    m_pending = 0;
    qCDebug(lcSandboxServer) << "refusing a request body over" << MaxBodyBytes << "bytes";
    // Nothing more of this connection reaches the HTTP server: what still arrives is read and
    // dropped, so the client (still sending) gets the answer instead of a reset.
    disconnect(this, &QIODevice::readyRead, nullptr, nullptr);
    connect(this, &QIODevice::readyRead, this, [this] { skip(bytesAvailable()); });
    connect(this, &QAbstractSocket::disconnected, this, &QObject::deleteLater);
    const QByteArray body = QByteArrayLiteral(R"({"message":"Request Entity Too Large"})");
    write("HTTP/1.1 413 Payload Too Large\r\n"
          "Content-Type: application/json; charset=utf-8\r\n"
          "Content-Length: "
          + QByteArray::number(body.size())
          + "\r\n"
            "Connection: close\r\n\r\n"
          + body);
    // Once written, close our side; the client closes its side after reading the answer.
    const auto shutdownWhenWritten = [this] {
        if (bytesToWrite() == 0 && state() == QAbstractSocket::ConnectedState)
            ::shutdown(int(socketDescriptor()), SHUT_WR);
    };
    connect(this, &QIODevice::bytesWritten, this, shutdownWhenWritten);
    flush();
    shutdownWhenWritten();
    skip(bytesAvailable());
    // A client that never stops sending is cut off soon after.
    m_idleTimer.start(2000);
}

void SandboxSocket::requestStarted()
{
    ++m_pending;
    m_chunked = false; // a complete request: its body was within the limit
    m_chunkedBytes = 0;
    m_idleTimer.stop();
}

void SandboxSocket::responseSent()
{
    m_pending = qMax(0, m_pending - 1);
    if (m_pending == 0)
        m_idleTimer.start();
}

void SandboxSocket::closeIdle()
{
    if (m_pending > 0)
        return;
    qCDebug(lcSandboxServer) << "closing an idle connection";
    abort();
    deleteLater();
}
