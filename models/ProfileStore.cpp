#include "models/ProfileStore.h"

#include <QSettings>

#include <algorithm>

// Layout, under the group "profiles":
//   current                       the name of the profile in use
//   <key>/name, serviceUrl, account, accountHeader, pinnedCertificateSha256, sandbox
// where <key> is the profile name's UTF-8 as lower-case hex, so that any name (slashes,
// backslashes, spaces, names differing only in case on a case-insensitive registry) is a
// safe settings group. There is no key for a token.
namespace {

const QString Group = QStringLiteral("profiles");
const QString CurrentKey = QStringLiteral("current");
const QString NameKey = QStringLiteral("name");
const QString ServiceUrlKey = QStringLiteral("serviceUrl");
const QString AccountKey = QStringLiteral("account");
const QString AccountHeaderKey = QStringLiteral("accountHeader");
const QString PinnedCertificateKey = QStringLiteral("pinnedCertificateSha256");
const QString SandboxKey = QStringLiteral("sandbox");

QString groupKey(const QString &name)
{
    return QString::fromLatin1(name.toUtf8().toHex());
}

ConnectionProfile readProfile(const QSettings &settings)
{
    ConnectionProfile profile;
    profile.name = settings.value(NameKey).toString();
    profile.serviceUrl = QUrl(settings.value(ServiceUrlKey).toString());
    profile.account = settings.value(AccountKey).toString();
    profile.accountHeader = settings.value(AccountHeaderKey, profile.accountHeader).toString();
    profile.pinnedCertificateSha256 = settings.value(PinnedCertificateKey).toString().toLatin1();
    profile.sandbox = settings.value(SandboxKey, false).toBool();
    return profile;
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings) : m_settings(settings)
{
    Q_ASSERT(m_settings);
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> result;
    m_settings->beginGroup(Group);
    const QStringList keys = m_settings->childGroups();
    for (const QString &key : keys) {
        m_settings->beginGroup(key);
        ConnectionProfile profile = readProfile(*m_settings);
        m_settings->endGroup();
        if (!profile.name.isEmpty() && groupKey(profile.name) == key)
            result.append(std::move(profile));
    }
    m_settings->endGroup();
    std::sort(result.begin(), result.end(),
              [](const ConnectionProfile &a, const ConnectionProfile &b) {
                  const int folded = a.name.compare(b.name, Qt::CaseInsensitive);
                  return folded != 0 ? folded < 0 : a.name < b.name;
              });
    return result;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &name) const
{
    if (name.isEmpty())
        return std::nullopt;
    m_settings->beginGroup(Group + u'/' + groupKey(name));
    const bool exists = m_settings->contains(NameKey);
    ConnectionProfile profile = exists ? readProfile(*m_settings) : ConnectionProfile();
    m_settings->endGroup();
    if (!exists || profile.name != name)
        return std::nullopt;
    return profile;
}

void ProfileStore::save(const ConnectionProfile &profile)
{
    Q_ASSERT(!profile.name.isEmpty());
    if (profile.name.isEmpty())
        return;
    // A pin trusts one certificate of one host: it does not follow the profile to another
    // host (or port, or scheme), where the user never saw that certificate.
    QByteArray pin = profile.pinnedCertificateSha256;
    if (const std::optional<ConnectionProfile> stored = this->profile(profile.name);
        stored && !pin.isEmpty() && pin == stored->pinnedCertificateSha256) {
        const QUrl before = stored->serviceUrl;
        const QUrl after = profile.serviceUrl;
        if (before.scheme().compare(after.scheme(), Qt::CaseInsensitive) != 0
            || before.host().compare(after.host(), Qt::CaseInsensitive) != 0
            || before.port(-1) != after.port(-1)) {
            pin.clear();
        }
    }
    m_settings->beginGroup(Group + u'/' + groupKey(profile.name));
    m_settings->remove(QString()); // this profile's keys only: no stale values survive
    m_settings->setValue(NameKey, profile.name);
    m_settings->setValue(ServiceUrlKey, profile.serviceUrl.toString(QUrl::FullyEncoded));
    m_settings->setValue(AccountKey, profile.account);
    m_settings->setValue(AccountHeaderKey, profile.accountHeader);
    if (!pin.isEmpty())
        m_settings->setValue(PinnedCertificateKey, QString::fromLatin1(pin));
    if (profile.sandbox)
        m_settings->setValue(SandboxKey, true);
    m_settings->endGroup();
}

void ProfileStore::remove(const QString &name)
{
    if (name.isEmpty())
        return;
    m_settings->remove(Group + u'/' + groupKey(name));
    if (currentName() == name)
        setCurrentName(QString());
}

bool ProfileStore::rename(const QString &from, const QString &to)
{
    if (to.isEmpty())
        return false;
    std::optional<ConnectionProfile> existing = profile(from);
    if (!existing)
        return false;
    if (from == to)
        return true;
    if (profile(to))
        return false;
    const bool wasCurrent = currentName() == from;
    existing->name = to;
    save(*existing);
    m_settings->remove(Group + u'/' + groupKey(from));
    if (wasCurrent)
        setCurrentName(to);
    return true;
}

QString ProfileStore::currentName() const
{
    return m_settings->value(Group + u'/' + CurrentKey).toString();
}

void ProfileStore::setCurrentName(const QString &name)
{
    if (name.isEmpty())
        m_settings->remove(Group + u'/' + CurrentKey);
    else
        m_settings->setValue(Group + u'/' + CurrentKey, name);
}
