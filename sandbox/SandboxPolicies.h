#pragma once

#include "sandbox/SandboxPolicy.h"
#include "sandbox/SandboxPolicyReply.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The webhook policies of one sandbox account and the logic of the Webhook Policies API
// (reference §7) as functions from a request's JSON to a status and JSON: list (all, enabled,
// disabled), get, create (201 with every field and public_key_pem, the only time the public
// key is shown), update, delete (204, with the webhooks to unlink). Validation answers 422
// {"message": "Validation Failed", "errors": [[field, text], ...]}, an unknown id 404.
// Routing, authentication, paging and the 400 for a body that is no JSON object belong to the
// caller. Plus the sandbox-only secret of an hs* policy, and the policies as stored JSON
// (with their private keys and secrets). A value type; not thread-safe.
class SandboxPolicies final
{
public:
    enum class Filter { All, Enabled, Disabled };

    static constexpr qsizetype NameLength = 56; // hex characters
    static constexpr qsizetype MaxAudienceBytes = 2048; // UTF-8
    static constexpr qsizetype MaxPublicKeyPemBytes = 2048;
    // About ten years: keeps exp far inside a 64-bit NumericDate.
    static constexpr qint64 MaxExpiresInMinutes = 10LL * 366 * 24 * 60;
    static constexpr int StoreVersion = 1;

    // GET /webhook_policies[/enabled|/disabled]: 200, array of collection fields by id.
    SandboxPolicyReply list(Filter filter = Filter::All) const;
    // GET /webhook_policies/:id: 200 with every field except public_key_pem; 404.
    SandboxPolicyReply get(qint64 id) const;
    // POST /webhook_policies: 201 with every field and public_key_pem (null for hs* and none);
    // 422; 500 when OpenSSL could not make the keys.
    SandboxPolicyReply create(const QJsonObject &body);
    // PATCH /webhook_policies/:id: 200 with every field; 404; 422. jwt_alg cannot change
    // (the new key could never be shown); read-only and unknown fields are ignored.
    SandboxPolicyReply update(qint64 id, const QJsonObject &body);
    // DELETE /webhook_policies/:id: 204; 404. `webhookPolicyIds` maps each webhook id of the
    // account to the id of its policy; the reply lists the webhooks linked to this one.
    SandboxPolicyReply remove(qint64 id, const QHash<qint64, qint64> &webhookPolicyIds);
    // GET /_sandbox/webhook_policies/:id/secret: 200 {"secret": "..."} for hs*; 404 for an
    // unknown id or a policy without a shared secret. The real API never shows a secret.
    SandboxPolicyReply secret(qint64 id) const;

    // Whether a webhook may be linked to the policy: it exists and is enabled.
    bool canLink(qint64 id) const { return !linkError(id).has_value(); }
    // Why a webhook's webhook_policy_id cannot name this policy (the text of the 422 for the
    // field webhook_policy_id), or nullopt when it can.
    std::optional<QString> linkError(qint64 id) const;

    const QList<SandboxPolicy> &policies() const { return m_policies; }
    const SandboxPolicy *find(qint64 id) const;
    const SandboxPolicy *findByName(QStringView name) const;
    qint64 nextId() const { return m_nextId; }
    bool isEmpty() const { return m_policies.isEmpty(); }

    // The policy as the API shows it: every field (public_key_pem only when asked).
    static QJsonObject fullJson(const SandboxPolicy &policy, bool withPublicKey = false);
    static QJsonObject collectionJson(const SandboxPolicy &policy);

    // Every policy with its keys, for the sandbox's store: {"version", "nextId", "policies"}.
    QJsonObject toStoreJson() const;
    // Replaces the policies with those of `json`. Returns false and sets *error (naming the
    // record) when anything is wrong; the policies are then unchanged.
    bool loadStoreJson(const QJsonObject &json, QString *error = nullptr);
    static QJsonObject storeJson(const SandboxPolicy &policy);
    static std::optional<SandboxPolicy> fromStoreJson(const QJsonObject &json,
                                                      QString *error = nullptr);

private:
    qsizetype indexOf(qint64 id) const;
    QString newName() const;

    QList<SandboxPolicy> m_policies; // ascending id
    qint64 m_nextId = 1;
};
