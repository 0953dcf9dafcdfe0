#include "views/WebhookItemDelegate.h"

#include "models/WebhookTableModel.h"
#include "views/Icons.h"
#include "views/StatusColors.h"

#include <QApplication>
#include <QStyle>

#include <optional>

WebhookItemDelegate::WebhookItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent),
      m_createdIcon(Icons::action(QStringLiteral("list-add"))),
      m_changedIcon(Icons::action(QStringLiteral("document-edit")))
{ }

void WebhookItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // The list is for looking, not for copying secrets: no userinfo, no query values.
    if (index.column() == WebhookTableModel::UriColumn)
        option->text = Webhook::redactUri(option->text);
    if (index.column() == WebhookTableModel::StateColumn) {
        // One icon a state that needs the administrator: disabled after failures (most likely
        // by the service), awaiting verification, or a last delivery that failed.
        std::optional<QStyle::StandardPixmap> icon;
        switch (WebhookTableModel::State(index.data(WebhookTableModel::StateRole).toInt())) {
        case WebhookTableModel::State::DisabledAfterFailures:
            icon = QStyle::SP_MessageBoxCritical;
            break;
        case WebhookTableModel::State::AwaitingVerification:
            icon = QStyle::SP_MessageBoxInformation;
            break;
        case WebhookTableModel::State::Enabled:
        case WebhookTableModel::State::Disabled:
            if (index.data(WebhookTableModel::HasErrorRole).toBool())
                icon = QStyle::SP_MessageBoxWarning;
            break;
        }
        if (icon) {
            const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
            option->icon = style->standardIcon(*icon);
            option->features |= QStyleOptionViewItem::HasDecoration;
            const int size = style->pixelMetric(QStyle::PM_SmallIconSize);
            option->decorationSize = QSize(size, size);
        }
    }
    // Created or changed since the previous snapshot: a tint on the row, an icon by its id.
    const auto change
            = WebhookTableModel::ChangeMark(index.data(WebhookTableModel::ChangeRole).toInt());
    if (change != WebhookTableModel::ChangeMark::None) {
        const bool created = change == WebhookTableModel::ChangeMark::Created;
        option->backgroundBrush
                = created ? StatusColors::createdBackground() : StatusColors::changedBackground();
        option->palette.setColor(QPalette::Text, StatusColors::textOnBackground());
        if (index.column() == WebhookTableModel::IdColumn) {
            option->icon = created ? m_createdIcon : m_changedIcon;
            option->features |= QStyleOptionViewItem::HasDecoration;
            const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
            const int size = style->pixelMetric(QStyle::PM_SmallIconSize);
            option->decorationSize = QSize(size, size);
        }
    }
    if (index.data(WebhookTableModel::DisabledRole).toBool()
        && index.column() == WebhookTableModel::StateColumn) {
        option->palette.setColor(QPalette::Text,
                                 option->palette.color(QPalette::Disabled, QPalette::Text));
    }
}
