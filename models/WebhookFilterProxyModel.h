#pragma once

#include "models/WebhookState.h"

#include <QByteArray>
#include <QByteArrayMatcher>
#include <QSortFilterProxyModel>

class WebhookTableModel;

// Filters a WebhookTableModel by text (every column and the description, case-insensitive),
// by state, by signing (a linked webhook policy or none), by event group and by change mark, and
// sorts by WebhookTableModel::SortRole (ids as numbers, times by instant, text
// case-insensitively and naturally: "PagerDuty 2" before "PagerDuty 18"). Over a
// WebhookTableModel the text filter is one substring search per row in its cached search key;
// over any other model it reads WebhookTableModel::FilterTextRole, StateRole, DisabledRole,
// WebhookPolicyIdRole and the Event column.
class WebhookFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookFilterProxyModel)

public:
    // Which states the filter lets through. The first three have the values of WebhookState.
    enum class StateFilter {
        All = int(WebhookState::All),
        Enabled = int(WebhookState::Enabled),
        Disabled = int(WebhookState::Disabled), // any disabled webhook
        // Disabled with a last_error (WebhookTableModel::State::DisabledAfterFailures).
        DisabledAfterFailures,
        AwaitingVerification,
        HasError, // last_error is set, whatever the state
    };
    Q_ENUM(StateFilter)
    // Whether the webhook's messages are signed: linked to a webhook policy or not.
    enum class SigningFilter { All, Signed, Unsigned };
    Q_ENUM(SigningFilter)

    explicit WebhookFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);
    StateFilter stateFilter() const { return m_state; }
    void setStateFilter(StateFilter state);
    void setStateFilter(WebhookState state) { setStateFilter(StateFilter(int(state))); }
    SigningFilter signingFilter() const { return m_signing; }
    void setSigningFilter(SigningFilter signing);
    QString eventGroupFilter() const { return m_group; } // empty: every group
    void setEventGroupFilter(const QString &group);
    // Only the rows marked as created or changed since the previous snapshot
    // (WebhookTableModel::ChangeRole); follows the marks as they change.
    bool changesOnly() const { return m_changesOnly; }
    void setChangesOnly(bool changesOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const WebhookTableModel *table() const;
    void refilter();

    QString m_text; // case-folded
    QByteArrayMatcher m_matcher; // m_text as UTF-8, for WebhookTableModel::filterKey()
    const WebhookTableModel *m_table = nullptr; // the source, when it is one
    StateFilter m_state = StateFilter::All;
    SigningFilter m_signing = SigningFilter::All;
    QString m_group;
    bool m_changesOnly = false;
    QMetaObject::Connection m_changeMarksConnection;
};
