#pragma once

#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "models/ConnectionProfile.h"
#include "models/Webhook.h"
#include "models/api/ApiError.h"
#include "models/plan/DesiredState.h"
#include "models/plan/Plan.h"

#include <QObject>

#include <optional>

class ApiClient;
class PlanApplier;
class ProfileStore;
class TokenStore;
class WebhookService;

// `plan`, `apply` and `diff` of hookbench-cli, on a connected WebhookService: reads the
// desired state (or lists a second account), lists the account, builds the plan, prints it
// and, for `apply`, carries it out through PlanApplier.
//
// It prints through signals that CliRunner turns into stdout and stderr lines, so that the
// runner's masking and error wording apply. Ownership: the service and the stores are not
// owned; the second account's client (diff) is owned.
class PlanCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanCommand)

public:
    static constexpr int ExitChanges = 3; // plan, diff: changes are planned

    PlanCommand(WebhookService *service, ProfileStore *profiles, TokenStore *tokens,
                const CliContext &context, QObject *parent = nullptr);
    ~PlanCommand() override;

    void start(const CliCommand &command);

Q_SIGNALS:
    void output(const QByteArray &bytes); // stdout
    void message(const QString &line); // one line on stderr
    void apiFailed(const ApiError &error, const QString &detail);
    void usageFailed(const QString &message);
    void finished(int exitCode);

private:
    void startDiff();
    void connectSecond(const ConnectionProfile &profile, const QString &token);
    void listAccounts();
    void listingFinished();
    void presentPlan(const Plan &plan);
    void applyPlan(const Plan &plan);

    WebhookService *m_service;
    ProfileStore *m_profiles;
    TokenStore *m_tokens;
    CliCommand m_command;
    CliContext m_context; // the environment (second token) and whether stderr is a terminal

    // diff: the second account
    ApiClient *m_secondClient = nullptr;
    WebhookService *m_secondService = nullptr;

    std::optional<WebhookList> m_firstRows; // plan, apply: the account; diff: the first
    std::optional<WebhookList> m_secondRows; // diff: the second account
    int m_listingsPending = 0;
    bool m_failed = false;
    DesiredState m_desiredState; // plan, apply
    PlanApplier *m_applier = nullptr;
};
