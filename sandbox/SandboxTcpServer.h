#pragma once

#include <QTcpServer>

// The listening socket of the sandbox: hands out SandboxSocket connections, which close
// themselves after the idle timeout.
class SandboxTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxTcpServer)

public:
    explicit SandboxTcpServer(int idleTimeoutMs, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    int m_idleTimeoutMs;
};
