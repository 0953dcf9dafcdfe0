#pragma once

#include "models/ConnectionProfile.h"
#include "models/EventCatalog.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

class ApiClient;
class ProfileStore;
class QNetworkAccessManager;
class TokenStore;
class WebhookService;

// The connection a person works with: the current profile, its token (from the TokenStore),
// the certificate it pins, and the client set up for it: the session owns the ApiClient and
// the WebhookService on top of it, which live as long as the session and follow its profile.
//
// Switching to a profile of another account emits accountChanged() first, so that everything
// shown of the previous account (listing, details, recently deleted) is cleared before the
// new one loads. Widgets-free; GUI thread. The network manager and the stores are not owned
// and must outlive the session.
class ProfileSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSession)

public:
    static constexpr auto SandboxProfileName = "Sandbox";
    static constexpr auto SandboxQaProfileName = "Sandbox QA";
    static constexpr auto SandboxToken = "sandbox-token";

    ProfileSession(QNetworkAccessManager *network, ProfileStore *profiles, TokenStore *tokens,
                   QObject *parent = nullptr);
    ~ProfileSession() override;

    ApiClient *client() const { return m_client.get(); }
    WebhookService *service() const { return m_service.get(); }
    ProfileStore *profileStore() const { return m_profiles; }
    TokenStore *tokenStore() const { return m_tokens; }

    bool isConnected() const { return m_connected; }
    // The profile in use (or the one that waits for a token); empty before the first.
    ConnectionProfile profile() const { return m_profile; }
    // The stored profiles, with the sandbox profiles first when there are some.
    QList<ConnectionProfile> profiles() const;
    QList<ConnectionProfile> sandboxProfiles() const { return m_sandboxProfiles; }
    // The stored or sandbox profile of that name.
    std::optional<ConnectionProfile> findProfile(const QString &name) const;
    // The account's event catalogue (GET /enums), the built-in one until it arrives.
    const EventCatalog &eventCatalog() const { return m_catalog; }

    // The profile used last, else the first stored one; false when there is none.
    bool connectToCurrentProfile();
    // Reads the token of a stored profile (or the sandbox profile) and connects; emits
    // tokenUnavailable() or profileMissing() when it cannot.
    void connectToProfile(const QString &name);
    // Sets up the client with `profile` and `token` and emits activated().
    void useProfile(const ConnectionProfile &profile, const QString &token);
    // Adds the built-in "Sandbox" profile for `baseUrl` (token kept for this session only)
    // and connects to it; with `qaAccount`, also "Sandbox QA" for that account of the same
    // sandbox.
    void useSandbox(const QUrl &baseUrl, const QString &qaAccount = {});
    // Forgets the connection (the profile stays stored).
    void disconnectProfile();
    // Removes the current stored profile and its token, then disconnects.
    void removeCurrentProfile();
    // Pins exactly this certificate (SHA-256, hex) in the current profile and stores it.
    void trustCertificate(const QByteArray &sha256);
    // Reconnects after the stored profile (or its token) was edited.
    void reconnect(const QString &name);

Q_SIGNALS:
    // Before activated(), when the new profile is another account (or none): clear what
    // belonged to the previous one.
    void accountChanged();
    void activated(const ConnectionProfile &profile);
    void disconnected();
    // The profile exists but has no readable token; `reason` is a sentence for a person.
    void tokenUnavailable(const ConnectionProfile &profile, const QString &reason);
    void profileMissing(const QString &name);
    void readingToken(const QString &name);
    void eventCatalogChanged();
    // The stored profiles or the sandbox profile changed (added, removed, renamed).
    void profilesChanged();

private:
    // Declared in this order so that the service goes before the client it uses.
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<WebhookService> m_service;
    ProfileStore *m_profiles;
    TokenStore *m_tokens;
    ConnectionProfile m_profile;
    bool m_connected = false;
    QList<ConnectionProfile> m_sandboxProfiles;
    EventCatalog m_catalog;
};
