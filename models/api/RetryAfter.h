#pragma once

#include <QByteArrayView>
#include <QDateTime>

// Reads the Retry-After header of a 429 answer (RFC 9110 section 10.2.3): delay-seconds or
// an HTTP date. Missing or unreadable values mean DefaultSeconds; every result is clamped to
// MinimumSeconds ... MaximumSeconds so that a server can neither spin the client nor park
// it for a day.
class RetryAfter
{
public:
    static constexpr int DefaultSeconds = 2;
    static constexpr int MinimumSeconds = 1;
    static constexpr int MaximumSeconds = 3600;

    // Seconds to wait. `now` is the current time (UTC), used for HTTP dates.
    static int seconds(QByteArrayView value, const QDateTime &now);

    // An HTTP date (IMF-fixdate, RFC 850 or asctime form) in UTC; invalid when it is none.
    static QDateTime parseHttpDate(QByteArrayView value);
};
