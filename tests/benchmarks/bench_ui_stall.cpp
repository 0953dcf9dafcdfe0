// The GUI's responsiveness while the real main window loads 10,000 webhooks from
// hookbench-sandbox (a separate process, 100 ms latency, no burst limit, as the client's
// pacer is told) into model, proxy and view, sorted by name. A 5 ms heartbeat timer runs on
// the GUI thread; its worst lateness is the longest stall of the event loop.
//
// Prints ui_max_stall_ms_10k: the worst over --runs loads.
#include "models/ProfileStore.h"
#include "models/TokenStore.h"
#include "models/WebhookFilterProxyModel.h"
#include "models/WebhookTableModel.h"
#include "models/api/ApiClient.h"
#include "models/api/ApiError.h"
#include "models/api/RequestPacer.h"
#include "models/api/WebhookService.h"
#include "models/workflow/ProfileSession.h"
#include "tests/benchmarks/BenchSupport.h"
#include "tests/benchmarks/Heartbeat.h"
#include "tests/benchmarks/SandboxProcess.h"
#include "tests/benchmarks/TimedApplication.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

namespace {

constexpr int Webhooks = 10000;
constexpr int HeartbeatMs = 5;
constexpr int AfterListingMs = 500; // the heartbeat goes on this long after the listing

void waitMs(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    TimedApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_ui_stall"));
    QLoggingCategory::setFilterRules(QStringLiteral("hookbench.*.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures GUI stalls during a listing."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Loads (worst)."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption sandboxOption(
            QStringLiteral("sandbox"), QStringLiteral("The hookbench-sandbox executable."),
            QStringLiteral("FILE"), QStringLiteral(HB_BENCH_SANDBOX));
    parser.addOptions({runsOption, sandboxOption});
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    SandboxProcess sandbox(parser.value(sandboxOption));
    QString error;
    if (!sandbox.start(SandboxProcess::listingArguments(Webhooks, 100, QStringLiteral("0"), 0),
                       &error)) {
        Bench::note(error);
        return 1;
    }

    // The window's settings and profiles in a throwaway file; tokens are not read (the
    // profile and token are handed over directly).
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("hookbench.ini")), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    TokenStore tokens(QStringLiteral("Hookbench benchmark"));

    QNetworkAccessManager network;
    ProfileSession session(&network, &profiles, &tokens);
    session.client()->pacer()->setBurstLimit(0, session.client()->pacer()->windowMs());
    MainWindow window(&session, &settings);
    window.resize(1280, 800);
    window.show();
    waitMs(300);
    window.tableView()->sortByColumn(WebhookTableModel::NameColumn, Qt::AscendingOrder);

    Heartbeat heartbeat(HeartbeatMs);
    double worst = 0;
    bool complete = true;
    for (int run = 0; run < runs; ++run) {
        if (run > 0) {
            // Load into an empty model again.
            window.tableModel()->clear();
            waitMs(300);
        }
        ApiError result;
        bool finished = false;
        QEventLoop loop;
        const QMetaObject::Connection connection = QObject::connect(
                &window, &MainWindow::listingFinished, &loop, [&](const ApiError &listingError) {
                    result = listingError;
                    finished = true;
                    loop.quit();
                });
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        heartbeat.start();
        app.resetLongest();
        if (run == 0)
            window.useProfile(sandbox.profile(), SandboxProcess::token());
        else
            window.refresh();
        loop.exec();
        const qint64 listingMs = timer.elapsed();
        waitMs(AfterListingMs);
        heartbeat.stop();
        QObject::disconnect(connection);

        const int rows = window.tableModel()->rowCount();
        const QHeaderView *header = window.tableView()->horizontalHeader();
        Bench::note(QStringLiteral("run %1: %2 rows (%3 in view, sorted by column %4) in %5 ms%6")
                            .arg(run + 1)
                            .arg(rows)
                            .arg(window.proxyModel()->rowCount())
                            .arg(header->sortIndicatorSection())
                            .arg(listingMs)
                            .arg(result.isError() ? QStringLiteral(" — ") + result.message
                                                  : QString()));
        Bench::note(QStringLiteral("run %1: worst stall %2 ms at %3 ms (GUI thread on the CPU "
                                   "for %4 ms of it); worst stall while the GUI thread was "
                                   "busy %5 ms; %6 of %7 beats later than 20 ms")
                            .arg(run + 1)
                            .arg(heartbeat.worstMs(), 0, 'f', 1)
                            .arg(heartbeat.worstAtMs(), 0, 'f', 0)
                            .arg(heartbeat.worstCpuMs(), 0, 'f', 1)
                            .arg(heartbeat.worstBusyMs(), 0, 'f', 1)
                            .arg(heartbeat.beatsLaterThan(20))
                            .arg(heartbeat.beats()));
        Bench::note(QStringLiteral("run %1: the longest event: %2 ms, %3")
                            .arg(run + 1)
                            .arg(app.longestMs(), 0, 'f', 1)
                            .arg(app.longestDescription()));
        if (!finished || result.isError() || rows != Webhooks)
            complete = false;
        worst = qMax(worst, heartbeat.worstMs());
    }
    // For attribution: what one full repaint of the loaded window costs.
    QList<double> repaints;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        window.repaint();
        repaints.append(double(timer.nsecsElapsed()) / 1e6);
    }
    Bench::note(QStringLiteral("a full repaint of the loaded %1x%2 window: %3 ms (median of 5)")
                        .arg(window.width())
                        .arg(window.height())
                        .arg(Bench::median(repaints), 0, 'f', 1));
    Bench::printFigure("ui_max_stall_ms_10k", worst, 1);
    return complete ? 0 : 1;
}
