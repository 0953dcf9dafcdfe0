#pragma once

#include "models/EventCatalog.h"

#include <QComboBox>

class QStandardItemModel;

// Chooses the event of a webhook: the events grouped by noun under a header per group, and
// a search as you type (any part of the event name). Legacy and internal events are offered
// only when `currentEvent` is one of them (an existing webhook keeps what it has).
class EventPicker final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventPicker)

public:
    explicit EventPicker(QWidget *parent = nullptr);

    void setCatalog(const EventCatalog &catalog, const QString &currentEvent = {});
    QString event() const; // the text as chosen or typed, trimmed
    void setEvent(const QString &event);
    QStringList offeredEvents() const;

Q_SIGNALS:
    void eventChanged(const QString &event);

private:
    void addGroup(const QString &label, const QList<EventInfo> &events);

    QStandardItemModel *m_model;
    QStringList m_offered;
};
