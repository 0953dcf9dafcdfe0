#pragma once

#include "app/cli/CliCommand.h"

#include <QString>

class QCommandLineParser;

// The options of `plan`, `apply` and `diff`, kept beside CliCommandLine so that its parser
// only asks here: which commands these are, which options they take, and whether the values
// given make sense (a usage error otherwise).
class PlanCommandLine
{
public:
    static bool handles(CliCommand::Name name);
    static QString description(CliCommand::Name name);
    static void addOptions(CliCommand::Name name, QCommandLineParser *parser);
    // Copies the options into `command`; an error message for a person (exit 2) or empty.
    static QString readOptions(const QCommandLineParser &parser, CliCommand *command);
};
