#pragma once

#include "app/cli/ListingFilter.h"
#include "models/api/WebhookService.h"

#include <QString>
#include <QStringList>

#include <optional>

// One parsed hookbench-cli command with its options: what CliRunner executes.
// A plain value; the connection (URL, account, token) is not part of it.
struct CliCommand
{
    enum class Name {
        List,
        Export,
        Get,
        Create,
        Update,
        Delete,
        Test,
        Events,
        History,
        Changes,
        Plan,
        Apply,
        Diff,
        Profiles,
        Policies
    };
    enum class Format { Table, Json, Csv };

    Name name = Name::List;
    Format format = Format::Table;
    WebhookState state = WebhookState::All; // list, export: asked of the API
    ListingFilter filter; // list, export: applied to the listing
    qint64 id = 0; // get, update, delete, test

    // export
    QString outputFile;
    bool byteOrderMark = false;
    bool formulaGuard = true;

    // create and update: only the options given on the command line are set
    std::optional<QString> event;
    std::optional<QString> uri;
    std::optional<QString> webhookName;
    std::optional<QString> description;
    std::optional<QString> mailExceptionsTo;
    std::optional<bool> disabled;
    // --policy ID|none: the webhook policy to link; 0 unlinks
    std::optional<qint64> webhookPolicyId;

    // history and changes (see app/cli/HistoryCommands.h)
    bool noHistory = false; // --no-history: a listing is not recorded
    QString since; // changes: an ISO 8601 time or a snapshot id
    QString until; // changes: the same; empty means a live listing
    // plan, apply, diff (see PlanCommandLine)
    QString desiredFile;
    bool prune = false;
    bool assumeYes = false;
    QStringList rewrites; // FROM=TO
    QStringList policyMappings; // SOURCE=TARGET_ID
    QString againstProfile; // diff: the second account
    QString againstUrl;
    QString againstAccount;
    std::optional<bool> openIdConnectDiscovery;
    std::optional<QStringList> appOfferingReferences; // empty: clear them

    // policies (see app/cli/PolicyCommandLine.h); `id` is the policy's, `disabled` its state
    enum class PolicyAction { List, Get, Create, Update, Delete };
    PolicyAction policyAction = PolicyAction::List;
    std::optional<QString> jwtAlg;
    std::optional<QString> jwtAudience;
    std::optional<qint64> jwtClaimExpiresIn;
    bool removeExpiry = false; // --expires-in none
    QString publicKeyOut;
};
