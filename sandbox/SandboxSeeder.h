#pragma once

#include "models/Webhook.h"

#include <QUrl>

// Realistic sample webhooks for the sandbox: varied events (a few legacy ones), URIs with
// and without credentials or secret query parameters, some disabled with a last_error,
// some with descriptions and mail_exceptions_to, names with commas, quotes and non-ASCII
// text. Deterministic: the same arguments give the same data.
class SandboxSeeder
{
public:
    // `count` webhooks with ids firstId, firstId + 1, ... Every fifth points at
    // `receiverUrl` plus a path when receiverUrl is valid. nodeID is left empty.
    static WebhookList generate(int count, qint64 firstId, const QUrl &receiverUrl = {});
};
