#pragma once

#include "models/Webhook.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

class VerificationTracker;

namespace WebhookTableDetail {
// One row of WebhookTableModel, compactly: see WebhookTableModel.cpp for the layout of
// `blob`. An implementation detail, here only because the model holds a list of them.
struct Row
{
    qint64 id = 0;
    qint64 createdMsecs = 0; // since the epoch; the lowest qint64 when unparsable
    qint64 updatedMsecs = 0;
    qint64 webhookPolicyId = 0;
    QByteArray blob;
    bool disabled = false;
    bool openIdConnectDiscovery = false;

    friend bool operator==(const Row &, const Row &) = default;
};
} // namespace WebhookTableDetail
Q_DECLARE_TYPEINFO(WebhookTableDetail::Row, Q_RELOCATABLE_TYPE);

// The webhooks of one account as a table.
//
// Changes are applied with row inserts, removals and dataChanged, never with a reset (only
// clear() resets), so that selection and scroll position survive a refresh. New rows are
// appended; a proxy sorts them. A removal of many scattered rows moves them together first
// (layoutChanged, persistent indexes kept) and then removes them as one block. Lives on the
// GUI thread.
//
// Text is plain: display texts are the server's strings on one line (line breaks shown as
// spaces; an empty name shows the event); times are shown in local time in the locale's short
// format (timeText(), which the details pane uses too). Tooltips are HTML-escaped so that QToolTip
// shows server text literally. hb_core has no QtGui, so there is no DecorationRole: views draw the
// error decoration for rows whose HasErrorRole is true.
//
// Memory: each row is kept compactly, its texts as UTF-8 in one allocation beside its
// case-folded search key (about 500 bytes a row for typical webhooks, index included).
// Webhook values are rebuilt on demand (webhookAt(), WebhookRole, webhooks()); text is
// stored as UTF-8, so an unpaired UTF-16 surrogate reads back as U+FFFD.
class WebhookTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookTableModel)

