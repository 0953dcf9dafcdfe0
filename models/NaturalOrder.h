#pragma once

#include <QByteArrayView>

// Orders text naturally: runs of ASCII digits compare as numbers ("PagerDuty 2" <
// "PagerDuty 18" < "PagerDuty 114"), everything else byte by byte (callers pass case-folded
// UTF-8). Equal numbers with more leading zeros come later, so that the order stays total.
class NaturalOrder final
{
public:
    NaturalOrder() = delete;

    // < 0, 0 or > 0.
    static int compare(QByteArrayView left, QByteArrayView right);
};
