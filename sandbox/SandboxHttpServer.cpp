#include "sandbox/SandboxHttpServer.h"

#include "common/HttpMethod.h"
#include "sandbox/SandboxLogging.h"
#include "sandbox/SandboxSocket.h"
#include "sandbox/SandboxTcpServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <utility>

namespace {
// The status codes the sandbox uses; the responder knows a reason phrase for each.
QHttpServerResponder::StatusCode statusCode(int status)
{
    switch (status) {
    case 200:
    case 201:
    case 202:
    case 204:
    case 304:
    case 400:
    case 401:
    case 403:
    case 404:
    case 405:
    case 410:
    case 413:
    case 422:
    case 429:
    case 500:
        return static_cast<QHttpServerResponder::StatusCode>(status);
    default:
        return QHttpServerResponder::StatusCode::InternalServerError;
    }
}
} // namespace

SandboxHttpServer::SandboxHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{
    Q_ASSERT(m_handler);
}

quint16 SandboxHttpServer::listenLocal(quint16 port, int idleTimeoutMs, QString *error)
{
    auto *server = new SandboxTcpServer(idleTimeoutMs, this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(server->errorString());
        delete server;
        return 0;
    }
    m_tcpServer = server;
    bind(server);
    return server->serverPort();
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SandboxRequest sandboxRequest;
    sandboxRequest.method = httpMethodName(request.method());
    sandboxRequest.url = request.url();
    sandboxRequest.headers = request.headers();
    sandboxRequest.body = request.body();
    const bool isHead = request.method() == QHttpServerRequest::Method::Head;

    SandboxResponse response = m_handler(sandboxRequest);

    auto *sandboxSocket = qobject_cast<SandboxSocket *>(socket);
    if (sandboxSocket)
        sandboxSocket->requestStarted();
    const int delayMs = m_latencyMs
            + (m_jitterMs > 0 ? int(QRandomGenerator::global()->bounded(m_jitterMs + 1)) : 0);
    if (delayMs <= 0) {
        respond(request, socket, response, isHead);
        return true;
    }
    // The request object lives as long as the connection; the socket pointer tells whether
    // the connection still exists when the timer fires.
    QPointer<QTcpSocket> guard(socket);
    const QHttpServerRequest *requestPointer = &request;
    QTimer::singleShot(
            delayMs, this, [this, guard, requestPointer, response = std::move(response), isHead] {
                if (!guard || guard->state() != QAbstractSocket::ConnectedState) {
                    qCDebug(lcSandboxServer) << "client left before its delayed response";
                    if (response.afterSent)
                        response.afterSent();
                    return;
                }
                respond(*requestPointer, guard, response, isHead);
            });
    return true;
}

void SandboxHttpServer::respond(const QHttpServerRequest &request, QTcpSocket *socket,
                                const SandboxResponse &response, bool isHead)
{
    {
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(statusCode(response.status));
        for (const auto &header : response.headers)
            responder.writeHeader(header.first, header.second);
        if (response.status != 204 && response.status != 304) {
            responder.writeHeader(QByteArrayLiteral("Content-Length"),
                                  QByteArray::number(response.body.size()));
        }
        responder.writeBody(isHead ? QByteArray() : response.body);
    }
    if (auto *sandboxSocket = qobject_cast<SandboxSocket *>(socket))
        sandboxSocket->responseSent();
    if (response.afterSent)
        response.afterSent();
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers every request; this is only a safety net.
    SandboxResponse response;
    response.status = 404;
    response.headers.append({QByteArrayLiteral("Content-Type"),
                             QByteArrayLiteral("application/json; charset=utf-8")});
    response.body = QByteArrayLiteral(R"({"message":"Not Found"})");
    respond(request, socket, response, false);
}