public:
    enum Column {
        IdColumn,
        NameColumn,
        EventColumn,
        UriColumn,
        StateColumn, // "Enabled"/"Disabled"; last_error in the tooltip, an error decoration
        MailExceptionsToColumn,
        LastErrorColumn,
        CreatedColumn,
        UpdatedColumn,
        PolicyColumn, // the webhook policy that signs the messages: its name, else its id
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // ids as qint64, times as QDateTime, text case-folded
        WebhookRole, // the whole Webhook (QVariant::fromValue)
        IdRole, // qint64
        DisabledRole, // bool
        FilterTextRole, // the text a search matches against, case-folded (see filterKey())
        HasErrorRole, // bool: last_error is set (views draw a decoration)
        StateRole, // WebhookTableModel::State, as int
        WebhookPolicyIdRole, // qint64: the linked webhook policy, 0 for none
        ChangeRole, // WebhookTableModel::ChangeMark, as int (see setChangeMarks())
    };

    // How a row differs from the account's previous snapshot in the history.
    enum class ChangeMark { None, Created, Changed };
    Q_ENUM(ChangeMark)

    // What the State column tells, most urgent first.
    enum class State {
        Enabled,
        Disabled, // by a person, or for a reason Hookbench cannot tell
        // Disabled with a last_error: most likely disabled by the service after 20
        // consecutive failed deliveries (reference section 4).
        DisabledAfterFailures,
        // Created or given a new URI by Hookbench and not verified since (see
        // VerificationTracker): the webhook receives no messages yet.
        AwaitingVerification,
    };
    Q_ENUM(State)

    explicit WebhookTableModel(QObject *parent = nullptr);
    ~WebhookTableModel() override;

    // Where the State column learns which webhooks await verification; not owned, may be
    // null. The column follows the tracker's changes.
    void setVerificationTracker(const VerificationTracker *tracker);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Appends rows whose id is new and updates rows whose id is known (one page of a
    // listing). Used while a listing streams in. Webhooks without an id are ignored.
    void upsert(const WebhookList &webhooks);
    // Makes the model hold exactly `webhooks`: inserts, updates and removes rows as needed.
    void replaceAll(const WebhookList &webhooks);
    // Removes every row whose id is not in `ids` (the end of a complete listing).
    void retainOnly(const QSet<qint64> &ids);
    void remove(qint64 id);
    void clear();

    // rowOf() is exact whenever no model signal is being delivered.
    int rowOf(qint64 id) const; // -1 when absent
    Webhook webhookAt(int row) const; // rebuilt from the compact row
    WebhookList webhooks() const; // in row order
    int disabledCount() const;
    int errorCount() const; // rows whose last_error is set; O(rows)

    // For WebhookFilterProxyModel, without QVariant or allocation per row:
    // The search key of `row`, case-folded UTF-8: the display text of each column on one
    // line, separated by '\n' (times as the server wrote them, 'T' as a space), then the
    // description. A search matches when the key contains foldForSearch(text).
    QByteArrayView filterKey(int row) const;
    static QByteArray foldForSearch(const QString &text);
    bool isDisabledAt(int row) const;
    bool hasErrorAt(int row) const; // last_error is set
    State stateAt(int row) const;
    QString eventAt(int row) const;
    qint64 webhookPolicyIdAt(int row) const { return m_rows.at(row).webhookPolicyId; }
    // Orders two sort texts (case-folded) as compareRows() does: naturally, so that runs of
    // digits compare as numbers ("PagerDuty 2" < "PagerDuty 18" < "PagerDuty 114").
    static int compareSortTexts(const QString &left, const QString &right);
    // How the window shows a time: local time, the default locale's short format.
    static QString timeText(const QDateTime &time);
    // Orders two rows by `column` as SortRole does: < 0, 0 or > 0.
    int compareRows(int leftRow, int rightRow, int column) const;
    // Makes compareRows() on a text column cheap until the next change of the model, by
    // ranking every row once (O(n log n) over a compact copy of the column's text). Worth it
    // before a sort or a filter change, which compare many rows.
    void prepareToCompare(int column) const;
    // The same in O(n) from every row in ascending order of `column` (e.g. a sorted view
    // that shows them all): true when done. Checks the order as it goes; false, ranks left
    // as they were, when `rowsInOrder` is not every row once in that order.
    bool rankInOrder(int column, const QList<int> &rowsInOrder) const;
    bool isRanked(int column) const { return column == m_rankColumn; }

    // Marks rows as created or changed since the previous snapshot (by id; rows not named
    // are unmarked), with, for a changed one, a line "field: old → new" per changed field.
    // clear() drops the marks; rows that come and go keep the mark of their id.
    void setChangeMarks(const QHash<qint64, ChangeMark> &marks,
                        const QHash<qint64, QStringList> &fieldChanges = {});
    ChangeMark changeMarkAt(int row) const;
    QStringList fieldChanges(qint64 id) const { return m_fieldChanges.value(id); }
    bool hasChangeMarks() const { return !m_changeMarks.isEmpty(); }

    // A stale model still shows the last good list but the data may be out of date (a
    // refresh failed). Views mark it.
    bool isStale() const { return m_stale; }
    void setStale(bool stale);

Q_SIGNALS:
    void countsChanged(int total, int disabled);
    void staleChanged(bool stale);

private:
    using Row = WebhookTableDetail::Row;

    Row makeRow(const Webhook &webhook) const;
    Webhook toWebhook(const Row &row) const;
    QString displayText(int row, int column) const;
    QVariant sortKey(int row, int column) const;
    QString tooltip(int row, int column) const;
    void upsertRows(const WebhookList &webhooks);
    void retainRows(const QSet<qint64> &ids);
    void removeRowList(QList<int> rows);
    void removeRunByRun(const QList<int> &rows);
    void removeByCompacting(const QList<int> &rows);
    void rebuildIndex(int fromRow);
    void emitChangedRuns(QList<int> rows);
    void updateCounts(int oldTotal, int oldDisabled);
    void invalidateRanks();

    QList<Row> m_rows;
    QHash<qint64, int> m_rowById;
    QString m_enabledText;
    QString m_disabledText;
    mutable QList<int> m_ranks; // by row, for m_rankColumn; see prepareToCompare()
    mutable int m_rankColumn = -1;
    const VerificationTracker *m_verification = nullptr;
    QHash<qint64, ChangeMark> m_changeMarks;
    QHash<qint64, QStringList> m_fieldChanges;
    int m_disabledCount = 0;
    bool m_stale = false;
};
