#include "models/plan/CsvDocument.h"

#include <QCoreApplication>
#include <QStringDecoder>

bool CsvDocument::parse(const QByteArray &bytes, QString *error)
{
    m_records.clear();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        if (error) {
            *error = QCoreApplication::translate("CsvDocument",
                                                 "the file is not UTF-8 text; save it as "
                                                 "UTF-8 CSV and try again.");
        }
        return false;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    Record record;
    QString cell;
    int line = 1;
    record.line = 1;
    bool quoted = false;
    bool recordStarted = false;
    int quoteLine = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            quoteLine = line;
            recordStarted = true;
        } else if (c == u',') {
            record.cells.append(cell);
            cell.clear();
            recordStarted = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            if (recordStarted || !cell.isEmpty()) {
                record.cells.append(cell);
                m_records.append(record);
            }
            cell.clear();
            record.cells.clear();
            recordStarted = false;
            ++line;
            record.line = line;
        } else {
            cell += c;
            recordStarted = true;
        }
    }
    if (quoted) {
        if (error) {
            *error = QCoreApplication::translate("CsvDocument",
                                                 "line %1: a quoted cell is never closed.")
                             .arg(quoteLine);
        }
        m_records.clear();
        return false;
    }
    if (recordStarted || !cell.isEmpty()) {
        record.cells.append(cell);
        m_records.append(record);
    }
    return true;
}
