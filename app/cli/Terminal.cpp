#include "app/cli/Terminal.h"

#include <QtGlobal>

#include <cstdio>

#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <sys/ioctl.h>
#include <unistd.h>
#endif

namespace {
bool isTerminal(FILE *stream)
{
#if defined(Q_OS_WIN)
    return _isatty(_fileno(stream)) != 0;
#else
    return isatty(fileno(stream)) != 0;
#endif
}
} // namespace

bool Terminal::isStdoutTerminal()
{
    return isTerminal(stdout);
}

bool Terminal::isStderrTerminal()
{
    return isTerminal(stderr);
}

int Terminal::stdoutWidth()
{
#if !defined(Q_OS_WIN)
    if (isStdoutTerminal()) {
        winsize size{};
        if (ioctl(fileno(stdout), TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
            return size.ws_col;
    }
#endif
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    if (ok && columns > 0)
        return columns;
    return isStdoutTerminal() ? 80 : 0;
}
