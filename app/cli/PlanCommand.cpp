#include "app/cli/PlanCommand.h"

#include "app/cli/PlanReport.h"
#include "models/ProfileStore.h"
#include "models/TokenStore.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "models/plan/DesiredState.h"
#include "models/plan/PlanApplier.h"
#include "models/plan/PlanBuilder.h"
#include "models/plan/PlanJsonKeys.h"

#include <QJsonDocument>

namespace {

constexpr const char *EnvironmentAgainstToken = "HOOKBENCH_AGAINST_TOKEN";

} // namespace

PlanCommand::PlanCommand(WebhookService *service, ProfileStore *profiles, TokenStore *tokens,
                         const CliContext &context, QObject *parent)
    : QObject(parent),
      m_service(service),
      m_profiles(profiles),
      m_tokens(tokens),
      m_context(context)
{ }

PlanCommand::~PlanCommand() = default;

void PlanCommand::start(const CliCommand &command)
{
    m_command = command;
    if (command.name == CliCommand::Name::Diff) {
        startDiff();
        return;
    }
    listAccounts();
}

void PlanCommand::startDiff()
{
    const ConnectionProfile first = m_service->client()->profile();
    ConnectionProfile second = first;
    second.name = m_command.againstProfile;
    if (!m_command.againstProfile.isEmpty()) {
        const std::optional<ConnectionProfile> stored
                = m_profiles ? m_profiles->profile(m_command.againstProfile) : std::nullopt;
        if (!stored) {
            Q_EMIT usageFailed(tr("there is no profile named '%1' for --against-profile.")
                                       .arg(m_command.againstProfile));
            return;
        }
        second = *stored;
    }
    if (!m_command.againstUrl.isEmpty())
        second.serviceUrl = QUrl(m_command.againstUrl, QUrl::StrictMode);
    if (!m_command.againstAccount.isEmpty())
        second.account = m_command.againstAccount;
    const QString scheme = second.serviceUrl.scheme().toLower();
    const bool secure = scheme == u"https"
            || (scheme == u"http" && ApiClient::isLoopbackHost(second.serviceUrl.host()));
    if (!second.serviceUrl.isValid() || second.serviceUrl.host().isEmpty() || !secure) {
        Q_EMIT usageFailed(tr("the second account's service URL must be absolute and start "
                              "with https://, e.g. https://api.4me.qa/v1."));
        return;
    }
    if (second.account.isEmpty()) {
        Q_EMIT usageFailed(tr("no account for the second connection: give --against-account."));
        return;
    }

    const QString token = m_context.variable(EnvironmentAgainstToken);
    if (!token.isEmpty()) {
        connectSecond(second, token);
        return;
    }
    if (m_command.againstProfile.isEmpty() || !m_tokens) {
        Q_EMIT usageFailed(tr("no API token for the second account: set the environment "
                              "variable HOOKBENCH_AGAINST_TOKEN, or use --against-profile with "
                              "a token stored by Hookbench."));
        return;
    }
    m_tokens->read(second.name, this, [this, second](const QString &stored, const QString &error) {
        if (stored.isEmpty()) {
            Q_EMIT usageFailed(
                    tr("no API token for profile '%1' in the keychain.%2 Set "
                       "HOOKBENCH_AGAINST_TOKEN, or store the token in Hookbench.")
                            .arg(second.name, error.isEmpty() ? QString() : u' ' + error));
            return;
        }
        connectSecond(second, stored);
    });
}

void PlanCommand::connectSecond(const ConnectionProfile &profile, const QString &token)
{
    m_secondClient = new ApiClient(m_service->client()->network(), this);
    m_secondClient->setProfile(profile, token);
    m_secondService = new WebhookService(m_secondClient, this);
    connect(m_secondService, &WebhookService::rateLimitWaiting, this, [this](int seconds) {
        if (seconds > 0)
            Q_EMIT message(
                    tr("rate limit of the second account reached; waiting %1 s.").arg(seconds));
    });
    listAccounts();
}

