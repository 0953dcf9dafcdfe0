#include "app/cli/CliMain.h"

#include "app/cli/CliCommandLine.h"
#include "app/cli/CliRunner.h"
#include "app/cli/ListenCommand.h"
#include "models/ProfileStore.h"
#include "models/TokenStore.h"
#include "models/VerificationTracker.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "models/workflow/VerificationTracking.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>

#include <memory>
#include <optional>

namespace {

// The library's log stays quiet unless --verbose or QT_LOGGING_RULES (which takes
// precedence) turns it on, e.g. "hookbench.*=true": stderr carries what the user must read.
class LogFilter
{
    Q_DISABLE_COPY_MOVE(LogFilter)

public:
    explicit LogFilter(bool verbose)
    {
        QLoggingCategory::setFilterRules(verbose ? QStringLiteral("hookbench.*=true")
                                                 : QStringLiteral("hookbench.*=false"));
    }
    ~LogFilter() { QLoggingCategory::setFilterRules(QString()); }
};

} // namespace

int CliMain::run(const QStringList &arguments, const CliContext &context)
{
    CliCommandLine commandLine;
    const CliCommandLine::Outcome outcome = commandLine.parse(arguments);
    const LogFilter logFilter(commandLine.globalOptions().verbose);
    switch (outcome) {
    case CliCommandLine::Outcome::Help:
    case CliCommandLine::Outcome::Version:
        context.out->write(commandLine.text().toUtf8());
        return CliRunner::ExitSuccess;
    case CliCommandLine::Outcome::UsageError:
        context.err->write(commandLine.text().toUtf8());
        return CliRunner::ExitUsage;
    case CliCommandLine::Outcome::Listen:
        return runListenCommand(commandLine.listenArguments());
    case CliCommandLine::Outcome::Run:
        break;
    }

    // Profiles are the window's: the same settings.
    std::unique_ptr<QSettings> settings;
    std::optional<ProfileStore> profiles;
    std::unique_ptr<TokenStore> tokens;
    if (!commandLine.globalOptions().profile.isEmpty()
        || !commandLine.command().againstProfile.isEmpty()
        || commandLine.command().name == CliCommand::Name::Profiles) {
        settings = context.openSettings();
        profiles.emplace(settings.get());
        tokens = std::make_unique<TokenStore>(QStringLiteral("Hookbench"));
    }

    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setMaxWaitMs(qint64(commandLine.globalOptions().maxWaitSeconds) * 1000);
    WebhookService service(&client);
    // Shared with the window: what create and update leave awaiting verification, per
    // service URL and account.
    VerificationTracker verification(VerificationTracker::defaultFileName());
    trackVerification(&verification, &service);
    CliRunner runner(&service, profiles ? &*profiles : nullptr, tokens.get(), context);
    runner.setVerificationTracker(&verification);
    QEventLoop loop;
    // Queued: finished() may come before start() returns, and the loop is not running yet.
    QObject::connect(&runner, &CliRunner::finished, &loop, &QEventLoop::exit, Qt::QueuedConnection);
    runner.start(commandLine.globalOptions(), commandLine.command());
    return loop.exec();
}
