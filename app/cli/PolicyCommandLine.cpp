#include "app/cli/PolicyCommandLine.h"

#include "app/cli/CliCommandLine.h"
#include "models/WebhookPolicy.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <array>

namespace {

using Action = CliCommand::PolicyAction;

struct SubcommandInfo
{
    QLatin1StringView name;
    Action action;
    const char *summary; // translated in context PolicyCommandLine
    QLatin1StringView syntax;
};

constexpr std::array Subcommands{
        SubcommandInfo{
                QLatin1StringView("list"), Action::List,
                QT_TRANSLATE_NOOP("PolicyCommandLine", "List the webhook policies of the account."),
                QLatin1StringView("list [options]")},
        SubcommandInfo{QLatin1StringView("get"), Action::Get,
                       QT_TRANSLATE_NOOP("PolicyCommandLine", "Show one webhook policy."),
                       QLatin1StringView("get [options] ID")},
        SubcommandInfo{QLatin1StringView("create"), Action::Create,
                       QT_TRANSLATE_NOOP("PolicyCommandLine",
                                         "Create a webhook policy and save its public key."),
                       QLatin1StringView("create --jwt-alg ALG [--audience TEXT] [--expires-in "
                                         "MINUTES] [--disabled] --public-key-out FILE")},
        SubcommandInfo{QLatin1StringView("update"), Action::Update,
                       QT_TRANSLATE_NOOP("PolicyCommandLine",
                                         "Change a webhook policy; only the options given are "
                                         "changed."),
                       QLatin1StringView("update [options] ID")},
        SubcommandInfo{QLatin1StringView("delete"), Action::Delete,
                       QT_TRANSLATE_NOOP("PolicyCommandLine",
                                         "Delete a webhook policy; its webhooks are no longer "
                                         "signed."),
                       QLatin1StringView("delete [options] ID")},
};

const QString Policies = QStringLiteral("policies");

QString usage(QLatin1StringView syntax)
{
    return QCoreApplication::translate("PolicyCommandLine",
                                       "Usage: %1 [global options] policies %2")
            .arg(CliCommandLine::programName(), QString(syntax));
}

PolicyCommandLine::Result error(const QString &text, const QString &command)
{
    return {PolicyCommandLine::Outcome::UsageError, text, command};
}

} // namespace

bool PolicyCommandLine::hasPublicKey(const QString &jwtAlg)
{
    return jwtAlg.startsWith(u"rs") || jwtAlg.startsWith(u"es");
}

