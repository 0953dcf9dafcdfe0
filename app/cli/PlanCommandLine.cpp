#include "app/cli/PlanCommandLine.h"

#include "models/plan/PolicyMap.h"
#include "models/plan/UriRewriteRule.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PlanCommandLine", text);
}

const QString FileOption = QStringLiteral("file");
const QString PruneOption = QStringLiteral("prune");
const QString RewriteOption = QStringLiteral("rewrite");
const QString PolicyMapOption = QStringLiteral("policy-map");
const QString YesOption = QStringLiteral("yes");
const QString AgainstProfileOption = QStringLiteral("against-profile");
const QString AgainstUrlOption = QStringLiteral("against-url");
const QString AgainstAccountOption = QStringLiteral("against-account");

} // namespace

bool PlanCommandLine::handles(CliCommand::Name name)
{
    return name == CliCommand::Name::Plan || name == CliCommand::Name::Apply
            || name == CliCommand::Name::Diff;
}

QString PlanCommandLine::description(CliCommand::Name name)
{
    const QString matching
            = tr("Webhooks match when their sourceID is equal; else when name and event are equal "
                 "and that pair is unique on both sides; else when name, event and URI (after "
                 "--rewrite) are equal. What stays ambiguous is reported and left alone. Without "
                 "--policy-map no webhook policy is linked in the target.");
    switch (name) {
    case CliCommand::Name::Plan:
        return tr("FILE is what 'export' writes (JSON or CSV). Exit status: 0 nothing to do, "
                  "3 changes planned, 1 API error, 2 usage or file error.\n")
                + matching;
    case CliCommand::Name::Apply:
        return tr("Sends only what the plan says and stops at the first failure. Exit status: "
                  "0 applied (or nothing to do), 1 failed part-way (the result says what was "
                  "done), 2 usage or file error, or deletions without --yes. Deleted webhooks "
                  "are printed in full, so that they can be applied again.\n")
                + matching;
    case CliCommand::Name::Diff:
        return tr("Prints the plan that makes the second account (--against-...) like the "
                  "first. The second token is read from HOOKBENCH_AGAINST_TOKEN or the "
                  "profile's keychain entry. Exit status as for 'plan'.\n")
                + matching;
    default:
        return {};
    }
}

void PlanCommandLine::addOptions(CliCommand::Name name, QCommandLineParser *parser)
{
    if (name != CliCommand::Name::Diff) {
        parser->addOption(QCommandLineOption(
                FileOption, tr("The desired state: a JSON or CSV file of 'export'."),
                QStringLiteral("FILE")));
    }
    parser->addOption(QCommandLineOption(PruneOption,
                                         tr("Delete the target's webhooks that are not wanted.")));
    parser->addOption(QCommandLineOption(
            RewriteOption, tr("Replace the URI prefix FROM by TO before comparing (repeatable)."),
            QStringLiteral("FROM=TO")));
    parser->addOption(QCommandLineOption(
            PolicyMapOption,
            tr("Link the target's policy TARGET_ID where the source has the policy "
               "SOURCE (name or id) (repeatable)."),
            QStringLiteral("SOURCE=TARGET_ID")));
    if (name == CliCommand::Name::Apply)
        parser->addOption(QCommandLineOption(YesOption, tr("Allow the plan to delete webhooks.")));
    if (name == CliCommand::Name::Diff) {
        parser->addOption(QCommandLineOption(
                AgainstProfileOption, tr("The second account: a connection profile of Hookbench."),
                QStringLiteral("NAME")));
        parser->addOption(QCommandLineOption(
                AgainstUrlOption, tr("The second account's service URL (default: the first's)."),
                QStringLiteral("URL")));
        parser->addOption(QCommandLineOption(AgainstAccountOption,
                                             tr("The second account's id (default: the first's)."),
                                             QStringLiteral("ID")));
    }
}

QString PlanCommandLine::readOptions(const QCommandLineParser &parser, CliCommand *command)
{
    const CliCommand::Name name = command->name;
    if (name != CliCommand::Name::Diff) {
        command->desiredFile = parser.value(FileOption);
        if (command->desiredFile.isEmpty())
            return tr("--file FILE is required.");
    }
    command->prune = parser.isSet(PruneOption);
    command->assumeYes = name == CliCommand::Name::Apply && parser.isSet(YesOption);
    command->rewrites = parser.values(RewriteOption);
    command->policyMappings = parser.values(PolicyMapOption);
    for (const QString &rule : std::as_const(command->rewrites)) {
        QString error;
        if (!UriRewriteRule::parse(rule, &error))
            return QStringLiteral("--rewrite: ") + error;
    }
    QString policyError;
    if (!PolicyMap::parse(command->policyMappings, &policyError))
        return QStringLiteral("--policy-map: ") + policyError;
    if (name == CliCommand::Name::Diff) {
        command->againstProfile = parser.value(AgainstProfileOption);
        command->againstUrl = parser.value(AgainstUrlOption);
        command->againstAccount = parser.value(AgainstAccountOption);
        if (command->againstProfile.isEmpty() && command->againstUrl.isEmpty()
            && command->againstAccount.isEmpty()) {
            return tr("name the second account: --against-profile NAME, or --against-url "
                      "and/or --against-account.");
        }
    }
    return {};
}
