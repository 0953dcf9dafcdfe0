#include "app/cli/CliCommandLine.h"

#include "app/cli/HistoryCommands.h"
#include "app/cli/PlanCommandLine.h"
#include "app/cli/PolicyCommandLine.h"
#include "app/cli/Suggestion.h"
#include "app/cli/WebhookText.h"
#include "models/CsvWriter.h"
#include "models/EventCatalog.h"
#include "models/api/ApiClient.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <array>

namespace {

struct CommandInfo
{
    QLatin1StringView name;
    CliCommand::Name id;
    const char *summary; // translated in context CliCommandLine
    QLatin1StringView syntax;
};

constexpr std::array Commands{
        CommandInfo{QLatin1StringView("list"), CliCommand::Name::List,
                    QT_TRANSLATE_NOOP("CliCommandLine", "List the webhooks of the account."),
                    QLatin1StringView("list [options]")},
        CommandInfo{
                QLatin1StringView("export"), CliCommand::Name::Export,
                QT_TRANSLATE_NOOP("CliCommandLine", "Write every webhook to a CSV (or JSON) file."),
                QLatin1StringView("export --output FILE [options]")},
        CommandInfo{QLatin1StringView("get"), CliCommand::Name::Get,
                    QT_TRANSLATE_NOOP("CliCommandLine", "Show one webhook with all its fields."),
                    QLatin1StringView("get [options] ID")},
        CommandInfo{QLatin1StringView("create"), CliCommand::Name::Create,
                    QT_TRANSLATE_NOOP("CliCommandLine", "Create a webhook."),
                    QLatin1StringView("create --event EVENT --uri URI [options]")},
        CommandInfo{QLatin1StringView("update"), CliCommand::Name::Update,
                    QT_TRANSLATE_NOOP("CliCommandLine",
                                      "Change a webhook; only the fields given are changed."),
                    QLatin1StringView("update [options] ID")},
        CommandInfo{QLatin1StringView("delete"), CliCommand::Name::Delete,
                    QT_TRANSLATE_NOOP("CliCommandLine", "Delete a webhook."),
                    QLatin1StringView("delete [options] ID")},
        CommandInfo{QLatin1StringView("test"), CliCommand::Name::Test,
                    QT_TRANSLATE_NOOP("CliCommandLine",
                                      "Have the service send a test message to a webhook's URI."),
                    QLatin1StringView("test [options] ID")},
        CommandInfo{QLatin1StringView("events"), CliCommand::Name::Events,
                    QT_TRANSLATE_NOOP("CliCommandLine", "List the events a webhook can listen to."),
                    QLatin1StringView("events [options]")},
        CommandInfo{QLatin1StringView("history"), CliCommand::Name::History,
                    QT_TRANSLATE_NOOP("CliCommandLine",
                                      "List the snapshots of the account in the local history."),
                    QLatin1StringView("history [options]")},
        CommandInfo{QLatin1StringView("changes"), CliCommand::Name::Changes,
                    QT_TRANSLATE_NOOP("CliCommandLine",
                                      "Print the webhooks created, changed and removed since a "
                                      "time or snapshot."),
                    QLatin1StringView("changes --since TIME|SNAPSHOT_ID [--until ...] [options]")},
        CommandInfo{QLatin1StringView("plan"), CliCommand::Name::Plan,
                    QT_TRANSLATE_NOOP("CliCommandLine",
                                      "Compare the account with a desired state; print the plan."),
                    QLatin1StringView("plan --file FILE [--prune] [--rewrite FROM=TO]... "
                                      "[--policy-map SOURCE=TARGET_ID]... [options]")},
        CommandInfo{QLatin1StringView("apply"), CliCommand::Name::Apply,
                    QT_TRANSLATE_NOOP("CliCommandLine",
                                      "Make the account like a desired state (see plan)."),
                    QLatin1StringView("apply --file FILE [--prune] [--rewrite FROM=TO]... "
                                      "[--policy-map SOURCE=TARGET_ID]... [--yes] [options]")},
        CommandInfo{QLatin1StringView("diff"), CliCommand::Name::Diff,
                    QT_TRANSLATE_NOOP("CliCommandLine",
                                      "Compare with a second account; print the plan that makes "
                                      "it like this one."),
                    QLatin1StringView("diff (--against-profile NAME | --against-url URL "
                                      "--against-account ID) [options]")},
        CommandInfo{QLatin1StringView("profiles"), CliCommand::Name::Profiles,
                    QT_TRANSLATE_NOOP("CliCommandLine",
                                      "List the names of Hookbench's connection profiles."),
                    QLatin1StringView("profiles [options]")},
        CommandInfo{
                QLatin1StringView("policies"), CliCommand::Name::Policies,
                QT_TRANSLATE_NOOP("CliCommandLine",
                                  "List, create, change and delete webhook policies (signing)."),
                QLatin1StringView("policies list|get|create|update|delete [options]")},
};

const QLatin1StringView ListenCommandName("listen");

const CommandInfo *findCommand(const QString &name)
{
    for (const CommandInfo &info : Commands) {
        if (name == info.name)
            return &info;
    }
    return nullptr;
}

bool isTokenOption(const QString &argument)
{
    for (const QLatin1StringView prefix :
         {QLatin1StringView("--token"), QLatin1StringView("-token")}) {
        if (argument == prefix || argument.startsWith(prefix + u'='))
            return true;
    }
    return false;
}

QString commandList()
{
    QString text;
    for (const CommandInfo &info : Commands) {
        text += QStringLiteral("  %1  %2\n")
                        .arg(QString(info.name).leftJustified(8),
                             QCoreApplication::translate("CliCommandLine", info.summary));
    }
    text += QStringLiteral("  %1  %2\n")
                    .arg(QString(ListenCommandName).leftJustified(8),
                         QCoreApplication::translate(
                                 "CliCommandLine",
                                 "Receive webhook messages on this machine (see listen --help)."));
    return text;
}

QStringList commandNames()
{
    QStringList names;
    for (const CommandInfo &info : Commands)
        names.append(QString(info.name));
    names.append(QString(ListenCommandName));
    return names;
}

// " Did you mean '…'?" for an unknown command or option, or nothing.
QString didYouMean(const QString &typed, const QStringList &candidates)
{
    const QString suggestion = Suggestion::closest(typed, candidates);
    if (suggestion.isEmpty())
        return {};
    return u' '
            + QCoreApplication::translate("CliCommandLine", "Did you mean '%1'?").arg(suggestion);
}

// QCommandLineParser's error text, with a suggestion for the first unknown option: the
// options a parser knows are the long names its help text lists.
QString parseErrorText(const QCommandLineParser &parser)
{
    QString text = parser.errorText();
    const QStringList unknown = parser.unknownOptionNames();
    if (unknown.isEmpty())
        return text;
    QStringList known;
    static const QRegularExpression optionName(QStringLiteral("--([a-z][a-z0-9-]+)"));
    for (auto it = optionName.globalMatch(parser.helpText()); it.hasNext();)
        known.append(it.next().captured(1));
    known.removeDuplicates();
    const QString suggestion = Suggestion::closest(unknown.constFirst(), known);
    if (!suggestion.isEmpty()) {
        text += u' '
                + QCoreApplication::translate("CliCommandLine", "Did you mean '--%1'?")
                          .arg(suggestion);
    }
    return text;
}

// Replaces QCommandLineParser's first help line by one that names the command.
QString withUsageLine(const QString &helpText, const QString &usage)
{
    const qsizetype end = helpText.indexOf(u'\n');
    return usage + (end < 0 ? QString() : helpText.mid(end));
}

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

} // namespace