PolicyCommandLine::Result PolicyCommandLine::parse(const QStringList &arguments,
                                                   CliCommand *command)
{
    const QString first = arguments.value(0);
    if (first.isEmpty() || first == u"--help" || first == u"-h" || first == u"-?"
        || first == u"--help-all") {
        QString description
                = tr("A webhook policy makes the service sign the messages of the webhooks "
                     "linked to it (a JWT in the body). The service returns a policy's public "
                     "key only once, when it is created: create writes it to --public-key-out "
                     "and also keeps it in Hookbench's local data, so that the receiver can "
                     "check signatures. Link a webhook with '%1 create|update --policy ID' "
                     "('--policy none' unlinks).\n\nSubcommands:\n")
                          .arg(CliCommandLine::programName());
        for (const SubcommandInfo &info : Subcommands) {
            description
                    += QStringLiteral("  %1  %2\n")
                               .arg(QString(info.name).leftJustified(7),
                                    QCoreApplication::translate("PolicyCommandLine", info.summary));
        }
        description += u'\n'
                + tr("Run '%1 policies SUBCOMMAND --help' for the options of one subcommand.")
                          .arg(CliCommandLine::programName());
        // Every option of every subcommand, so that the manual page names them all.
        QCommandLineParser all;
        all.setApplicationDescription(description);
        all.addHelpOption();
        all.addOptions({
                {QStringLiteral("format"), tr("Output format: table, json (default: table)."),
                 QStringLiteral("FORMAT")},
                {QStringLiteral("state"),
                 tr("list: which policies, all, enabled or disabled (default: all)."),
                 QStringLiteral("STATE")},
                {QStringLiteral("jwt-alg"),
                 tr("create: the signing algorithm (required): %1.")
                         .arg(WebhookPolicy::algorithms().join(QStringLiteral(", "))),
                 QStringLiteral("ALG")},
                {QStringLiteral("audience"),
                 tr("create, update: the audience (aud claim) of the signed messages, at most "
                    "2 KB."),
                 QStringLiteral("TEXT")},
                {QStringLiteral("expires-in"),
                 tr("create, update: signed messages expire this many minutes after they are "
                    "sent (exp claim); 'none' (update) removes the expiry."),
                 QStringLiteral("MINUTES")},
                {QStringLiteral("disabled"),
                 tr("create, update: webhooks can no longer be linked to the policy.")},
                {QStringLiteral("enabled"), tr("update: enable the policy.")},
                {QStringLiteral("public-key-out"),
                 tr("create: the file the public key is written to, as PEM (required for rs* "
                    "and es*)."),
                 QStringLiteral("FILE")},
        });
        all.addPositionalArgument(QStringLiteral("SUBCOMMAND"),
                                  tr("list, get, create, update or delete."));
        all.addPositionalArgument(QStringLiteral("ID"),
                                  tr("get, update, delete: the webhook policy's id."));
        const QString help = all.helpText();
        const qsizetype end = help.indexOf(u'\n');
        const QString text = usage(QLatin1StringView("SUBCOMMAND [options] [ID]"))
                + (end < 0 ? QString() : help.mid(end));
        if (first.isEmpty())
            return error(tr("give a subcommand: list, get, create, update or delete."), Policies);
        return {Outcome::Help, text, Policies};
    }
    const SubcommandInfo *info = nullptr;
    for (const SubcommandInfo &candidate : Subcommands) {
        if (first == candidate.name)
            info = &candidate;
    }
    if (!info) {
        return error(tr("'%1' is not a subcommand of policies (list, get, create, update, "
                        "delete).")
                             .arg(first),
                     Policies);
    }
    const Action action = info->action;
    const QString name = Policies + u' ' + first;
    command->policyAction = action;

    QCommandLineParser parser;
    QString description = QCoreApplication::translate("PolicyCommandLine", info->summary);
    if (action == Action::Create) {
        description += u'\n'
                + tr("The public key of an rs* or es* policy is returned only in the answer to "
                     "this request: it is written to FILE (required for those algorithms) and "
                     "kept in Hookbench's local data. none and hs* policies have no public key. "
                     "The fields are checked before anything is sent (exit status 2).");
    } else if (action == Action::Delete) {
        description += u'\n'
                + tr("The service unlinks the webhooks that used the policy; their messages "
                     "are sent unsigned from then on.");
    }
    parser.setApplicationDescription(description);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("Output format: table, json (default: table)."),
                                          QStringLiteral("FORMAT"));
    parser.addOption(formatOption);
    const QCommandLineOption stateOption(
            QStringLiteral("state"), tr("Which policies: all, enabled or disabled (default: all)."),
            QStringLiteral("STATE"));
    const QCommandLineOption algOption(
            QStringLiteral("jwt-alg"),
            tr("The signing algorithm (required): %1.")
                    .arg(WebhookPolicy::algorithms().join(QStringLiteral(", "))),
            QStringLiteral("ALG"));
    const QCommandLineOption audienceOption(
            QStringLiteral("audience"),
            tr("The audience (the aud claim) of the signed messages, at most 2 KB; empty: "
               "none."),
            QStringLiteral("TEXT"));
    const QCommandLineOption expiresOption(
            QStringLiteral("expires-in"),
            action == Action::Update
                    ? tr("Signed messages expire this many minutes after they are sent (the exp "
                         "claim); 'none' removes the expiry.")
                    : tr("Signed messages expire this many minutes after they are sent (the exp "
                         "claim; default: no expiry)."),
            action == Action::Update ? QStringLiteral("MINUTES|none") : QStringLiteral("MINUTES"));
    const QCommandLineOption disabledOption(
            QStringLiteral("disabled"),
            action == Action::Create
                    ? tr("Create it disabled: webhooks cannot be linked to it until it is "
                         "enabled.")
                    : tr("Disable it: webhooks can no longer be linked to it."));
    const QCommandLineOption enabledOption(QStringLiteral("enabled"), tr("Enable it."));
    const QCommandLineOption keyOption(
            QStringLiteral("public-key-out"),
            tr("The file the public key is written to, as PEM (required for rs* and es*)."),
            QStringLiteral("FILE"));
    if (action == Action::List)
        parser.addOption(stateOption);
    if (action == Action::Create)
        parser.addOptions({algOption, audienceOption, expiresOption, disabledOption, keyOption});
    if (action == Action::Update)
        parser.addOptions({audienceOption, expiresOption, disabledOption, enabledOption});
    const bool takesId
            = action == Action::Get || action == Action::Update || action == Action::Delete;
    if (takesId)
        parser.addPositionalArgument(QStringLiteral("ID"), tr("The webhook policy's id."));

    if (!parser.parse(arguments))
        return error(parser.errorText(), name);
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        const QString help = parser.helpText();
        const qsizetype end = help.indexOf(u'\n');
        return {Outcome::Help, usage(info->syntax) + (end < 0 ? QString() : help.mid(end)), name};
    }

    if (parser.isSet(formatOption)) {
        const QString format = parser.value(formatOption);
        if (format != u"table" && format != u"json")
            return error(tr("--format must be one of table, json."), name);
        command->format = format == u"json" ? CliCommand::Format::Json : CliCommand::Format::Table;
    }
    if (action == Action::List && parser.isSet(stateOption)) {
        const QString state = parser.value(stateOption);
        if (state == u"all")
            command->state = WebhookState::All;
        else if (state == u"enabled")
            command->state = WebhookState::Enabled;
        else if (state == u"disabled")
            command->state = WebhookState::Disabled;
        else
            return error(tr("--state must be all, enabled or disabled."), name);
    }
    if (action == Action::Create || action == Action::Update) {
        if (parser.isSet(algOption))
            command->jwtAlg = parser.value(algOption);
        if (parser.isSet(audienceOption))
            command->jwtAudience = parser.value(audienceOption);
        if (parser.isSet(expiresOption)) {
            const QString text = parser.value(expiresOption).trimmed();
            bool ok = false;
            const qint64 minutes = text.toLongLong(&ok);
            if (action == Action::Update && text == u"none") {
                command->removeExpiry = true;
            } else if (!ok || minutes < 0) {
                return error(tr("--expires-in must be a whole number of minutes, 0 or more%1.")
                                     .arg(action == Action::Update ? tr(", or none") : QString()),
                             name);
            } else {
                command->jwtClaimExpiresIn = minutes;
            }
        }
        const bool enable = action == Action::Update && parser.isSet(enabledOption);
        if (enable && parser.isSet(disabledOption))
            return error(tr("--enabled and --disabled exclude each other."), name);
        if (enable)
            command->disabled = false;
        else if (parser.isSet(disabledOption))
            command->disabled = true;
    }
    if (action == Action::Create) {
        if (!command->jwtAlg)
            return error(tr("--jwt-alg ALG is required (%1).")
                                 .arg(WebhookPolicy::algorithms().join(QStringLiteral(", "))),
                         name);
        command->publicKeyOut = parser.value(keyOption);
        if (command->publicKeyOut.isEmpty() && hasPublicKey(*command->jwtAlg)) {
            return error(tr("--public-key-out FILE is required: the service shows the public key "
                            "of a new %1 policy only once.")
                                 .arg(*command->jwtAlg),
                         name);
        }
        if (!command->publicKeyOut.isEmpty()) {
            const QFileInfo file(command->publicKeyOut);
            if (!file.absoluteDir().exists()) {
                return error(tr("the folder %1 does not exist.")
                                     .arg(QDir::toNativeSeparators(file.absolutePath())),
                             name);
            }
            if (file.isDir()) {
                return error(
                        tr("%1 is a folder.").arg(QDir::toNativeSeparators(command->publicKeyOut)),
                        name);
            }
        }
    }
    if (action == Action::Update && !command->jwtAudience && !command->jwtClaimExpiresIn
        && !command->removeExpiry && !command->disabled) {
        return error(tr("nothing to change: give at least one of --audience, --expires-in, "
                        "--enabled, --disabled."),
                     name);
    }

    const QStringList positional = parser.positionalArguments();
    if (takesId) {
        if (positional.size() != 1)
            return error(tr("give exactly one webhook policy id."), name);
        bool ok = false;
        const qint64 id = positional.constFirst().toLongLong(&ok);
        if (!ok || id <= 0) {
            return error(tr("'%1' is not a webhook policy id (a positive number).")
                                 .arg(positional.constFirst()),
                         name);
        }
        command->id = id;
    } else if (!positional.isEmpty()) {
        return error(tr("unexpected argument '%1'.").arg(positional.constFirst()), name);
    }
    return {Outcome::Run, {}, name};
}
