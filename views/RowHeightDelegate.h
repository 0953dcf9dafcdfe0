#pragma once

#include <QStyledItemDelegate>

// Gives the rows of a list the height the webhook table's rows have (the font's height plus
// 8 pixels), so that the lists of the window read alike instead of cramped.
class RowHeightDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowHeightDelegate)

public:
    explicit RowHeightDelegate(QObject *parent = nullptr);

    // The row height for a view that shows `metrics`' font.
    static int rowHeight(const QFontMetrics &metrics) { return metrics.height() + 8; }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
