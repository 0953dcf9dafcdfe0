#include "models/receiver/DeliveryListModel.h"

#include "models/receiver/DeliveryReceiver.h"

DeliveryListModel::DeliveryListModel(QObject *parent) : QAbstractTableModel(parent) { }

void DeliveryListModel::setReceiver(DeliveryReceiver *receiver)
{
    if (m_receiver)
        disconnect(m_receiver, nullptr, this, nullptr);
    m_receiver = receiver;

    beginResetModel();
    m_rows.clear();
    if (receiver) {
        const QList<Delivery> &all = receiver->deliveries();
        const qsizetype first = qMax<qsizetype>(0, all.size() - MaxRows);
        for (qsizetype i = all.size() - 1; i >= first; --i)
            m_rows.append(all.at(i));
    }
    endResetModel();

    if (!receiver)
        return;
    connect(receiver, &DeliveryReceiver::deliveryReceived, this, &DeliveryListModel::addDelivery);
    connect(receiver, &DeliveryReceiver::deliveryAnswered, this,
            &DeliveryListModel::updateDelivery);
    connect(receiver, &DeliveryReceiver::cleared, this, &DeliveryListModel::clear);
}

void DeliveryListModel::addDelivery(const Delivery &delivery)
{
    beginInsertRows({}, 0, 0);
    m_rows.prepend(delivery);
    endInsertRows();
    if (m_rows.size() > MaxRows) {
        const int last = int(m_rows.size()) - 1;
        beginRemoveRows({}, MaxRows, last);
        m_rows.resize(MaxRows);
        endRemoveRows();
    }
}

void DeliveryListModel::updateDelivery(const Delivery &delivery)
{
    const int row = rowOf(delivery.sequence);
    if (row < 0)
        return;
    m_rows[row] = delivery;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DeliveryListModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

Delivery DeliveryListModel::delivery(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Delivery();
}

int DeliveryListModel::rowOf(quint64 sequence) const
{
    if (sequence == 0)
        return -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).sequence == sequence)
            return row;
    }
    return -1;
}

int DeliveryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliveryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Delivery &delivery = m_rows.at(index.row());

    switch (role) {
    case SequenceRole:
        return delivery.sequence;
    case ReceivedAtRole:
        return delivery.receivedAt;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return delivery.receivedAt.toLocalTime().toString(Qt::ISODateWithMs);
        if (index.column() == WebhookColumn)
            return delivery.redactedTarget();
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    switch (index.column()) {
    case TimeColumn:
        return delivery.receivedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    case WebhookColumn:
        return delivery.webhookId != 0 ? QString::number(delivery.webhookId)
                                       : delivery.redactedTarget();
    case EventColumn:
        return delivery.event;
    case ObjectColumn:
        return delivery.objectId != 0 ? QString::number(delivery.objectId) : QString();
    case StatusColumn:
        return statusText(delivery);
    default:
        return {};
    }
}

QVariant DeliveryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case WebhookColumn:
        return tr("Webhook");
    case EventColumn:
        return tr("Event");
    case ObjectColumn:
        return tr("Object");
    case StatusColumn:
        return tr("Answered");
    default:
        return {};
    }
}

QString DeliveryListModel::statusText(const Delivery &delivery)
{
    const QString code = QString::number(delivery.status);
    switch (delivery.answer) {
    case Delivery::Answer::Pending:
        return tr("%1 (waiting)").arg(code);
    case Delivery::Answer::ClientGone:
        return tr("%1 (sender left)").arg(code);
    case Delivery::Answer::Answered:
        break;
    }
    return code;
}
