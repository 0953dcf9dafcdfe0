#pragma once

#include "app/cli/CliCommand.h"
#include "app/cli/CliCommandLine.h"
#include "app/cli/CliContext.h"
#include "models/ConnectionProfile.h"

#include <QObject>

#include <memory>

class HistoryCommands;
class ProfileStore;
class TokenStore;
class VerificationTracker;
class WebhookService;

// Runs one hookbench-cli command against the Webhooks API and reports its exit status:
// it resolves the connection (options, environment, profile), reads the token, checks the
// user's input, sends the request(s) and prints the result as a table, JSON or CSV.
//
// Output: results on the context's stdout; errors, rate-limit waits and (on a terminal)
// progress on its stderr. The token is never printed: any text that would contain it is
// masked. Ownership: the service and the stores are not owned and must outlive the runner,
// and so must the context's devices.
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    static constexpr int ExitSuccess = 0;
    static constexpr int ExitFailure = 1; // API, network or file error
    static constexpr int ExitUsage = 2; // the command line, the input or the set-up
    static constexpr int ExitNotFound = 4; // get, update, delete, test: no webhook with that id

    // `profiles` and `tokens` may be null when no --profile was given.
    CliRunner(WebhookService *service, ProfileStore *profiles, TokenStore *tokens,
              const CliContext &context, QObject *parent = nullptr);
    ~CliRunner() override;

    // Marks what create and update leave awaiting verification (not owned; may be null).
    void setVerificationTracker(VerificationTracker *tracker);

    // Starts the command; finished() follows once, possibly before start() returns.
    void start(const CliCommandLine::GlobalOptions &options, const CliCommand &command);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void connectAndRun(const ConnectionProfile &profile, const QString &token);
    void run();
    void runListing();
    void runGet();
    void runCreate();
    void runUpdate();
    void runDelete();
    void runTest();
    void runEvents();
    HistoryCommands &history();
    void runPlan(); // plan, apply, diff: see PlanCommand
    void runProfiles();
    void runPolicies(); // policies: see PolicyCommands

    void finishListing(const WebhookList &rows, qint64 received, qint64 total,
                       const ApiError &error);
    bool exportRows(const WebhookList &rows);
    void printWebhook(const Webhook &webhook);
    void printEvents(const EventCatalog &catalog);

    bool checkFields(const Webhook &webhook, bool onlyGiven, const QString &originalEvent);
    void announceVerification(const Webhook &webhook);
    void announceWait(int seconds);
    void showProgress(qint64 received, qint64 total);
    void clearProgress();

    void writeOut(const QByteArray &bytes);
    void writeError(const QString &line);
    void failApi(const ApiError &error, const QString &detail = {});
    void failUsage(const QString &message);
    void finish(int exitCode);

    QString masked(const QString &text) const;

    WebhookService *m_service;
    ProfileStore *m_profiles;
    TokenStore *m_tokens;
    CliCommand m_command;
    VerificationTracker *m_verification = nullptr;
    QString m_secret;
    CliContext m_context;
    bool m_progressShown = false;
    bool m_finished = false;
    std::unique_ptr<HistoryCommands> m_history; // history, changes, recording a listing
};
