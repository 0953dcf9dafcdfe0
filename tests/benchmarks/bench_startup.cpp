// Startup: from just before QProcess::start() of `hookbench` to its first painted main
// window. hookbench prints one line on stdout and quits after that first paint when
// HOOKBENCH_EXIT_AFTER_FIRST_PAINT=1 is set; the time is taken here when that line arrives.
// Each start gets empty settings (a throwaway HOME and XDG directories).
//
// Prints startup_ms: the median of --runs starts (default 5).
#include "tests/benchmarks/BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_startup"));
    QLoggingCategory::setFilterRules(QStringLiteral("hookbench.*.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times hookbench's first paint."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Starts (median)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption programOption(
            QStringLiteral("hookbench"), QStringLiteral("The hookbench executable."),
            QStringLiteral("FILE"), QStringLiteral(HB_BENCH_HOOKBENCH));
    parser.addOptions({runsOption, programOption});
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir home;
        const Bench::FirstPaint paint
                = Bench::timeFirstPaint(parser.value(programOption), home.path());
        const double parentMs = paint.milliseconds;
        const QByteArray &line = paint.line;
        const QByteArray &errors = paint.errors;
        if (line.isEmpty()) {
            Bench::note(QStringLiteral("hookbench printed nothing after its first paint (is "
                                       "HOOKBENCH_EXIT_AFTER_FIRST_PAINT handled?) %1")
                                .arg(QString::fromUtf8(errors)));
            return 1;
        }
        Bench::note(QStringLiteral("start %1: %2 ms (hookbench says \"%3\")")
                            .arg(run + 1)
                            .arg(parentMs, 0, 'f', 1)
                            .arg(QString::fromUtf8(line)));
        times.append(parentMs);
    }
    Bench::printFigure("startup_ms", Bench::median(times), 1);
    return 0;
}
