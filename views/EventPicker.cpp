#include "views/EventPicker.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QStringListModel>

EventPicker::EventPicker(QWidget *parent) : QComboBox(parent), m_model(new QStandardItemModel(this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setModel(m_model);
    setMaxVisibleItems(20);
    lineEdit()->setPlaceholderText(tr("Type to search, e.g. “request.create” or “note”"));
    lineEdit()->setClearButtonEnabled(true);
    // Wide enough for the whole placeholder, with room for the clear button and the arrow.
    setMinimumWidth(fontMetrics().horizontalAdvance(lineEdit()->placeholderText())
                    + 3 * fontMetrics().height() + 24);

    auto *completer = new QCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(15);
    setCompleter(completer);

    connect(this, &QComboBox::currentTextChanged, this,
            [this](const QString &) { Q_EMIT eventChanged(event()); });
}

void EventPicker::addGroup(const QString &label, const QList<EventInfo> &events)
{
    if (events.isEmpty())
        return;
    auto *header = new QStandardItem(label);
    QFont font = header->font();
    font.setBold(true);
    header->setFont(font);
    header->setFlags(Qt::NoItemFlags);
    m_model->appendRow(header);
    for (const EventInfo &info : events) {
        auto *item = new QStandardItem(info.id);
        item->setData(info.id, Qt::UserRole);
        item->setToolTip(info.legacy ? tr("A legacy event: the service no longer offers it.")
                                     : QString());
        m_model->appendRow(item);
        m_offered.append(info.id);
    }
}

void EventPicker::setCatalog(const EventCatalog &catalog, const QString &currentEvent)
{
    const QString keep = currentEvent.isNull() ? event() : currentEvent;
    const QSignalBlocker blocker(this);
    m_model->clear();
    m_offered.clear();
    for (const QString &group : catalog.groups()) {
        QList<EventInfo> offered;
        for (const EventInfo &info : catalog.eventsInGroup(group)) {
            if ((!info.legacy && !info.internal) || info.id == keep)
                offered.append(info);
        }
        addGroup(EventCatalog::groupLabel(group), offered);
    }
    static_cast<QStringListModel *>(completer()->model())->setStringList(m_offered);
    setEvent(keep);
}

QString EventPicker::event() const
{
    return currentText().trimmed();
}

void EventPicker::setEvent(const QString &event)
{
    const int row = findData(event, Qt::UserRole);
    if (row >= 0)
        setCurrentIndex(row);
    else
        setCurrentIndex(-1);
    setEditText(event);
}

QStringList EventPicker::offeredEvents() const
{
    return m_offered;
}
