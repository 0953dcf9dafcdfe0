#pragma once

#include <QByteArray>
#include <QHttpServer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

// A webhook receiver for sandbox tests, on 127.0.0.1: records every message and answers
// with the status set for its path (200 unless told otherwise). Written for the tests, from
// the reference's description of a message (§4), with no client code.
class SandboxTestReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxTestReceiver)

public:
    struct Message
    {
        QString path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(QByteArrayView name) const;
        QJsonObject json() const;
    };

    explicit SandboxTestReceiver(QObject *parent = nullptr);

    bool listen();
    // http://127.0.0.1:PORT/hooks/NAME
    QString url(const QString &name) const;
    // Messages to /hooks/NAME are answered with `status` from now on.
    void setStatus(const QString &name, int status);

    const QList<Message> &messages() const { return m_messages; }
    // Messages of an event ("webhook.verify"), oldest first.
    QList<Message> messagesOf(const QString &event) const;
    void clear() { m_messages.clear(); }

Q_SIGNALS:
    void received();

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    QList<Message> m_messages;
    QHash<QString, int> m_status;
};
