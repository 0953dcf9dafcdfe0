#pragma once

#include "sandbox/SandboxOptions.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

class SandboxApi;
class SandboxDelivery;
class SandboxHttpServer;
class SandboxStore;

// hookbench-sandbox in one object: a local stand-in for the 4me Webhooks API on
// http://127.0.0.1:PORT/v1, used by the demo, the tests and the benchmarks.
//
// Owns the store, the HTTP server, the API logic and the delivery of webhook messages
// (test-fire and --simulate-events). Lives in one thread. Tests may change the store
// directly between requests.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Loads the store (a corrupt data file is an error and stays untouched), seeds it when
    // empty and options.seed > 0 (and options.variantAccount, when empty and
    // options.variantSeed > 0), and listens on 127.0.0.1:options.port (0 = any free port).
    bool start(QString *error = nullptr);
    // Stops listening and writes pending changes. Also done by the destructor. start() may
    // be called again; it keeps the data in memory.
    void stop();
    bool isListening() const { return m_port != 0; }

    const SandboxOptions &options() const { return m_options; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1
    SandboxStore *store() const { return m_store; }
    SandboxDelivery *delivery() const { return m_delivery; }

    // Counters for tests and benchmarks.
    int requestCount() const; // every request answered or being answered
    int rateLimitedCount() const; // answered 429
    int createCount() const; // webhooks created through the API
    int deliveryCount() const { return m_deliveryCount; } // messages delivered or failed

Q_SIGNALS:
    // A webhook message (test-fire or simulated) was delivered; `error` is empty on 2xx,
    // else the webhook's new last_error.
    void delivered(qint64 webhookId, const QString &error);
    // A webhook.verify message was sent to a new webhook or a changed URI.
    void verificationSent(qint64 webhookId, const QString &error);

private:
    void simulateEvent();

    SandboxOptions m_options;
    SandboxStore *m_store;
    SandboxDelivery *m_delivery;
    std::unique_ptr<SandboxApi> m_api;
    SandboxHttpServer *m_http = nullptr;
    QTimer m_simulationTimer;
    quint16 m_port = 0;
    int m_deliveryCount = 0;
    bool m_loaded = false;
};
