#pragma once

#include <QLatin1StringView>

// The names the sandbox uses on the wire, written from the reference (§2, §4, §5). The
// sandbox keeps its own list on purpose: it shares no field names with the client, so that a
// mistake on one side is caught by the other.
namespace SandboxFields {
// Webhook fields (§2)
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
inline constexpr QLatin1StringView DescriptionAttachments{"description_attachments"};
inline constexpr QLatin1StringView Attachments{"attachments"};
inline constexpr QLatin1StringView Source{"source"};
inline constexpr QLatin1StringView SourceId{"sourceID"};
inline constexpr QLatin1StringView LastError{"last_error"};
inline constexpr QLatin1StringView CreatedAt{"created_at"};
inline constexpr QLatin1StringView UpdatedAt{"updated_at"};
inline constexpr QLatin1StringView NodeId{"nodeID"};

// Errors (§5)
inline constexpr QLatin1StringView Message{"message"};
inline constexpr QLatin1StringView Errors{"errors"};

// GET /enums (§1)
inline constexpr QLatin1StringView EnumWebhookEvent{"webhook.event"};
inline constexpr QLatin1StringView EnumText{"txt"};
inline constexpr QLatin1StringView EnumCode{"code"};

// Messages (§4)
inline constexpr QLatin1StringView WebhookIdKey{"webhook_id"};
inline constexpr QLatin1StringView WebhookNodeIdKey{"webhook_nodeID"};
inline constexpr QLatin1StringView AccountId{"account_id"};
inline constexpr QLatin1StringView Account{"account"};
inline constexpr QLatin1StringView ObjectId{"object_id"};
inline constexpr QLatin1StringView ObjectNodeId{"object_nodeID"};
inline constexpr QLatin1StringView PersonId{"person_id"};
inline constexpr QLatin1StringView PersonNodeId{"person_nodeID"};
inline constexpr QLatin1StringView PersonName{"person_name"};
inline constexpr QLatin1StringView Payload{"payload"};
inline constexpr QLatin1StringView Callback{"callback"};
} // namespace SandboxFields
