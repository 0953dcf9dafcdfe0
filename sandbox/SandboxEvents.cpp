#include "sandbox/SandboxEvents.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
constexpr QLatin1StringView KeyId{"id"};
constexpr QLatin1StringView KeyCode{"code"};
constexpr QLatin1StringView KeyLegacy{"legacy"};
} // namespace

SandboxEvents::SandboxEvents()
{
    QFile file(QStringLiteral(":/hookbench-sandbox/events.json"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        Event event{object.value(KeyId).toString(), object.value(KeyCode).toInt(),
                    object.value(KeyLegacy).toBool()};
        if (event.id.isEmpty() || m_index.contains(event.id))
            continue;
        m_index.insert(event.id, m_events.size());
        m_events.append(std::move(event));
    }
}

const SandboxEvents &SandboxEvents::instance()
{
    static const SandboxEvents events;
    return events;
}

bool SandboxEvents::isLegacy(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it != m_index.constEnd() && m_events.at(*it).legacy;
}

QString SandboxEvents::text(const QString &id)
{
    if (id == u"automation_rule")
        return QStringLiteral("Automation rule");
    if (id == u"webhook.verify")
        return QStringLiteral("Webhook verification");
    QString noun = id.section(u'.', 0, 0);
    noun.replace(u'_', u' ');
    if (noun == u"ci" || noun == u"sla" || noun == u"flsa")
        noun = noun.toUpper();
    else if (!noun.isEmpty())
        noun[0] = noun.at(0).toUpper();
    QString verb = id.section(u'.', 1);
    if (verb == u"create")
        verb = QStringLiteral("created");
    else if (verb == u"update")
        verb = QStringLiteral("updated");
    else if (verb == u"delete")
        verb = QStringLiteral("deleted");
    else
        verb.replace(u'-', u' ');
    return noun + u' ' + verb;
}
