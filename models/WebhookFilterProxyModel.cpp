#include "models/WebhookFilterProxyModel.h"

#include "models/EventCatalog.h"
#include "models/WebhookTableModel.h"

#include <QDateTime>

namespace {

// True when `event` belongs to `group`, without building the group's string.
bool inGroup(const QString &event, const QString &group)
{
    if (!group.isEmpty() && event.size() > group.size() && event.at(group.size()) == u'.'
        && event.startsWith(group) && !group.contains(u'.'))
        return true;
    return EventCatalog::groupOf(event) == group;
}

} // namespace

WebhookFilterProxyModel::WebhookFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(WebhookTableModel::SortRole);
    setFilterRole(WebhookTableModel::FilterTextRole);
}

void WebhookFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_table = qobject_cast<const WebhookTableModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

// The table model behind this proxy, for the paths without QVariant; null when the source is
// another model (or the table model went away).
const WebhookTableModel *WebhookFilterProxyModel::table() const
{
    return m_table && sourceModel() == m_table ? m_table : nullptr;
}

void WebhookFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (const WebhookTableModel *model = table())
        model->prepareToCompare(column);
    QSortFilterProxyModel::sort(column, order);
}

// A narrower filter only removes rows: re-filtering in place is cheapest. A filter that may
// accept more rows rebuilds the mapping instead (a layout change that keeps persistent
// indexes), since QSortFilterProxyModel sorts rows in one interval at a time, which is
// slow when tens of thousands come back. Either way the sort column is ranked first.
void WebhookFilterProxyModel::refilter(bool narrower)
{
    if (const WebhookTableModel *model = table(); model && sortColumn() >= 0)
        model->prepareToCompare(sortColumn());
    if (narrower)
        invalidateFilter();
    else
        invalidate();
}

void WebhookFilterProxyModel::setFilterText(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_text)
        return;
    const bool narrower = folded.contains(m_text);
    m_text = folded;
    m_matcher.setPattern(WebhookTableModel::foldForSearch(m_text));
    refilter(narrower);
}

void WebhookFilterProxyModel::setStateFilter(WebhookState state)
{
    if (state == m_state)
        return;
    const bool narrower = m_state == WebhookState::All;
    m_state = state;
    refilter(narrower);
}

void WebhookFilterProxyModel::setEventGroupFilter(const QString &group)
{
    if (group == m_group)
        return;
    const bool narrower = m_group.isEmpty();
    m_group = group;
    refilter(narrower);
}

bool WebhookFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source || sourceParent.isValid())
        return false;

    // The common case: one substring search in the table model's cached key.
    if (const WebhookTableModel *model = table()) {
        if (m_state != WebhookState::All
            && model->isDisabledAt(sourceRow) != (m_state == WebhookState::Disabled))
            return false;
        if (!m_group.isEmpty() && !inGroup(model->eventAt(sourceRow), m_group))
            return false;
        return m_text.isEmpty() || m_matcher.indexIn(model->filterKey(sourceRow)) >= 0;
    }

    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    if (m_state != WebhookState::All) {
        const bool disabled = first.data(WebhookTableModel::DisabledRole).toBool();
        if (disabled != (m_state == WebhookState::Disabled))
            return false;
    }
    if (!m_group.isEmpty()) {
        const QString event = source->index(sourceRow, WebhookTableModel::EventColumn, sourceParent)
                                      .data()
                                      .toString();
        if (!inGroup(event, m_group))
            return false;
    }
    return m_text.isEmpty()
            || first.data(WebhookTableModel::FilterTextRole).toString().contains(m_text);
}

bool WebhookFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (const WebhookTableModel *model = table();
        model && sortRole() == WebhookTableModel::SortRole)
        return model->compareRows(left.row(), right.row(), left.column()) < 0;
    const QVariant leftKey = left.data(sortRole());
    const QVariant rightKey = right.data(sortRole());
    if (leftKey.userType() == QMetaType::QDateTime && rightKey.userType() == QMetaType::QDateTime) {
        // Invalid (unparsable) times sort before every valid one.
        const QDateTime leftTime = leftKey.toDateTime();
        const QDateTime rightTime = rightKey.toDateTime();
        if (!leftTime.isValid() || !rightTime.isValid())
            return !leftTime.isValid() && rightTime.isValid();
        return leftTime < rightTime;
    }
    const QPartialOrdering order = QVariant::compare(leftKey, rightKey);
    if (order == QPartialOrdering::Unordered)
        return QSortFilterProxyModel::lessThan(left, right);
    return order == QPartialOrdering::Less;
}
