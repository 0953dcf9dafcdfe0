#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QTcpSocket>
#include <QTimer>

// A client connection of the delivery receiver, guarding it before Qt HttpServer reads
// anything (Qt HttpServer 6.4 reads a whole request into memory before its handler sees
// it):
// - a request whose Content-Length is over the body limit is answered 413 before its body
//   is read; up to DrainLimitBytes of that body are read and dropped so that the sender sees
//   the answer, and a larger one ends the connection;
// - a chunked body is stopped (413) as soon as it passes the limit; at most DrainLimitBytes
//   more are read and dropped before the connection closes;
// - a connection on which no request completes within the idle timeout is closed (idle or
//   trickling clients), unless an answer is still being prepared.
//
// Lives in the receiver's thread. The byte counting only peeks at what the HTTP server then
// reads, except for the bytes of a refused request, which the HTTP server never sees.
class ReceiverSocket final : public QTcpSocket
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiverSocket)

public:
    static constexpr qint64 MaxHeaderBytes = 64 * 1024;
    static constexpr qint64 DrainLimitBytes = 4 * 1024 * 1024;

    ReceiverSocket(qint64 maxBodyBytes, int idleTimeoutMs, QObject *parent = nullptr);

    // The handler got a complete request; its answer is pending (no idle timeout meanwhile).
    void requestStarted();
    // Its answer was written; the idle timeout starts again.
    void responseSent();

Q_SIGNALS:
    // A request was refused for its size (answered 413 here). `size` is its Content-Length,
    // or the bytes of a chunked body read until the limit.
    void bodyRefused(const QByteArray &method, const QByteArray &target,
                     const QList<QPair<QByteArray, QByteArray>> &headers, qint64 size);

private:
    enum class State { Head, Body, Chunked, Drain, Refused };

    void inspect();
    qsizetype readHead(const QByteArray &packet, qsizetype position);
    void refuse(qint64 size, bool drain);
    void closeIdle();

    QTimer m_idleTimer;
    qint64 m_maxBodyBytes;
    State m_state = State::Head;
    QByteArray m_head; // the request line and headers read so far
    QByteArray m_method;
    QByteArray m_target;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    qint64 m_remaining = 0; // Body: bytes of the body still to come; Drain: to drop
    qint64 m_chunkedBytes = 0;
    int m_pending = 0;
};
