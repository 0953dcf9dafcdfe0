#pragma once

#include "models/receiver/Delivery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class DeliveryReceiver;

// The deliveries of a DeliveryReceiver as a table, newest first: time, webhook, event,
// object_id and the status answered. Keeps the newest MaxRows; older rows drop off the
// bottom. Rows are inserted, updated and removed one by one (no resets after the first
// load), so selection and scroll position survive new arrivals.
class DeliveryListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryListModel)

public:
    enum Column { TimeColumn, WebhookColumn, EventColumn, ObjectColumn, StatusColumn, ColumnCount };
    enum Role {
        SequenceRole = Qt::UserRole + 1, // quint64 Delivery::sequence
        ReceivedAtRole, // QDateTime, UTC
    };
    static constexpr int MaxRows = 1000;

    explicit DeliveryListModel(QObject *parent = nullptr);

    // Shows `receiver`'s deliveries and follows it (new arrivals, answers, clear).
    // The receiver is not owned; nullptr detaches.
    void setReceiver(DeliveryReceiver *receiver);

    // Adds a delivery at the top (row 0).
    void addDelivery(const Delivery &delivery);
    // Updates the row of `delivery.sequence`, if it is still shown.
    void updateDelivery(const Delivery &delivery);
    void clear();

    // The delivery shown in `row` (a default Delivery when out of range).
    Delivery delivery(int row) const;
    // The row of a sequence number, or -1.
    int rowOf(quint64 sequence) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The text of the status column, e.g. "200", "500 (waiting)", "200 (sender left)".
    static QString statusText(const Delivery &delivery);

private:
    QList<Delivery> m_rows; // newest first
    QPointer<DeliveryReceiver> m_receiver;
};
