#pragma once

#include <QByteArray>
#include <QTcpSocket>
#include <QTimer>

// One client connection of the sandbox. Closes itself after the idle timeout (idle or
// trickling clients), unless a response is still being prepared, and when a client buffers
// far more than any acceptable request.
//
// Qt HttpServer 6.4 reads a whole request before the handler sees it, so the body limit is
// enforced here, at the socket: a request whose Content-Length exceeds MaxBodyBytes gets
// 413 before its body is read, and a chunked body is cut off with 413 once it passes the
// limit. The connection is closed after the 413.
class SandboxSocket final : public QTcpSocket
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxSocket)

public:
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;
    // Bytes a client may buffer before the connection is dropped.
    static constexpr qint64 MaxBufferedBytes = 16 * 1024 * 1024;
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;

    explicit SandboxSocket(int idleTimeoutMs, QObject *parent = nullptr);

    // A request was read completely; its response is pending.
    void requestStarted();
    // Its response was written; the idle timeout starts again.
    void responseSent();
    int pendingResponses() const { return m_pending; }
    // Requests refused with 413 at the socket.
    bool refusedTooLarge() const { return m_refused; }

private:
    void inspect();
    void refuseTooLarge();
    void closeIdle();

    QTimer m_idleTimer;
    int m_pending = 0;
    QByteArray m_header; // the head of a request whose header is not complete yet
    bool m_inHeader = false;
    bool m_chunked = false; // counting a chunked body
    qint64 m_chunkedBytes = 0;
    bool m_refused = false;
};
