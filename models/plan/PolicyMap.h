#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

// Which webhook policy of the target account stands for a policy of the source: policies
// are per account and their names are generated, so a plan links none unless told.
// Entries "SOURCE_NAME_OR_ID=TARGET_ID". A value type.
class PolicyMap
{
public:
    // Adds one "SOURCE=TARGET_ID" entry; false and *error for a person when malformed.
    bool add(const QString &entry, QString *error = nullptr);
    // Parses every entry; nullopt and *error at the first malformed one.
    static std::optional<PolicyMap> parse(const QStringList &entries, QString *error = nullptr);

    bool isEmpty() const { return m_targets.isEmpty(); }
    // The target policy for a source policy given by id (and name, when known); 0 when
    // the map says nothing about it. An entry for the id wins over one for the name.
    qint64 targetFor(qint64 sourceId, const QString &sourceName) const;

private:
    QHash<QString, qint64> m_targets;
};
