#pragma once

#include "models/WebhookPolicy.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

class ApiClient;
class WebhookPolicyService;

// The webhook policies of the connected account as the service lists them (id, name,
// jwt_audience), so that the `aud` of a signed message can be checked against the audience
// of its policy (reference section 4).
//
// reload() lists them; the owner calls it when a profile is activated (after clear()) and
// after policies changed. A lookup of a policy that the last listing did not hold answers
// "not known" at once, so that no check waits for the network, and starts one reload for
// it; loaded() then says that lookups may answer differently. A policy that is still not
// listed after that is not asked for again until the next reload() from outside.
//
// The client is not owned and must outlive the directory; it follows the client's profile.
// GUI thread (or any one thread).
class PolicyDirectory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyDirectory)

public:
    explicit PolicyDirectory(ApiClient *client, QObject *parent = nullptr);
    ~PolicyDirectory() override;

    // Forgets every policy (e.g. the account changed); a listing under way is ignored.
    void clear();
    // Lists every policy (enabled and disabled) again; while a listing runs, another one
    // follows it.
    void reload();
    bool isLoading() const { return m_loading; }
    // Whether a listing succeeded since the last clear().
    bool isLoaded() const { return m_loaded; }
    WebhookPolicyList policies() const;

    // The jwt_audience of policy `policyId`: "" when the policy sets none (no aud expected);
    // nullopt when the directory does not know the policy (then it reloads, see above).
    std::optional<QString> audienceOf(qint64 policyId);
    // The same for the policy named `name` (the JWS header's kid names the policy when
    // OpenID Connect discovery is on).
    std::optional<QString> audienceOfNamed(const QString &name);
    // The audience of a signed message's policy: by `policyId` (the policy its webhook
    // links) when it is > 0, else by the kid `keyId`; nullopt when neither is known.
    std::optional<QString> audienceFor(qint64 policyId, const QString &keyId);

Q_SIGNALS:
    // A listing succeeded (a partial one too): lookups may answer differently now.
    void loaded();
    // A listing failed; `message` is for a person. The policies known before stay.
    void loadFailed(const QString &message);

private:
    void apply(const WebhookPolicyList &policies);
    // Starts a reload for the unknown policy `what`, once until the next reload().
    void reloadFor(const QString &what);
    void startListing();

    WebhookPolicyService *m_service;
    QHash<qint64, WebhookPolicy> m_byId;
    QHash<QString, qint64> m_idByName;
    QSet<QString> m_reloadedFor; // unknown policies ("id:5", "name:abc") a reload was for
    quint64 m_generation = 0; // counts clear()s, so that a listing from before is ignored
    bool m_loading = false;
    bool m_loadAgain = false;
    bool m_loaded = false;
};
