#include "tests/benchmarks/BenchSupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <cstdio>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Bench {

void printFigure(const char *name, double value, int decimals)
{
    std::printf("%s=%.*f\n", name, decimals, value);
    std::fflush(stdout);
}

void note(const QString &text)
{
    const QByteArray line = QCoreApplication::applicationName().toUtf8() + ": " + text.toUtf8();
    std::fprintf(stderr, "%s\n", line.constData());
    std::fflush(stderr);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values.at(middle);
    return (values.at(middle - 1) + values.at(middle)) / 2;
}

void trimHeap()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

namespace {

// The value in kB of the first line of `fileName` that starts with `key`, in bytes.
qint64 readKilobytes(const QString &fileName, QByteArrayView key)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith(key))
            continue;
        bool ok = false;
        const qint64 kilobytes = line.mid(key.size()).trimmed().split(' ').value(0).toLongLong(&ok);
        return ok ? kilobytes * 1024 : -1;
    }
    return -1;
}

} // namespace

qint64 residentBytes()
{
    const qint64 rollup = readKilobytes(QStringLiteral("/proc/self/smaps_rollup"), "Rss:");
    if (rollup >= 0)
        return rollup;
    return readKilobytes(QStringLiteral("/proc/self/status"), "VmRSS:");
}

FirstPaint timeFirstPaint(const QString &program, const QString &home,
                          const QProcessEnvironment &extra)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOOKBENCH_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    environment.insert(extra);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);

    FirstPaint result;
    QElapsedTimer timer;
    timer.start();
    process.start(program, {});
    const QDeadlineTimer deadline(60000);
    while (!process.canReadLine() && !deadline.hasExpired()
           && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    result.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    result.line = process.readLine().trimmed();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
    }
    result.errors = process.readAllStandardError().trimmed();
    return result;
}

} // namespace Bench
