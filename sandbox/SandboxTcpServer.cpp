#include "sandbox/SandboxTcpServer.h"

#include "sandbox/SandboxSocket.h"

SandboxTcpServer::SandboxTcpServer(int idleTimeoutMs, QObject *parent)
    : QTcpServer(parent), m_idleTimeoutMs(idleTimeoutMs)
{ }

void SandboxTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new SandboxSocket(m_idleTimeoutMs, this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    // As production web servers do (nginx's tcp_nodelay is on by default): without it, a
    // response larger than one segment on a kept-alive connection waits for the client's
    // delayed ACK, about 40 ms per page on Linux.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    addPendingConnection(socket);
}
