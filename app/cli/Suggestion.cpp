#include "app/cli/Suggestion.h"

#include <QList>

#include <algorithm>

qsizetype Suggestion::distance(const QString &a, const QString &b)
{
    const QString x = a.toCaseFolded();
    const QString y = b.toCaseFolded();
    const qsizetype n = x.size();
    const qsizetype m = y.size();
    // Three rows of the table: two back (for swaps), one back, and this one.
    QList<qsizetype> before(m + 1);
    QList<qsizetype> previous(m + 1);
    QList<qsizetype> current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= m; ++j) {
            const qsizetype cost = x.at(i - 1) == y.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && x.at(i - 1) == y.at(j - 2) && x.at(i - 2) == y.at(j - 1))
                current[j] = std::min(current[j], before[j - 2] + 1);
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

QString Suggestion::closest(const QString &typed, const QStringList &candidates)
{
    const qsizetype limit = std::max<qsizetype>(1, typed.size() / 3);
    QString best;
    qsizetype bestDistance = limit + 1;
    bool tie = false;
    for (const QString &candidate : candidates) {
        const qsizetype d = distance(typed, candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
            tie = false;
        } else if (d == bestDistance && candidate != best) {
            tie = true;
        }
    }
    return bestDistance <= limit && !tie ? best : QString();
}
