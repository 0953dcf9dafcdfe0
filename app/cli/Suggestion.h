#pragma once

#include <QString>
#include <QStringList>

// "Did you mean …?" for a mistyped command or option: the candidate closest to what was
// typed, by edit distance (an insertion, deletion, substitution or swap of two neighbouring
// letters counts one), when it is close enough to be a typo.
class Suggestion
{
public:
    // The closest candidate, or empty when none is within a third of the typed length
    // (at least one edit) or two candidates are equally close.
    static QString closest(const QString &typed, const QStringList &candidates);
    // Optimal string alignment distance between a and b, ignoring case.
    static qsizetype distance(const QString &a, const QString &b);
};
