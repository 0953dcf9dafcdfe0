#pragma once

#include <QLatin1StringView>

// The JSON keys of a plan and of an apply result (`hookbench-cli plan|apply --format json`).
namespace PlanJsonKeys {
inline constexpr QLatin1StringView Summary{"summary"};
inline constexpr QLatin1StringView Items{"items"};
inline constexpr QLatin1StringView Warnings{"warnings"};
inline constexpr QLatin1StringView Requests{"requests"};
inline constexpr QLatin1StringView Seconds{"seconds"};
inline constexpr QLatin1StringView Verifications{"verifications"};
inline constexpr QLatin1StringView Action{"action"};
inline constexpr QLatin1StringView Location{"location"};
inline constexpr QLatin1StringView Webhook{"webhook"};
inline constexpr QLatin1StringView Current{"current"};
inline constexpr QLatin1StringView Changes{"changes"};
inline constexpr QLatin1StringView Field{"field"};
inline constexpr QLatin1StringView Old{"old"};
inline constexpr QLatin1StringView New{"new"};
inline constexpr QLatin1StringView Verify{"verify"};
inline constexpr QLatin1StringView LosesSigning{"loses_signing"};
inline constexpr QLatin1StringView Note{"note"};
inline constexpr QLatin1StringView Plan{"plan"};
inline constexpr QLatin1StringView Result{"result"};
inline constexpr QLatin1StringView Complete{"complete"};
inline constexpr QLatin1StringView Done{"done"};
inline constexpr QLatin1StringView NotDone{"not_done"};
inline constexpr QLatin1StringView Failed{"failed"};
inline constexpr QLatin1StringView Error{"error"};
inline constexpr QLatin1StringView Deleted{"deleted"};
} // namespace PlanJsonKeys
