// A text-filter keystroke over 100,000 rows: WebhookTableModel (filled with upsert) under
// WebhookFilterProxyModel, in a shown QTableView sorted by name. Each keystroke is timed
// from setFilterText() to the repainted view (the proxy's part is noted separately). The
// keystrokes type "ops" and delete it again, so both narrowing and widening are measured.
//
// Prints filter_ms_100k: the worst keystroke over all --runs.
#include "models/WebhookFilterProxyModel.h"
#include "models/WebhookTableModel.h"
#include "tests/benchmarks/BenchSupport.h"
#include "tests/support/SandboxClientStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QTableView>

namespace {

constexpr int Rows = 100000;
constexpr int PageSize = 100;

void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_filter"));
    QLoggingCategory::setFilterRules(QStringLiteral("hookbench.*.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times filter keystrokes."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Times to type and delete the text."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption withoutViewOption(
            QStringLiteral("without-view"),
            QStringLiteral("Diagnosis: no view on the proxy (the proxy's own share)."));
    const QCommandLineOption unsortedOption(QStringLiteral("unsorted"),
                                            QStringLiteral("Diagnosis: do not sort."));
    parser.addOptions({runsOption, withoutViewOption, unsortedOption});
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    WebhookTableModel model;
    WebhookFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    // Set up as the main window's table is.
    QTableView view;
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    view.setAlternatingRowColors(true);
    view.setWordWrap(false);
    view.verticalHeader()->hide();
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 8);
    view.horizontalHeader()->setStretchLastSection(true);
    if (!parser.isSet(withoutViewOption))
        view.setModel(&proxy);
    view.setSortingEnabled(true);
    if (!parser.isSet(unsortedOption)) {
        view.sortByColumn(WebhookTableModel::NameColumn, Qt::AscendingOrder);
        proxy.sort(WebhookTableModel::NameColumn, Qt::AscendingOrder);
    }
    view.resize(1280, 800);
    view.show();
    settle();

    QElapsedTimer loadTimer;
    loadTimer.start();
    for (int first = 1; first <= Rows; first += PageSize)
        model.upsert(SandboxClientStore::seededWebhooks(PageSize, first));
    settle();
    Bench::note(QStringLiteral("loaded %1 rows (%2 in view) in %3 ms")
                        .arg(model.rowCount())
                        .arg(proxy.rowCount())
                        .arg(loadTimer.elapsed()));
    if (model.rowCount() != Rows || proxy.rowCount() != Rows)
        return 1;

    const QStringList keystrokes
            = {QStringLiteral("o"),  QStringLiteral("op"), QStringLiteral("ops"),
               QStringLiteral("op"), QStringLiteral("o"),  QString()};
    // How the proxy reports a keystroke to the view: removal and insertion signals (one per
    // contiguous range of rows) or one layout change.
    int removals = 0;
    int insertions = 0;
    int layoutChanges = 0;
    QObject::connect(&proxy, &QAbstractItemModel::rowsRemoved, &proxy, [&removals] { ++removals; });
    QObject::connect(&proxy, &QAbstractItemModel::rowsInserted, &proxy,
                     [&insertions] { ++insertions; });
    QObject::connect(&proxy, &QAbstractItemModel::layoutChanged, &proxy,
                     [&layoutChanges] { ++layoutChanges; });

    QList<double> all;
    double worst = 0;
    for (int run = 0; run < runs; ++run) {
        for (const QString &text : keystrokes) {
            removals = insertions = layoutChanges = 0;
            QElapsedTimer timer;
            timer.start();
            proxy.setFilterText(text);
            const double proxyMs = double(timer.nsecsElapsed()) / 1e6;
            settle();
            view.viewport()->repaint();
            const double viewMs = double(timer.nsecsElapsed()) / 1e6;
            Bench::note(QStringLiteral("\"%1\": %2 rows, proxy %3 ms, repainted view %4 ms "
                                       "(%5 rowsRemoved, %6 rowsInserted, %7 layoutChanged)")
                                .arg(text)
                                .arg(proxy.rowCount())
                                .arg(proxyMs, 0, 'f', 1)
                                .arg(viewMs, 0, 'f', 1)
                                .arg(removals)
                                .arg(insertions)
                                .arg(layoutChanges));
            all.append(viewMs);
            worst = qMax(worst, viewMs);
        }
    }
    Bench::note(QStringLiteral("median keystroke %1 ms").arg(Bench::median(all), 0, 'f', 1));
    Bench::printFigure("filter_ms_100k", worst, 1);
    return 0;
}
