#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QUrl>

#include <deque>

class QTcpSocket;

// A small, independent stand-in for the service's burst limit, for pacing tests: it serves
// `pages` pages of page-numbered webhook listings on 127.0.0.1 and answers 429 to a
// request when 20 requests already arrived within the last 2 s. A request "arrives" after
// a random delay drawn from a normal distribution (the network's and the scheduler's jitter,
// `jitterMeanMs` +- `jitterSdMs`, never negative), and is answered `latencyMs` after that.
// Plain QTcpServer and hand-written HTTP/1.1 (GET only, keep-alive): nothing of the client
// or of the sandbox.
class ArrivalLimitServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArrivalLimitServer)

public:
    struct Options
    {
        int pages = 50;
        int perPage = 100;
        int limit = 20; // requests
        int windowMs = 2000;
        int latencyMs = 50;
        double jitterMeanMs = 10;
        double jitterSdMs = 5;
        quint32 seed = 1;
    };

    explicit ArrivalLimitServer(const Options &options, QObject *parent = nullptr);
    ~ArrivalLimitServer() override;

    bool listen();
    QUrl baseUrl() const; // http://127.0.0.1:<port>/v1

    int requests() const { return m_requests; }
    int rateLimited() const { return m_rateLimited; } // responses 429

private:
    void readFrom(QTcpSocket *socket);
    void arrive(QTcpSocket *socket, const QByteArray &target);
    QByteArray page(int number) const;

    Options m_options;
    QTcpServer m_server;
    QElapsedTimer m_clock;
    QRandomGenerator m_random;
    std::deque<qint64> m_arrivals; // within the window, oldest first
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requests = 0;
    int m_rateLimited = 0;
};
