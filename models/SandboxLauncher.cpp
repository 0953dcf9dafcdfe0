#include "models/SandboxLauncher.h"

#include "models/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

SandboxLauncher::SandboxLauncher(QObject *parent) : QObject(parent), m_program(defaultProgram())
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    // The sandbox ends with Hookbench even when Hookbench itself is killed.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxLauncher::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            Q_EMIT failed(
                    tr("Could not start the sandbox server %1: %2. Build hookbench-sandbox "
                       "or install it beside hookbench.")
                            .arg(QDir::toNativeSeparators(m_program), m_process.errorString()));
        }
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        if (m_stopping)
            return;
        qCWarning(lcUi) << "hookbench-sandbox exited with" << exitCode;
        Q_EMIT failed(m_baseUrl.isValid()
                              ? tr("The sandbox server stopped unexpectedly (exit code %1).")
                                        .arg(exitCode)
                              : tr("The sandbox server exited before it was ready (exit code "
                                   "%1).")
                                        .arg(exitCode));
    });
}

SandboxLauncher::~SandboxLauncher()
{
    stop();
}

QString SandboxLauncher::defaultProgram()
{
    const QString dir = QCoreApplication::applicationDirPath();
    const QString found
            = QStandardPaths::findExecutable(QStringLiteral("hookbench-sandbox"), {dir});
    return found.isEmpty() ? QDir(dir).filePath(QStringLiteral("hookbench-sandbox")) : found;
}

void SandboxLauncher::start()
{
    if (isRunning())
        return;
    if (!m_dataDir.isValid()) {
        Q_EMIT failed(tr("Could not create a temporary folder for the sandbox data: %1")
                              .arg(m_dataDir.errorString()));
        return;
    }
    m_stopping = false;
    m_output.clear();
    m_baseUrl.clear();
    const QString dataFile = m_dataDir.filePath(QStringLiteral("sandbox.json"));
    QStringList arguments{QStringLiteral("--port"), QStringLiteral("0"),
                          QStringLiteral("--seed"), QString::number(m_seed),
                          QStringLiteral("--data"), dataFile};
    // The sample webhooks in wdc; a variant of the first QaSeed of them in wdc-qa.
    const QString qaAccount = QString::fromLatin1(QaAccount);
    arguments << QStringLiteral("--account") << QString::fromLatin1(Account)
              << QStringLiteral("--account") << qaAccount << QStringLiteral("--seed-variant")
              << QStringLiteral("%1=%2").arg(qaAccount).arg(QaSeed);
    if (m_receiverUrl.isValid())
        arguments << QStringLiteral("--receiver-url") << m_receiverUrl.toString();
    m_process.start(m_program, arguments);
}

void SandboxLauncher::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.terminate();
    // At exit only: a short wait so the child does not outlive the window.
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

bool SandboxLauncher::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

QUrl SandboxLauncher::parseListeningLine(const QString &line)
{
    static const QRegularExpression pattern(QStringLiteral(R"(listening on (https?://[^\s]+))"));
    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch())
        return {};
    const QUrl url(match.captured(1), QUrl::StrictMode);
    return url.isValid() ? url : QUrl();
}

void SandboxLauncher::readOutput()
{
    m_output += m_process.readAllStandardOutput();
    if (m_baseUrl.isValid()) {
        m_output.clear();
        return;
    }
    qsizetype end = -1;
    while ((end = m_output.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_output.left(end)).trimmed();
        m_output.remove(0, end + 1);
        const QUrl url = parseListeningLine(line);
        if (url.isValid()) {
            m_baseUrl = url;
            qCInfo(lcUi) << "sandbox listening on" << url.toString();
            Q_EMIT started(url);
            m_output.clear();
            return;
        }
    }
}
