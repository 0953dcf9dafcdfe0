#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <deque>
#include <functional>

class QTcpSocket;

// A scriptable raw HTTP/1.1 server on 127.0.0.1 (port 0) for fault-injection tests:
// malformed answers are the point, so it speaks HTTP by hand over QTcpServer.
//
// Each request it reads is answered by the next scripted Reply (enqueue()), or by the
// handler when the script is empty, or by a 404. A Reply writes raw bytes and may then
// close, reset (RST) or stall the connection. Every request is kept (method, target,
// headers, body) so that tests can assert what the client sent.
class FaultServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultServer)

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        Headers headers;
        QByteArray body;
        int connection = 0; // which connection (1, 2, ...) carried it

        QByteArray header(QByteArrayView name) const; // first, case-insensitive; null if none
        bool hasHeader(QByteArrayView name) const { return !header(name).isNull(); }
        QString path() const; // without the query
        QUrlQuery query() const;
    };

    enum class Action {
        Respond, // write the bytes (keep the connection unless closeAfter)
        Close, // write the bytes (maybe none), then close the connection gracefully
        Reset, // write the bytes (maybe none), then reset the connection (RST)
        Stall, // write the bytes (maybe none), then never write again
    };

    struct Reply
    {
        Action action = Action::Respond;
        QByteArray bytes;
    };
    using Handler = std::function<Reply(const Request &request)>;

    explicit FaultServer(QObject *parent = nullptr);
    ~FaultServer() override;

    bool listen(); // 127.0.0.1, any free port
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>/v1
    QUrl url(const QString &pathAndQuery) const; // baseUrl's origin + the given path

    void enqueue(const Reply &reply);
    void setHandler(Handler handler);

    QList<Request> requests() const { return m_requests; }
    int requestCount(QByteArrayView method = {}) const;
    int connectionCount() const { return m_connectionCount; }

    // Building blocks for replies.
    static QByteArray response(int status, const QByteArray &body, const Headers &headers = {},
                               const QByteArray &contentType = "application/json");
    static Reply json(int status, const QByteArray &body, const Headers &headers = {});
    static Reply raw(const QByteArray &bytes) { return {Action::Respond, bytes}; }
    static Reply close(const QByteArray &bytes = {}) { return {Action::Close, bytes}; }
    static Reply reset(const QByteArray &bytes = {}) { return {Action::Reset, bytes}; }
    static Reply stall(const QByteArray &bytes = {}) { return {Action::Stall, bytes}; }

Q_SIGNALS:
    void requestReceived(const FaultServer::Request &request);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    // Takes one complete request off the front of `buffer`; false when incomplete.
    static bool takeRequest(QByteArray &buffer, Request *request);
    void answer(QTcpSocket *socket, const Reply &reply);

    QTcpServer m_server;
    std::deque<Reply> m_script;
    Handler m_handler;
    QList<Request> m_requests;
    int m_connectionCount = 0;
};
