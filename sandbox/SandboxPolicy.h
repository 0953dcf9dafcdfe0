#pragma once

#include "sandbox/SandboxJwsSigner.h"
#include "sandbox/SandboxPolicyKeys.h"

#include <QDateTime>
#include <QString>

#include <optional>

// One webhook policy of the sandbox (reference §7) with its keys. A plain value.
struct SandboxPolicy
{
    qint64 id = 0;
    QString name; // generated: 56 lower-case hex characters
    bool disabled = false; // a disabled policy cannot be linked to webhooks
    SandboxJwsSigner::Algorithm algorithm = SandboxJwsSigner::Algorithm::None;
    QString audience; // the aud claim; empty: none
    std::optional<qint64> expiresInMinutes; // exp = iat + this; nullopt: no exp
    SandboxPolicyKeys keys;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
};
