#pragma once

#include "models/ConnectionProfile.h"

#include <QList>
#include <optional>

class QSettings;

// Connection profiles kept in QSettings (group "profiles"). Never stores a token.
// Not a QObject: a thin, synchronous view over the settings it is given (not owned).
class ProfileStore
{
public:
    explicit ProfileStore(QSettings *settings);

    QList<ConnectionProfile> profiles() const; // sorted by name
    std::optional<ConnectionProfile> profile(const QString &name) const;
    // Adds, or replaces the one of that name. A certificate pin is dropped when the service
    // URL moves to another host, port or scheme (a pin means that certificate for that host).
    void save(const ConnectionProfile &profile);
    // remove() and rename() leave the keychain alone: the caller removes or moves the
    // profile's token in TokenStore, which is keyed by the profile name.
    void remove(const QString &name);
    // False when `from` does not exist, `to` is empty or names another existing profile.
    bool rename(const QString &from, const QString &to);

    QString currentName() const;
    void setCurrentName(const QString &name);

private:
    QSettings *m_settings;
};
