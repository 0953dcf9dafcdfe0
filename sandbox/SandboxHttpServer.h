#pragma once

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

#include <QAbstractHttpServer>

#include <functional>

class QHttpServerRequest;
class QTcpSocket;
class SandboxTcpServer;

// The HTTP side of the sandbox on Qt HttpServer: turns each request into a SandboxRequest,
// asks the handler for a SandboxResponse and writes it, optionally after a latency.
//
// The latency never blocks: the response is written from a timer, so concurrent requests
// wait in parallel. A response whose client has gone meanwhile is dropped.
class SandboxHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHttpServer)

public:
    using Handler = std::function<SandboxResponse(const SandboxRequest &)>;

    explicit SandboxHttpServer(Handler handler, QObject *parent = nullptr);

    // Listens on 127.0.0.1. Returns the port, or 0 and sets *error.
    quint16 listenLocal(quint16 port, int idleTimeoutMs, QString *error = nullptr);
    // Every response waits `milliseconds` plus a random 0..`jitterMs`.
    void setLatency(int milliseconds, int jitterMs = 0)
    {
        m_latencyMs = qMax(0, milliseconds);
        m_jitterMs = qMax(0, jitterMs);
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void respond(const QHttpServerRequest &request, QTcpSocket *socket,
                 const SandboxResponse &response, bool isHead);

    Handler m_handler;
    int m_latencyMs = 0;
    int m_jitterMs = 0;
    SandboxTcpServer *m_tcpServer = nullptr;
};
