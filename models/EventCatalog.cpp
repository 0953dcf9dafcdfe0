#include "models/EventCatalog.h"

#include "models/JsonKeys.h"
#include "models/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
const QString OtherGroup = QStringLiteral("other");
}

const EventCatalog &EventCatalog::builtIn()
{
    static const EventCatalog catalog = [] {
        QFile file(QStringLiteral(":/hookbench/events.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcModel) << "the built-in event catalogue is missing from the resources";
            return EventCatalog();
        }
        QString error;
        EventCatalog parsed = fromCatalogJson(file.readAll(), &error);
        if (parsed.isEmpty())
            qCCritical(lcModel) << "the built-in event catalogue is unreadable:" << error;
        return parsed;
    }();
    return catalog;
}

EventCatalog EventCatalog::fromCatalogJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isArray()) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError
                    ? parseError.errorString()
                    : QStringLiteral("the event catalogue is not a JSON array");
        }
        return {};
    }
    EventCatalog catalog;
    const QJsonArray array = document.array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        EventInfo info;
        info.id = object.value(JsonKeys::Id).toString();
        info.code = object.value(JsonKeys::EnumCode).toInt();
        info.group = object.value(JsonKeys::CatalogGroup).toString();
        if (info.group.isEmpty())
            info.group = groupOf(info.id);
        info.legacy = object.value(JsonKeys::CatalogLegacy).toBool();
        info.internal = object.value(JsonKeys::CatalogInternal).toBool();
        if (info.id.isEmpty()) {
            if (error)
                *error = QStringLiteral("an event in the catalogue has no id");
            return {};
        }
        catalog.add(info);
    }
    return catalog;
}

EventCatalog EventCatalog::fromEnums(const QJsonObject &enums, QString *error)
{
    const QJsonValue list = enums.value(JsonKeys::EnumWebhookEvent);
    if (!list.isArray()) {
        if (error)
            *error = QStringLiteral("the enums answer has no webhook.event list");
        return {};
    }
    const EventCatalog &known = builtIn();
    EventCatalog catalog;
    const QJsonArray array = list.toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        EventInfo info;
        info.id = object.value(JsonKeys::Id).toString();
        if (info.id.isEmpty())
            continue;
        info.code = object.value(JsonKeys::EnumCode).toInt();
        if (const EventInfo *builtInInfo = known.find(info.id)) {
            info.group = builtInInfo->group;
            info.legacy = builtInInfo->legacy;
            info.internal = builtInInfo->internal;
        } else {
            info.group = groupOf(info.id);
            info.legacy = info.id.startsWith(u"change.")
                    || info.id.startsWith(u"integration_instance.");
        }
        catalog.add(info);
    }
    if (catalog.isEmpty() && error)
        *error = QStringLiteral("the enums answer lists no webhook events");
    return catalog;
}

void EventCatalog::add(const EventInfo &info)
{
    if (m_index.contains(info.id))
        return;
    m_index.insert(info.id, m_events.size());
    m_events.append(info);
}

QList<EventInfo> EventCatalog::selectableEvents() const
{
    QList<EventInfo> result;
    for (const EventInfo &info : m_events) {
        if (!info.legacy && !info.internal)
            result.append(info);
    }
    return result;
}

qsizetype EventCatalog::currentCount() const
{
    return std::count_if(m_events.cbegin(), m_events.cend(),
                         [](const EventInfo &info) { return !info.legacy; });
}

bool EventCatalog::isLegacy(const QString &id) const
{
    const EventInfo *info = find(id);
    return info && info->legacy;
}

const EventInfo *EventCatalog::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_events.at(*it);
}

QStringList EventCatalog::groups() const
{
    QStringList result;
    for (const EventInfo &info : m_events) {
        if (!result.contains(info.group))
            result.append(info.group);
    }
    return result;
}

QList<EventInfo> EventCatalog::eventsInGroup(const QString &group) const
{
    QList<EventInfo> result;
    for (const EventInfo &info : m_events) {
        if (info.group == group)
            result.append(info);
    }
    return result;
}

QString EventCatalog::otherGroup()
{
    return OtherGroup;
}

QString EventCatalog::groupLabel(const QString &group)
{
    if (group == OtherGroup)
        return QCoreApplication::translate("EventCatalog", "Other");
    if (group == u"ci")
        return QCoreApplication::translate("EventCatalog", "CI");
    if (group == u"sla")
        return QCoreApplication::translate("EventCatalog", "SLA");
    if (group == u"flsa")
        return QCoreApplication::translate("EventCatalog", "FLSA");
    QString label = group;
    label.replace(u'_', u' ');
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

QString EventCatalog::groupOf(const QString &eventId)
{
    const qsizetype dot = eventId.indexOf(u'.');
    return dot > 0 ? eventId.left(dot) : OtherGroup;
}
