// Fuzz target: the CSV writer, checked by an independent, strict RFC 4180 reader.
//
// Input: one flag byte, then the cells. Flag bit 0: formula guard on; bit 1: byte order
// mark; bit 2: the cells are raw UTF-16 code units (so lone surrogates occur) instead of
// UTF-8 text. Cells are separated by U+001F (unit separator).
//
// Invariants: a record and a whole document (header plus one webhook made of the cells)
// read back as exactly the cells written. With the guard off that is the cells
// themselves; with it on, a cell that starts with = + - @ TAB or CR reads back with a
// leading ' and no cell reads back starting with one of those.
#include "models/CsvWriter.h"
#include "models/Webhook.h"

#include <QByteArrayList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_csv_writer: %s\n", what);
    std::abort();
}

bool isFormulaTrigger(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const char16_t first = cell.front().unicode();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r';
}

// A strict RFC 4180 reader over bytes: every record ends in CRLF; a field is either
// unquoted (no quote, CR or LF in it) or quoted (quotes doubled inside, and followed by a
// comma or the record's end). Fields are UTF-8. nullopt when the bytes are not such CSV.
std::optional<QList<QStringList>> readCsv(const QByteArray &bytes)
{
    QList<QStringList> records;
    QStringList record;
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    if (n == 0)
        return records;
    while (true) {
        QByteArray field;
        if (i < n && bytes.at(i) == '"') {
            ++i;
            while (true) {
                if (i >= n)
                    return std::nullopt; // an unterminated quoted field
                const char c = bytes.at(i++);
                if (c != '"') {
                    field += c;
                } else if (i < n && bytes.at(i) == '"') {
                    field += '"';
                    ++i;
                } else {
                    break;
                }
            }
        } else {
            while (i < n && bytes.at(i) != ',' && bytes.at(i) != '\r') {
                const char c = bytes.at(i++);
                if (c == '"' || c == '\n')
                    return std::nullopt; // a quote or line feed in an unquoted field
                field += c;
            }
        }
        // Not QString::fromUtf8(), which drops a U+FEFF at the start of a field.
        QStringDecoder utf8(QStringDecoder::Utf8,
                            QStringDecoder::Flag::Stateless
                                    | QStringDecoder::Flag::ConvertInitialBom);
        record.append(utf8(field));
        if (i < n && bytes.at(i) == ',') {
            ++i;
            continue;
        }
        if (i + 1 < n && bytes.at(i) == '\r' && bytes.at(i + 1) == '\n') {
            i += 2;
            records.append(std::exchange(record, {}));
            if (i == n)
                return records;
            continue;
        }
        return std::nullopt; // junk after a field, or no CRLF at the end
    }
}

// What a cell must read back as: UTF-8 cannot carry a lone surrogate, so each becomes
// U+FFFD, within its own cell.
QString expected(const QString &cell, bool formulaGuard)
{
    QString text;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const QChar c = cell.at(i);
        if (c.isHighSurrogate() && i + 1 < cell.size() && cell.at(i + 1).isLowSurrogate()) {
            text += c;
            text += cell.at(++i);
        } else {
            text += c.isSurrogate() ? QChar(QChar::ReplacementCharacter) : c;
        }
    }
    return formulaGuard && isFormulaTrigger(cell) ? u'\'' + text : text;
}

void checkCells(const QStringList &read, const QStringList &written, bool formulaGuard)
{
    if (read.size() != written.size())
        fail("a record reads back with another number of cells");
    for (qsizetype i = 0; i < read.size(); ++i) {
        if (read.at(i) != expected(written.at(i), formulaGuard))
            fail("a cell does not read back as written");
        if (formulaGuard && isFormulaTrigger(read.at(i)))
            fail("a guarded cell reads back starting with a formula character");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t flags = data[0];
    const bool formulaGuard = flags & 1;
    const bool byteOrderMark = flags & 2;
    const bool utf16 = flags & 4;
    const char *rest = reinterpret_cast<const char *>(data + 1);
    const qsizetype restSize = qsizetype(size - 1);

    QString text;
    if (utf16) {
        text.resize(restSize / 2);
        std::memcpy(text.data(), rest, size_t(text.size()) * 2);
    } else {
        text = QString::fromUtf8(rest, restSize);
    }
    const QStringList cells = text.split(QChar(0x1f));

    // One record.
    const QByteArray record = CsvWriter::record(cells, formulaGuard);
    const std::optional<QList<QStringList>> records = readCsv(record);
    if (!records || records->size() != 1)
        fail("a record is not exactly one RFC 4180 record");
    checkCells(records->first(), cells, formulaGuard);
    QStringList escaped;
    for (const QString &cell : cells)
        escaped.append(CsvWriter::escapeCell(cell, formulaGuard));
    if (record != (escaped.join(u',') + QStringLiteral("\r\n")).toUtf8())
        fail("record() is not the escaped cells joined by commas");

    // A whole document: the header and one webhook whose text fields are the cells.
    Webhook webhook;
    webhook.id = qint64(cells.size()) * 7919 - 3;
    webhook.disabled = cells.size() % 2;
    QString *const fields[] = {&webhook.name,
                               &webhook.event,
                               &webhook.uri,
                               &webhook.mailExceptionsTo,
                               &webhook.description,
                               &webhook.lastError,
                               &webhook.createdAt,
                               &webhook.updatedAt,
                               &webhook.webhookPolicyName,
                               &webhook.source,
                               &webhook.sourceId};
    for (qsizetype i = 0; i < qsizetype(std::size(fields)); ++i)
        *fields[i] = cells.value(i);
    webhook.webhookPolicyId = webhook.webhookPolicyName.isEmpty() ? 0 : webhook.id;
    webhook.openIdConnectDiscovery = cells.size() % 3 == 0;
    CsvWriter::Options options;
    options.formulaGuard = formulaGuard;
    options.byteOrderMark = byteOrderMark;
    QByteArray document = CsvWriter::toCsv({webhook}, options);
    if (byteOrderMark) {
        if (!document.startsWith("\xEF\xBB\xBF"))
            fail("no byte order mark");
        document.remove(0, 3);
    }
    const std::optional<QList<QStringList>> rows = readCsv(document);
    if (!rows || rows->size() != 2)
        fail("a document is not a header and one row of RFC 4180");
    if (rows->at(0) != CsvWriter::headers())
        fail("the header row changed");
    const QStringList expectedRow
            = {QString::number(webhook.id),
               webhook.name,
               webhook.event,
               webhook.uri,
               webhook.disabled ? QStringLiteral("true") : QStringLiteral("false"),
               webhook.mailExceptionsTo,
               webhook.description,
               webhook.lastError,
               webhook.createdAt,
               webhook.updatedAt,
               webhook.webhookPolicyName,
               webhook.openIdConnectDiscovery ? QStringLiteral("true") : QStringLiteral("false"),
               QString(), // app_offering_references
               webhook.source,
               webhook.sourceId};
    // The id is a number, never guarded.
    if (rows->at(1).value(0) != expectedRow.first())
        fail("the id changed");
    checkCells(rows->at(1).mid(1), expectedRow.mid(1), formulaGuard);
    return 0;
}
