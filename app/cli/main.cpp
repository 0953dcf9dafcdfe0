// hookbench-cli: webhooks from the command line, for scripts and cron jobs.
// Composition root only: parse the command line, build the objects, run one command, exit.
#include "app/cli/CliCommandLine.h"
#include "app/cli/CliRunner.h"
#include "app/cli/ListenCommand.h"
#include "models/ProfileStore.h"
#include "models/TokenStore.h"
#include "models/VerificationTracker.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "models/workflow/VerificationTracking.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>

#include <cstdio>
#include <memory>
#include <optional>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hookbench-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Hookbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HB_VERSION_STRING));

    CliCommandLine commandLine;
    const CliCommandLine::Outcome outcome = commandLine.parse(QCoreApplication::arguments());
    // stderr carries what the user must read: the library's log stays quiet unless --verbose
    // or QT_LOGGING_RULES (which takes precedence) turns it on, e.g. "hookbench.*=true".
    QLoggingCategory::setFilterRules(commandLine.globalOptions().verbose
                                             ? QStringLiteral("hookbench.*=true")
                                             : QStringLiteral("hookbench.*=false"));
    switch (outcome) {
    case CliCommandLine::Outcome::Help:
    case CliCommandLine::Outcome::Version:
        std::fputs(commandLine.text().toUtf8().constData(), stdout);
        return CliRunner::ExitSuccess;
    case CliCommandLine::Outcome::UsageError:
        std::fputs(commandLine.text().toUtf8().constData(), stderr);
        return CliRunner::ExitUsage;
    case CliCommandLine::Outcome::Listen:
        return runListenCommand(commandLine.listenArguments());
    case CliCommandLine::Outcome::Run:
        break;
    }

    // Profiles are the GUI's: the same settings file ("Hookbench/hookbench").
    std::unique_ptr<QSettings> settings;
    std::optional<ProfileStore> profiles;
    std::unique_ptr<TokenStore> tokens;
    if (!commandLine.globalOptions().profile.isEmpty()
        || !commandLine.command().againstProfile.isEmpty()
        || commandLine.command().name == CliCommand::Name::Profiles) {
        settings = std::make_unique<QSettings>(QStringLiteral("Hookbench"),
                                               QStringLiteral("hookbench"));
        profiles.emplace(settings.get());
        tokens = std::make_unique<TokenStore>(QStringLiteral("Hookbench"));
    }

    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setMaxWaitMs(qint64(commandLine.globalOptions().maxWaitSeconds) * 1000);
    WebhookService service(&client);
    // Shared with the GUI: what create and update leave awaiting verification, per service
    // URL and account.
    VerificationTracker verification(VerificationTracker::defaultFileName());
    trackVerification(&verification, &service);
    CliRunner runner(&service, profiles ? &*profiles : nullptr, tokens.get());
    runner.setVerificationTracker(&verification);
    QObject::connect(&runner, &CliRunner::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    runner.start(commandLine.globalOptions(), commandLine.command());
    return QCoreApplication::exec();
}