QString CliCommandLine::programName()
{
    return QStringLiteral("hookbench-cli");
}

QString CliCommandLine::commandName(CliCommand::Name id)
{
    for (const CommandInfo &info : Commands) {
        if (info.id == id)
            return QString(info.name);
    }
    return {};
}

CliCommandLine::Outcome CliCommandLine::usageError(const QString &message, const QString &command)
{
    const QString prefix = command.isEmpty() ? programName() : programName() + u' ' + command;
    const QString hint = command.isEmpty()
            ? tr("Run '%1 --help' for the commands and options.").arg(programName())
            : tr("Run '%1 %2 --help' for its options.").arg(programName(), command);
    m_text = QStringLiteral("%1: %2\n%3\n").arg(prefix, message, hint);
    return Outcome::UsageError;
}

CliCommandLine::Outcome CliCommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.setApplicationDescription(
            tr("Administer the webhooks of a 4me (Xurrent, ITRP) account from scripts and cron "
               "jobs.\n\nCommands:\n")
            + commandList()
            + tr("\nThe API token is read from the environment variable HOOKBENCH_TOKEN or, with "
                 "--profile, from the profile's keychain entry; never from the command line.\n"
                 "Environment: HOOKBENCH_URL and HOOKBENCH_ACCOUNT stand in for --url and "
                 "--account.\n"
                 "Every command takes --format json and then prints the API's JSON.\n"
                 "Exit status: 0 success, 1 API or network error (one line on stderr), "
                 "2 usage error, 4 no webhook with that id (get, update, delete, test); plan, "
                 "diff and changes: 3 when there are changes.\n"
                 "Times in text output are ISO 8601 in UTC, e.g. 2026-12-02T14:05:00Z.\n"
                 "Run '%1 COMMAND --help' for the options of a command.")
                      .arg(programName()));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption urlOption(
            QStringLiteral("url"),
            tr("The service URL, e.g. https://api.4me.com/v1 (default: $HOOKBENCH_URL, or the "
               "profile's)."),
            QStringLiteral("URL"));
    const QCommandLineOption accountOption(
            QStringLiteral("account"),
            tr("The account id, e.g. wdc (default: $HOOKBENCH_ACCOUNT, or the profile's)."),
            QStringLiteral("ID"));
    const QCommandLineOption headerOption(
            QStringLiteral("account-header"),
            tr("The header that names the account: %1 (default: the profile's, or "
               "X-4me-Account).")
                    .arg(ConnectionProfile::accountHeaderNames().join(QStringLiteral(", "))),
            QStringLiteral("NAME"));
    const QCommandLineOption profileOption(
            QStringLiteral("profile"),
            tr("Use a connection profile of Hookbench: its URL, account, header and keychain "
               "token."),
            QStringLiteral("NAME"));
    const QCommandLineOption maxWaitOption(
            QStringLiteral("max-wait"),
            tr("The longest the command waits for the service's rate limit, in seconds "
               "(default %1); a longer wait ends the command with exit status 1 and the time "
               "the limit resets.")
                    .arg(DefaultMaxWaitSeconds),
            QStringLiteral("SECONDS"));
    const QCommandLineOption verboseOption(
            QStringLiteral("verbose"),
            tr("Log what the program does on stderr (as QT_LOGGING_RULES=\"hookbench.*=true\" "
               "does)."));
    const QCommandLineOption noHistoryOption(
            QStringLiteral("no-history"),
            tr("Do not record the listing in the local history (see '%1 history').")
                    .arg(programName()));
    parser.addOptions({urlOption, accountOption, headerOption, profileOption, maxWaitOption,
                       verboseOption, noHistoryOption});
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run (see above)."),
                                 QStringLiteral("COMMAND [options]"));

    // Everything before the command belongs to hookbench-cli; `listen` parses its own.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == ListenCommandName)
            break;
        if (isTokenOption(arguments.at(i))) {
            return usageError(
                    tr("there is no --token option: a token on the command line can be read by "
                       "other users and lands in the shell history. Set the environment "
                       "variable HOOKBENCH_TOKEN, or use --profile with a token that Hookbench "
                       "stored in the keychain."));
        }
    }

    if (!parser.parse(arguments))
        return usageError(parseErrorText(parser));
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        m_text = withUsageLine(
                parser.helpText(),
                tr("Usage: %1 [global options] COMMAND [options]").arg(programName()));
        return Outcome::Help;
    }
    if (parser.isSet(versionOption)) {
        m_text = QStringLiteral("%1 %2\n").arg(programName(),
                                               QCoreApplication::applicationVersion());
        return Outcome::Version;
    }

    m_global.url = parser.value(urlOption);
    m_global.account = parser.value(accountOption);
    m_global.accountHeader = parser.value(headerOption);
    m_global.profile = parser.value(profileOption);
    m_global.verbose = parser.isSet(verboseOption);
    if (parser.isSet(maxWaitOption)) {
        bool ok = false;
        const int seconds = parser.value(maxWaitOption).toInt(&ok);
        if (!ok || seconds < 0)
            return usageError(tr("--max-wait must be a number of seconds (0 or more)."));
        m_global.maxWaitSeconds = seconds;
    }
    // Every value that ends up in a request header: a line break there would add headers.
    for (const auto &[option, value] : {std::pair{QStringLiteral("--url"), m_global.url},
                                        std::pair{QStringLiteral("--account"), m_global.account},
                                        std::pair{QStringLiteral("--profile"), m_global.profile}}) {
        if (ApiClient::containsControlCharacters(value))
            return usageError(tr("%1 must not contain control characters (such as line "
                                 "breaks).")
                                      .arg(option));
    }
    if (parser.isSet(headerOption)) {
        const QStringList names = ConnectionProfile::accountHeaderNames();
        const auto known = std::find_if(names.cbegin(), names.cend(), [&](const QString &name) {
            return name.compare(m_global.accountHeader, Qt::CaseInsensitive) == 0;
        });
        if (known == names.cend()) {
            return usageError(tr("--account-header must be one of %1.")
                                      .arg(names.join(QStringLiteral(", "))));
        }
        m_global.accountHeader = *known;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("no command given."));
    const QString name = positional.constFirst();
    if (name == ListenCommandName) {
        m_listenArguments = positional.mid(1);
        return Outcome::Listen;
    }
    const Outcome outcome = parseCommand(name, positional.mid(1));
    m_command.noHistory = parser.isSet(noHistoryOption);
    return outcome;
}

