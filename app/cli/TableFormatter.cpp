#include "app/cli/TableFormatter.h"

#include <algorithm>

namespace {
constexpr qsizetype Gap = 2;
constexpr qsizetype MinimumShrunkWidth = 6;
} // namespace

TableFormatter::TableFormatter(const QList<Column> &columns) : m_columns(columns) { }

void TableFormatter::addRow(const QStringList &cells)
{
    QStringList row;
    row.reserve(m_columns.size());
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        row.append(singleLine(cells.value(i)));
    m_rows.append(row);
}

QString TableFormatter::singleLine(const QString &text)
{
    QString line = text;
    for (QChar &character : line) {
        if (character.category() == QChar::Other_Control)
            character = u' ';
    }
    return line;
}

namespace {
int columnsOf(char32_t codePoint)
{
    const QChar::Category category = QChar::category(codePoint);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
        || category == QChar::Other_Format) {
        return 0;
    }
    // The wide ranges of Unicode's East Asian Width property, in broad strokes.
    const bool wide = (codePoint >= 0x1100 && codePoint <= 0x115F)
            || (codePoint >= 0x2E80 && codePoint <= 0xA4CF && codePoint != 0x303F)
            || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
            || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
            || (codePoint >= 0xFE30 && codePoint <= 0xFE4F)
            || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
            || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6)
            || (codePoint >= 0x1F300 && codePoint <= 0x1FAFF)
            || (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
    return wide ? 2 : 1;
}

// Calls `visit(columns, index, length)` for each code point; stops when it returns false.
template<typename Visit>
void forEachCodePoint(QStringView text, Visit visit)
{
    for (qsizetype i = 0; i < text.size();) {
        char32_t codePoint = text.at(i).unicode();
        qsizetype length = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()
            && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            length = 2;
        }
        if (!visit(columnsOf(codePoint), i, length))
            return;
        i += length;
    }
}
} // namespace

qsizetype TableFormatter::displayWidth(QStringView text)
{
    qsizetype width = 0;
    forEachCodePoint(text, [&width](int columns, qsizetype, qsizetype) {
        width += columns;
        return true;
    });
    return width;
}

QString TableFormatter::elide(const QString &text, qsizetype width)
{
    if (displayWidth(text) <= width)
        return text;
    if (width <= 0)
        return {};
    // Keep whole code points that fit in width - 1 columns, then the ellipsis.
    qsizetype used = 0;
    qsizetype end = 0;
    forEachCodePoint(text, [&](int columns, qsizetype index, qsizetype length) {
        if (used + columns > width - 1)
            return false;
        used += columns;
        end = index + length;
        return true;
    });
    return text.left(end) + u'…';
}

QString TableFormatter::render(int maxWidth) const
{
    const qsizetype count = m_columns.size();
    if (count == 0)
        return {};
    QList<qsizetype> widths(count);
    for (qsizetype i = 0; i < count; ++i) {
        widths[i] = displayWidth(m_columns.at(i).header);
        for (const QStringList &row : m_rows)
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
    }

    if (maxWidth > 0) {
        qsizetype total = Gap * (count - 1);
        for (const qsizetype width : widths)
            total += width;
        // Take one column of width at a time from the widest shrinkable column.
        while (total > maxWidth) {
            qsizetype widest = -1;
            for (qsizetype i = 0; i < count; ++i) {
                const qsizetype floor
                        = std::max(MinimumShrunkWidth, displayWidth(m_columns.at(i).header));
                if (m_columns.at(i).shrinkable && widths.at(i) > floor
                    && (widest < 0 || widths.at(i) > widths.at(widest))) {
                    widest = i;
                }
            }
            if (widest < 0)
                break; // as narrow as it gets; the terminal wraps the rest
            --widths[widest];
            --total;
        }
    }

    QString text;
    const auto appendLine = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < count; ++i) {
            const QString cell = elide(cells.at(i), widths.at(i));
            line += cell;
            if (i + 1 < count)
                line += QString(widths.at(i) - displayWidth(cell) + Gap, u' ');
        }
        while (line.endsWith(u' '))
            line.chop(1);
        text += line + u'\n';
    };
    QStringList headers;
    for (const Column &column : m_columns)
        headers.append(column.header);
    appendLine(headers);
    for (const QStringList &row : m_rows)
        appendLine(row);
    return text;
}
