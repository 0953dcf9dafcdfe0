// Planning 10,000 webhooks against a 10,000-row listing already loaded (issue 13): the time
// of PlanBuilder::build from the parsed desired state to the finished plan. The desired state
// is the listing with a few changes (descriptions, URIs, new and missing webhooks), so that
// every kind of item is planned.
//
// Prints plan_ms_10k: the median over --runs.
#include "models/plan/PlanBuilder.h"
#include "tests/benchmarks/BenchSupport.h"
#include "tests/support/SandboxClientStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <ctime>

namespace {

constexpr int Rows = 10000;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_plan"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times planning 10,000 webhooks."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Plans to time."),
                                        QStringLiteral("N"), QStringLiteral("3"));
    parser.addOption(runsOption);
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    const WebhookList listing = SandboxClientStore::seededWebhooks(Rows, 1);
    WebhookList desired = listing;
    for (qsizetype i = 0; i < desired.size(); ++i) {
        Webhook &webhook = desired[i];
        if (i % 20 == 3)
            webhook.description += QStringLiteral(" (changed)");
        if (i % 50 == 7)
            webhook.uri = QStringLiteral("https://moved.example.com/hooks/%1").arg(i);
        if (i % 100 == 11)
            webhook.name += QStringLiteral(" new");
    }
    desired.remove(0, 25);
    const DesiredState state = PlanBuilder::fromAccount(desired);
    PlanOptions options;
    options.prune = true;
    options.rewrites.append(
            {QStringLiteral("https://qa.example.com/"), QStringLiteral("https://example.com/")});

    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        const Plan plan = PlanBuilder::build(state, listing, options);
        times.append(timer.nsecsElapsed() / 1e6);
        const double cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
        if (run == 0) {
            Bench::note(QStringLiteral("plan: %1 create, %2 update, %3 delete, %4 unchanged, "
                                       "%5 skip, %6 ambiguous; %7 requests")
                                .arg(plan.count(PlanItem::Action::Create))
                                .arg(plan.count(PlanItem::Action::Update))
                                .arg(plan.count(PlanItem::Action::Delete))
                                .arg(plan.count(PlanItem::Action::Unchanged))
                                .arg(plan.count(PlanItem::Action::Skip))
                                .arg(plan.count(PlanItem::Action::Ambiguous))
                                .arg(plan.requestCount()));
        }
        // CPU time beside the wall clock: on a loaded machine the difference is waiting.
        Bench::note(QStringLiteral("run %1: %2 ms (CPU %3 ms)")
                            .arg(run + 1)
                            .arg(times.constLast(), 0, 'f', 1)
                            .arg(cpuMs, 0, 'f', 1));
    }
    Bench::printFigure("plan_ms_10k", Bench::median(times), 1);
    return 0;
}
