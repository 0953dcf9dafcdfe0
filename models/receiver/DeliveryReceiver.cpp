#include "models/receiver/DeliveryReceiver.h"

#include "common/HttpMethod.h"
#include "models/Logging.h"
#include "models/receiver/ReceiverHttpServer.h"
#include "models/receiver/ReceiverSocket.h"
#include "models/receiver/ReceiverTcpServer.h"

#include <QHttpServerRequest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace {

// One answer waiting for the receiver's delay.
struct PendingAnswer
{
    Delivery delivery;
    QPointer<QTcpSocket> socket;
    const QHttpServerRequest *request = nullptr; // owned by the server, lives with `socket`
    QMetaObject::Connection disconnectWatch;
    bool done = false;
};

} // namespace

DeliveryReceiver::DeliveryReceiver(QObject *parent)
    : QObject(parent),
      m_server(
              new ReceiverHttpServer([this](const QHttpServerRequest &request,
                                            QTcpSocket *socket) { handleRequest(request, socket); },
                                     this))
{ }

DeliveryReceiver::~DeliveryReceiver() = default;

bool DeliveryReceiver::listen(const QHostAddress &address, quint16 port)
{
    close();
    auto *tcpServer = new ReceiverTcpServer(MaxBodyBytes, m_idleTimeoutMs, MaxConnections, this);
    connect(tcpServer, &ReceiverTcpServer::socketCreated, this, [this](ReceiverSocket *socket) {
        connect(socket, &ReceiverSocket::bodyRefused, this,
                [this, socket](const QByteArray &method, const QByteArray &target,
                               const QList<QPair<QByteArray, QByteArray>> &headers, qint64 size) {
                    recordRefused(method, target, headers, size, socket->peerAddress().toString());
                });
    });
    if (!tcpServer->listen(address, port)) {
        m_errorString = tr("Cannot listen on %1 port %2: %3")
                                .arg(address.toString())
                                .arg(port)
                                .arg(tcpServer->errorString());
        qCWarning(lcModel).noquote() << "receiver:" << m_errorString;
        delete tcpServer;
        return false;
    }
    m_errorString.clear();
    m_server->bind(tcpServer); // reparents it to the HTTP server
    m_tcpServer = tcpServer;
    qCInfo(lcModel).noquote() << "receiver listening on" << baseUrl().toString();
    Q_EMIT listeningChanged(true);
    return true;
}

void DeliveryReceiver::close()
{
    if (!m_tcpServer)
        return;
    delete m_tcpServer.data();
    Q_EMIT listeningChanged(false);
}

bool DeliveryReceiver::isListening() const
{
    return m_tcpServer && m_tcpServer->isListening();
}

QHostAddress DeliveryReceiver::address() const
{
    return isListening() ? m_tcpServer->serverAddress() : QHostAddress();
}

quint16 DeliveryReceiver::port() const
{
    return isListening() ? m_tcpServer->serverPort() : 0;
}

QString DeliveryReceiver::errorString() const
{
    return m_errorString;
}

