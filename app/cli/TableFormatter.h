#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Lays out rows of text as aligned columns for a terminal: a header row, columns separated
// by two spaces, line breaks and tabs in cells shown as spaces. Widths are counted in
// terminal columns. When the table is wider
// than the space available, the columns marked shrinkable are cut (with "…") until it fits.
class TableFormatter
{
public:
    struct Column
    {
        QString header;
        bool shrinkable = false;
    };

    explicit TableFormatter(const QList<Column> &columns);

    void addRow(const QStringList &cells); // one cell per column
    qsizetype rowCount() const { return m_rows.size(); }

    // The whole table, each line ending in '\n'. maxWidth <= 0: no limit.
    QString render(int maxWidth) const;

    static QString singleLine(const QString &text);
    // Terminal columns that `text` takes: East Asian wide characters and emoji take two,
    // combining marks none.
    static qsizetype displayWidth(QStringView text);
    // `text` cut to at most `width` columns, ending in "…" when it was cut.
    static QString elide(const QString &text, qsizetype width);

private:
    QList<Column> m_columns;
    QList<QStringList> m_rows;
};
