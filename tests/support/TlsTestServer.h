#pragma once

#include "tests/support/FaultServer.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QString>
#include <QUrl>

#include <functional>

class QSslSocket;

// An HTTPS server on 127.0.0.1 (port 0) for TLS tests, with a certificate made at test time.
//
// It speaks just enough HTTP/1.1 (keep-alive, Content-Length bodies) to answer the client
// through a handler that returns raw response bytes (build them with
// FaultServer::response()); without a handler every request gets a 404. It records every
// request it read after a completed handshake, and counts handshakes that started and
// failed, so that a test can tell "refused during the handshake" from "refused later".
class TlsTestServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsTestServer)

public:
    // A certificate and its private key.
    struct Identity
    {
        QSslCertificate certificate;
        QSslKey key;

        bool isNull() const { return certificate.isNull() || key.isNull(); }
        // SHA-256 of the DER certificate, hex, lower case (as ConnectionProfile stores it).
        QByteArray sha256() const;
    };

    // A fresh self-signed certificate with an EC P-256 key, generated in-process with
    // OpenSSL: subject and issuer CN=`commonName`, O=Hookbench tests, valid from a minute
    // ago for `validDays` days. With `loopbackAltName` it names IP 127.0.0.1 as its
    // subject alternative name (so that the only problem a client sees is the self-signed
    // issuer); without it a client also reports a host name mismatch.
    // A null Identity and *error when OpenSSL fails.
    static Identity generateSelfSigned(const QString &commonName, bool loopbackAltName = true,
                                       int validDays = 30, QString *error = nullptr);

    using Request = FaultServer::Request;
    using Handler = std::function<QByteArray(const Request &request)>;

    explicit TlsTestServer(const Identity &identity, QObject *parent = nullptr);
    ~TlsTestServer() override;

    bool listen(); // 127.0.0.1, any free port
    quint16 port() const;
    QUrl baseUrl() const; // https://127.0.0.1:<port>/v1

    void setHandler(Handler handler);

    QList<Request> requests() const { return m_requests; }
    int handshakesStarted() const { return m_handshakesStarted; }
    int handshakesFailed() const { return m_handshakesFailed; }
    int handshakesCompleted() const { return m_handshakesCompleted; }

Q_SIGNALS:
    void requestReceived(const TlsTestServer::Request &request);
    void handshakeFailed();

private:
    void onPendingConnection();
    void onReadyRead(QSslSocket *socket);

    QSslServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    int m_handshakesStarted = 0;
    int m_handshakesFailed = 0;
    int m_handshakesCompleted = 0;
};