QUrl DeliveryReceiver::baseUrl() const
{
    if (!isListening())
        return {};
    QHostAddress host = address();
    if (host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    else if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress(QHostAddress::LocalHost);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(port());
    url.setPath(QStringLiteral("/"));
    return url;
}

QString DeliveryReceiver::receiverUrlFor(qint64 webhookId) const
{
    QUrl url = baseUrl();
    if (url.isEmpty())
        return {};
    url.setPath(pathFor(webhookId));
    return url.toString();
}

QString DeliveryReceiver::pathFor(qint64 webhookId)
{
    return QStringLiteral("/webhooks/%1").arg(webhookId);
}

int DeliveryReceiver::responseStatus() const
{
    return m_responseStatus;
}

void DeliveryReceiver::setResponseStatus(int status)
{
    status = qBound(200, status, 599);
    if (status == m_responseStatus)
        return;
    m_responseStatus = status;
    Q_EMIT responseSettingsChanged();
}

int DeliveryReceiver::responseDelayMs() const
{
    return m_responseDelayMs;
}

void DeliveryReceiver::setResponseDelayMs(int delayMs)
{
    delayMs = qBound(0, delayMs, MaxDelayMs);
    if (delayMs == m_responseDelayMs)
        return;
    m_responseDelayMs = delayMs;
    Q_EMIT responseSettingsChanged();
}

const QList<Delivery> &DeliveryReceiver::deliveries() const
{
    return m_deliveries;
}

void DeliveryReceiver::clear()
{
    m_deliveries.clear();
    Q_EMIT cleared();
}

int DeliveryReceiver::idleTimeoutMs() const
{
    return m_idleTimeoutMs;
}

void DeliveryReceiver::setIdleTimeoutMs(int milliseconds)
{
    m_idleTimeoutMs = qMax(1, milliseconds);
}

void DeliveryReceiver::recordRefused(const QByteArray &method, const QByteArray &target,
                                     const QList<QPair<QByteArray, QByteArray>> &headers,
                                     qint64 size, const QString &peer)
{
    if (method != "POST")
        return; // answered 413 all the same; only POSTs are deliveries
    Delivery delivery;
    delivery.sequence = m_nextSequence++;
    delivery.receivedAt = QDateTime::currentDateTimeUtc();
    delivery.method = method;
    const QUrl url = QUrl::fromEncoded(target);
    delivery.path = url.path();
    delivery.query = url.query(QUrl::FullyEncoded);
    delivery.headers = headers;
    delivery.peer = peer;
    delivery.size = size;
    delivery.bodyDiscarded = true;
    delivery.status = 413;
    delivery.answer = Delivery::Answer::Answered;
    qCDebug(lcModel).noquote() << "receiver: delivery" << delivery.sequence << "to"
                               << delivery.redactedTarget() << "refused:" << size << "bytes";
    record(delivery);
}

void DeliveryReceiver::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (auto *guarded = qobject_cast<ReceiverSocket *>(socket))
        guarded->requestStarted();
    if (request.method() != QHttpServerRequest::Method::Post) {
        qCDebug(lcModel) << "receiver: answered 405 to" << httpMethodName(request.method());
        ReceiverHttpServer::respond(request, socket, 405, QByteArrayLiteral("POST"));
        return;
    }

    Delivery delivery;
    delivery.sequence = m_nextSequence++;
    delivery.receivedAt = QDateTime::currentDateTimeUtc();
    delivery.method = httpMethodName(request.method());
    const QUrl url = request.url();
    delivery.path = url.path();
    delivery.query = url.query(QUrl::FullyEncoded);
    delivery.headers = request.headers();
    delivery.peer = request.remoteAddress().toString();
    const QByteArray body = request.body();
    delivery.size = body.size();
    if (body.size() > MaxBodyBytes) {
        delivery.bodyDiscarded = true;
        delivery.status = 413;
    } else {
        delivery.body = body;
        delivery.status = m_responseStatus;
        delivery.readMessage();
    }
    qCDebug(lcModel).noquote() << "receiver: delivery" << delivery.sequence << "to"
                               << delivery.redactedTarget() << delivery.size << "bytes, answer"
                               << delivery.status << "after" << m_responseDelayMs << "ms";

    if (m_responseDelayMs == 0 || delivery.bodyDiscarded) {
        ReceiverHttpServer::respond(request, socket, delivery.status);
        delivery.answer = Delivery::Answer::Answered;
        record(delivery);
        return;
    }

    // Answer later, without blocking: the socket may be gone by then.
    auto pending = std::make_shared<PendingAnswer>();
    pending->delivery = delivery;
    pending->socket = socket;
    pending->request = &request;
    auto finish = [this, pending](bool timeUp) {
        if (pending->done)
            return;
        pending->done = true;
        QObject::disconnect(pending->disconnectWatch);
        QTcpSocket *target = pending->socket.data();
        if (timeUp && target && target->state() == QAbstractSocket::ConnectedState) {
            ReceiverHttpServer::respond(*pending->request, target, pending->delivery.status);
            pending->delivery.answer = Delivery::Answer::Answered;
        } else {
            pending->delivery.answer = Delivery::Answer::ClientGone;
        }
        updateAnswer(pending->delivery);
    };
    pending->disconnectWatch
            = connect(socket, &QTcpSocket::disconnected, this, [finish] { finish(false); });
    QTimer::singleShot(m_responseDelayMs, this, [finish] { finish(true); });
    record(delivery);
}

void DeliveryReceiver::record(const Delivery &delivery)
{
    m_deliveries.append(delivery);
    while (m_deliveries.size() > MaxDeliveries)
        m_deliveries.removeFirst();
    Q_EMIT deliveryReceived(delivery);
}

void DeliveryReceiver::updateAnswer(const Delivery &delivery)
{
    if (!m_deliveries.isEmpty()) {
        const quint64 first = m_deliveries.constFirst().sequence;
        if (delivery.sequence >= first) {
            const auto index = qsizetype(delivery.sequence - first);
            if (index < m_deliveries.size() && m_deliveries.at(index).sequence == delivery.sequence)
                m_deliveries[index].answer = delivery.answer;
        }
    }
    Q_EMIT deliveryAnswered(delivery);
}
