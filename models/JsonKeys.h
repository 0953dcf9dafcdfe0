#pragma once

#include <QLatin1StringView>

// The JSON keys of the 4me Webhooks API, in one place. See docs/protocol.md ("Fields") for
// their meaning.
namespace JsonKeys {
inline constexpr QLatin1StringView Id{"id"};
inline constexpr QLatin1StringView Name{"name"};
inline constexpr QLatin1StringView Event{"event"};
inline constexpr QLatin1StringView Uri{"uri"};
inline constexpr QLatin1StringView Disabled{"disabled"};
inline constexpr QLatin1StringView Description{"description"};
inline constexpr QLatin1StringView MailExceptionsTo{"mail_exceptions_to"};
inline constexpr QLatin1StringView WebhookPolicyId{"webhook_policy_id"};
inline constexpr QLatin1StringView WebhookPolicy{"webhook_policy"};
inline constexpr QLatin1StringView OpenIdConnectDiscovery{"openid_connect_discovery"};
inline constexpr QLatin1StringView AppOfferingReferences{"app_offering_references"};
inline constexpr QLatin1StringView Source{"source"};
inline constexpr QLatin1StringView SourceId{"sourceID"};
inline constexpr QLatin1StringView LastError{"last_error"};
inline constexpr QLatin1StringView CreatedAt{"created_at"};
inline constexpr QLatin1StringView UpdatedAt{"updated_at"};
inline constexpr QLatin1StringView NodeId{"nodeID"};

// Webhook policies (reference section 7); id, name, disabled and the times as above.
inline constexpr QLatin1StringView JwtAlg{"jwt_alg"};
inline constexpr QLatin1StringView JwtAudience{"jwt_audience"};
inline constexpr QLatin1StringView JwtClaimExpiresIn{"jwt_claim_expires_in"};
inline constexpr QLatin1StringView PublicKeyPem{"public_key_pem"};

inline constexpr QLatin1StringView Message{"message"};
inline constexpr QLatin1StringView Errors{"errors"};

// GET /enums
inline constexpr QLatin1StringView EnumWebhookEvent{"webhook.event"};
inline constexpr QLatin1StringView EnumText{"txt"};
inline constexpr QLatin1StringView EnumCode{"code"};

// resources/events.json
inline constexpr QLatin1StringView CatalogGroup{"group"};
inline constexpr QLatin1StringView CatalogLegacy{"legacy"};
inline constexpr QLatin1StringView CatalogInternal{"internal"};

// The message a webhook receiver gets (docs/protocol.md, "Messages a receiver gets")
inline constexpr QLatin1StringView MessageWebhookId{"webhook_id"};
inline constexpr QLatin1StringView MessageAccountId{"account_id"};
inline constexpr QLatin1StringView MessageObjectId{"object_id"};
inline constexpr QLatin1StringView MessagePersonName{"person_name"};
inline constexpr QLatin1StringView MessagePayload{"payload"};
inline constexpr QLatin1StringView MessageWebhookNodeId{"webhook_nodeID"};
inline constexpr QLatin1StringView MessageAccount{"account"};
inline constexpr QLatin1StringView MessageObjectNodeId{"object_nodeID"};
inline constexpr QLatin1StringView MessagePersonId{"person_id"};
inline constexpr QLatin1StringView MessagePersonNodeId{"person_nodeID"};
inline constexpr QLatin1StringView MessageCallback{"callback"};
inline constexpr QLatin1StringView MessageJwt{"jwt"};
inline constexpr QLatin1StringView JwtAlgorithm{"alg"};
inline constexpr QLatin1StringView JwtData{"data"};
inline constexpr QLatin1StringView JwtKeyId{"kid"};
inline constexpr QLatin1StringView JwtClaimAudience{"aud"};
inline constexpr QLatin1StringView JwtExpires{"exp"};
inline constexpr QLatin1StringView JwtNotBefore{"nbf"};
inline constexpr QLatin1StringView JwtIssuer{"iss"};
inline constexpr QLatin1StringView JwtSubject{"sub"};

// OpenID Connect discovery (openid-configuration and JWKS, RFC 7517/7518)
inline constexpr QLatin1StringView OidcIssuer{"issuer"};
inline constexpr QLatin1StringView OidcJwksUri{"jwks_uri"};
inline constexpr QLatin1StringView JwkKeys{"keys"};
inline constexpr QLatin1StringView JwkKeyType{"kty"};
inline constexpr QLatin1StringView JwkKeyId{"kid"};
inline constexpr QLatin1StringView JwkModulus{"n"};
inline constexpr QLatin1StringView JwkExponent{"e"};
inline constexpr QLatin1StringView JwkCurve{"crv"};
inline constexpr QLatin1StringView JwkX{"x"};
inline constexpr QLatin1StringView JwkY{"y"};

// A recorded delivery, as `hookbench-cli listen --format json` and "Save as JSON" write it
inline constexpr QLatin1StringView DeliveryReceivedAt{"received_at"};
inline constexpr QLatin1StringView DeliveryMethod{"method"};
inline constexpr QLatin1StringView DeliveryPath{"path"};
inline constexpr QLatin1StringView DeliveryQuery{"query"};
inline constexpr QLatin1StringView DeliveryHeaders{"headers"};
inline constexpr QLatin1StringView DeliveryBody{"body"};
inline constexpr QLatin1StringView DeliveryBodyBase64{"body_base64"};
inline constexpr QLatin1StringView DeliverySize{"size"};
inline constexpr QLatin1StringView DeliveryPeer{"peer"};
inline constexpr QLatin1StringView DeliveryStatus{"status"};

// The checks of a signed delivery, under "jwt" in `hookbench-cli listen --format json`
// (docs/user-guide.md, "What is checked in a signed message")
inline constexpr QLatin1StringView CheckHeader{"header"};
inline constexpr QLatin1StringView CheckClaims{"claims"};
inline constexpr QLatin1StringView CheckSignature{"signature"};
inline constexpr QLatin1StringView CheckSignatureReason{"signature_reason"};
inline constexpr QLatin1StringView CheckKeySource{"key_source"};
inline constexpr QLatin1StringView CheckChecks{"checks"};
inline constexpr QLatin1StringView CheckResult{"result"};
inline constexpr QLatin1StringView CheckReason{"reason"};
inline constexpr QLatin1StringView CheckTrusted{"trusted"};
} // namespace JsonKeys
