#pragma once

#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QUrl>

// A sandbox on 127.0.0.1:0 for tests, with a blocking request helper on a
// QNetworkAccessManager. Compile tests/support/SandboxFixture.cpp into the test and link
// hb_sandbox.
class SandboxFixture final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxFixture)

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Reply
    {
        int status = 0; // 0: no HTTP answer (see error)
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        Headers headers;
        QByteArray body;

        QByteArray header(QByteArrayView name) const;
        bool hasHeader(QByteArrayView name) const;
        QJsonDocument json() const { return QJsonDocument::fromJson(body); }
        // rel -> absolute URL from the Link header.
        QString link(const QString &rel) const;
    };

    explicit SandboxFixture(const SandboxOptions &options = {}, QObject *parent = nullptr);

    // Starts the sandbox; false and *error on failure.
    bool start(QString *error = nullptr);
    SandboxServer *server() const { return m_server; }
    QNetworkAccessManager *network() const { return m_network; }

    // The base URL plus `path` ("/webhooks?page=2"); an absolute URL is used as it is.
    QUrl url(const QString &path) const;
    // Authorization (Bearer options.token) and X-4me-Account (options.account).
    Headers defaultHeaders() const;

    // Sends a request and waits (up to 10 s) for the answer.
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {});
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body,
               const Headers &headers);
    Reply get(const QString &path) { return send("GET", path); }

    // Waits for a started reply (up to 10 s) and collects it.
    static Reply collect(QNetworkReply *reply);

private:
    SandboxOptions m_options;
    SandboxServer *m_server;
    QNetworkAccessManager *m_network;
};
