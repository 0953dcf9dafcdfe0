#pragma once

#include "app/cli/CliContext.h"

#include <QStringList>

// hookbench-cli as a function: parses `arguments` (the program name first, as
// QCoreApplication::arguments()), builds the objects a command needs, runs it to the end in
// an event loop of its own and returns the exit status. main() calls it with the process's
// streams; the tests call it in-process with buffers (tests/support/CliHarness).
//
// Needs a QCoreApplication. Everything it prints goes to the context's devices, except
// `listen`, which speaks to the process's own stdout and stderr until a termination signal,
// and the library's log (--verbose), which goes to Qt's message handler. The log filter is
// process-wide: run() sets it for the command and clears it again before returning.
class CliMain
{
public:
    static int run(const QStringList &arguments, const CliContext &context);
};
