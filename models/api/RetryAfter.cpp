#include "models/api/RetryAfter.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace {

int clampSeconds(qint64 seconds)
{
    return int(std::clamp<qint64>(seconds, RetryAfter::MinimumSeconds, RetryAfter::MaximumSeconds));
}

} // namespace

QDateTime RetryAfter::parseHttpDate(QByteArrayView value)
{
    const QString text = QString::fromLatin1(value.trimmed()).simplified();
    if (text.isEmpty())
        return {};
    const QLocale c = QLocale::c();
    QDateTime time = c.toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!time.isValid()) {
        // RFC 850 ("Sunday, 06-Nov-94 08:49:37 GMT"): read without the weekday, since Qt
        // puts two-digit years in the 1900s where the weekday would not match.
        const qsizetype comma = text.indexOf(u',');
        if (comma > 0) {
            time = c.toDateTime(text.mid(comma + 1).trimmed(),
                                QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"));
            if (time.isValid() && time.date().year() < 1970)
                time = time.addYears(100);
        }
    }
    if (!time.isValid()) // asctime ("Sun Nov  6 08:49:37 1994")
        time = c.toDateTime(text, QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
    if (time.isValid()) {
        time.setTimeZone(QTimeZone::utc());
        return time;
    }
    return {};
}

int RetryAfter::seconds(QByteArrayView value, const QDateTime &now)
{
    const QByteArrayView trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return DefaultSeconds;

    const bool allDigits = std::all_of(trimmed.begin(), trimmed.end(),
                                       [](char c) { return c >= '0' && c <= '9'; });
    if (allDigits) {
        if (trimmed.size() > 9) // more than a day by far; avoid overflow
            return MaximumSeconds;
        return clampSeconds(trimmed.toByteArray().toLongLong());
    }

    const QDateTime when = parseHttpDate(trimmed);
    if (!when.isValid())
        return DefaultSeconds;
    const qint64 milliseconds = now.msecsTo(when);
    return clampSeconds((milliseconds + 999) / 1000);
}
