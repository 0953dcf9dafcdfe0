#pragma once

#include "models/history/HistoryDiff.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// A difference between two states of an account as people read it: field values as text,
// "field: old → new" lines, and a CSV document (through CsvWriter's quoting and
// AtomicFileWriter). URIs in the lines are redacted (no userinfo, no query values), as in the
// table; the CSV, like the webhook CSV export, carries the values as they are.
// Threading: stateless, usable from any thread.
class HistoryDiffText final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryDiffText)

public:
    enum class Uri { Redacted, AsIs };

    // A value for a person: strings as JSON strings ("…"), numbers, true/false, arrays and
    // objects as compact JSON, "(not set)" for a field that was or is no longer set.
    static QString valueText(const QString &field, const QJsonValue &value,
                             Uri uri = Uri::Redacted);
    // "name: \"Old\" → \"New\"" (a change that only a hidden part of a URI shows says so).
    static QString fieldLine(const HistoryDiff::FieldChange &change);
    static QStringList fieldLines(const HistoryDiff::WebhookChange &change);

    // change,id,name,event,field,old,new: one row per created or removed webhook (field, old
    // and new empty) and one per changed field.
    static QStringList csvHeaders();
    static QByteArray toCsv(const HistoryDiff &diff);
    // Writes the CSV atomically; false and *error (a sentence for a person) on failure.
    static bool writeCsv(const QString &fileName, const HistoryDiff &diff, QString *error);
};
