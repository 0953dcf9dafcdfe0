#include "models/WebhookFilterProxyModel.h"

#include "models/EventCatalog.h"
#include "models/WebhookTableModel.h"

#include <QDateTime>

#include <algorithm>

namespace {

// True when `event` belongs to `group`, without building the group's string.
bool inGroup(const QString &event, const QString &group)
{
    if (!group.isEmpty() && event.size() > group.size() && event.at(group.size()) == u'.'
        && event.startsWith(group) && !group.contains(u'.'))
        return true;
    return EventCatalog::groupOf(event) == group;
}

bool acceptsState(WebhookFilterProxyModel::StateFilter filter, bool disabled,
                  WebhookTableModel::State state, bool hasError)
{
    using Filter = WebhookFilterProxyModel::StateFilter;
    switch (filter) {
    case Filter::All:
        return true;
    case Filter::Enabled:
        return !disabled;
    case Filter::Disabled:
        return disabled;
    case Filter::DisabledAfterFailures:
        return state == WebhookTableModel::State::DisabledAfterFailures;
    case Filter::AwaitingVerification:
        return state == WebhookTableModel::State::AwaitingVerification;
    case Filter::HasError:
        return hasError;
    }
    return true;
}

bool acceptsSigning(WebhookFilterProxyModel::SigningFilter filter, qint64 policyId)
{
    using Filter = WebhookFilterProxyModel::SigningFilter;
    return filter == Filter::All || (filter == Filter::Signed) == (policyId != 0);
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
    disconnect(m_changeMarksConnection);
    if (sourceModel) {
        m_changeMarksConnection = connect(
                sourceModel, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                    if (m_changesOnly && roles.contains(WebhookTableModel::ChangeRole))
                        refilter();
                });
    }
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

// Every filter change rebuilds the mapping: one layout change that keeps persistent
// indexes (and so the selection). Re-filtering in place would be cheaper for the proxy, but
// a sorted proxy then removes the rows run by run, and a view handles each removal in time
// proportional to its rows: narrowing 100,000 rows to 14,000 sent about 7,000 removals and
// took seconds. Growing in place is slow too, as rows come back one interval at a time.
// The sort column is ranked first, so the sort compares cheaply.
// When this proxy shows every row, already sorted (as after a listing, before the first
// keystroke), their order gives the ranks in one pass instead of a sort of the whole column.
void WebhookFilterProxyModel::refilter()
{
    const WebhookTableModel *model = table();
    const int column = sortColumn();
    if (model && column >= 0 && !model->isRanked(column)) {
        const int rows = rowCount();
        bool ranked = false;
        if (rows == model->rowCount() && rows > 0) {
            QList<int> order(rows);
            for (int row = 0; row < rows; ++row)
                order[row] = mapToSource(index(row, column)).row();
            if (sortOrder() == Qt::DescendingOrder)
                std::reverse(order.begin(), order.end());
            ranked = model->rankInOrder(column, order);
        }
        if (!ranked)
            model->prepareToCompare(column);
    }
    invalidate();
}

void WebhookFilterProxyModel::setFilterText(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_text)
        return;
    m_text = folded;
    m_matcher.setPattern(WebhookTableModel::foldForSearch(m_text));
    refilter();
}

void WebhookFilterProxyModel::setStateFilter(StateFilter state)
{
    if (state == m_state)
        return;
    m_state = state;
    refilter();
}

void WebhookFilterProxyModel::setSigningFilter(SigningFilter signing)
{
    if (signing == m_signing)
        return;
    m_signing = signing;
    refilter();
}

void WebhookFilterProxyModel::setEventGroupFilter(const QString &group)
{
    if (group == m_group)
        return;
    m_group = group;
    refilter();
}

void WebhookFilterProxyModel::setChangesOnly(bool changesOnly)
{
    if (changesOnly == m_changesOnly)
        return;
    m_changesOnly = changesOnly;
    refilter();
}

bool WebhookFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source || sourceParent.isValid())
        return false;

    // The common case: one substring search in the table model's cached key.
    if (const WebhookTableModel *model = table()) {
        if (m_changesOnly && model->changeMarkAt(sourceRow) == WebhookTableModel::ChangeMark::None)
            return false;
        if (m_state != StateFilter::All
            && !acceptsState(m_state, model->isDisabledAt(sourceRow), model->stateAt(sourceRow),
                             model->hasErrorAt(sourceRow)))
            return false;
        if (!acceptsSigning(m_signing, model->webhookPolicyIdAt(sourceRow)))
            return false;
        if (!m_group.isEmpty() && !inGroup(model->eventAt(sourceRow), m_group))
            return false;
        return m_text.isEmpty() || m_matcher.indexIn(model->filterKey(sourceRow)) >= 0;
    }

    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    if (m_changesOnly && first.data(WebhookTableModel::ChangeRole).toInt() == 0)
        return false;
    if (m_state != StateFilter::All) {
        const bool disabled = first.data(WebhookTableModel::DisabledRole).toBool();
        const QVariant state = first.data(WebhookTableModel::StateRole);
        const auto tableState = state.isValid() ? WebhookTableModel::State(state.toInt())
                                                : (disabled ? WebhookTableModel::State::Disabled
                                                            : WebhookTableModel::State::Enabled);
        if (!acceptsState(m_state, disabled, tableState,
                          first.data(WebhookTableModel::HasErrorRole).toBool()))
            return false;
    }
    if (!acceptsSigning(m_signing, first.data(WebhookTableModel::WebhookPolicyIdRole).toLongLong()))
        return false;
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
    if (leftKey.userType() == QMetaType::QString && rightKey.userType() == QMetaType::QString)
        return WebhookTableModel::compareSortTexts(leftKey.toString(), rightKey.toString()) < 0;
    const QPartialOrdering order = QVariant::compare(leftKey, rightKey);
    if (order == QPartialOrdering::Unordered)
        return QSortFilterProxyModel::lessThan(left, right);
    return order == QPartialOrdering::Less;
}
