#pragma once

#include <QString>

// Facts about the terminal hookbench-cli runs in, for output meant for a person.
class Terminal
{
public:
    static bool isStdoutTerminal();
    static bool isStderrTerminal();
    // Columns available to a table on stdout: the terminal's width when stdout is a terminal,
    // else $COLUMNS when set, else 0 (no limit: a pipe or file gets whole lines).
    static int stdoutWidth();
    // `text` (from the network or the user) made safe to print as text: every control
    // character but newline and tab (C0, DEL, C1, and the bidirectional overrides that
    // reorder what a terminal shows) becomes U+FFFD, so that no escape sequence reaches
    // the terminal.
    static QString printable(const QString &text);
};
