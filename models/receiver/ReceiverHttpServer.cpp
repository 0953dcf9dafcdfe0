#include "models/receiver/ReceiverHttpServer.h"

#include "models/receiver/ReceiverSocket.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

ReceiverHttpServer::ReceiverHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{ }

void ReceiverHttpServer::respond(const QHttpServerRequest &request, QTcpSocket *socket, int status,
                                 const QByteArray &allow)
{
    if (auto *guarded = qobject_cast<ReceiverSocket *>(socket))
        guarded->responseSent(); // the idle timeout starts again
    const auto code = static_cast<QHttpServerResponder::StatusCode>(status);
    QHttpServerResponder responder = makeResponder(request, socket);
    const QByteArray body = QByteArray::number(status) + '\n';
    if (status == 204 || status == 304 || status < 200) {
        responder.write(code);
    } else if (allow.isEmpty()) {
        responder.write(body, QByteArrayLiteral("text/plain"), code);
    } else {
        responder.write(body,
                        {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")},
                         {QByteArrayLiteral("Allow"), allow}},
                        code);
    }
}

bool ReceiverHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(request, socket);
    return true;
}

void ReceiverHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    respond(request, socket, 404);
}
