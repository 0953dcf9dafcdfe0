#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// A precise timer that beats every `intervalMs` on the thread it lives on and remembers its
// worst lateness: the longest time that thread's event loop could not run a timer.
// For each beat it also notes the CPU time this thread used since the previous beat, so a
// stall of the thread's own work (CPU time close to the lateness) can be told from the
// thread being preempted by other processes (little CPU time).
class Heartbeat final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Heartbeat)

public:
    explicit Heartbeat(int intervalMs, QObject *parent = nullptr);

    void start(); // forgets earlier results
    void stop();

    double worstMs() const { return m_worstMs; } // lateness of the latest beat
    double worstAtMs() const { return m_worstAtMs; } // when it came, since start()
    double worstCpuMs() const { return m_worstCpuMs; } // this thread's CPU time in that gap
    // The worst lateness of a beat in whose gap this thread was busy (CPU time at least half
    // the gap): the stalls that the thread's own work caused.
    double worstBusyMs() const { return m_worstBusyMs; }
    int beats() const { return m_beats; }
    int beatsLaterThan(double milliseconds) const;

private:
    void beat();
    static qint64 threadCpuNanoseconds();

    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_intervalMs;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    double m_worstMs = 0;
    double m_worstAtMs = 0;
    double m_worstCpuMs = 0;
    double m_worstBusyMs = 0;
    int m_beats = 0;
    QList<double> m_latenesses;
};
