#include "sandbox/SandboxServer.h"

#include "sandbox/SandboxApi.h"
#include "sandbox/SandboxDelivery.h"
#include "sandbox/SandboxHttpServer.h"
#include "sandbox/SandboxLogging.h"
#include "sandbox/SandboxStore.h"

#include <QHostAddress>
#include <QRandomGenerator>

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent),
      m_options(options),
      m_store(new SandboxStore(options.accounts(), options.dataFile, this)),
      m_delivery(new SandboxDelivery(m_store, options, this)),
      m_api(std::make_unique<SandboxApi>(options, m_store, m_delivery))
{
    connect(m_delivery, &SandboxDelivery::delivered, this,
            [this](qint64 webhookId, const QString &error) {
                ++m_deliveryCount;
                Q_EMIT delivered(webhookId, error);
            });
    connect(m_delivery, &SandboxDelivery::verificationSent, this, &SandboxServer::verificationSent);
    connect(m_store, &SandboxStore::saveFailed, this,
            [](const QString &error) { qCWarning(lcSandboxServer).noquote() << error; });
    connect(&m_simulationTimer, &QTimer::timeout, this, &SandboxServer::simulateEvent);
}

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start(QString *error)
{
    if (m_http)
        return true;
    if (!m_loaded) { // a restart after stop() keeps the data in memory
        if (!m_store->load(error))
            return false;
        m_loaded = true;
        if (m_options.seed > 0 && m_store->count() == 0)
            m_store->seed(m_options.seed, m_options.receiverUrl);
        if (m_options.variantSeed > 0 && m_store->hasAccount(m_options.variantAccount)
            && m_store->count(m_options.variantAccount) == 0) {
            m_store->seedVariant(m_options.variantSeed, m_options.receiverUrl,
                                 m_options.variantAccount);
        }
    }

    auto *http = new SandboxHttpServer(
            [this](const SandboxRequest &request) { return m_api->handle(request); }, this);
    http->setLatency(m_options.latencyMs, m_options.latencyJitterMs);
    const quint16 port = http->listenLocal(m_options.port, m_options.idleTimeoutMs, error);
    if (port == 0) {
        delete http;
        return false;
    }
    m_http = http;
    m_port = port;
    m_api->setBaseUrl(baseUrl());
    m_delivery->setApiBaseUrl(baseUrl());
    if (m_options.simulateEventsPerMinute > 0) {
        m_simulationTimer.setInterval(qMax(10, int(60000.0 / m_options.simulateEventsPerMinute)));
        m_simulationTimer.start();
    }
    qCDebug(lcSandboxServer) << "listening on" << baseUrl().toString();
    return true;
}

void SandboxServer::stop()
{
    m_simulationTimer.stop();
    if (m_http) {
        delete m_http;
        m_http = nullptr;
    }
    m_port = 0;
    QString error;
    if (!m_store->flush(&error))
        qCWarning(lcSandboxServer).noquote() << error;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QHostAddress(QHostAddress::LocalHost).toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/v1"));
    return url;
}

int SandboxServer::requestCount() const
{
    return m_api->requestCount();
}

int SandboxServer::rateLimitedCount() const
{
    return m_api->rateLimitedCount();
}

int SandboxServer::createCount() const
{
    return m_api->createCount();
}

void SandboxServer::simulateEvent()
{
    // Only receivers on this machine: the sandbox never sends made-up events to the internet.
    // Event messages go to enabled, verified webhooks only (SandboxDelivery decides).
    QList<QPair<QString, const SandboxWebhook *>> candidates;
    for (const QString &account : m_store->accounts()) {
        for (const SandboxWebhook &webhook : m_store->webhooks(account)) {
            if (webhook.disabled || !webhook.verified)
                continue;
            const QString host = QUrl(webhook.uri).host();
            if (host == u"127.0.0.1" || host == u"localhost" || host == u"::1")
                candidates.append({account, &webhook});
        }
    }
    if (candidates.isEmpty())
        return;
    auto *random = QRandomGenerator::global();
    const auto &chosen = candidates.at(random->bounded(int(candidates.size())));
    const QString account = chosen.first;
    const SandboxWebhook webhook = *chosen.second;
    static const QStringList people
            = {QStringLiteral("Howard Tanner"), QStringLiteral("Ellen Brown"),
               QStringLiteral("José Álvarez"), QStringLiteral("佐藤 花子")};
    const int person = random->bounded(int(people.size()) + 1); // the last: a system event
    SandboxDelivery::Person who;
    if (person < people.size())
        who = {qint64(100 + person), people.at(person)};
    m_delivery->deliver(account, webhook, random->bounded(10000, 999999), who,
                        SandboxDelivery::Kind::Event);
}
