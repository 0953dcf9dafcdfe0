#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

// What one run of hookbench-cli left: its exit status and what it wrote on stdout and stderr.
struct CliResult
{
    bool finished = false; // false: it did not start, crashed or timed out
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString diagnostics() const; // for QVERIFY2: the exit status and both streams
};

// The terminal an in-process run pretends to have (CliHarness::run()).
struct CliTerminal
{
    bool stdoutIsTerminal = false;
    bool stderrIsTerminal = false;
    int columns = 0; // what the terminal on stdout says it is wide
};

// Runs hookbench-cli for the tests, against a folder of the test's own (settings in
// config/Hookbench/hookbench.conf, history and verification marks under data/):
// - run(): in-process through CliMain, with buffers for stdout and stderr and a terminal
//   that is described, not real. Fast, and servers in this thread keep answering.
// - runProcess(): the built executable, where the process itself is under test (exit
//   status, what reaches the real stdout and stderr, signals).
// Both take the same environment (environment()): only the variables given there, never the
// user's HOOKBENCH_* or COLUMNS. Every run checks that no secret given to it (the tokens in
// its environment, and addSecret()) shows in its arguments, stdout or stderr.
class CliHarness
{
public:
    explicit CliHarness(const QString &directory);

    // HOOKBENCH_URL (when valid), HOOKBENCH_ACCOUNT (when not empty) and HOOKBENCH_TOKEN
    // (when not empty).
    QProcessEnvironment environment(const QUrl &url, const QString &token,
                                    const QString &account = QStringLiteral("wdc")) const;

    CliResult run(const QStringList &arguments, const QProcessEnvironment &environment,
                  const CliTerminal &terminal = {});
    CliResult runProcess(const QStringList &arguments, const QProcessEnvironment &environment,
                         int timeoutMs = 60000);

    // `environment` for a process of hookbench-cli: the test's own PATH and the like, the
    // harness's folders, and the variables given.
    QProcessEnvironment processEnvironment(const QProcessEnvironment &environment) const;

    static QString executable();
    QString settingsFile() const;
    QString dataDirectory() const;

    void addSecret(const QString &secret);
    // The runs (their arguments) in which a secret showed; empty is good. Clears the list.
    QStringList takeLeaks();

private:
    void checkLeaks(const QStringList &arguments, const QProcessEnvironment &environment,
                    const CliResult &result);

    QString m_directory;
    QStringList m_secrets;
    QStringList m_leaks;
};
