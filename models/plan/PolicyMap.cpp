#include "models/plan/PolicyMap.h"

#include <QCoreApplication>

bool PolicyMap::add(const QString &entry, QString *error)
{
    const qsizetype split = entry.lastIndexOf(u'=');
    bool ok = false;
    const qint64 target = split > 0 ? entry.mid(split + 1).trimmed().toLongLong(&ok) : 0;
    if (split <= 0 || !ok || target <= 0) {
        if (error) {
            *error = QCoreApplication::translate(
                             "PolicyMap",
                             "'%1' is no policy mapping: write SOURCE_NAME_OR_ID=TARGET_ID, "
                             "e.g. 3=17.")
                             .arg(entry);
        }
        return false;
    }
    m_targets.insert(entry.left(split).trimmed(), target);
    return true;
}

std::optional<PolicyMap> PolicyMap::parse(const QStringList &entries, QString *error)
{
    PolicyMap map;
    for (const QString &entry : entries) {
        if (!map.add(entry, error))
            return std::nullopt;
    }
    return map;
}

qint64 PolicyMap::targetFor(qint64 sourceId, const QString &sourceName) const
{
    if (sourceId > 0) {
        if (const auto it = m_targets.constFind(QString::number(sourceId)); it != m_targets.cend())
            return it.value();
    }
    if (!sourceName.isEmpty()) {
        if (const auto it = m_targets.constFind(sourceName); it != m_targets.cend())
            return it.value();
    }
    return 0;
}
