#include "models/receiver/StoredPolicyKeys.h"

#include "models/PolicyKeyStore.h"

#include <optional>

SignedMessageVerifier::KeyLookup
storedPolicyKeyLookup(const PolicyKeyStore *store, std::function<QString()> profileKey,
                      std::function<qint64(qint64 webhookId)> policyOfWebhook)
{
    return [store, profileKey = std::move(profileKey),
            policyOfWebhook = std::move(policyOfWebhook)](
                   const SignedMessageVerifier::KeyQuery &query) -> DeliveryDecoder::Keys {
        const QString profile = profileKey ? profileKey() : QString();
        if (profile.isEmpty())
            return {};
        std::optional<PolicyKeyStore::Key> key;
        const qint64 policyId
                = policyOfWebhook && query.webhookId > 0 ? policyOfWebhook(query.webhookId) : 0;
        if (policyId > 0)
            key = store->find(profile, policyId);
        if (!key && !query.keyId.isEmpty())
            key = store->findByName(profile, query.keyId);
        if (!key || key->publicKeyPem.isEmpty())
            return {};
        DeliveryDecoder::Keys keys;
        keys.publicKeyPem = key->publicKeyPem.toUtf8();
        return keys;
    };
}
