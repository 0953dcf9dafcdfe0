// The local history (issue 14): writing a snapshot of 10,000 webhooks of which 100 changed,
// and the database's growth per such snapshot. Rows are realistic
// (SandboxClientStore::seededWebhooks, the sandbox's seeder).
//
// Prints snapshot_write_ms_10k (median over --runs: the window's way, the store having read
// the last snapshot at start or written it at the previous refresh),
// snapshot_write_cold_ms_10k (hookbench-cli's way: a store opened afresh reads the previous
// state from the file) and history_mb_per_snapshot_10k (MB = 1,000,000 bytes, the mean
// growth over 20 snapshots with 1 % changed). The CPU time of each write is in the notes.
#include "models/history/HistoryStore.h"
#include "tests/benchmarks/BenchSupport.h"
#include "tests/support/SandboxClientStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <ctime>

namespace {

constexpr int Rows = 10000;
constexpr int Changed = 100; // 1 %
constexpr int GrowthSnapshots = 20;

const HistoryProfile Profile = HistoryProfile::from(QUrl(QStringLiteral("https://api.4me.com/v1")),
                                                    QStringLiteral("bench"));

// Changes `Changed` rows spread over the listing, differently each round.
void change(WebhookList *rows, int round)
{
    const int step = Rows / Changed;
    for (int i = 0; i < Changed; ++i) {
        Webhook &webhook = (*rows)[(i * step + round) % rows->size()];
        webhook.description = QStringLiteral("Changed in round %1").arg(round);
        webhook.updatedAt
                = QStringLiteral("2026-12-02T08:%1:00Z").arg(round % 60, 2, 10, QLatin1Char('0'));
    }
}

bool record(HistoryStore *store, const WebhookList &rows, const QDateTime &time)
{
    if (store->record(Profile, rows, HistoryStore::Listing::Complete, time))
        return true;
    Bench::note(QStringLiteral("recording failed: %1").arg(store->errorString()));
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_history"));
    QLoggingCategory::setFilterRules(QStringLiteral("hookbench.*.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures writing and size of the history."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs of the snapshot write (median)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    parser.addOption(runsOption);
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    if (!dir.isValid()) {
        Bench::note(QStringLiteral("no temporary folder"));
        return 1;
    }
    const QString file = dir.filePath(QStringLiteral("history.sqlite"));
    WebhookList rows = SandboxClientStore::seededWebhooks(Rows, 1);
    QDateTime time = QDateTime::currentDateTimeUtc();

    {
        HistoryStore store(file);
        if (!store.open() || !record(&store, rows, time))
            return 1;
    }
    int round = 0;

    // The window: at start it reads the last snapshot (the cached start, not timed here),
    // then records each refresh with the previous values at hand.
    QList<double> window;
    QList<double> windowCpu;
    for (int run = 0; run < runs; ++run) {
        HistoryStore store(file);
        if (!store.open())
            return 1;
        const std::optional<HistorySnapshot> latest = store.latestSnapshot(Profile);
        if (!latest || !store.webhooksAt(Profile, latest->id))
            return 1;
        change(&rows, ++round);
        time = time.addSecs(60);
        const std::clock_t cpu = std::clock();
        QElapsedTimer timer;
        timer.start();
        if (!record(&store, rows, time))
            return 1;
        window.append(timer.nsecsElapsed() / 1e6);
        windowCpu.append(double(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC);
    }
    Bench::printFigure("snapshot_write_ms_10k", Bench::median(window), 1);
    Bench::note(QStringLiteral("snapshot_write_ms_10k: CPU time %1 ms (median)")
                        .arg(Bench::median(windowCpu), 0, 'f', 1));

    // hookbench-cli: a store opened afresh reads the previous state from the file and
    // compares JSON texts.
    QList<double> cold;
    QList<double> coldCpu;
    for (int run = 0; run < runs; ++run) {
        HistoryStore store(file);
        if (!store.open())
            return 1;
        change(&rows, ++round);
        time = time.addSecs(60);
        const std::clock_t cpu = std::clock();
        QElapsedTimer timer;
        timer.start();
        if (!record(&store, rows, time))
            return 1;
        cold.append(timer.nsecsElapsed() / 1e6);
        coldCpu.append(double(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC);
    }
    Bench::printFigure("snapshot_write_cold_ms_10k", Bench::median(cold), 1);
    Bench::note(QStringLiteral("snapshot_write_cold_ms_10k: CPU time %1 ms (median)")
                        .arg(Bench::median(coldCpu), 0, 'f', 1));

    // Growth: one store, as the window keeps it.
    HistoryStore store(file);
    if (!store.open())
        return 1;
    const qint64 before = QFileInfo(file).size();
    for (int snapshot = 1; snapshot <= GrowthSnapshots; ++snapshot) {
        change(&rows, ++round);
        time = time.addSecs(60);
        if (!record(&store, rows, time))
            return 1;
    }
    const qint64 after = QFileInfo(file).size();
    Bench::printFigure("history_mb_per_snapshot_10k",
                       double(after - before) / GrowthSnapshots / 1e6, 3);
    Bench::note(QStringLiteral("database of %1 snapshots: %2 MB")
                        .arg(store.snapshots(Profile).size())
                        .arg(QFileInfo(file).size() / 1e6, 0, 'f', 2));
    return 0;
}
