#include "models/receiver/ReceiverTcpServer.h"

#include "models/Logging.h"
#include "models/receiver/ReceiverSocket.h"

ReceiverTcpServer::ReceiverTcpServer(qint64 maxBodyBytes, int idleTimeoutMs, int maxConnections,
                                     QObject *parent)
    : QTcpServer(parent),
      m_maxBodyBytes(maxBodyBytes),
      m_idleTimeoutMs(idleTimeoutMs),
      m_maxConnections(maxConnections)
{ }

void ReceiverTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new ReceiverSocket(m_maxBodyBytes, m_idleTimeoutMs, this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    if (m_open >= m_maxConnections) {
        qCDebug(lcModel) << "receiver: refusing a connection over the cap of" << m_maxConnections;
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    Q_EMIT socketCreated(socket);
    addPendingConnection(socket);
}
