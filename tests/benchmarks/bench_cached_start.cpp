// The cached start (issue 14): from just before QProcess::start() of `hookbench` to the first
// paint of its table showing the 10,000 rows of the profile's last snapshot. The profile's
// service does not answer (a closed port on 127.0.0.1) and no token is stored, so what is
// painted can only come from the history. hookbench prints one line and quits after that
// paint (HOOKBENCH_EXIT_AFTER_FIRST_PAINT=1, HOOKBENCH_FIRST_PAINT_ROWS=10000); the time is
// taken here when that line arrives. Every start gets the same throwaway HOME and XDG
// directories, prepared once: the settings with the profile and the history with its
// snapshot.
//
// Prints cached_start_ms_10k: the median of --runs starts (default 5).
#include "models/ProfileStore.h"
#include "models/history/HistoryStore.h"
#include "tests/benchmarks/BenchSupport.h"
#include "tests/support/SandboxClientStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>

namespace {
constexpr int Rows = 10000;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_cached_start"));
    QLoggingCategory::setFilterRules(QStringLiteral("hookbench.*.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Times hookbench's first paint of a 10,000-row snapshot."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Starts (median)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption programOption(
            QStringLiteral("hookbench"), QStringLiteral("The hookbench executable."),
            QStringLiteral("FILE"), QStringLiteral(HB_BENCH_HOOKBENCH));
    parser.addOptions({runsOption, programOption});
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    QTemporaryDir home;
    if (!home.isValid()) {
        Bench::note(QStringLiteral("no temporary folder"));
        return 1;
    }
    // A port that nothing listens on: taken, then closed again.
    quint16 closedPort = 0;
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost)) {
            Bench::note(QStringLiteral("no free port"));
            return 1;
        }
        closedPort = server.serverPort();
    }
    ConnectionProfile profile;
    profile.name = QStringLiteral("Cached");
    profile.serviceUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort));
    profile.account = QStringLiteral("bench");
    {
        // Where hookbench's QSettings (organization Hookbench, application hookbench) look.
        QSettings settings(home.filePath(QStringLiteral("config/Hookbench/hookbench.conf")),
                           QSettings::IniFormat);
        ProfileStore profiles(&settings);
        profiles.save(profile);
        profiles.setCurrentName(profile.name);
        settings.sync();
    }
    {
        // HistoryStore::defaultFilePath() under this XDG_DATA_HOME.
        HistoryStore store(
                home.filePath(QStringLiteral("data/Hookbench/hookbench/history.sqlite")));
        if (!store.open()
            || !store.record(HistoryProfile::from(profile.serviceUrl, profile.account),
                             SandboxClientStore::seededWebhooks(Rows, 1),
                             HistoryStore::Listing::Complete)) {
            Bench::note(
                    QStringLiteral("could not prepare the history: %1").arg(store.errorString()));
            return 1;
        }
    }

    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QProcessEnvironment rows;
        rows.insert(QStringLiteral("HOOKBENCH_FIRST_PAINT_ROWS"), QString::number(Rows));
        const Bench::FirstPaint paint
                = Bench::timeFirstPaint(parser.value(programOption), home.path(), rows);
        const double parentMs = paint.milliseconds;
        const QByteArray &line = paint.line;
        const QByteArray &errors = paint.errors;
        if (line.isEmpty()) {
            Bench::note(QStringLiteral("hookbench painted no table of %1 rows from the history "
                                       "%2")
                                .arg(Rows)
                                .arg(QString::fromUtf8(errors)));
            return 1;
        }
        Bench::note(QStringLiteral("cached start %1: %2 ms (hookbench says \"%3\")")
                            .arg(run + 1)
                            .arg(parentMs, 0, 'f', 1)
                            .arg(QString::fromUtf8(line)));
        times.append(parentMs);
    }
    Bench::printFigure("cached_start_ms_10k", Bench::median(times), 1);
    return 0;
}
