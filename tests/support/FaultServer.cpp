#include "tests/support/FaultServer.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QByteArray FaultServer::Request::header(QByteArrayView name) const
{
    for (const auto &pair : headers) {
        if (name.compare(pair.first, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QString FaultServer::Request::path() const
{
    const qsizetype question = target.indexOf('?');
    return QString::fromUtf8(question < 0 ? target : target.left(question));
}

QUrlQuery FaultServer::Request::query() const
{
    const qsizetype question = target.indexOf('?');
    return QUrlQuery(question < 0 ? QString() : QString::fromUtf8(target.mid(question + 1)));
}

FaultServer::FaultServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultServer::onNewConnection);
}

FaultServer::~FaultServer() = default;

bool FaultServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 FaultServer::port() const
{
    return m_server.serverPort();
}

QUrl FaultServer::baseUrl() const
{
    return url(QStringLiteral("/v1"));
}

QUrl FaultServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(pathAndQuery));
}

void FaultServer::enqueue(const Reply &reply)
{
    m_script.push_back(reply);
}

void FaultServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

int FaultServer::requestCount(QByteArrayView method) const
{
    if (method.isEmpty())
        return int(m_requests.size());
    int count = 0;
    for (const Request &request : m_requests)
        count += request.method == method ? 1 : 0;
    return count;
}

QByteArray FaultServer::response(int status, const QByteArray &body, const Headers &headers,
                                 const QByteArray &contentType)
{
    QByteArray bytes
            = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    bool hasLength = false;
    for (const auto &header : headers) {
        bytes += header.first + ": " + header.second + "\r\n";
        hasLength = hasLength || header.first.compare("Content-Length", Qt::CaseInsensitive) == 0;
    }
    if (!contentType.isEmpty() && status != 204)
        bytes += "Content-Type: " + contentType + "\r\n";
    if (!hasLength && status != 204)
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    bytes += "\r\n";
    bytes += body;
    return bytes;
}

FaultServer::Reply FaultServer::json(int status, const QByteArray &body, const Headers &headers)
{
    return {Action::Respond, response(status, body, headers)};
}

void FaultServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        const int number = ++m_connectionCount;
        socket->setParent(this);
        socket->setProperty("hbConnection", number);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

bool FaultServer::takeRequest(QByteArray &buffer, Request *request)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    Request parsed;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    parsed.method = requestLine.value(0);
    parsed.target = requestLine.value(1);
    qint64 contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        parsed.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        if (line.left(colon).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = line.mid(colon + 1).trimmed().toLongLong();
    }
    const qsizetype total = headerEnd + 4 + contentLength;
    if (buffer.size() < total)
        return false;
    parsed.body = buffer.mid(headerEnd + 4, contentLength);
    buffer.remove(0, total);
    *request = std::move(parsed);
    return true;
}

void FaultServer::onReadyRead(QTcpSocket *socket)
{
    QPointer<QTcpSocket> guard(socket);
    QByteArray buffer = socket->property("hbBuffer").toByteArray() + socket->readAll();
    Request request;
    while (guard && !socket->property("hbDone").toBool() && takeRequest(buffer, &request)) {
        request.connection = socket->property("hbConnection").toInt();
        m_requests.append(request);
        Q_EMIT requestReceived(request);
        Reply reply;
        if (!m_script.empty()) {
            reply = m_script.front();
            m_script.pop_front();
        } else if (m_handler) {
            reply = m_handler(request);
        } else {
            reply = json(404, R"({"message":"Not Found"})");
        }
        answer(socket, reply);
    }
    if (guard)
        socket->setProperty("hbBuffer", buffer);
}

void FaultServer::answer(QTcpSocket *socket, const Reply &reply)
{
    if (!reply.bytes.isEmpty()) {
        socket->write(reply.bytes);
        socket->flush();
    }
    switch (reply.action) {
    case Action::Respond:
        break;
    case Action::Close:
        socket->setProperty("hbDone", true);
        socket->disconnectFromHost();
        break;
    case Action::Reset: {
        socket->setProperty("hbDone", true);
        socket->waitForBytesWritten(1000);
#ifdef Q_OS_UNIX
        // A zero linger time makes close() send RST instead of FIN.
        const linger option{1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option,
                     sizeof option);
#endif
        socket->abort();
        socket->deleteLater();
        break;
    }
    case Action::Stall:
        socket->setProperty("hbDone", true); // read nothing more, answer nothing more
        break;
    }
}
