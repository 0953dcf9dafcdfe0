#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>

// Request limits per token, as the service applies them: a short burst limit and an
// hourly limit.
//
// Burst: a sliding window, at most `burstLimit` requests in any `burstSeconds` seconds.
// Hourly: a fixed window that starts with the token's first request and lasts an hour.
// Rejected requests do not count. A limit of 0 switches that limit off.
// The X-RateLimit-* figures describe the hourly limit; without one, the burst limit;
// without either, 1,000,000 requests remaining.
class SandboxRateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int limit = 0; // X-RateLimit-Limit
        int remaining = 0; // X-RateLimit-Remaining
        qint64 resetEpochSeconds = 0; // X-RateLimit-Reset: end of the hourly window (UTC)
        int retryAfterSeconds = 0; // Retry-After, when !allowed
    };

    SandboxRateLimiter(int burstLimit, int burstSeconds, int hourlyLimit);

    // Counts a request of `token` when it is allowed.
    Decision check(const QByteArray &token);
    // The state without counting (GET /rate_limit).
    Decision peek(const QByteArray &token);
    int burstRemaining(const QByteArray &token);
    int burstLimit() const { return m_burstLimit; }
    int burstSeconds() const { return m_burstSeconds; }
    int hourlyLimit() const { return m_hourlyLimit; }

private:
    struct Bucket
    {
        QList<qint64> burst; // request times (ms, monotonic) within the burst window
        qint64 hourStartMs = -1; // monotonic start of the hourly window
        qint64 hourStartEpochSeconds = 0;
        int hourCount = 0;
    };
    Decision evaluate(Bucket &bucket, bool count);
    void expire(Bucket &bucket, qint64 nowMs) const;

    int m_burstLimit;
    int m_burstSeconds;
    int m_hourlyLimit;
    QElapsedTimer m_clock;
    QHash<QByteArray, Bucket> m_buckets;
};
