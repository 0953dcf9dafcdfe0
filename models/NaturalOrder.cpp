#include "models/NaturalOrder.h"

#include <algorithm>
#include <cstring>

namespace {

int compareBytesPlain(QByteArrayView left, QByteArrayView right)
{
    const qsizetype common = std::min(left.size(), right.size());
    const int order = common > 0 ? std::memcmp(left.data(), right.data(), size_t(common)) : 0;
    if (order != 0)
        return order;
    return left.size() < right.size() ? -1 : (left.size() > right.size() ? 1 : 0);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

int NaturalOrder::compare(QByteArrayView left, QByteArrayView right)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < left.size() && j < right.size()) {
        const char a = left[i];
        const char b = right[j];
        if (!isDigit(a) || !isDigit(b)) {
            if (a != b)
                return uchar(a) < uchar(b) ? -1 : 1;
            ++i;
            ++j;
            continue;
        }
        const qsizetype leftStart = i;
        const qsizetype rightStart = j;
        while (i < left.size() && left[i] == '0')
            ++i;
        while (j < right.size() && right[j] == '0')
            ++j;
        const qsizetype leftDigits = i;
        const qsizetype rightDigits = j;
        while (i < left.size() && isDigit(left[i]))
            ++i;
        while (j < right.size() && isDigit(right[j]))
            ++j;
        const qsizetype leftLength = i - leftDigits;
        const qsizetype rightLength = j - rightDigits;
        if (leftLength != rightLength)
            return leftLength < rightLength ? -1 : 1;
        const int order = std::memcmp(left.data() + leftDigits, right.data() + rightDigits,
                                      size_t(leftLength));
        if (order != 0)
            return order < 0 ? -1 : 1;
        const qsizetype leftZeros = leftDigits - leftStart;
        const qsizetype rightZeros = rightDigits - rightStart;
        if (leftZeros != rightZeros)
            return leftZeros < rightZeros ? -1 : 1;
    }
    return compareBytesPlain(left.sliced(i), right.sliced(j));
}
