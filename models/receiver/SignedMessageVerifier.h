#pragma once

#include "models/receiver/Delivery.h"
#include "models/receiver/DeliveryDecoder.h"
#include "models/receiver/SignedMessageCheck.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class OidcKeyFetcher;
class QNetworkAccessManager;

// Verifies signed deliveries (SignedMessageCheck) with the first key at hand, in this order:
// 1. the key lookup the owner installs (e.g. the stored public key of the webhook's policy);
// 2. the key or secret the user gave (pasted, or a file on the command line);
// 3. for hs*, the secret lookup (the sandbox's secret on `hookbench --sandbox`);
// 4. OpenID Connect discovery from the token's iss and kid (OidcKeyFetcher): automatic when
//    iss is on this computer or on the sandbox's origin, for any other host only when
//    setDiscoveryForAnyHost(true).
// A check that needs discovery answers at once with the signature "not verified" and
// reports the final result through checked() when the key arrives (or cannot be found).
//
// The network manager is injected and not owned. GUI thread (or any one thread).
class SignedMessageVerifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignedMessageVerifier)

public:
    // What a lookup is asked for; fields that the message does not give are 0 or empty.
    struct KeyQuery
    {
        qint64 webhookId = 0; // sub, or the message's webhook_id
        QString keyId; // the JWS header's kid
        QString issuer; // iss
        QString algorithm; // the JWS header's alg, e.g. "RS256"
    };
    // Returns the keys for a message (empty when it knows none).
    using KeyLookup = std::function<DeliveryDecoder::Keys(const KeyQuery &query)>;
    // Returns the policy's audience ("" when it has none), nullopt when not known.
    using AudienceLookup = std::function<std::optional<QString>(const KeyQuery &query)>;
    // The time now, UTC.
    using Clock = std::function<QDateTime()>;

    explicit SignedMessageVerifier(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~SignedMessageVerifier() override;

    void setKeyLookup(KeyLookup lookup);
    void setAudienceLookup(AudienceLookup lookup);
    // For hs* only, tried after the pasted secret: e.g. SandboxSecretSource.
    void setSecretLookup(KeyLookup lookup);
    // The key or secret the user gave; tried after the lookup.
    void setPastedKeys(const DeliveryDecoder::Keys &keys);
    DeliveryDecoder::Keys pastedKeys() const;
    // The expected audience when no audience lookup knows better; nullopt: not known.
    void setAudience(const std::optional<QString> &audience);
    // The account URL iss must match (https://wdc.4me.com); empty when not known.
    void setAccountUrl(const QString &accountUrl);
    // The sandbox's origin: iss on it is trusted, and discovery from it is automatic.
    void setSandboxOrigin(const QUrl &origin);
    // Both of the above from a connection: the account URL of `serviceUrl` and `account`
    // (SignedMessageCheck::accountUrlFor()), and the service's origin when it is on this
    // computer (the sandbox).
    void setProfile(const QUrl &serviceUrl, const QString &account);
    // Allows discovery for issuers on other hosts than this computer and the sandbox.
    void setDiscoveryForAnyHost(bool allowed);
    bool discoveryForAnyHost() const;
    void setClock(Clock clock);
    OidcKeyFetcher *keyFetcher() const;

    // Checks `delivery` with the keys at hand now. When the key must first be discovered,
    // starts that and sets *pending (checked() follows with the final report).
    SignedMessageCheck::Report check(const Delivery &delivery, bool *pending = nullptr);
    // As check(), but the report comes as checked(): from within this call when no
    // discovery is needed, otherwise once it ends.
    void verify(const Delivery &delivery);

Q_SIGNALS:
    void checked(const Delivery &delivery, const SignedMessageCheck::Report &report);

private:
    void discoveryEnded(const QString &issuer, const QString &keyId);

    OidcKeyFetcher *m_fetcher;
    KeyLookup m_keyLookup;
    KeyLookup m_secretLookup;
    AudienceLookup m_audienceLookup;
    DeliveryDecoder::Keys m_pasted;
    std::optional<QString> m_audience;
    QString m_accountUrl;
    QUrl m_sandboxOrigin;
    bool m_discoveryForAnyHost = false;
    Clock m_clock;
    // Deliveries waiting for discovery, by issuer and kid.
    QHash<QString, QList<Delivery>> m_waiting;
};
