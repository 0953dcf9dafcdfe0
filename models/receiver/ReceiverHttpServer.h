#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>

#include <functional>

class QHttpServerRequest;
class QTcpSocket;

// The Qt HttpServer end of DeliveryReceiver: hands every complete request to a handler,
// which may answer at once or later with respond() (as long as the socket lives and no
// other request has arrived on it).
class ReceiverHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiverHttpServer)

public:
    using Handler = std::function<void(const QHttpServerRequest &request, QTcpSocket *socket)>;

    explicit ReceiverHttpServer(Handler handler, QObject *parent = nullptr);

    // Answers `request` on `socket` with `status` (100..599) and a short text body.
    // `allow` sets an Allow header (for 405) when not empty.
    static void respond(const QHttpServerRequest &request, QTcpSocket *socket, int status,
                        const QByteArray &allow = {});

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};
