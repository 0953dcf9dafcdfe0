#include "sandbox/SandboxSocket.h"

#include "models/Logging.h"

SandboxSocket::SandboxSocket(int idleTimeoutMs, QObject *parent) : QTcpSocket(parent)
{
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(qMax(1, idleTimeoutMs));
    // The timer is not connected to this socket's signals: QAbstractHttpServer disconnects
    // those when a client sends bytes it cannot parse, and the timer must still fire then.
    connect(&m_idleTimer, &QTimer::timeout, this, &SandboxSocket::closeIdle);
    connect(this, &QTcpSocket::readyRead, this, [this] {
        if (bytesAvailable() > MaxBufferedBytes) {
            qCDebug(lcSandbox) << "dropping a connection that buffered" << bytesAvailable()
                               << "bytes";
            // Later: the HTTP server's own readyRead handler still runs in this emission.
            m_pending = 0;
            QMetaObject::invokeMethod(this, &SandboxSocket::closeIdle, Qt::QueuedConnection);
        }
    });
    m_idleTimer.start();
}

void SandboxSocket::requestStarted()
{
    ++m_pending;
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
    qCDebug(lcSandbox) << "closing an idle connection";
    abort();
    deleteLater();
}
