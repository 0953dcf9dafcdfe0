// SandboxApi, part 3 of 3: the requests outside /v1, answered without an API token: the
// verification callbacks (/webhooks/:id/verify), the discovery documents of a policy's issuer
// (openid-configuration and JWKS) and the sandbox-only namespace /_sandbox.

#include "sandbox/SandboxApi.h"

#include "sandbox/SandboxDelivery.h"
#include "sandbox/SandboxFields.h"
#include "sandbox/SandboxMessageSigner.h"
#include "sandbox/SandboxPolicies.h"
#include "sandbox/SandboxPolicyReply.h"
#include "sandbox/SandboxStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStringList>
#include <QUrlQuery>

SandboxResponse SandboxApi::verify(const SandboxRequest &request, const QString &path)
{
    // /webhooks/:id/verify?code=...&expires_at=..., GET or POST, without a token: the
    // receiver (or a person in a browser) proves that it owns the URI.
    if (request.method != "GET" && request.method != "POST")
        return methodNotAllowed("GET, POST");
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    bool ok = false;
    const qint64 id = parts.size() == 3 ? parts.at(1).toLongLong(&ok) : 0;
    const QString code = QUrlQuery(request.url).queryItemValue(QStringLiteral("code"));
    if (!ok || code.isEmpty())
        return message(404, QStringLiteral("Not Found"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const QString &account : m_store->accounts()) {
        const SandboxWebhook *webhook = m_store->find(id, account);
        if (!webhook || webhook->verified || webhook->verificationCode != code)
            continue;
        if (webhook->verificationExpiresAt < now)
            return message(410, QStringLiteral("The verification code has expired"));
        SandboxWebhook verified = *webhook;
        verified.verified = true;
        verified.verificationCode.clear();
        verified.verificationExpiresAt = 0;
        m_store->update(verified, false, account);
        return json(200,
                    QJsonDocument(QJsonObject{{SandboxFields::Id, id},
                                              {QLatin1StringView("verified"), true}}));
    }
    return message(404, QStringLiteral("Not Found"));
}

SandboxResponse SandboxApi::discovery(const SandboxRequest &request, const QString &path)
{
    if (request.method != "GET")
        return methodNotAllowed("GET");
    const SandboxMessageSigner::DiscoveryRequest wanted
            = SandboxMessageSigner::parseDiscoveryPath(path);
    // Policy names are random, so one name finds at most one policy among the accounts.
    for (const QString &account : m_store->accounts()) {
        SandboxPolicies policies;
        if (!loadPolicies(account, &policies, nullptr))
            continue;
        const SandboxPolicy *policy = policies.findByName(wanted.policyName);
        if (!policy)
            continue;
        if (wanted.document == SandboxMessageSigner::Document::OpenIdConfiguration)
            return json(
                    200,
                    QJsonDocument(SandboxMessageSigner::openIdConfiguration(*policy, m_baseUrl)));
        return json(200, QJsonDocument(SandboxMessageSigner::jwks(*policy)));
    }
    return message(404, QStringLiteral("Not Found"));
}

SandboxResponse SandboxApi::sandboxOnly(const SandboxRequest &request, const QString &path)
{
    // Sandbox-only, for tests and the demo; the account header picks the account as on /v1,
    // the first account without one.
    bool present = false;
    QString account = accountHeader(request, &present);
    if (!present)
        account = m_store->defaultAccount();
    if (!m_store->hasAccount(account))
        return message(403, QStringLiteral("Forbidden"));
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts); // "_sandbox", ...
    if (parts.size() == 2 && parts.at(1) == u"outbox") {
        if (request.method != "GET")
            return methodNotAllowed("GET");
        return json(200, QJsonDocument(m_delivery ? m_delivery->outbox(account) : QJsonArray()));
    }
    if (parts.size() == 4 && parts.at(1) == u"webhook_policies" && parts.at(3) == u"secret") {
        // The shared secret of an hs* policy, which the API never shows.
        if (request.method != "GET")
            return methodNotAllowed("GET");
        bool ok = false;
        const qint64 id = parts.at(2).toLongLong(&ok);
        SandboxPolicies policies;
        QString error;
        if (!loadPolicies(account, &policies, &error))
            return message(500, error);
        return fromPolicyReply(policies.secret(ok ? id : 0));
    }
    if (parts.size() >= 3 && parts.at(1) == u"webhooks") {
        bool ok = false;
        const qint64 id = parts.at(2).toLongLong(&ok);
        const SandboxWebhook *webhook = ok ? m_store->find(id, account) : nullptr;
        if (!webhook)
            return message(404, QStringLiteral("Not Found"));
        if (parts.size() == 3) {
            if (request.method != "GET")
                return methodNotAllowed("GET");
            return json(
                    200,
                    QJsonDocument(QJsonObject{{QLatin1StringView("verified"), webhook->verified},
                                              {QLatin1StringView("consecutive_failures"),
                                               webhook->consecutiveFailures}}));
        }
        if (parts.size() == 4 && parts.at(3) == u"events") {
            // An event message as the service would send it for a change of a record.
            if (request.method != "POST")
                return methodNotAllowed("POST");
            const bool sent = m_delivery
                    && m_delivery->deliver(
                            account, *webhook, QRandomGenerator::global()->bounded(10000, 999999),
                            {100, QStringLiteral("Howard Tanner")}, SandboxDelivery::Kind::Event);
            return json(202, QJsonDocument(QJsonObject{{QLatin1StringView("sent"), sent}}));
        }
    }
    return message(404, QStringLiteral("Not Found"));
}
