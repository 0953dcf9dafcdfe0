#pragma once

#include "models/receiver/Delivery.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QHttpServerRequest;
class QTcpServer;
class QTcpSocket;
class ReceiverHttpServer;

// A local webhook receiver: an HTTP server that records every POST it gets (any path) as a
// Delivery and answers it with a chosen status after an optional delay, so an administrator
// can watch test-fires arrive and rehearse failures (404, 500, a timeout).
//
// Other methods are answered 405 and not recorded. Bodies over MaxBodyBytes are answered
// 413 at the socket, before they are read (a chunked one as soon as it passes the limit), and
// recorded without their body. A connection on which no request completes within the idle
// timeout is closed, and at most MaxConnections are open at once. The newest MaxDeliveries
// are kept. Delayed answers never block: other requests are served meanwhile.
//
// Lives in the thread that created it (the GUI thread in the app); not thread-safe.
class DeliveryReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryReceiver)

public:
    static constexpr qint64 MaxBodyBytes = 1024 * 1024; // 1 MiB
    static constexpr int MaxDeliveries = 1000;
    static constexpr int MaxDelayMs = 5 * 60 * 1000;
    static constexpr int MaxConnections = 128;
    static constexpr int DefaultIdleTimeoutMs = 30000;

    explicit DeliveryReceiver(QObject *parent = nullptr);
    ~DeliveryReceiver() override;

    // Starts listening on `address` and `port` (0: any free port). Listening again first
    // closes the current socket. Returns false and sets errorString() on failure.
    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                quint16 port = 0);
    // Stops accepting connections; deliveries already recorded stay.
    void close();
    bool isListening() const;
    QHostAddress address() const; // the bound address; null when not listening
    quint16 port() const; // the bound port; 0 when not listening
    QString errorString() const; // why the last listen() failed

    // "http://127.0.0.1:<port>/" (a wildcard bind address is given as the loopback one);
    // empty when not listening.
    QUrl baseUrl() const;
    // The URI for a webhook to point at this receiver: baseUrl() + "webhooks/<id>".
    // Empty when not listening.
    QString receiverUrlFor(qint64 webhookId) const;
    // The path part of receiverUrlFor(): "/webhooks/<id>".
    static QString pathFor(qint64 webhookId);

    // The status every delivery is answered with, 200..599 (default 200).
    int responseStatus() const;
    void setResponseStatus(int status);
    // How long each answer waits, in milliseconds, 0..MaxDelayMs (default 0).
    int responseDelayMs() const;
    void setResponseDelayMs(int delayMs);

    // How long a connection may stay without a complete request, in ms (default
    // DefaultIdleTimeoutMs); applies to the next listen().
    int idleTimeoutMs() const;
    void setIdleTimeoutMs(int milliseconds);

    // The recorded deliveries, oldest first, at most MaxDeliveries.
    const QList<Delivery> &deliveries() const;
    // The sequence of the newest delivery recorded so far, 0 before the first; every later
    // delivery gets a larger one (clear() does not start again). Taken before a test-fire, it
    // tells which deliveries came after it.
    quint64 lastSequence() const { return m_nextSequence - 1; }
    void clear();

Q_SIGNALS:
    void listeningChanged(bool listening);
    // A request was recorded. `delivery.answer` is Pending while a delay runs.
    void deliveryReceived(const Delivery &delivery);
    // The answer of a delayed delivery went out (Answered), or the client left first
    // (ClientGone).
    void deliveryAnswered(const Delivery &delivery);
    void cleared();
    void responseSettingsChanged();

private:
    void handleRequest(const QHttpServerRequest &request, QTcpSocket *socket);
    void record(const Delivery &delivery);
    void recordRefused(const QByteArray &method, const QByteArray &target,
                       const QList<QPair<QByteArray, QByteArray>> &headers, qint64 size,
                       const QString &peer);
    void updateAnswer(const Delivery &delivery);

    ReceiverHttpServer *m_server = nullptr;
    QPointer<QTcpServer> m_tcpServer;
    QString m_errorString;
    int m_responseStatus = 200;
    int m_responseDelayMs = 0;
    int m_idleTimeoutMs = DefaultIdleTimeoutMs;
    quint64 m_nextSequence = 1;
    QList<Delivery> m_deliveries;
};
