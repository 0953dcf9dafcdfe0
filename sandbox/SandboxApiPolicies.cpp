// SandboxApi, part 2 of 3: /v1/webhook_policies (reference §7), the account's policies kept
// in the store and handled by SandboxPolicies.

#include "sandbox/SandboxApi.h"

#include "sandbox/SandboxApiHelpers.h"
#include "sandbox/SandboxFields.h"
#include "sandbox/SandboxPolicies.h"
#include "sandbox/SandboxPolicyReply.h"
#include "sandbox/SandboxStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

using SandboxApiHelpers::parseBody;
using SandboxApiHelpers::requestedFields;
using SandboxApiHelpers::selectFields;

namespace {
constexpr QLatin1StringView PolicyStoreVersion{"version"};
constexpr QLatin1StringView PolicyStoreNextId{"nextId"};
constexpr QLatin1StringView PolicyStoreRecords{"policies"};
} // namespace

SandboxResponse SandboxApi::fromPolicyReply(const SandboxPolicyReply &reply)
{
    if (reply.body.isUndefined()) {
        SandboxResponse response;
        response.status = reply.status;
        return response;
    }
    SandboxResponse response = json(reply.status, QJsonDocument());
    response.body = reply.bodyBytes();
    return response;
}

bool SandboxApi::loadPolicies(const QString &account, SandboxPolicies *policies,
                              QString *error) const
{
    const QJsonObject stored{{PolicyStoreVersion, SandboxPolicies::StoreVersion},
                             {PolicyStoreNextId, m_store->policyNextId(account)},
                             {PolicyStoreRecords, m_store->policies(account)}};
    return policies->loadStoreJson(stored, error);
}

void SandboxApi::savePolicies(const SandboxPolicies &policies, const QString &account)
{
    const QJsonObject stored = policies.toStoreJson();
    m_store->setPolicies(stored.value(PolicyStoreRecords).toArray(), account,
                         stored.value(PolicyStoreNextId).toInteger());
}

SandboxResponse SandboxApi::routePolicies(const SandboxRequest &request, const QString &path,
                                          const QString &account)
{
    const QByteArray &method = request.method;
    SandboxPolicies policies;
    QString error;
    if (!loadPolicies(account, &policies, &error))
        return message(500, error);

    const QStringList parts = path.mid(QStringLiteral("/v1/webhook_policies").size() + 1)
                                      .split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty()
        || (parts.size() == 1 && (parts.first() == u"enabled" || parts.first() == u"disabled"))) {
        if (parts.isEmpty() && method == "POST") {
            QJsonObject body;
            if (!parseBody(request.body, &body))
                return message(400, QStringLiteral("Invalid JSON string posted"));
            const SandboxPolicyReply reply = policies.create(body);
            SandboxResponse response = fromPolicyReply(reply);
            if (reply.status == 201) {
                savePolicies(policies, account);
                QUrl location = m_baseUrl;
                location.setPath(
                        m_baseUrl.path()
                        + QStringLiteral("/webhook_policies/%1")
                                  .arg(reply.body.toObject().value(SandboxFields::Id).toInteger()));
                response.headers.append({QByteArrayLiteral("Location"), location.toEncoded()});
            }
            return response;
        }
        if (method != "GET")
            return methodNotAllowed(parts.isEmpty() ? "GET, POST" : "GET");
        SandboxPolicies::Filter filter = SandboxPolicies::Filter::All;
        if (!parts.isEmpty()) {
            filter = parts.first() == u"enabled" ? SandboxPolicies::Filter::Enabled
                                                 : SandboxPolicies::Filter::Disabled;
        }
        QList<const SandboxPolicy *> matches;
        for (const SandboxPolicy &policy : policies.policies()) {
            if (filter == SandboxPolicies::Filter::All
                || (filter == SandboxPolicies::Filter::Enabled) == !policy.disabled) {
                matches.append(&policy);
            }
        }
        QList<qint64> ids;
        ids.reserve(matches.size());
        for (const SandboxPolicy *policy : std::as_const(matches))
            ids.append(policy->id);
        return page(request, path, ids,
                    [&matches](qsizetype index, const std::optional<QStringList> &fields) {
                        const SandboxPolicy &policy = *matches.at(index);
                        return fields ? selectFields(SandboxPolicies::fullJson(policy), *fields)
                                      : SandboxPolicies::collectionJson(policy);
                    });
    }

    bool isNumber = false;
    const qint64 id = parts.first().toLongLong(&isNumber);
    if (!isNumber || id <= 0 || parts.size() > 1)
        return message(404, QStringLiteral("Not Found"));
    if (method == "GET") {
        const SandboxPolicyReply reply = policies.get(id);
        const std::optional<QStringList> fields = requestedFields(QUrlQuery(request.url));
        if (reply.status != 200 || !fields)
            return fromPolicyReply(reply);
        return json(200, QJsonDocument(selectFields(reply.body.toObject(), *fields)));
    }
    if (method == "PATCH" || method == "PUT") {
        if (!policies.find(id))
            return message(404, QStringLiteral("Not Found"));
        QJsonObject body;
        if (!parseBody(request.body, &body))
            return message(400, QStringLiteral("Invalid JSON string posted"));
        const SandboxPolicyReply reply = policies.update(id, body);
        if (reply.status == 200)
            savePolicies(policies, account);
        return fromPolicyReply(reply);
    }
    if (method == "DELETE") {
        QHash<qint64, qint64> links;
        for (const SandboxWebhook &webhook : m_store->webhooks(account)) {
            if (webhook.webhookPolicyId > 0)
                links.insert(webhook.id, webhook.webhookPolicyId);
        }
        const SandboxPolicyReply reply = policies.remove(id, links);
        if (reply.status == 204) {
            // Unlink first, so that no webhook ever names a policy that is gone.
            for (const qint64 webhookId : reply.webhooksToUnlink) {
                if (const SandboxWebhook *linked = m_store->find(webhookId, account)) {
                    SandboxWebhook unlinked = *linked;
                    unlinked.webhookPolicyId = 0;
                    unlinked.openIdConnectDiscovery = false;
                    m_store->update(unlinked, true, account);
                }
            }
            savePolicies(policies, account);
        }
        return fromPolicyReply(reply);
    }
    return methodNotAllowed("GET, PATCH, PUT, DELETE");
}
