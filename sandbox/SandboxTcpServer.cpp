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
    addPendingConnection(socket);
}
