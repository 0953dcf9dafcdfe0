#pragma once

#include <QTcpServer>

class ReceiverSocket;

// The listening socket of the delivery receiver: hands out ReceiverSocket connections (body
// limit, idle timeout) and keeps at most `maxConnections` open; a connection beyond them is
// closed as soon as it is accepted, so that idle clients can never use up the process's
// file descriptors.
class ReceiverTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiverTcpServer)

public:
    ReceiverTcpServer(qint64 maxBodyBytes, int idleTimeoutMs, int maxConnections,
                      QObject *parent = nullptr);

    int openConnections() const { return m_open; }

Q_SIGNALS:
    void socketCreated(ReceiverSocket *socket);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    qint64 m_maxBodyBytes;
    int m_idleTimeoutMs;
    int m_maxConnections;
    int m_open = 0;
};
