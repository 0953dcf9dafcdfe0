#include "models/api/RequestPacer.h"

#include "models/Logging.h"

#include <QElapsedTimer>

#include <algorithm>
#include <memory>

RequestPacer::RequestPacer(QObject *parent) : QObject(parent)
{
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    m_clock = [elapsed] {
        return elapsed->elapsed();
    };
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RequestPacer::poll);
}

RequestPacer::~RequestPacer() = default;

void RequestPacer::setClock(Clock clock)
{
    Q_ASSERT(clock);
    m_clock = std::move(clock);
    m_slots.clear();
    m_pausedUntil = 0;
}

void RequestPacer::setBurstLimit(int requests, int windowMs)
{
    m_burstLimit = requests;
    m_windowMs = std::max(1, windowMs);
    schedule();
}

RequestPacer::Ticket RequestPacer::enqueue(QObject *context, std::function<void()> start)
{
    Q_ASSERT(context);
    const Ticket ticket = m_nextTicket++;
    m_queue.push_back({ticket, context, std::move(start)});
    schedule();
    return ticket;
}

void RequestPacer::cancel(Ticket ticket)
{
    const auto it = std::find_if(m_queue.begin(), m_queue.end(),
                                 [ticket](const Entry &entry) { return entry.ticket == ticket; });
    if (it != m_queue.end())
        m_queue.erase(it);
}

void RequestPacer::pauseFor(qint64 milliseconds)
{
    m_pausedUntil = std::max(m_pausedUntil, now() + std::max<qint64>(0, milliseconds));
    schedule();
}

void RequestPacer::noteBudget(qint64 remaining, qint64 secondsUntilReset)
{
    if (remaining > 0)
        return;
    const qint64 seconds = std::clamp<qint64>(secondsUntilReset, 1, 3600);
    qCInfo(lcApi) << "hourly request budget spent; pausing for" << seconds << "s";
    pauseFor(seconds * 1000);
}

void RequestPacer::release(Slot slot)
{
    if (slot == 0 || !m_countFromAnswers)
        return;
    const auto it = m_slots.find(slot);
    if (it == m_slots.end())
        return; // it left the window already
    it->second = now();
    schedule();
}

void RequestPacer::noteRateLimited()
{
    if (m_countFromAnswers || m_burstLimit <= 0)
        return;
    qCInfo(lcApi) << "rate limited despite pacing; counting requests from their answers";
    m_countFromAnswers = true;
}

void RequestPacer::prune(qint64 current)
{
    for (auto it = m_slots.begin(); it != m_slots.end();) {
        if (it->second + m_windowMs <= current)
            it = m_slots.erase(it);
        else
            ++it;
    }
}

qint64 RequestPacer::delayMs() const
{
    const qint64 current = now();
    qint64 delay = std::max<qint64>(0, m_pausedUntil - current);
    if (m_burstLimit > 0) {
        std::vector<qint64> times;
        times.reserve(m_slots.size());
        for (const auto &slot : m_slots) {
            if (slot.second + m_windowMs > current)
                times.push_back(slot.second);
        }
        if (qsizetype(times.size()) >= m_burstLimit) {
            // The window admits one more when all but limit - 1 slots have left it.
            std::sort(times.begin(), times.end());
            const qint64 leaves = times.at(times.size() - m_burstLimit) + m_windowMs;
            delay = std::max(delay, leaves - current);
        }
    }
    return delay;
}

void RequestPacer::poll()
{
    while (!m_queue.empty()) {
        const qint64 current = now();
        prune(current);
        if (delayMs() > 0)
            break;
        Entry entry = std::move(m_queue.front());
        m_queue.pop_front();
        if (!entry.context)
            continue;
        if (m_announcedPause) {
            m_announcedPause = false;
            Q_EMIT waiting(0);
        }
        const Slot slot = m_nextSlot++;
        m_slots[slot] = current;
        m_currentSlot = slot;
        entry.start(); // may enqueue or cancel; the loop re-reads the queue
        m_currentSlot = 0;
    }
    schedule();
}

void RequestPacer::schedule()
{
    if (m_queue.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 delay = delayMs();
    const qint64 pause = m_pausedUntil - now();
    if (pause >= 1000 && m_pausedUntil != m_announcedUntil) {
        m_announcedPause = true;
        m_announcedUntil = m_pausedUntil;
        Q_EMIT waiting(int((pause + 999) / 1000));
    }
    m_timer.start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
}
