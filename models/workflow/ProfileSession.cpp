#include "models/workflow/ProfileSession.h"

#include "models/Logging.h"
#include "models/ProfileStore.h"
#include "models/TokenStore.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"

ProfileSession::ProfileSession(QNetworkAccessManager *network, ProfileStore *profiles,
                               TokenStore *tokens, QObject *parent)
    : QObject(parent),
      m_client(std::make_unique<ApiClient>(network)),
      m_service(std::make_unique<WebhookService>(m_client.get())),
      m_profiles(profiles),
      m_tokens(tokens),
      m_catalog(EventCatalog::builtIn())
{ }

ProfileSession::~ProfileSession() = default;

QList<ConnectionProfile> ProfileSession::profiles() const
{
    QList<ConnectionProfile> all = m_sandboxProfiles;
    all.append(m_profiles->profiles());
    return all;
}

std::optional<ConnectionProfile> ProfileSession::findProfile(const QString &name) const
{
    for (const ConnectionProfile &profile : m_sandboxProfiles) {
        if (profile.name == name)
            return profile;
    }
    return m_profiles->profile(name);
}

bool ProfileSession::connectToCurrentProfile()
{
    const QList<ConnectionProfile> stored = m_profiles->profiles();
    if (stored.isEmpty())
        return false;
    QString name = m_profiles->currentName();
    if (!m_profiles->profile(name))
        name = stored.first().name;
    connectToProfile(name);
    return true;
}

void ProfileSession::connectToProfile(const QString &name)
{
    for (const ConnectionProfile &sandbox : std::as_const(m_sandboxProfiles)) {
        if (sandbox.name == name) {
            useProfile(sandbox, QString::fromLatin1(SandboxToken));
            return;
        }
    }
    const std::optional<ConnectionProfile> profile = m_profiles->profile(name);
    if (!profile) {
        Q_EMIT profileMissing(name);
        return;
    }
    Q_EMIT readingToken(name);
    m_tokens->read(
            name, this, [this, profile = *profile](const QString &token, const QString &error) {
                if (token.isEmpty()) {
                    const bool otherAccount = !m_connected || m_profile.account != profile.account
                            || m_profile.serviceUrl != profile.serviceUrl;
                    m_profile = profile;
                    m_connected = false;
                    if (otherAccount)
                        Q_EMIT accountChanged();
                    const QString why = error.isEmpty()
                            ? tr("No API token is stored for “%1”. Enter it to connect.")
                                      .arg(profile.name)
                            : tr("The token of “%1” could not be read: %2 Enter it to connect.")
                                      .arg(profile.name, error);
                    Q_EMIT tokenUnavailable(profile, why);
                    return;
                }
                useProfile(profile, token);
            });
}

void ProfileSession::useProfile(const ConnectionProfile &profile, const QString &token)
{
    const bool sameAccount = m_connected && profile.serviceUrl == m_profile.serviceUrl
            && profile.account == m_profile.account;
    m_client->setProfile(profile, token);
    m_profile = profile;
    m_connected = true;
    if (!profile.sandbox)
        m_profiles->setCurrentName(profile.name);
    if (!sameAccount) {
        m_catalog = EventCatalog::builtIn();
        Q_EMIT accountChanged();
    }
    Q_EMIT activated(profile);

    m_service->fetchEventCatalog(this, [this](const EventCatalog &catalog, const ApiError &error) {
        if (error.isError())
            qCDebug(lcModel) << "using the built-in event catalogue:" << error.message;
        if (!catalog.isEmpty()) {
            m_catalog = catalog;
            Q_EMIT eventCatalogChanged();
        }
    });
}

void ProfileSession::useSandbox(const QUrl &baseUrl, const QString &qaAccount)
{
    const auto sandboxProfile = [this, &baseUrl](const char *name, const QString &account) {
        ConnectionProfile profile;
        profile.name = QString::fromLatin1(name);
        profile.serviceUrl = baseUrl;
        profile.account = account;
        profile.sandbox = true;
        m_tokens->setSessionToken(profile.name, QString::fromLatin1(SandboxToken));
        return profile;
    };
    m_sandboxProfiles = {sandboxProfile(SandboxProfileName, QStringLiteral("wdc"))};
    if (!qaAccount.isEmpty())
        m_sandboxProfiles.append(sandboxProfile(SandboxQaProfileName, qaAccount));
    Q_EMIT profilesChanged();
    useProfile(m_sandboxProfiles.constFirst(), QString::fromLatin1(SandboxToken));
}

void ProfileSession::disconnectProfile()
{
    m_connected = false;
    m_profile = ConnectionProfile();
    m_client->setProfile(ConnectionProfile(), QString());
    Q_EMIT accountChanged();
    Q_EMIT disconnected();
}

void ProfileSession::removeCurrentProfile()
{
    if (m_profile.name.isEmpty() || m_profile.sandbox)
        return;
    const QString name = m_profile.name;
    m_profiles->remove(name);
    m_tokens->remove(name, this, [](const QString &) {});
    disconnectProfile();
    Q_EMIT profilesChanged();
}

void ProfileSession::trustCertificate(const QByteArray &sha256)
{
    if (!m_connected)
        return;
    // Pinned in the profile: this certificate, and no other, is trusted from now on.
    m_client->setPinnedCertificate(sha256);
    m_profile = m_client->profile();
    if (!m_profile.sandbox)
        m_profiles->save(m_profile);
}

void ProfileSession::reconnect(const QString &name)
{
    Q_EMIT profilesChanged();
    m_connected = false; // reconnect with the new settings and token
    connectToProfile(name);
}
