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

int Terminal::stdoutColumns()
{
#if !defined(Q_OS_WIN)
    if (isStdoutTerminal()) {
        winsize size{};
        if (ioctl(fileno(stdout), TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
            return size.ws_col;
    }
#endif
    return 0;
}

QString Terminal::printable(const QString &text)
{
    const auto unsafe = [](char16_t c) {
        if (c == u'\n' || c == u'\t')
            return false;
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069);
    };
    QString result = text;
    for (QChar &c : result) {
        if (unsafe(c.unicode()))
            c = QChar::ReplacementCharacter;
    }
    return result;
}
