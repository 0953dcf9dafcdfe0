#include "views/WebhookItemDelegate.h"

#include "models/WebhookTableModel.h"

#include <QApplication>
#include <QStyle>

WebhookItemDelegate::WebhookItemDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

void WebhookItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // The list is for looking, not for copying secrets: no userinfo, no query values.
    if (index.column() == WebhookTableModel::UriColumn)
        option->text = Webhook::redactUri(option->text);
    if (index.column() == WebhookTableModel::StateColumn
        && index.data(WebhookTableModel::HasErrorRole).toBool()) {
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
        option->features |= QStyleOptionViewItem::HasDecoration;
        const int size = style->pixelMetric(QStyle::PM_SmallIconSize);
        option->decorationSize = QSize(size, size);
    }
    if (index.data(WebhookTableModel::DisabledRole).toBool()
        && index.column() == WebhookTableModel::StateColumn) {
        option->palette.setColor(QPalette::Text,
                                 option->palette.color(QPalette::Disabled, QPalette::Text));
    }
}
