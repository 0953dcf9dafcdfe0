#include "views/RowHeightDelegate.h"

#include <algorithm>

RowHeightDelegate::RowHeightDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

QSize RowHeightDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), rowHeight(option.fontMetrics)));
    return size;
}
