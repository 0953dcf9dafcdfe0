#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The command line of `hookbench-cli policies list|get|create|update|delete`, kept beside
// CliCommandLine so that its parser only hands the arguments after `policies` here: which
// subcommand, its options and their help texts, and whether the values given make sense.
class PolicyCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(PolicyCommandLine)

public:
    enum class Outcome {
        Run, // the command is ready to run
        Help, // print text on stdout, exit 0
        UsageError, // text is the problem; `command` names what --help to suggest
    };
    struct Result
    {
        Outcome outcome = Outcome::Run;
        QString text;
        QString command; // "policies" or "policies create"
    };

    // `arguments` are those after `policies`. Fills the policy fields of `command`.
    static Result parse(const QStringList &arguments, CliCommand *command);
    // Whether policies with this algorithm have a public key (rs*, es*): create needs
    // --public-key-out for them.
    static bool hasPublicKey(const QString &jwtAlg);
};
