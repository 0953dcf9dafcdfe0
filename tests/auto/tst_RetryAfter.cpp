#include "models/api/RetryAfter.h"

#include <QRegularExpression>
#include <QTest>

class tst_RetryAfter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Any warning fails the test function; expected ones are declared with ignoreMessage.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void readsSeconds_data();
    void readsSeconds();
    void parsesHttpDates_data();
    void parsesHttpDates();
};

void tst_RetryAfter::readsSeconds_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected");

    // "now" in every row is Monday 2024-01-01 00:00:00 UTC.
    QTest::newRow("seconds") << QByteArray("120") << 120;
    QTest::newRow("seconds with whitespace") << QByteArray(" 7 ") << 7;
    QTest::newRow("zero waits one second") << QByteArray("0") << 1;
    QTest::newRow("a day is clamped to an hour") << QByteArray("86400") << 3600;
    QTest::newRow("huge number is clamped") << QByteArray("99999999999999999999") << 3600;
    QTest::newRow("missing means two seconds") << QByteArray() << 2;
    QTest::newRow("garbage means two seconds") << QByteArray("soon") << 2;
    QTest::newRow("negative means two seconds") << QByteArray("-5") << 2;
    QTest::newRow("fraction means two seconds") << QByteArray("1.5") << 2;
    QTest::newRow("http date 30 s ahead") << QByteArray("Mon, 01 Jan 2024 00:00:30 GMT") << 30;
    QTest::newRow("http date in the past") << QByteArray("Sun, 31 Dec 2023 23:00:00 GMT") << 1;
    QTest::newRow("http date two days ahead")
            << QByteArray("Wed, 03 Jan 2024 00:00:00 GMT") << 3600;
    QTest::newRow("rfc 850 date") << QByteArray("Monday, 01-Jan-24 00:00:45 GMT") << 45;
    QTest::newRow("asctime date") << QByteArray("Mon Jan  1 00:01:00 2024") << 60;
    QTest::newRow("date without zone") << QByteArray("Mon, 01 Jan 2024 00:00:30") << 2;
}

void tst_RetryAfter::readsSeconds()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expected);
    const QDateTime now(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(RetryAfter::seconds(value, now), expected);
}

void tst_RetryAfter::parsesHttpDates_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime when(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    QTest::newRow("imf-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << when;
    QTest::newRow("rfc 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << when;
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << when;
    QTest::newRow("empty") << QByteArray() << QDateTime();
    QTest::newRow("iso 8601 is no http date") << QByteArray("1994-11-06T08:49:37Z") << QDateTime();
}

void tst_RetryAfter::parsesHttpDates()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = RetryAfter::parseHttpDate(value);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(parsed.toUTC(), expected);
}

QTEST_GUILESS_MAIN(tst_RetryAfter)
#include "tst_RetryAfter.moc"
