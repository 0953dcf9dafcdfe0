#include "tests/benchmarks/SandboxProcess.h"

#include <QDeadlineTimer>

SandboxProcess::SandboxProcess(const QString &program, QObject *parent)
    : QObject(parent), m_program(program)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // Its stderr (the data file's name) is of no interest here.
    m_process.setStandardErrorFile(QProcess::nullDevice());
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QStringList &arguments, QString *error, int timeoutMs)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir.errorString());
        return false;
    }
    QStringList all = {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"),
                       m_dir.filePath(QStringLiteral("sandbox.json"))};
    all += arguments;
    m_process.start(m_program, all);
    if (!m_process.waitForStarted(timeoutMs)) {
        *error = QStringLiteral("cannot start %1: %2").arg(m_program, m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_process.canReadLine()) {
        if (deadline.hasExpired() || m_process.state() != QProcess::Running
            || !m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_process.canReadLine())
                break;
            *error = QStringLiteral("%1 did not say where it listens").arg(m_program);
            stop();
            return false;
        }
    }
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    const QString prefix = QStringLiteral("listening on ");
    m_baseUrl = QUrl(line.mid(prefix.size()));
    if (!line.startsWith(prefix) || !m_baseUrl.isValid()) {
        *error = QStringLiteral("unexpected first line from the sandbox: %1").arg(line);
        stop();
        return false;
    }
    return true;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

ConnectionProfile SandboxProcess::profile() const
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("Benchmark sandbox");
    profile.serviceUrl = m_baseUrl;
    profile.account = QStringLiteral("wdc");
    profile.sandbox = true;
    return profile;
}

QString SandboxProcess::token()
{
    return QStringLiteral("sandbox-token");
}

QStringList SandboxProcess::listingArguments(int seed, int latencyMs, const QString &burstLimit,
                                             int hourlyLimit, const QString &pagination,
                                             int jitterMs)
{
    QStringList arguments = {QStringLiteral("--seed"),           QString::number(seed),
                             QStringLiteral("--latency-ms"),     QString::number(latencyMs),
                             QStringLiteral("--burst-limit"),    burstLimit,
                             QStringLiteral("--hourly-limit"),   QString::number(hourlyLimit),
                             QStringLiteral("--pagination"),     pagination,
                             QStringLiteral("--no-verification")};
    if (jitterMs > 0)
        arguments += {QStringLiteral("--latency-jitter-ms"), QString::number(jitterMs)};
    return arguments;
}

bool SandboxProcess::supportsOption(const QString &program, const QString &name)
{
    QProcess process;
    process.start(program, {QStringLiteral("--help")});
    if (!process.waitForFinished(30000))
        return false;
    return process.readAllStandardOutput().contains("--" + name.toUtf8());
}
