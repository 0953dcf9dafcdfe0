#pragma once

#include <QList>
#include <QString>

// Small helpers shared by the benchmark programs.
namespace Bench {

// Prints `name=value` on stdout (flushed), with `decimals` digits after the point.
void printFigure(const char *name, double value, int decimals = 3);
// Prints a line of commentary on stderr (flushed), prefixed with the program's name.
void note(const QString &text);

// The median of `values` (the mean of the middle two for an even count); 0 when empty.
double median(QList<double> values);

// Gives freed heap memory back to the system (malloc_trim where glibc has it).
void trimHeap();
// The resident memory of this process in bytes: Rss of /proc/self/smaps_rollup, else
// VmRSS of /proc/self/status; -1 when neither can be read.
qint64 residentBytes();

} // namespace Bench
