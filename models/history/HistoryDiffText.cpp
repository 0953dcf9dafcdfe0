#include "models/history/HistoryDiffText.h"

#include "common/AtomicFileWriter.h"
#include "models/CsvWriter.h"
#include "models/JsonKeys.h"
#include "models/Webhook.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString HistoryDiffText::valueText(const QString &field, const QJsonValue &value, Uri uri)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return tr("(not set)");
    case QJsonValue::String: {
        // A URI may carry a secret in its userinfo or query.
        const QString text = field == JsonKeys::Uri && uri == Uri::Redacted
                ? Webhook::redactUri(value.toString())
                : value.toString();
        return QString::fromUtf8(
                QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toInteger(qint64(value.toDouble())));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString HistoryDiffText::fieldLine(const HistoryDiff::FieldChange &change)
{
    const QString before = valueText(change.field, change.before);
    QString after = valueText(change.field, change.after);
    if (before == after)
        after += u' ' + tr("(a hidden part changed)");
    return tr("%1: %2 → %3").arg(change.field, before, after);
}

QStringList HistoryDiffText::fieldLines(const HistoryDiff::WebhookChange &change)
{
    QStringList lines;
    lines.reserve(change.fields.size());
    for (const HistoryDiff::FieldChange &field : change.fields)
        lines.append(fieldLine(field));
    return lines;
}

QStringList HistoryDiffText::csvHeaders()
{
    return {QStringLiteral("change"), QStringLiteral("id"),    QStringLiteral("name"),
            QStringLiteral("event"),  QStringLiteral("field"), QStringLiteral("old"),
            QStringLiteral("new")};
}

QByteArray HistoryDiffText::toCsv(const HistoryDiff &diff)
{
    constexpr bool FormulaGuard = true;
    const auto cellsOf = [](const QString &change, const QJsonObject &webhook) {
        return QStringList{change, QString::number(webhook.value(JsonKeys::Id).toInteger()),
                           webhook.value(JsonKeys::Name).toString(),
                           webhook.value(JsonKeys::Event).toString()};
    };
    const auto plain = [](const QString &field, const QJsonValue &value) {
        if (value.isUndefined() || value.isNull())
            return QString();
        return value.isString() ? value.toString() : valueText(field, value, Uri::AsIs);
    };
    QByteArray csv = CsvWriter::record(csvHeaders(), FormulaGuard);
    for (const QJsonObject &webhook : diff.created())
        csv += CsvWriter::record(cellsOf(QStringLiteral("created"), webhook) + QStringList(3),
                                 FormulaGuard);
    for (const HistoryDiff::WebhookChange &change : diff.changed()) {
        const QStringList cells = cellsOf(QStringLiteral("changed"), change.after);
        for (const HistoryDiff::FieldChange &field : change.fields) {
            csv += CsvWriter::record(cells
                                             + QStringList{field.field,
                                                           plain(field.field, field.before),
                                                           plain(field.field, field.after)},
                                     FormulaGuard);
        }
    }
    for (const QJsonObject &webhook : diff.removed())
        csv += CsvWriter::record(cellsOf(QStringLiteral("removed"), webhook) + QStringList(3),
                                 FormulaGuard);
    return csv;
}

bool HistoryDiffText::writeCsv(const QString &fileName, const HistoryDiff &diff, QString *error)
{
    QString reason;
    if (AtomicFileWriter::writeFile(fileName, toCsv(diff), &reason))
        return true;
    if (error) {
        *error = tr("Could not save the CSV file “%1”: %2. Choose another folder or file name "
                    "and export again.")
                         .arg(QDir::toNativeSeparators(fileName), reason);
    }
    return false;
}
