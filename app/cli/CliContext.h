#pragma once

#include <QProcessEnvironment>
#include <QString>

#include <memory>

class QFile;
class QIODevice;
class QSettings;

// What hookbench-cli takes from the process it runs in: where its output goes, its
// environment variables, whether stdout and stderr are terminals, and where Hookbench keeps
// its settings. main() describes the real process (forProcess()); the tests describe
// buffers and a folder of their own, and run the commands in-process (see CliMain).
// A value; the devices are not owned and must outlive every use of the context.
struct CliContext
{
    QIODevice *out = nullptr; // stdout: results
    QIODevice *err = nullptr; // stderr: errors, rate-limit waits, progress
    QProcessEnvironment environment;
    bool stdoutIsTerminal = false;
    bool stderrIsTerminal = false;
    int terminalColumns = 0; // the width of the terminal on stdout; 0: not known
    QString settingsFile; // empty: Hookbench's own settings (shared with the window)

    // The running process: `out` and `err` are opened on stdout and stderr.
    static CliContext forProcess(QFile *out, QFile *err);

    // An environment variable; empty when it is not set.
    QString variable(const char *name) const;
    // The columns a table on stdout may take, 0 for no limit: a terminal's width (or
    // $COLUMNS when the terminal does not say); into a pipe or file $COLUMNS when it is set
    // and else no limit, so that scripts get whole values.
    int tableWidth() const;
    // Hookbench's settings (profiles, history retention): settingsFile, or the window's.
    std::unique_ptr<QSettings> openSettings() const;
};
