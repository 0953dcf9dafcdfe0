#include "tests/support/SandboxFixture.h"

#include <QBuffer>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>

QByteArray SandboxFixture::Reply::header(QByteArrayView name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

bool SandboxFixture::Reply::hasHeader(QByteArrayView name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString SandboxFixture::Reply::link(const QString &rel) const
{
    static const QRegularExpression entry(QStringLiteral(R"re(<([^>]*)>\s*;\s*rel="([^"]*)")re"));
    const QString text = QString::fromUtf8(header("Link"));
    auto it = entry.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.captured(2) == rel)
            return match.captured(1);
    }
    return {};
}

SandboxFixture::SandboxFixture(const SandboxOptions &options, QObject *parent)
    : QObject(parent),
      m_options(options),
      m_server(new SandboxServer(options, this)),
      m_network(new QNetworkAccessManager(this))
{
    m_network->setProxy(QNetworkProxy::NoProxy);
}

bool SandboxFixture::start(QString *error)
{
    return m_server->start(error);
}

QUrl SandboxFixture::url(const QString &path) const
{
    if (path.startsWith(u"http://") || path.startsWith(u"https://"))
        return QUrl(path);
    return QUrl(m_server->baseUrl().toString() + path);
}

SandboxFixture::Headers SandboxFixture::defaultHeaders() const
{
    return {{QByteArrayLiteral("Authorization"), "Bearer " + m_options.token.toUtf8()},
            {QByteArrayLiteral("X-4me-Account"), m_options.account.toUtf8()}};
}

SandboxFixture::Reply SandboxFixture::send(const QByteArray &method, const QString &path,
                                           const QByteArray &body)
{
    return send(method, path, body, defaultHeaders());
}

SandboxFixture::Reply SandboxFixture::send(const QByteArray &method, const QString &path,
                                           const QByteArray &body, const Headers &headers)
{
    QNetworkRequest request(url(path));
    request.setTransferTimeout(10000);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setRawHeader("Content-Type", "application/json");
    QNetworkReply *reply = nullptr;
    if (body.isEmpty() && method != "POST" && method != "PATCH" && method != "PUT") {
        reply = m_network->sendCustomRequest(request, method);
    } else {
        reply = m_network->sendCustomRequest(request, method, body);
    }
    return collect(reply);
}

SandboxFixture::Reply SandboxFixture::collect(QNetworkReply *reply)
{
    Reply result;
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(10000);
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append(pair);
    result.body = reply->readAll();
    reply->deleteLater();
    return result;
}