CliCommandLine::Outcome CliCommandLine::parseCommand(const QString &name,
                                                     const QStringList &arguments)
{
    const CommandInfo *info = findCommand(name);
    if (!info)
        return usageError(tr("'%1' is not a command.").arg(name)
                          + didYouMean(name, commandNames()));
    m_command = {};
    m_command.name = info->id;
    const CliCommand::Name id = info->id;
    if (id == CliCommand::Name::Policies) {
        const PolicyCommandLine::Result result = PolicyCommandLine::parse(arguments, &m_command);
        m_text = result.text;
        if (result.outcome == PolicyCommandLine::Outcome::UsageError)
            return usageError(result.text, result.command);
        return result.outcome == PolicyCommandLine::Outcome::Help ? Outcome::Help : Outcome::Run;
    }
    const bool takesId = id == CliCommand::Name::Get || id == CliCommand::Name::Update
            || id == CliCommand::Name::Delete || id == CliCommand::Name::Test;
    const bool editsFields = id == CliCommand::Name::Create || id == CliCommand::Name::Update;
    const bool lists = id == CliCommand::Name::List || id == CliCommand::Name::Export;

    QCommandLineParser parser;
    QString description = QCoreApplication::translate("CliCommandLine", info->summary);
    if (id == CliCommand::Name::List) {
        description += u'\n'
                + tr("On a terminal the table fits its width: long names, URIs and last errors "
                     "are cut with \"…\". Into a pipe or file the lines are whole, unless "
                     "COLUMNS is set; csv and json are never cut.");
    }
    if (lists) {
        description += u'\n'
                + tr("--search, --event and --with-errors pick from the whole listing, which is "
                     "what the history records; --state asks the API for fewer webhooks.");
    }
    if (id == CliCommand::Name::Export) {
        description += u'\n'
                + tr("The file is written only when every webhook arrived; an earlier file of "
                     "that name is otherwise left untouched. Columns: %1.")
                          .arg(CsvWriter::headers().join(QStringLiteral(", ")));
    } else if (id == CliCommand::Name::Delete || id == CliCommand::Name::Test) {
        description += u'\n'
                + tr("Nothing is printed on success (the API answers without a body); the exit "
                     "status tells the outcome: 0 done, 4 no webhook with that id (e.g. deleted "
                     "already), 1 another API or network error.");
    } else if (id == CliCommand::Name::Events) {
        description += u'\n'
                + tr("Without a service URL (no --url, HOOKBENCH_URL or --profile) it lists "
                     "Hookbench's built-in events and sends nothing.");
    } else if (id == CliCommand::Name::Profiles) {
        description += u'\n'
                + tr("One name a line, from the settings of Hookbench; tokens stay in the "
                     "keychain and are never read.");
    } else if (editsFields) {
        description += u'\n'
                + tr("The fields are checked before anything is sent (exit status 2 when one is "
                     "invalid). With --format json the webhook is printed as the API returned "
                     "it.");
    }
    const bool changes = id == CliCommand::Name::Changes;
    if (changes || id == CliCommand::Name::History)
        description += u'\n' + HistoryCommands::helpText(id);
    if (PlanCommandLine::handles(id))
        description += u'\n' + PlanCommandLine::description(id);
    parser.setApplicationDescription(description);
    const QCommandLineOption helpOption = parser.addHelpOption();

    QStringList formats{QStringLiteral("table"), QStringLiteral("json")};
    if (id == CliCommand::Name::List)
        formats.append(QStringLiteral("csv"));
    else if (id == CliCommand::Name::Export)
        formats = QStringList{QStringLiteral("csv"), QStringLiteral("json")};
    const QString formatHelp = id == CliCommand::Name::Export
            ? tr("File format: %1 (default: %2); json writes the API's JSON array.")
            : tr("Output format: %1 (default: %2).");
    const QCommandLineOption formatOption(
            QStringLiteral("format"),
            formatHelp.arg(formats.join(QStringLiteral(", ")), formats.constFirst()),
            QStringLiteral("FORMAT"));
    parser.addOption(formatOption);

    const QCommandLineOption stateOption(
            QStringLiteral("state"),
            tr("Which webhooks: all, enabled or disabled (default: all); any case is accepted."),
            QStringLiteral("STATE"));
    const QCommandLineOption searchOption(
            QStringLiteral("search"),
            tr("Only webhooks whose name, URI or description contains TEXT (ignoring case)."),
            QStringLiteral("TEXT"));
    const QCommandLineOption eventFilterOption(
            QStringLiteral("event"),
            tr("Only webhooks of this event; repeat it or separate events with commas."),
            QStringLiteral("EVENT"));
    const QCommandLineOption withErrorsOption(
            QStringLiteral("with-errors"),
            tr("Only webhooks with a last error (failed deliveries)."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("The file to write (required)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption bomOption(
            QStringLiteral("bom"),
            tr("Start the CSV file with a UTF-8 byte order mark (for Excel)."));
    const QCommandLineOption noGuardOption(
            QStringLiteral("no-formula-guard"),
            tr("Write cells that start with = + - @ as they are, without the leading ' that "
               "keeps spreadsheets from running them as formulas."));
    if (lists)
        parser.addOptions({stateOption, searchOption, eventFilterOption, withErrorsOption});
    if (id == CliCommand::Name::Export)
        parser.addOptions({outputOption, bomOption, noGuardOption});
    if (PlanCommandLine::handles(id))
        PlanCommandLine::addOptions(id, &parser);

    const QCommandLineOption eventOption(
            QStringLiteral("event"),
            tr("The event, e.g. request.create (see '%1 events').").arg(programName()),
            QStringLiteral("EVENT"));
    const QCommandLineOption uriOption(QStringLiteral("uri"),
                                       tr("The URI that receives the messages."),
                                       QStringLiteral("URI"));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        tr("The name (empty: the event's name)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption descriptionOption(QStringLiteral("description"),
                                               tr("A description, at most 64 KB."),
                                               QStringLiteral("TEXT"));
    const QCommandLineOption mailOption(
            QStringLiteral("mail-exceptions-to"),
            tr("Comma-separated e-mail addresses told about failed deliveries (empty: the "
               "account's administrators)."),
            QStringLiteral("ADDRESSES"));
    const QCommandLineOption disabledOption(
            QStringLiteral("disabled"),
            id == CliCommand::Name::Create
                    ? tr("Create it disabled, e.g. to test it before it goes live.")
                    : tr("Disable it."));
    const QCommandLineOption enabledOption(QStringLiteral("enabled"), tr("Enable it."));
    const QCommandLineOption openIdOption(
            QStringLiteral("openid-connect-discovery"),
            tr("Signed messages carry a kid header and an iss claim for OpenID Connect "
               "discovery of the policy's key."));
    const QCommandLineOption noOpenIdOption(QStringLiteral("no-openid-connect-discovery"),
                                            tr("Signed messages carry no discovery hints."));
    const QCommandLineOption offeringOption(
            QStringLiteral("app-offering-reference"),
            tr("Limit an app_instance webhook to instances of this app offering; repeat for "
               "several (an empty REF alone clears them)."),
            QStringLiteral("REF"));
    const QCommandLineOption policyOption(
            QStringLiteral("policy"),
            tr("Sign the messages with this webhook policy (see '%1 policies list'); 'none' "
               "unlinks it.")
                    .arg(programName()),
            QStringLiteral("ID|none"));
    if (editsFields) {
        parser.addOptions({eventOption, uriOption, nameOption, descriptionOption, mailOption,
                           disabledOption, openIdOption, noOpenIdOption, offeringOption,
                           policyOption});
    }
    if (id == CliCommand::Name::Update)
        parser.addOption(enabledOption);
    if (takesId)
        parser.addPositionalArgument(QStringLiteral("ID"), tr("The webhook's id."));
    const QCommandLineOption sinceOption(
            QStringLiteral("since"),
            tr("From the snapshot with this id, or the last one taken at or before this ISO 8601 "
               "time (required)."),
            QStringLiteral("TIME|SNAPSHOT_ID"));
    const QCommandLineOption untilOption(
            QStringLiteral("until"),
            tr("To this snapshot or time (default: a live listing, which is recorded)."),
            QStringLiteral("TIME|SNAPSHOT_ID"));
    if (changes)
        parser.addOptions({sinceOption, untilOption});

    if (!parser.parse(QStringList{name} + arguments))
        return usageError(parseErrorText(parser), name);
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        m_text = withUsageLine(
                parser.helpText(),
                tr("Usage: %1 [global options] %2").arg(programName(), QString(info->syntax)));
        return Outcome::Help;
    }

    if (parser.isSet(formatOption)) {
        const QString format = parser.value(formatOption);
        if (!formats.contains(format)) {
            return usageError(
                    tr("--format must be one of %1.").arg(formats.join(QStringLiteral(", "))),
                    name);
        }
        m_command.format = format == u"json" ? CliCommand::Format::Json
                : format == u"csv"           ? CliCommand::Format::Csv
                                             : CliCommand::Format::Table;
    } else if (id == CliCommand::Name::Export) {
        m_command.format = CliCommand::Format::Csv;
    }

    if (lists && parser.isSet(stateOption)) {
        // Any case, and the words the table prints ("Disabled", translated or not).
        const QString state = parser.value(stateOption).trimmed();
        const auto is = [&state](const QString &word, const QString &shown) {
            return state.compare(word, Qt::CaseInsensitive) == 0
                    || state.compare(shown, Qt::CaseInsensitive) == 0;
        };
        if (is(QStringLiteral("all"), tr("all")))
            m_command.state = WebhookState::All;
        else if (is(QStringLiteral("enabled"), WebhookText::stateText(false)))
            m_command.state = WebhookState::Enabled;
        else if (is(QStringLiteral("disabled"), WebhookText::stateText(true)))
            m_command.state = WebhookState::Disabled;
        else
            return usageError(tr("--state must be all, enabled or disabled."), name);
    }
    if (lists) {
        m_command.filter.search = parser.value(searchOption).trimmed();
        m_command.filter.withErrors = parser.isSet(withErrorsOption);
        const QStringList values = parser.values(eventFilterOption);
        for (const QString &value : values) {
            for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
                const QString event = part.trimmed();
                if (event.isEmpty())
                    continue;
                if (!EventCatalog::builtIn().contains(event)) {
                    QStringList events;
                    for (const EventInfo &catalogued : EventCatalog::builtIn().events())
                        events.append(catalogued.id);
                    return usageError(
                            tr("'%1' is not an event (see '%2 events').").arg(event, programName())
                                    + didYouMean(event, events),
                            name);
                }
                if (!m_command.filter.events.contains(event))
                    m_command.filter.events.append(event);
            }
        }
    }

    if (id == CliCommand::Name::Export) {
        m_command.outputFile = parser.value(outputOption);
        if (m_command.outputFile.isEmpty())
            return usageError(tr("--output FILE is required."), name);
        const QFileInfo file(m_command.outputFile);
        if (!file.absoluteDir().exists()) {
            return usageError(tr("the folder %1 does not exist.")
                                      .arg(QDir::toNativeSeparators(file.absolutePath())),
                              name);
        }
        if (file.isDir()) {
            return usageError(
                    tr("%1 is a folder.").arg(QDir::toNativeSeparators(m_command.outputFile)),
                    name);
        }
        m_command.byteOrderMark = parser.isSet(bomOption);
        m_command.formulaGuard = !parser.isSet(noGuardOption);
        if (m_command.format == CliCommand::Format::Json
            && (parser.isSet(bomOption) || parser.isSet(noGuardOption))) {
            return usageError(tr("--bom and --no-formula-guard apply to CSV only."), name);
        }
    }

    if (editsFields) {
        const auto take = [&](const QCommandLineOption &option, std::optional<QString> *target) {
            if (parser.isSet(option))
                *target = parser.value(option);
        };
        take(eventOption, &m_command.event);
        take(uriOption, &m_command.uri);
        take(nameOption, &m_command.webhookName);
        take(descriptionOption, &m_command.description);
        take(mailOption, &m_command.mailExceptionsTo);
        const bool enable = id == CliCommand::Name::Update && parser.isSet(enabledOption);
        if (enable && parser.isSet(disabledOption))
            return usageError(tr("--enabled and --disabled exclude each other."), name);
        if (enable)
            m_command.disabled = false;
        else if (parser.isSet(disabledOption))
            m_command.disabled = true;
        if (parser.isSet(openIdOption) && parser.isSet(noOpenIdOption)) {
            return usageError(tr("--openid-connect-discovery and --no-openid-connect-discovery "
                                 "exclude each other."),
                              name);
        }
        if (parser.isSet(openIdOption))
            m_command.openIdConnectDiscovery = true;
        else if (parser.isSet(noOpenIdOption))
            m_command.openIdConnectDiscovery = false;
        if (parser.isSet(policyOption)) {
            const QString value = parser.value(policyOption).trimmed();
            const std::optional<qint64> policyId = parseId(value);
            if (value != u"none" && !policyId) {
                return usageError(tr("--policy must be a webhook policy id (a positive number) "
                                     "or none."),
                                  name);
            }
            m_command.webhookPolicyId = policyId.value_or(0);
        }
        if (parser.isSet(offeringOption)) {
            QStringList references;
            const QStringList values = parser.values(offeringOption);
            for (const QString &value : values) {
                if (!value.trimmed().isEmpty())
                    references.append(value.trimmed());
            }
            m_command.appOfferingReferences = references;
        }
    }
    if (id == CliCommand::Name::Create) {
        if (!m_command.event)
            return usageError(tr("--event EVENT is required."), name);
        if (!m_command.uri)
            return usageError(tr("--uri URI is required."), name);
    }
    if (id == CliCommand::Name::Update && !m_command.event && !m_command.uri
        && !m_command.webhookName && !m_command.description && !m_command.mailExceptionsTo
        && !m_command.disabled && !m_command.openIdConnectDiscovery
        && !m_command.appOfferingReferences && !m_command.webhookPolicyId) {
        return usageError(tr("nothing to change: give at least one of --event, --uri, --name, "
                             "--description, --mail-exceptions-to, --enabled, --disabled, "
                             "--[no-]openid-connect-discovery, --app-offering-reference, "
                             "--policy."),
                          name);
    }

    if (changes) {
        m_command.since = parser.value(sinceOption);
        m_command.until = parser.value(untilOption);
        if (m_command.since.isEmpty())
            return usageError(tr("--since TIME|SNAPSHOT_ID is required."), name);
        for (const QString &reference : {m_command.since, m_command.until}) {
            if (!reference.isEmpty() && !HistoryCommands::isSnapshotReference(reference)) {
                return usageError(tr("'%1' is neither a snapshot id nor an ISO 8601 time "
                                     "(e.g. 2026-12-01T08:00:00Z).")
                                          .arg(reference),
                                  name);
            }
        }
    }
    if (PlanCommandLine::handles(id)) {
        const QString problem = PlanCommandLine::readOptions(parser, &m_command);
        if (!problem.isEmpty())
            return usageError(problem, name);
    }

    const QStringList positional = parser.positionalArguments();
    if (takesId) {
        if (positional.size() != 1)
            return usageError(tr("give exactly one webhook id."), name);
        const std::optional<qint64> webhookId = parseId(positional.constFirst());
        if (!webhookId) {
            return usageError(tr("'%1' is not a webhook id (a positive number).")
                                      .arg(positional.constFirst()),
                              name);
        }
        m_command.id = *webhookId;
    } else if (!positional.isEmpty()) {
        return usageError(tr("unexpected argument '%1'.").arg(positional.constFirst()), name);
    }
    return Outcome::Run;
}
