#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>
#include <map>

// Client-side pacing under the 4me rate limits, so that the client normally never meets
// a 429: at most `burstLimit` requests start within any sliding window of `windowMs`, and
// nothing starts while a pause is in force (the hourly budget is spent, or a 429 asked to
// wait).
//
// The default is the server's own 20 requests, over its 2000 ms plus ArrivalSpreadMs. The
// server counts requests when they arrive, and arrivals are the starts shifted by delays
// that vary (network, scheduling, the server's event loop): two requests started 2000 ms
// apart can arrive 1950 ms apart. Any 2000 ms of arrivals come from starts less than
// 2000 ms + (largest delay - smallest delay) apart, so as long as the delays vary by less
// than ArrivalSpreadMs, no 2 s of arrivals hold more than 20. Those delays vary by the
// network's jitter on the way there (half of a round trip's) and by scheduling: Qt sends
// HTTP from its own network thread, so the window's work does not hold a request back, and
// the GUI thread's stalls stay under 50 ms anyway (scripts/bench, ui_max_stall_ms_10k).
// 60 ms covers both with room; every 10 ms of it costs a 100-page listing 40 ms. One below
// the limit over the bare 2000 ms (19 per 2 s) is both slower and unsafe: a burst and the
// next can land closer than 2 s at the server.
//
// A request occupies its window slot from its start, as the server counts it when the
// request arrives at once. Once the server has answered 429 (noteRateLimited()), requests
// evidently reach it later than they leave here (a slow network or server), and from then on
// a released slot (its answer arrived) counts from the answer instead: the server saw the
// request at some point before it answered, so such a window never undercounts. The first
// way keeps a throttled listing near the limit's floor; the second keeps it free of 429s
// where the first is not enough.
//
// Requests queue in FIFO order; each start function runs on the pacer's thread from its
// timer (never inside enqueue()), and only while its context object lives.
// The clock is injectable so tests can drive time without waiting: it returns
// milliseconds from any fixed origin, monotonically.
class RequestPacer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestPacer)

public:
    using Clock = std::function<qint64()>;
    using Ticket = quint64;
    using Slot = quint64;

    static constexpr int DefaultBurstLimit = 20; // requests, as the service allows
    static constexpr int ArrivalSpreadMs = 60; // allowed spread of arrival delays
    static constexpr int DefaultWindowMs = 2000 + ArrivalSpreadMs;

    explicit RequestPacer(QObject *parent = nullptr);
    ~RequestPacer() override;

    void setClock(Clock clock); // default: a QElapsedTimer
    // requests <= 0 turns the burst limit off.
    void setBurstLimit(int requests, int windowMs);
    int burstLimit() const { return m_burstLimit; }
    int windowMs() const { return m_windowMs; }

    // Queues `start`; it runs once a request may go. Returns a ticket for cancel().
    Ticket enqueue(QObject *context, std::function<void()> start);
    // Removes a queued start function; a no-op when it already ran.
    void cancel(Ticket ticket);
    qsizetype queued() const { return m_queue.size(); }
    // The slot of the start function that is running now (inside poll()), else 0.
    Slot currentSlot() const { return m_currentSlot; }
    // The request of `slot` got its answer: after a 429, its slot counts from now.
    void release(Slot slot);
    // The server answered 429 although the pacer kept under its limit: count slots from
    // the answers from now on.
    void noteRateLimited();
    bool countsFromAnswers() const { return m_countFromAnswers; }

    // Nothing starts for the next `milliseconds` (429 Retry-After, spent hourly budget).
    void pauseFor(qint64 milliseconds);
    // Reads the hourly budget of a response: when `remaining` is 0, pause until `reset`
    // (seconds from now, as computed from X-RateLimit-Reset and the server's clock).
    void noteBudget(qint64 remaining, qint64 secondsUntilReset);

    // Milliseconds until the next request may start (0: now).
    qint64 delayMs() const;

    // Starts every queued request that may start now and arms the timer for the rest.
    // Called by the timer; public so that tests with a fake clock can drive it.
    void poll();

Q_SIGNALS:
    // The queue waits `seconds` (>= 1) for a pause; 0 when it goes on after one.
    void waiting(int seconds);

private:
    struct Entry
    {
        Ticket ticket = 0;
        QPointer<QObject> context;
        std::function<void()> start;
    };

    qint64 now() const { return m_clock(); }
    void schedule();

    Clock m_clock;
    int m_burstLimit = DefaultBurstLimit;
    int m_windowMs = DefaultWindowMs;
    void prune(qint64 current);

    std::map<Slot, qint64> m_slots; // slots in the current window: start or answer time
    Slot m_nextSlot = 1;
    Slot m_currentSlot = 0;
    qint64 m_pausedUntil = 0;
    bool m_countFromAnswers = false;
    bool m_announcedPause = false;
    qint64 m_announcedUntil = 0;
    std::deque<Entry> m_queue;
    Ticket m_nextTicket = 1;
    QTimer m_timer;
};
