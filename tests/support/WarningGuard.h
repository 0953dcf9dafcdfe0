#pragma once

#include <QRegularExpression>
#include <QTest>

namespace hb::test {

// Makes every warning (and critical) logged during the current test function fail it. Call it
// from init(): QtTest forgets the patterns after each test function. Warnings a test expects
// are declared with QTest::ignoreMessage, which takes precedence. The only ones let through
// are the offscreen platform's notes about window features it lacks ("This plugin does not
// support propagateSizeHints()" and the like): they come from the platform, not from Hookbench.
// Qt 6.4 has no argument-less failOnWarning(), hence the pattern.
inline void failOnUnexpectedWarnings()
{
    QTest::failOnWarning(
            QRegularExpression(QStringLiteral("^(?!This plugin does not support ).*")));
}

} // namespace hb::test
