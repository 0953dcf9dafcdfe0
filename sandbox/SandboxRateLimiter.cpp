#include "sandbox/SandboxRateLimiter.h"

#include <QDateTime>

namespace {
constexpr qint64 HourMs = 3600 * 1000;
constexpr int UnlimitedFigure = 1000000;

int ceilSeconds(qint64 milliseconds)
{
    return int(qMax<qint64>(1, (milliseconds + 999) / 1000));
}
} // namespace

SandboxRateLimiter::SandboxRateLimiter(int burstLimit, int burstSeconds, int hourlyLimit)
    : m_burstLimit(qMax(0, burstLimit)),
      m_burstSeconds(qMax(1, burstSeconds)),
      m_hourlyLimit(qMax(0, hourlyLimit))
{
    m_clock.start();
}

void SandboxRateLimiter::expire(Bucket &bucket, qint64 nowMs) const
{
    const qint64 windowMs = qint64(m_burstSeconds) * 1000;
    qsizetype expired = 0;
    while (expired < bucket.burst.size() && bucket.burst.at(expired) <= nowMs - windowMs)
        ++expired;
    bucket.burst.remove(0, expired);
    if (bucket.hourStartMs < 0 || nowMs - bucket.hourStartMs >= HourMs) {
        bucket.hourStartMs = nowMs;
        bucket.hourStartEpochSeconds = QDateTime::currentSecsSinceEpoch();
        bucket.hourCount = 0;
    }
}

SandboxRateLimiter::Decision SandboxRateLimiter::evaluate(Bucket &bucket, bool count)
{
    const qint64 nowMs = m_clock.elapsed();
    expire(bucket, nowMs);

    Decision decision;
    decision.resetEpochSeconds = bucket.hourStartEpochSeconds + HourMs / 1000;
    const bool burstFull = m_burstLimit > 0 && bucket.burst.size() >= m_burstLimit;
    const bool hourFull = m_hourlyLimit > 0 && bucket.hourCount >= m_hourlyLimit;
    if (count && (burstFull || hourFull)) {
        decision.allowed = false;
        int retryAfter = 0;
        if (hourFull)
            retryAfter = ceilSeconds(bucket.hourStartMs + HourMs - nowMs);
        if (burstFull) {
            const qint64 windowMs = qint64(m_burstSeconds) * 1000;
            retryAfter
                    = qMax(retryAfter, ceilSeconds(bucket.burst.constFirst() + windowMs - nowMs));
        }
        decision.retryAfterSeconds = retryAfter;
    } else if (count) {
        if (m_burstLimit > 0)
            bucket.burst.append(nowMs);
        ++bucket.hourCount;
    }

    if (m_hourlyLimit > 0) {
        decision.limit = m_hourlyLimit;
        decision.remaining = qMax(0, m_hourlyLimit - bucket.hourCount);
    } else if (m_burstLimit > 0) {
        // Only the burst limit applies: report it, resetting when the oldest request expires.
        decision.limit = m_burstLimit;
        decision.remaining = qMax(0, m_burstLimit - int(bucket.burst.size()));
        const qint64 windowMs = qint64(m_burstSeconds) * 1000;
        const qint64 untilFreeMs
                = bucket.burst.isEmpty() ? 0 : bucket.burst.constFirst() + windowMs - nowMs;
        decision.resetEpochSeconds = QDateTime::currentSecsSinceEpoch()
                + (untilFreeMs > 0 ? ceilSeconds(untilFreeMs) : 0);
    } else {
        // No limit at all: a figure no client will pace itself by.
        decision.limit = UnlimitedFigure;
        decision.remaining = UnlimitedFigure;
    }
    if (!decision.allowed)
        decision.remaining = 0;
    return decision;
}

SandboxRateLimiter::Decision SandboxRateLimiter::check(const QByteArray &token)
{
    return evaluate(m_buckets[token], true);
}

SandboxRateLimiter::Decision SandboxRateLimiter::peek(const QByteArray &token)
{
    return evaluate(m_buckets[token], false);
}

int SandboxRateLimiter::burstRemaining(const QByteArray &token)
{
    Bucket &bucket = m_buckets[token];
    expire(bucket, m_clock.elapsed());
    return m_burstLimit > 0 ? qMax(0, m_burstLimit - int(bucket.burst.size())) : 0;
}
