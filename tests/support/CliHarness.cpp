#include "tests/support/CliHarness.h"

#include "app/cli/CliContext.h"
#include "app/cli/CliMain.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>

#include <algorithm>

namespace {

const QStringList OwnVariables{
        QStringLiteral("HOOKBENCH_URL"),   QStringLiteral("HOOKBENCH_ACCOUNT"),
        QStringLiteral("HOOKBENCH_TOKEN"), QStringLiteral("HOOKBENCH_AGAINST_TOKEN"),
        QStringLiteral("COLUMNS"),         QStringLiteral("XDG_CONFIG_HOME"),
        QStringLiteral("XDG_DATA_HOME")};

// XDG_DATA_HOME for the length of an in-process run: the history and the verification marks
// are found through QStandardPaths, which reads it on every call.
class DataHomeOverride
{
    Q_DISABLE_COPY_MOVE(DataHomeOverride)

public:
    explicit DataHomeOverride(const QString &directory)
        : m_wasSet(qEnvironmentVariableIsSet("XDG_DATA_HOME")), m_previous(qgetenv("XDG_DATA_HOME"))
    {
        qputenv("XDG_DATA_HOME", QFile::encodeName(directory));
    }
    ~DataHomeOverride()
    {
        if (m_wasSet)
            qputenv("XDG_DATA_HOME", m_previous);
        else
            qunsetenv("XDG_DATA_HOME");
    }

private:
    bool m_wasSet;
    QByteArray m_previous;
};

} // namespace

QString CliResult::diagnostics() const
{
    return QStringLiteral("exit %1%2\nstdout: %3\nstderr: %4")
            .arg(exitCode)
            .arg(finished ? QString() : QStringLiteral(" (did not finish)"),
                 QString::fromUtf8(out.left(3000)), QString::fromUtf8(err));
}

CliHarness::CliHarness(const QString &directory) : m_directory(directory)
{
    QDir(m_directory).mkpath(QStringLiteral("config/Hookbench"));
    QDir(m_directory).mkpath(QStringLiteral("data"));
}

QString CliHarness::executable()
{
    return QStringLiteral(HB_BINARY_DIR "/bin/hookbench-cli");
}

QString CliHarness::settingsFile() const
{
    return QDir(m_directory).filePath(QStringLiteral("config/Hookbench/hookbench.conf"));
}

QString CliHarness::dataDirectory() const
{
    return QDir(m_directory).filePath(QStringLiteral("data"));
}

QProcessEnvironment CliHarness::environment(const QUrl &url, const QString &token,
                                            const QString &account) const
{
    QProcessEnvironment environment;
    if (url.isValid())
        environment.insert(QStringLiteral("HOOKBENCH_URL"), url.toString());
    if (!account.isEmpty())
        environment.insert(QStringLiteral("HOOKBENCH_ACCOUNT"), account);
    if (!token.isEmpty())
        environment.insert(QStringLiteral("HOOKBENCH_TOKEN"), token);
    return environment;
}

void CliHarness::addSecret(const QString &secret)
{
    if (!secret.isEmpty() && !m_secrets.contains(secret))
        m_secrets.append(secret);
}

QStringList CliHarness::takeLeaks()
{
    return std::exchange(m_leaks, {});
}

void CliHarness::checkLeaks(const QStringList &arguments, const QProcessEnvironment &environment,
                            const CliResult &result)
{
    // The tokens handed over the environment never appear in the arguments either; a test
    // may pass a secret in the arguments on purpose (to see it refused), never in the output.
    QStringList secrets = m_secrets;
    for (const char *name : {"HOOKBENCH_TOKEN", "HOOKBENCH_AGAINST_TOKEN"}) {
        const QString token = environment.value(QLatin1StringView(name));
        if (token.isEmpty())
            continue;
        secrets.append(token);
        if (std::any_of(arguments.cbegin(), arguments.cend(),
                        [&token](const QString &argument) { return argument.contains(token); }))
            m_leaks.append(arguments.join(u' '));
    }
    for (const QString &secret : std::as_const(secrets)) {
        const QByteArray bytes = secret.toUtf8();
        if (result.out.contains(bytes) || result.err.contains(bytes))
            m_leaks.append(arguments.join(u' '));
    }
}

CliResult CliHarness::run(const QStringList &arguments, const QProcessEnvironment &environment,
                          const CliTerminal &terminal)
{
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliContext context;
    context.out = &out;
    context.err = &err;
    context.environment = environment;
    context.stdoutIsTerminal = terminal.stdoutIsTerminal;
    context.stderrIsTerminal = terminal.stderrIsTerminal;
    context.terminalColumns = terminal.columns;
    context.settingsFile = settingsFile();

    CliResult result;
    {
        const DataHomeOverride dataHome(dataDirectory());
        result.exitCode
                = CliMain::run(QStringList{QStringLiteral("hookbench-cli")} + arguments, context);
    }
    result.finished = true;
    result.out = out.data();
    result.err = err.data();
    checkLeaks(arguments, environment, result);
    return result;
}

QProcessEnvironment CliHarness::processEnvironment(const QProcessEnvironment &environment) const
{
    QProcessEnvironment result = QProcessEnvironment::systemEnvironment();
    for (const QString &name : OwnVariables)
        result.remove(name);
    result.insert(environment);
    result.insert(QStringLiteral("XDG_CONFIG_HOME"),
                  QDir(m_directory).filePath(QStringLiteral("config")));
    result.insert(QStringLiteral("XDG_DATA_HOME"), dataDirectory());
    return result;
}

CliResult CliHarness::runProcess(const QStringList &arguments,
                                 const QProcessEnvironment &environment, int timeoutMs)
{
    CliResult result;
    QProcess process;
    process.setProcessEnvironment(processEnvironment(environment));
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(executable(), arguments);
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    // Servers of the test answer from this thread: wait on the spy, which spins the loop.
    const QDeadlineTimer deadline(timeoutMs);
    while (finished.isEmpty() && !deadline.hasExpired())
        finished.wait(int(std::max<qint64>(1, deadline.remainingTime())));
    if (finished.isEmpty()) {
        process.kill();
        process.waitForFinished(5000);
        result.err = QByteArrayLiteral("(timed out) ") + process.readAllStandardError();
        return result;
    }
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    checkLeaks(arguments, environment, result);
    return result;
}
