#include "sandbox/SandboxMessageSigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace {

namespace ClaimKeys {
constexpr QLatin1StringView Data{"data"};
constexpr QLatin1StringView JwtId{"jti"};
constexpr QLatin1StringView Subject{"sub"};
constexpr QLatin1StringView Issuer{"iss"};
constexpr QLatin1StringView IssuedAt{"iat"};
constexpr QLatin1StringView NotBefore{"nbf"};
constexpr QLatin1StringView Audience{"aud"};
constexpr QLatin1StringView Expires{"exp"};
} // namespace ClaimKeys

namespace DiscoveryKeys {
constexpr QLatin1StringView Jwt{"jwt"};
constexpr QLatin1StringView Issuer{"issuer"};
constexpr QLatin1StringView JwksUri{"jwks_uri"};
constexpr QLatin1StringView SigningAlgorithms{"id_token_signing_alg_values_supported"};
constexpr QLatin1StringView ResponseTypes{"response_types_supported"};
constexpr QLatin1StringView SubjectTypes{"subject_types_supported"};
constexpr QLatin1StringView Keys{"keys"};
} // namespace DiscoveryKeys

constexpr QLatin1StringView IssuerPathPrefix{"/webhook_policies/"};
constexpr QLatin1StringView OpenIdConfigurationSuffix{"/.well-known/openid-configuration"};
constexpr QLatin1StringView JwksSuffix{"/.well-known/jwks.json"};

QString discoveryIssuer(const SandboxPolicy &policy, const QUrl &sandboxOrigin)
{
    QUrl url = sandboxOrigin.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                                      | QUrl::RemoveUserInfo);
    url.setPath(IssuerPathPrefix + policy.name);
    return url.toString();
}

} // namespace

QString SandboxMessageSigner::issuer(const SandboxPolicy &policy, bool openIdConnectDiscovery,
                                     const QString &accountUrl, const QUrl &sandboxOrigin)
{
    return openIdConnectDiscovery ? discoveryIssuer(policy, sandboxOrigin) : accountUrl;
}

QJsonObject SandboxMessageSigner::claims(const QJsonObject &message, qint64 webhookId,
                                         const QString &issuer, const SandboxPolicy &policy,
                                         const QDateTime &now, const QString &jwtId)
{
    const qint64 issuedAt = now.toSecsSinceEpoch();
    QJsonObject claims{{ClaimKeys::Data, message},
                       {ClaimKeys::JwtId, jwtId},
                       {ClaimKeys::Subject, QString::number(webhookId)},
                       {ClaimKeys::Issuer, issuer},
                       {ClaimKeys::IssuedAt, issuedAt},
                       {ClaimKeys::NotBefore, issuedAt}};
    if (!policy.audience.isEmpty())
        claims.insert(ClaimKeys::Audience, policy.audience);
    if (policy.expiresInMinutes)
        claims.insert(ClaimKeys::Expires, issuedAt + *policy.expiresInMinutes * 60);
    return claims;
}

QByteArray SandboxMessageSigner::signedBody(const QJsonObject &message, qint64 webhookId,
                                            const QString &accountUrl, const SandboxPolicy &policy,
                                            bool openIdConnectDiscovery, const QUrl &sandboxOrigin,
                                            const QDateTime &now, QString *error)
{
    const QString iss = issuer(policy, openIdConnectDiscovery, accountUrl, sandboxOrigin);
    const QJsonObject jwtClaims = claims(message, webhookId, iss, policy, now,
                                         QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QByteArray jws
            = SandboxJwsSigner::sign(policy.algorithm, jwtClaims, policy.keys.signingKey(),
                                     openIdConnectDiscovery ? policy.name : QString(), error);
    if (jws.isEmpty())
        return {};
    return QJsonDocument(QJsonObject{{DiscoveryKeys::Jwt, QString::fromLatin1(jws)}})
            .toJson(QJsonDocument::Compact);
}

QJsonObject SandboxMessageSigner::openIdConfiguration(const SandboxPolicy &policy,
                                                      const QUrl &sandboxOrigin)
{
    const QString iss = discoveryIssuer(policy, sandboxOrigin);
    return QJsonObject{
            {DiscoveryKeys::Issuer, iss},
            {DiscoveryKeys::JwksUri, jwksUrl(iss)},
            {DiscoveryKeys::SigningAlgorithms,
             QJsonArray{SandboxJwsSigner::jwsName(policy.algorithm)}},
            {DiscoveryKeys::ResponseTypes, QJsonArray{QStringLiteral("id_token")}},
            {DiscoveryKeys::SubjectTypes, QJsonArray{QStringLiteral("public")}},
    };
}

QJsonObject SandboxMessageSigner::jwks(const SandboxPolicy &policy)
{
    QJsonArray keys;
    const QJsonObject jwk = policy.keys.publicJwk(policy.name);
    if (!jwk.isEmpty())
        keys.append(jwk);
    return QJsonObject{{DiscoveryKeys::Keys, keys}};
}

QString SandboxMessageSigner::jwksUrl(const QString &issuer)
{
    return issuer + JwksSuffix;
}

SandboxMessageSigner::DiscoveryRequest SandboxMessageSigner::parseDiscoveryPath(QStringView path)
{
    if (!path.startsWith(IssuerPathPrefix))
        return {};
    QStringView rest = path.mid(IssuerPathPrefix.size());
    Document document = Document::None;
    if (rest.endsWith(OpenIdConfigurationSuffix)) {
        document = Document::OpenIdConfiguration;
        rest.chop(OpenIdConfigurationSuffix.size());
    } else if (rest.endsWith(JwksSuffix)) {
        document = Document::Jwks;
        rest.chop(JwksSuffix.size());
    } else {
        return {};
    }
    if (rest.isEmpty() || rest.contains(u'/'))
        return {};
    return {document, rest.toString()};
}
