#include "tests/support/SandboxTestReceiver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>

QByteArray SandboxTestReceiver::Message::header(QByteArrayView name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QJsonObject SandboxTestReceiver::Message::json() const
{
    return QJsonDocument::fromJson(body).object();
}

SandboxTestReceiver::SandboxTestReceiver(QObject *parent) : QObject(parent)
{
    m_server.route(
            QStringLiteral("/hooks/<arg>"),
            [this](const QString &name, const QHttpServerRequest &request) {
                m_messages.append(
                        {QStringLiteral("/hooks/") + name, request.headers(), request.body()});
                const int status = m_status.value(name, 200);
                Q_EMIT received();
                return QHttpServerResponse(static_cast<QHttpServerResponder::StatusCode>(status));
            });
}

bool SandboxTestReceiver::listen()
{
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QString SandboxTestReceiver::url(const QString &name) const
{
    return QStringLiteral("http://127.0.0.1:%1/hooks/%2").arg(m_port).arg(name);
}

void SandboxTestReceiver::setStatus(const QString &name, int status)
{
    m_status.insert(name, status);
}

QList<SandboxTestReceiver::Message> SandboxTestReceiver::messagesOf(const QString &event) const
{
    QList<Message> result;
    for (const Message &message : m_messages) {
        if (message.json().value(QLatin1StringView("event")).toString() == event)
            result.append(message);
    }
    return result;
}
