#include "models/receiver/SandboxSecretSource.h"

#include "models/JsonKeys.h"
#include "models/Logging.h"
#include "models/ServiceUrl.h"
#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"

#include <QJsonObject>

namespace {
constexpr QLatin1StringView SecretKey{"secret"};
} // namespace

SandboxSecretSource::SandboxSecretSource(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    Q_ASSERT(client);
}

bool SandboxSecretSource::isActive() const
{
    const ConnectionProfile profile = m_client->profile();
    return profile.sandbox && ServiceUrl::isLoopbackHost(profile.serviceUrl.host());
}

QByteArray SandboxSecretSource::secretFor(qint64 webhookId)
{
    if (webhookId <= 0 || !isActive())
        return {};
    if (const auto found = m_secrets.constFind(webhookId); found != m_secrets.constEnd())
        return found.value();
    if (m_asked.contains(webhookId))
        return {};
    m_asked.insert(webhookId);

    ApiRequest request;
    request.url = m_client->urlFor(QStringLiteral("/webhooks/%1").arg(webhookId));
    ApiCall *call = m_client->send(request);
    connect(call, &ApiCall::finished, this, [this, webhookId](const ApiResponse &response) {
        const qint64 policyId = response.json.object()
                                        .value(JsonKeys::WebhookPolicy)
                                        .toObject()
                                        .value(JsonKeys::Id)
                                        .toInteger();
        if (response.error.isError() || policyId <= 0) {
            qCDebug(lcModel) << "no sandbox policy for webhook" << webhookId;
            return;
        }
        fetchSecret(webhookId, policyId);
    });
    return {};
}

void SandboxSecretSource::fetchSecret(qint64 webhookId, qint64 policyId)
{
    if (!isActive())
        return;
    ApiRequest request;
    QUrl url = m_client->profile().serviceUrl;
    url.setPath(QStringLiteral("/_sandbox/webhook_policies/%1/secret").arg(policyId));
    url.setQuery(QString());
    request.url = url;
    ApiCall *call = m_client->send(request);
    connect(call, &ApiCall::finished, this, [this, webhookId](const ApiResponse &response) {
        const QByteArray secret = response.json.object().value(SecretKey).toString().toUtf8();
        if (response.error.isError() || secret.isEmpty())
            return; // not an hs* policy, or no sandbox after all
        m_secrets.insert(webhookId, secret);
        Q_EMIT secretFound(webhookId);
    });
}
