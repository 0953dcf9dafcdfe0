#pragma once

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
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

// One start of `program` with HOOKBENCH_EXIT_AFTER_FIRST_PAINT=1 and HOME/XDG folders under
// `home`, plus `extra` variables: the time from the start to the line hookbench prints after
// its first paint (what the user waits for), that line (empty when none came within 60 s),
// and what it wrote on stderr.
struct FirstPaint
{
    double milliseconds = 0;
    QByteArray line;
    QByteArray errors;
};
FirstPaint timeFirstPaint(const QString &program, const QString &home,
                          const QProcessEnvironment &extra = {});

} // namespace Bench
