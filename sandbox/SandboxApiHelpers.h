#pragma once

#include "sandbox/SandboxFields.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

// Internal to SandboxApi (SandboxApi*.cpp): the request helpers that its endpoint files share.
// Not part of the sandbox's interface; include it only from the SandboxApi sources.
namespace SandboxApiHelpers {
// A request body that is a JSON object; false for anything else.
inline bool parseBody(const QByteArray &body, QJsonObject *object)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *object = document.object();
    return true;
}

// `fields=a,b`: id and the named fields of the full record; nullopt without the parameter.
inline std::optional<QStringList> requestedFields(const QUrlQuery &query)
{
    if (!query.hasQueryItem(QStringLiteral("fields")))
        return std::nullopt;
    QStringList fields;
    const QStringList parts
            = query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded).split(u',');
    for (const QString &part : parts) {
        const QString field = part.trimmed();
        if (!field.isEmpty())
            fields.append(field);
    }
    return fields;
}

// The id and the named `fields` of a full record; unknown names are left out.
inline QJsonObject selectFields(QJsonObject full, const QStringList &fields)
{
    // A listing usually asks for most fields: dropping the few left out is cheaper than
    // inserting the many asked for into a new object, row after row.
    const QStringList keys = full.keys();
    for (const QString &key : keys) {
        if (key != SandboxFields::Id && !fields.contains(key))
            full.remove(key);
    }
    return full;
}
} // namespace SandboxApiHelpers
