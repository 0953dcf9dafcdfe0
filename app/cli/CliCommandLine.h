#pragma once

#include "app/cli/CliCommand.h"
#include "models/ConnectionProfile.h"

#include <QCoreApplication>
#include <QStringList>

// The command line of hookbench-cli:
//   hookbench-cli [--url URL] [--account ID] [--account-header NAME] [--profile NAME]
//                 [--max-wait SECONDS] [--verbose] COMMAND [options]
// Parses the global options and the command's own options, and writes the help texts.
// It never takes a token: tokens come from HOOKBENCH_TOKEN or the profile's keychain entry.
class CliCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CliCommandLine)

public:
    enum class Outcome {
        Run, // command() is ready to run
        Listen, // `listen`: hand listenArguments() to runListenCommand()
        Help, // print text() on stdout, exit 0
        Version, // print text() on stdout, exit 0
        UsageError, // print text() on stderr, exit 2
    };

    struct GlobalOptions
    {
        QString url;
        QString account;
        QString accountHeader;
        QString profile;
        bool verbose = false; // --verbose: the library's log on stderr
        int maxWaitSeconds = DefaultMaxWaitSeconds; // --max-wait: the longest rate-limit wait
    };
    static constexpr int DefaultMaxWaitSeconds = 300;

    // `arguments` starts with the program name, as QCoreApplication::arguments().
    Outcome parse(const QStringList &arguments);

    const QString &text() const { return m_text; }
    const GlobalOptions &globalOptions() const { return m_global; }
    const CliCommand &command() const { return m_command; }
    const QStringList &listenArguments() const { return m_listenArguments; }

    static QString programName();
    // The word that names the command on the command line, e.g. "list".
    static QString commandName(CliCommand::Name id);

private:
    Outcome parseCommand(const QString &name, const QStringList &arguments);
    Outcome usageError(const QString &message, const QString &command = {});

    QString m_text;
    GlobalOptions m_global;
    CliCommand m_command;
    QStringList m_listenArguments;
};
