#pragma once

#include "models/api/WebhookService.h"

#include <QSortFilterProxyModel>

// Filters a WebhookTableModel by text (every column, case-insensitive), by state and by
// event group, and sorts by WebhookTableModel::SortRole.
class WebhookFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookFilterProxyModel)

public:
    explicit WebhookFilterProxyModel(QObject *parent = nullptr);

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);
    WebhookState stateFilter() const { return m_state; }
    void setStateFilter(WebhookState state);
    QString eventGroupFilter() const { return m_group; } // empty: every group
    void setEventGroupFilter(const QString &group);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text; // lower-cased
    WebhookState m_state = WebhookState::All;
    QString m_group;
};
