#pragma once

#include "models/Webhook.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

// The webhooks an account should have, as read from a file that `hookbench-cli export`
// writes (JSON array or CSV), so that every export is a valid desired state.
//
// givenFields holds the writable fields (API names) the file speaks about: every one for
// JSON, where an absent key means empty, and the columns present for CSV, so that a plan
// leaves the other fields of the target as they are. A value type.
struct DesiredState
{
    enum class Format { Detect, Json, Csv };

    WebhookList webhooks;
    QSet<QString> givenFields;
    // Where each webhook came from, for messages: "line 4" (CSV) or "index 3" (JSON).
    QStringList locations;

    bool isGiven(QLatin1StringView field) const { return givenFields.contains(QString(field)); }

    // Parses a desired state. Refuses (nullopt and *error, naming the line or the index):
    // unknown columns or fields, a missing or unknown event, an invalid URI, a URI masked by
    // an export with masking on, a value of the wrong type. Detect picks JSON when the first
    // non-blank character is '[' or '{' and CSV otherwise.
    static std::optional<DesiredState> parse(const QByteArray &bytes, Format format,
                                             QString *error = nullptr);
    // Reads the file, picking the format from its suffix (.json, .csv) or its contents.
    static std::optional<DesiredState> readFile(const QString &fileName, QString *error = nullptr);

    // Whether a URI was masked for display (Webhook::redactUri or an export with masking):
    // "***" in its user info or its query.
    static bool isMaskedUri(const QString &uri);
};
