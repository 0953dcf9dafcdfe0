#pragma once

// Facts about the terminal hookbench-cli runs in, for output meant for a person.
class Terminal
{
public:
    static bool isStdoutTerminal();
    static bool isStderrTerminal();
    // Columns available to a table on stdout: the terminal's width when stdout is a terminal,
    // else $COLUMNS when set, else 0 (no limit: a pipe or file gets whole lines).
    static int stdoutWidth();
};
