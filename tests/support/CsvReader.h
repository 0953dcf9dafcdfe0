#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

// Reads an RFC 4180 document back into records of cells, for tests that check what the
// CSV export wrote: quoted cells may hold commas, quotes and line breaks; records end in
// CRLF; a leading byte order mark is skipped. Written independently of CsvWriter.
class CsvReader
{
public:
    static QList<QStringList> read(const QByteArray &bytes);
};
