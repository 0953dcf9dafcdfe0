#include "models/workflow/PolicyDirectory.h"

#include "models/Logging.h"
#include "models/api/ApiError.h"
#include "models/api/WebhookPolicyService.h"

#include <algorithm>

PolicyDirectory::PolicyDirectory(ApiClient *client, QObject *parent)
    : QObject(parent), m_service(new WebhookPolicyService(client, this))
{ }

PolicyDirectory::~PolicyDirectory() = default;

void PolicyDirectory::clear()
{
    ++m_generation;
    m_byId.clear();
    m_idByName.clear();
    m_reloadedFor.clear();
    m_loading = false;
    m_loadAgain = false;
    m_loaded = false;
}

void PolicyDirectory::reload()
{
    // Asked from outside: every unknown policy may start a reload again afterwards.
    m_reloadedFor.clear();
    startListing();
}

void PolicyDirectory::startListing()
{
    if (m_loading) {
        m_loadAgain = true; // the listing under way may be older than the change
        return;
    }
    m_loading = true;
    m_loadAgain = false;
    const quint64 generation = m_generation;
    m_service->list(WebhookState::All, this,
                    [this, generation](const WebhookPolicyList &policies, const ApiError &error) {
                        if (generation != m_generation)
                            return; // listed for the account before clear()
                        m_loading = false;
                        if (error && error.kind != ApiError::Kind::Incomplete) {
                            qCInfo(lcModel)
                                    << "the webhook policies could not be listed:" << error.message;
                            Q_EMIT loadFailed(error.userMessage());
                        } else {
                            apply(policies);
                            Q_EMIT loaded();
                        }
                        if (m_loadAgain)
                            startListing();
                    });
}

void PolicyDirectory::apply(const WebhookPolicyList &policies)
{
    m_byId.clear();
    m_idByName.clear();
    for (const WebhookPolicy &policy : policies) {
        m_byId.insert(policy.id, policy);
        if (!policy.name.isEmpty())
            m_idByName.insert(policy.name, policy.id);
    }
    m_loaded = true;
}

WebhookPolicyList PolicyDirectory::policies() const
{
    WebhookPolicyList result = m_byId.values();
    std::sort(result.begin(), result.end(),
              [](const WebhookPolicy &a, const WebhookPolicy &b) { return a.id < b.id; });
    return result;
}

void PolicyDirectory::reloadFor(const QString &what)
{
    if (m_reloadedFor.contains(what))
        return;
    m_reloadedFor.insert(what);
    startListing();
}

std::optional<QString> PolicyDirectory::audienceOf(qint64 policyId)
{
    if (policyId <= 0)
        return std::nullopt;
    const auto found = m_byId.constFind(policyId);
    if (found == m_byId.cend()) {
        reloadFor(QStringLiteral("id:%1").arg(policyId));
        return std::nullopt;
    }
    return found->jwtAudience;
}

std::optional<QString> PolicyDirectory::audienceOfNamed(const QString &name)
{
    if (name.isEmpty())
        return std::nullopt;
    const auto found = m_idByName.constFind(name);
    if (found == m_idByName.cend()) {
        reloadFor(QStringLiteral("name:") + name);
        return std::nullopt;
    }
    return audienceOf(*found);
}

std::optional<QString> PolicyDirectory::audienceFor(qint64 policyId, const QString &keyId)
{
    if (policyId > 0)
        return audienceOf(policyId);
    return audienceOfNamed(keyId);
}
