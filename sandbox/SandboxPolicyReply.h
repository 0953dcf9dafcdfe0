#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

// The answer of SandboxPolicies to one /webhook_policies request: an HTTP status and a JSON
// body (an object or an array; undefined for 204), which the sandbox's router writes out.
struct SandboxPolicyReply
{
    int status = 200;
    QJsonValue body = QJsonValue::Undefined;
    // Delete: the webhooks that were linked to the deleted policy and must now be unlinked.
    QList<qint64> webhooksToUnlink;

    // The body as compact JSON; empty when there is none.
    QByteArray bodyBytes() const
    {
        if (body.isObject())
            return QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        if (body.isArray())
            return QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
        return {};
    }
};
