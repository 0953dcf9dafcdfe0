#pragma once

#include "models/Webhook.h"

#include <QAbstractTableModel>
#include <QHash>

// The webhooks of one account as a table.
//
// Changes are applied with row inserts, removals and dataChanged, never with a reset, so
// that selection and scroll position survive a refresh. Lives on the GUI thread.
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
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // numbers and times as such (qint64, QDateTime)
        WebhookRole,                 // the whole Webhook (QVariant::fromValue)
        IdRole,                      // qint64
        DisabledRole,                // bool
        FilterTextRole,              // the text a search matches against, lower-cased
    };

    explicit WebhookTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Appends rows whose id is new and updates rows whose id is known (one page of a
    // listing). Used while a listing streams in.
    void upsert(const WebhookList &webhooks);
    // Makes the model hold exactly `webhooks`: inserts, updates and removes rows as needed.
    void replaceAll(const WebhookList &webhooks);
    // Removes every row whose id is not in `ids` (the end of a complete listing).
    void retainOnly(const QSet<qint64> &ids);
    void remove(qint64 id);
    void clear();

    int rowOf(qint64 id) const; // -1 when absent
    const Webhook &webhookAt(int row) const;
    WebhookList webhooks() const;
    int disabledCount() const;

    // A stale model still shows the last good list but the data may be out of date (a
    // refresh failed). Views mark it.
    bool isStale() const { return m_stale; }
    void setStale(bool stale);

Q_SIGNALS:
    void countsChanged(int total, int disabled);
    void staleChanged(bool stale);

private:
    QList<Webhook> m_rows;
    QHash<qint64, int> m_rowById;
    int m_disabledCount = 0;
    bool m_stale = false;
};
