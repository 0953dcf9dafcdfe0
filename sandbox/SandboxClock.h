#pragma once

#include <QElapsedTimer>

// Sandbox time: the wall clock at start, then running `scale` times faster. The service's
// slow rhythms (retry intervals, the exception mail limit, the week before a webhook is
// disabled) are measured in it, so that tests and the demo can show them in seconds.
class SandboxClock final
{
public:
    explicit SandboxClock(double scale = 1);

    double scale() const { return m_scale; }
    // Milliseconds since the epoch, in sandbox time.
    qint64 nowMs() const;
    // Real milliseconds that `sandboxMs` of sandbox time take (at least 1).
    int realDelayMs(qint64 sandboxMs) const;

private:
    double m_scale;
    qint64 m_startEpochMs;
    QElapsedTimer m_elapsed;
};
