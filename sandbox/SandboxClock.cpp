#include "sandbox/SandboxClock.h"

#include <QDateTime>

#include <limits>

SandboxClock::SandboxClock(double scale)
    : m_scale(scale > 0 ? scale : 1), m_startEpochMs(QDateTime::currentMSecsSinceEpoch())
{
    m_elapsed.start();
}

qint64 SandboxClock::nowMs() const
{
    return m_startEpochMs + qint64(double(m_elapsed.elapsed()) * m_scale);
}

int SandboxClock::realDelayMs(qint64 sandboxMs) const
{
    const double real = double(sandboxMs) / m_scale;
    if (real >= double(std::numeric_limits<int>::max()))
        return std::numeric_limits<int>::max();
    return qMax(1, int(real));
}
