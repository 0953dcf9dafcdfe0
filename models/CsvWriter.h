#pragma once

#include "models/Webhook.h"

#include <QString>
#include <QStringList>

class QIODevice;

// Writes webhooks as CSV (RFC 4180): comma separator, CRLF line ends, quotes doubled,
// fields with a comma, quote, CR or LF quoted; UTF-8, with an optional byte order mark so
// that Excel reads it as UTF-8. Cells that start with = + - @ tab or CR get a leading '
// (the OWASP CSV-injection rule) unless formulaGuard is off.
// Columns: id,name,event,uri,disabled,mail_exceptions_to,description,last_error,
// created_at,updated_at (the first ten, in this order since the first release), then
// webhook_policy (name, else id),openid_connect_discovery,app_offering_references (joined
// with ';'),source,sourceID. Never writes a token (there is none in a Webhook).
class CsvWriter
{
public:
    struct Options
    {
        bool byteOrderMark = false;
        bool formulaGuard = true;
        // Write URIs as the window shows them (Webhook::redactUri): without userinfo and
        // with every query value masked.
        bool maskUriSecrets = false;
    };

    static QStringList headers();
    // One CSV record (with its CRLF) for the given cells.
    static QByteArray record(const QStringList &cells, bool formulaGuard);
    static QString escapeCell(const QString &cell, bool formulaGuard);

    // The whole document in memory.
    static QByteArray toCsv(const WebhookList &webhooks, const Options &options);
    // Writes to `device` as it goes; false and *error on a write failure.
    static bool write(QIODevice *device, const WebhookList &webhooks, const Options &options,
                      QString *error = nullptr);
    // Writes `fileName` atomically through AtomicFileWriter: on any failure an earlier file of
    // that name is left untouched. *error says what failed, for a person.
    static bool writeFile(const QString &fileName, const WebhookList &webhooks,
                          const Options &options, QString *error = nullptr);
};
