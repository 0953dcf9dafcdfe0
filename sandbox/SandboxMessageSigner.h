#pragma once

#include "sandbox/SandboxPolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

// Signs the messages of a webhook linked to a policy (reference §4, Signing): the body becomes
// {"jwt": "<compact JWS>"} with the claims data (the message), jti, sub (the webhook id), iss,
// iat, nbf, aud (the policy's audience, when it has one) and exp (when the policy sets an
// expiry). iss is the account URL; with the webhook's openid_connect_discovery it is the
// policy's URL on the sandbox, SANDBOX/webhook_policies/NAME, the JWT header carries the kid
// (the policy's name), and ISS/.well-known/openid-configuration leads to the policy's JWKS.
// Pure functions; any thread.
class SandboxMessageSigner final
{
public:
    // What a GET on the sandbox asks for under an issuer (see parseDiscoveryPath()).
    enum class Document { None, OpenIdConfiguration, Jwks };
    struct DiscoveryRequest
    {
        Document document = Document::None;
        QString policyName;
    };

    SandboxMessageSigner() = delete;

    // The iss claim. `sandboxOrigin`: the sandbox's scheme, host and port (any path is
    // dropped).
    static QString issuer(const SandboxPolicy &policy, bool openIdConnectDiscovery,
                          const QString &accountUrl, const QUrl &sandboxOrigin);
    // The JWT claims. `now` gives iat and nbf (whole seconds); `jwtId` is the jti.
    static QJsonObject claims(const QJsonObject &message, qint64 webhookId, const QString &issuer,
                              const SandboxPolicy &policy, const QDateTime &now,
                              const QString &jwtId);
    // The body to POST instead of `message`: {"jwt": "..."} as compact JSON, with a fresh
    // jti. Empty with *error when the policy's key cannot sign.
    static QByteArray signedBody(const QJsonObject &message, qint64 webhookId,
                                 const QString &accountUrl, const SandboxPolicy &policy,
                                 bool openIdConnectDiscovery, const QUrl &sandboxOrigin,
                                 const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                 QString *error = nullptr);

    // ISS/.well-known/openid-configuration of the policy's issuer on the sandbox, with
    // issuer and jwks_uri.
    static QJsonObject openIdConfiguration(const SandboxPolicy &policy, const QUrl &sandboxOrigin);
    // The JWKS {"keys": [the public key as a JWK]}; no keys for hs* and none.
    static QJsonObject jwks(const SandboxPolicy &policy);
    // The issuer's JWKS URL, ISS/.well-known/jwks.json.
    static QString jwksUrl(const QString &issuer);

    // Which document a request path asks for: /webhook_policies/NAME/.well-known/
    // openid-configuration or .../jwks.json; Document::None for any other path.
    static DiscoveryRequest parseDiscoveryPath(QStringView path);
};
