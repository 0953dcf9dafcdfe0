#include "tests/support/ArrivalLimitServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <numbers>

ArrivalLimitServer::ArrivalLimitServer(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_random(options.seed)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

ArrivalLimitServer::~ArrivalLimitServer() = default;

bool ArrivalLimitServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ArrivalLimitServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.serverPort()));
}

void ArrivalLimitServer::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    while (true) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
        const QByteArray target = requestLine.size() >= 2 ? requestLine.at(1) : QByteArray("/");
        // Box-Muller: one normally distributed delay a request.
        const double u1 = std::max(m_random.generateDouble(), 1e-12);
        const double u2 = m_random.generateDouble();
        const double normal = std::sqrt(-2 * std::log(u1)) * std::cos(2 * std::numbers::pi * u2);
        const int delayMs = std::max(
                0, int(std::lround(m_options.jitterMeanMs + normal * m_options.jitterSdMs)));
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(delayMs, this, [this, guarded, target] {
            if (guarded)
                arrive(guarded, target);
        });
    }
}

void ArrivalLimitServer::arrive(QTcpSocket *socket, const QByteArray &target)
{
    ++m_requests;
    const qint64 now = m_clock.elapsed();
    while (!m_arrivals.empty() && m_arrivals.front() + m_options.windowMs <= now)
        m_arrivals.pop_front();
    QByteArray response;
    if (qsizetype(m_arrivals.size()) >= m_options.limit) {
        ++m_rateLimited;
        const QByteArray body = R"({"message":"Too Many Requests"})";
        response = "HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\n"
                   "Retry-After: 1\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    } else {
        m_arrivals.push_back(now);
        const QUrlQuery query(QUrl(QString::fromLatin1(target)));
        const int number = std::max(1, query.queryItemValue(QStringLiteral("page")).toInt());
        const QByteArray body = page(number);
        const QByteArray base = baseUrl().toEncoded()
                + "/webhooks?per_page=" + QByteArray::number(m_options.perPage) + "&page=";
        QByteArray link = '<' + base + "1>; rel=\"first\", <" + base
                + QByteArray::number(m_options.pages) + ">; rel=\"last\"";
        if (number < m_options.pages)
            link += ", <" + base + QByteArray::number(number + 1) + ">; rel=\"next\"";
        response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                   "X-Pagination-Per-Page: "
                + QByteArray::number(m_options.perPage) + "\r\nX-Pagination-Current-Page: "
                + QByteArray::number(number) + "\r\nX-Pagination-Total-Pages: "
                + QByteArray::number(m_options.pages) + "\r\nX-Pagination-Total-Entries: "
                + QByteArray::number(qint64(m_options.pages) * m_options.perPage)
                + "\r\nLink: " + link + "\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\n\r\n" + body;
    }
    QPointer<QTcpSocket> guarded(socket);
    QTimer::singleShot(m_options.latencyMs, this, [guarded, response] {
        if (guarded)
            guarded->write(response);
    });
}

QByteArray ArrivalLimitServer::page(int number) const
{
    QByteArray body = "[";
    const qint64 first = qint64(number - 1) * m_options.perPage + 1;
    for (qint64 id = first; id < first + m_options.perPage; ++id) {
        if (id != first)
            body += ',';
        body += R"({"id":)" + QByteArray::number(id)
                + R"(,"name":"Hook","event":"request.create","uri":"https://hooks.example.com/)"
                + QByteArray::number(id) + R"(","created_at":"2024-01-01T00:00:00Z"})";
    }
    return body + ']';
}
