// The data layer without a GUI: the model's resident memory per 10,000 rows and the CSV
// export's throughput. Rows are realistic (SandboxSeeder: varied events and URIs, names with
// commas, quotes and non-ASCII text, descriptions, errors).
//
// Prints model_mb_per_10k (MB = 1,000,000 bytes) and csv_rows_per_s (median over --runs).
#include "models/CsvWriter.h"
#include "models/WebhookTableModel.h"
#include "tests/benchmarks/BenchSupport.h"
#include "tests/support/SandboxClientStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>

namespace {

constexpr int Rows = 100000;
constexpr int PageSize = 100;

// Loads Rows rows into a model page by page, as a listing does: each page of Webhook values
// is built, upserted and dropped, so that only the model's own memory remains. Returns the
// growth of resident memory in bytes, or -1 when it cannot be read.
qint64 modelGrowth(int *rowCount)
{
    // Pay for one-time initialisation (static tables, the first allocations of the model)
    // before the baseline.
    WebhookTableModel model;
    model.upsert(SandboxClientStore::seededWebhooks(PageSize, 1));
    model.clear();
    Bench::trimHeap();
    const qint64 before = Bench::residentBytes();
    for (int first = 1; first <= Rows; first += PageSize)
        model.upsert(SandboxClientStore::seededWebhooks(PageSize, first));
    Bench::trimHeap();
    const qint64 after = Bench::residentBytes();
    *rowCount = model.rowCount();
    if (before < 0 || after < 0)
        return -1;
    return after - before;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_model"));
    QLoggingCategory::setFilterRules(QStringLiteral("hookbench.*.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures model memory and CSV export."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs of the CSV export (median)."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    parser.addOption(runsOption);
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    // Memory first, in a heap that nothing else has used yet.
    int loaded = 0;
    const qint64 growth = modelGrowth(&loaded);
    if (growth < 0 || loaded != Rows) {
        Bench::note(QStringLiteral("cannot measure the model's memory (%1 rows)").arg(loaded));
        return 1;
    }
    Bench::note(QStringLiteral("model: %1 rows, resident memory +%2 bytes (%3 bytes a row)")
                        .arg(loaded)
                        .arg(growth)
                        .arg(growth / loaded));
    Bench::printFigure("model_mb_per_10k", double(growth) / 1e6 / (double(Rows) / 10000));

    const WebhookList webhooks = SandboxClientStore::seededWebhooks(Rows, 1);
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("webhooks.csv"));
    QList<double> seconds;
    for (int i = 0; i < runs; ++i) {
        QString error;
        QElapsedTimer timer;
        timer.start();
        if (!CsvWriter::writeFile(fileName, webhooks, CsvWriter::Options{}, &error)) {
            Bench::note(QStringLiteral("CSV export failed: %1").arg(error));
            return 1;
        }
        seconds.append(double(timer.nsecsElapsed()) / 1e9);
        Bench::note(QStringLiteral("CSV: %1 rows, %2 bytes in %3 s")
                            .arg(webhooks.size())
                            .arg(QFileInfo(fileName).size())
                            .arg(seconds.last(), 0, 'f', 3));
    }
    Bench::printFigure("csv_rows_per_s", double(Rows) / Bench::median(seconds), 0);
    return 0;
}
