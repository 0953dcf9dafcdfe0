#pragma once

#include "models/receiver/SignedMessageVerifier.h"

#include <functional>

class PolicyKeyStore;

// The first key source of the Deliveries panel: the public keys Hookbench kept when it
// created a policy (PolicyKeyStore, per profile). A message is matched to its key by the
// policy its webhook links (`policyOfWebhook`, e.g. from the listing in the window), else by
// the JWS header's `kid`, which names the policy when OpenID Connect discovery is on.
//
// The store and the functions must outlive the returned lookup.
SignedMessageVerifier::KeyLookup
storedPolicyKeyLookup(const PolicyKeyStore *store, std::function<QString()> profileKey,
                      std::function<qint64(qint64 webhookId)> policyOfWebhook);
