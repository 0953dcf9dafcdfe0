#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One webhook as the sandbox stores it: the fields of the reference (§2) plus the state the
// service keeps but the API never shows (verification, consecutive failures).
//
// The store format is the sandbox's own (toStoreJson/fromStoreJson); what the API answers is
// built by SandboxApi. A plain value type.
struct SandboxWebhook
{
    qint64 id = 0;
    QString name; // empty: the API answers with the event
    QString event;
    QString uri;
    bool disabled = false;
    QString description;
    QString mailExceptionsTo;
    qint64 webhookPolicyId = 0; // 0: no policy
    bool openIdConnectDiscovery = false;
    QStringList appOfferingReferences;
    QJsonArray attachments; // read-only, from description_attachments
    QString source;
    QString sourceId;
    QString lastError;
    QString createdAt; // ISO 8601, UTC
    QString updatedAt;
    QString nodeId;

    // Verification (reference §4): an unverified webhook receives no event messages.
    bool verified = true;
    QString verificationCode; // the code of the callback now valid; empty: none
    qint64 verificationExpiresAt = 0; // UTC epoch seconds

    // Failures (reference §4), in sandbox time (milliseconds; see SandboxClock).
    int consecutiveFailures = 0;
    qint64 firstFailureAt = 0; // start of the current run of failures
    qint64 lastMailAt = -1; // last exception mail; -1: none

    QJsonObject toStoreJson() const;
    // False and *error when the object is no stored webhook (no positive id, no event).
    static bool fromStoreJson(const QJsonObject &object, SandboxWebhook *out, QString *error);

    friend bool operator==(const SandboxWebhook &, const SandboxWebhook &) = default;
};

using SandboxWebhookList = QList<SandboxWebhook>;
