#pragma once

#include <QTcpSocket>
#include <QTimer>

// A client connection of the sandbox. Closes itself when no request completes within the
// idle timeout (idle or trickling clients), unless a response is still being prepared,
// and when a client buffers far more than any acceptable request.
class SandboxSocket final : public QTcpSocket
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxSocket)

public:
    // Bytes a client may buffer before the connection is dropped; bodies over the API's
    // 1 MB limit but below this get a proper 413.
    static constexpr qint64 MaxBufferedBytes = 16 * 1024 * 1024;

    explicit SandboxSocket(int idleTimeoutMs, QObject *parent = nullptr);

    // A request was read completely; its response is pending.
    void requestStarted();
    // Its response was written; the idle timeout starts again.
    void responseSent();
    int pendingResponses() const { return m_pending; }

private:
    void closeIdle();

    QTimer m_idleTimer;
    int m_pending = 0;
};
