#pragma once

#include <QString>

// Facts about the terminal hookbench-cli runs in, for output meant for a person.
class Terminal
{
public:
    static bool isStdoutTerminal();
    static bool isStderrTerminal();
    // The width of the terminal on stdout, in columns; 0 when stdout is no terminal or the
    // terminal does not say (see CliContext::tableWidth()).
    static int stdoutColumns();
    // `text` (from the network or the user) made safe to print as text: every control
    // character but newline and tab (C0, DEL, C1, and the bidirectional overrides that
    // reorder what a terminal shows) becomes U+FFFD, so that no escape sequence reaches
    // the terminal.
    static QString printable(const QString &text);
};
