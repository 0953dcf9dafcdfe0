#pragma once

#include "sandbox/SandboxWebhook.h"

#include <QJsonArray>
#include <QUrl>

// Realistic sample webhooks for the sandbox: varied events (a few legacy ones), URIs with
// and without credentials or secret query parameters, some disabled with a last_error,
// some with descriptions and mail_exceptions_to, names with commas, quotes and non-ASCII
// text, a few linked to a signing policy. Deterministic: the same arguments give the same
// data. Seeded webhooks are verified.
class SandboxSeeder
{
public:
    static constexpr int PolicyCount = 3;

    // `count` webhooks with ids firstId, firstId + 1, ... Every fifth points at
    // `receiverUrl` plus a path when receiverUrl is valid. nodeID is left empty.
    static SandboxWebhookList generate(int count, qint64 firstId, const QUrl &receiverUrl = {});
    // A second account's take on the first `count` webhooks of generate(): the same names
    // and events, but some left out, some disabled or enabled the other way round, some with
    // a URI on a "qa." host, plus a few webhooks of its own, numbered from firstId. So that
    // two accounts of one sandbox can be compared.
    static SandboxWebhookList variant(int count, qint64 firstId, const QUrl &receiverUrl = {});
    // The policies (ids 1 to PolicyCount) that seeded webhooks link.
    static QJsonArray policies();
};
