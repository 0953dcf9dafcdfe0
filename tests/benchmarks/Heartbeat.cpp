#include "tests/benchmarks/Heartbeat.h"

#include <algorithm>
#include <ctime>

Heartbeat::Heartbeat(int intervalMs, QObject *parent) : QObject(parent), m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Heartbeat::beat);
}

void Heartbeat::start()
{
    m_worstMs = m_worstAtMs = m_worstCpuMs = m_worstBusyMs = 0;
    m_beats = 0;
    m_latenesses.clear();
    m_clock.start();
    m_last = 0;
    m_lastCpu = threadCpuNanoseconds();
    m_timer.start();
}

void Heartbeat::stop()
{
    m_timer.stop();
}

int Heartbeat::beatsLaterThan(double milliseconds) const
{
    return int(std::count_if(m_latenesses.cbegin(), m_latenesses.cend(),
                             [milliseconds](double late) { return late > milliseconds; }));
}

void Heartbeat::beat()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 cpu = threadCpuNanoseconds();
    const double gapMs = double(now - m_last) / 1e6;
    const double lateMs = std::max(0.0, gapMs - m_intervalMs);
    const double cpuMs = double(cpu - m_lastCpu) / 1e6;
    ++m_beats;
    m_latenesses.append(lateMs);
    if (lateMs > m_worstMs) {
        m_worstMs = lateMs;
        m_worstAtMs = double(now) / 1e6;
        m_worstCpuMs = cpuMs;
    }
    if (cpuMs >= gapMs / 2)
        m_worstBusyMs = std::max(m_worstBusyMs, lateMs);
    m_last = now;
    m_lastCpu = cpu;
}

qint64 Heartbeat::threadCpuNanoseconds()
{
    timespec spec{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec) != 0)
        return 0;
    return qint64(spec.tv_sec) * 1000000000 + spec.tv_nsec;
}