void PlanCommand::listAccounts()
{
    const auto listInto = [this](WebhookService *service, std::optional<WebhookList> *rows,
                                 const QString &which) {
        ++m_listingsPending;
        WebhookListing *listing = service->list(WebhookState::All);
        connect(listing, &WebhookListing::finished, this,
                [this, listing, rows, which](const ApiError &error) {
                    --m_listingsPending;
                    if (m_failed)
                        return;
                    if (error) {
                        m_failed = true;
                        Q_EMIT apiFailed(
                                error, which.isEmpty() ? QString() : tr("(listing %1)").arg(which));
                        return;
                    }
                    *rows = listing->rows();
                    if (m_listingsPending == 0)
                        listingFinished();
                });
    };
    if (m_command.name == CliCommand::Name::Diff) {
        listInto(m_service, &m_firstRows, tr("the first account"));
        listInto(m_secondService, &m_secondRows, tr("the second account"));
        return;
    }
    // The file is read first: a bad file is a usage error and costs no request.
    QString error;
    const std::optional<DesiredState> desired
            = DesiredState::readFile(m_command.desiredFile, &error);
    if (!desired) {
        Q_EMIT usageFailed(error);
        return;
    }
    m_desiredState = *desired;
    listInto(m_service, &m_firstRows, QString());
}

void PlanCommand::listingFinished()
{
    PlanOptions options;
    options.prune = m_command.prune;
    for (const QString &text : std::as_const(m_command.rewrites))
        options.rewrites.append(*UriRewriteRule::parse(text));
    options.policies = PolicyMap::parse(m_command.policyMappings).value_or(PolicyMap());

    Plan plan;
    if (m_command.name == CliCommand::Name::Diff) {
        plan = PlanBuilder::build(PlanBuilder::fromAccount(*m_firstRows), *m_secondRows, options);
    } else {
        plan = PlanBuilder::build(m_desiredState, *m_firstRows, options);
    }
    if (m_command.name == CliCommand::Name::Apply) {
        applyPlan(plan);
        return;
    }
    presentPlan(plan);
    Q_EMIT finished(plan.hasChanges() ? ExitChanges : 0);
}

void PlanCommand::presentPlan(const Plan &plan)
{
    if (m_command.format == CliCommand::Format::Json) {
        Q_EMIT output(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented));
        return;
    }
    const ConnectionProfile target
            = m_secondClient ? m_secondClient->profile() : m_service->client()->profile();
    Q_EMIT output(PlanReport::planText(plan, target.account).toUtf8());
}

void PlanCommand::applyPlan(const Plan &plan)
{
    const bool json = m_command.format == CliCommand::Format::Json;
    const int deletions = plan.count(PlanItem::Action::Delete);
    if (deletions > 0 && !m_command.assumeYes) {
        if (!json)
            presentPlan(plan);
        Q_EMIT usageFailed(tr("the plan deletes %n webhook(s); nothing was changed. Check the "
                              "plan and give --yes to apply it.",
                              nullptr, deletions));
        return;
    }
    if (!plan.hasChanges()) {
        if (json) {
            Q_EMIT output(QJsonDocument(QJsonObject{{PlanJsonKeys::Plan, plan.toJson()},
                                                    {PlanJsonKeys::Result, ApplyResult().toJson()}})
                                  .toJson(QJsonDocument::Indented));
        } else {
            presentPlan(plan);
        }
        Q_EMIT finished(0);
        return;
    }
    if (!json)
        presentPlan(plan);
    m_applier = new PlanApplier(m_service, this);
    if (m_context.stderrIsTerminal) {
        connect(m_applier, &PlanApplier::progress, this,
                [this](int done, int total, const PlanItem &) {
                    Q_EMIT message(tr("applying: %1 of %2 changes done").arg(done).arg(total));
                });
    }
    const int planned = plan.requestCount();
    connect(m_applier, &PlanApplier::finished, this,
            [this, plan, planned, json](const ApplyResult &result) {
                if (json) {
                    Q_EMIT output(
                            QJsonDocument(QJsonObject{{PlanJsonKeys::Plan, plan.toJson()},
                                                      {PlanJsonKeys::Result, result.toJson()}})
                                    .toJson(QJsonDocument::Indented));
                } else {
                    Q_EMIT output((u'\n' + PlanReport::resultText(result, planned)).toUtf8());
                }
                if (result.failed) {
                    Q_EMIT message(tr("apply failed part-way: %1").arg(result.error.userMessage()));
                }
                Q_EMIT finished(result.isComplete() ? 0 : 1);
            });
    m_applier->start(plan);
}
