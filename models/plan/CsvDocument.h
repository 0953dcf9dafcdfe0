#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// An RFC 4180 document read back into records, for desired-state files: comma separator,
// CRLF or LF line ends, quoted cells with doubled quotes and line breaks, a leading UTF-8
// byte order mark skipped. Each record remembers the line it starts on, so that errors can
// name it. A value type.
class CsvDocument
{
public:
    struct Record
    {
        int line = 0; // 1-based line of the file where the record starts
        QStringList cells;
    };

    // False and *error (naming the line) when the bytes are not UTF-8 or a quote is left
    // open at the end.
    bool parse(const QByteArray &bytes, QString *error = nullptr);

    const QList<Record> &records() const { return m_records; }

private:
    QList<Record> m_records;
};
