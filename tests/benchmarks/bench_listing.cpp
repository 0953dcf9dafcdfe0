// Listing 10,000 webhooks from hookbench-sandbox (a separate process, 100 ms latency):
// through Hookbench's ApiClient and WebhookService (pages fetched concurrently), one page
// after another as the vendor SDK does, with the curl loop an admin scripts today, and with
// the sandbox's burst limit 20/2 on as on the real service.
//
// Prints list_10k_s, list_10k_sequential_s, list_10k_curl_loop_s,
// list_10k_speedup_vs_sequential, list_10k_vs_bound (limits off, page numbers), and with the
// limits on and 20 ms of latency jitter: list_10k_throttled_s, list_10k_throttled_429,
// list_10k_throttled_sequential_s, list_10k_throttled_speedup_vs_sequential,
// list_10k_throttled_300ms_s (page numbers) and list_10k_cursor_s, list_10k_cursor_429,
// list_10k_cursor_vs_floor (cursors) (medians over --runs; a 429 count is the largest of the
// runs).
#include "models/Webhook.h"
#include "models/api/ApiClient.h"
#include "models/api/RequestPacer.h"
#include "models/api/WebhookService.h"
#include "tests/benchmarks/BenchSupport.h"
#include "tests/benchmarks/SandboxProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

#include <cmath>
#include <cstdio>

namespace {

constexpr int Webhooks = 10000;
constexpr int LatencyMs = 100;
constexpr int ListingTimeoutMs = 300000;
constexpr int JitterMs = 20;
constexpr int FarLatencyMs = 300;

struct Run
{
    double seconds = 0;
    qint64 rows = 0;
    int responses = 0;
    int rateLimited = 0; // responses with status 429
    QString error; // empty on success
    QElapsedTimer clock; // started with the run
    QList<qint64> answeredMs; // when each response arrived, since the start of the run
};

// Counts the responses (and 429s among them) that `network` delivers.
void countResponses(QNetworkAccessManager *network, Run *run)
{
    QObject::connect(
            network, &QNetworkAccessManager::finished, network, [run](QNetworkReply *reply) {
                ++run->responses;
                run->answeredMs.append(run->clock.elapsed());
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 429)
                    ++run->rateLimited;
            });
}

// Hookbench: ApiClient + WebhookService::list(). With `unlimitedServer` the client's pacer
// is told that the server has no burst limit; otherwise it keeps its default
// unless `pacerLimit` (> 0) per `pacerWindowMs` is given.
Run listWithHookbench(const SandboxProcess &sandbox, bool unlimitedServer, int pacerLimit = 0,
                      int pacerWindowMs = 0)
{
    Run run;
    QNetworkAccessManager network;
    countResponses(&network, &run);
    ApiClient client(&network);
    client.setProfile(sandbox.profile(), SandboxProcess::token());
    if (unlimitedServer)
        client.pacer()->setBurstLimit(0, client.pacer()->windowMs());
    else if (pacerLimit > 0)
        client.pacer()->setBurstLimit(pacerLimit, pacerWindowMs);
    WebhookService service(&client);

    QEventLoop loop;
    QElapsedTimer timer;
    timer.start();
    run.clock.start();
    WebhookListing *listing = service.list();
    QObject::connect(listing, &WebhookListing::finished, &loop,
                     [&run, &loop, &timer, listing](const ApiError &error) {
                         run.seconds = double(timer.nsecsElapsed()) / 1e9;
                         run.rows = listing->received();
                         if (error.isError())
                             run.error = error.message;
                         loop.quit();
                     });
    QTimer::singleShot(ListingTimeoutMs, &loop, [&run, &loop] {
        run.error = QStringLiteral("timed out");
        loop.quit();
    });
    loop.exec();
    return run;
}

// The target of the rel="next" link of a Link header, resolved against `base`; invalid
// when there is none. As simple as a hand-written SDK client has it.
QUrl nextLink(const QByteArray &header, const QUrl &base)
{
    static const QRegularExpression link(QStringLiteral(R"(<([^>]*)>\s*;[^,]*rel="?next"?)"));
    const QRegularExpressionMatch match = link.match(QString::fromUtf8(header));
    if (!match.hasMatch())
        return {};
    return base.resolved(QUrl(match.captured(1)));
}

QUrl firstPageUrl(const SandboxProcess &sandbox)
{
    QUrl url = sandbox.baseUrl();
    url.setPath(url.path() + QStringLiteral("/webhooks"));
    url.setQuery(WebhookListing::firstPageQuery());
    return url;
}

// The vendor SDK's way: one page of 100 after another, following rel="next"; every page
// parsed into Webhook values as Hookbench does.
Run listSequentially(const SandboxProcess &sandbox)
{
    Run run;
    QNetworkAccessManager network;
    countResponses(&network, &run);
    QElapsedTimer timer;
    timer.start();
    run.clock.start();
    QUrl url = firstPageUrl(sandbox);
    while (url.isValid()) {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + SandboxProcess::token().toUtf8());
        request.setRawHeader("X-4me-Account", sandbox.profile().account.toUtf8());
        request.setRawHeader("Accept", "application/json");
        request.setTransferTimeout(30000);
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        const QByteArray links = reply->rawHeader("Link");
        const int retryAfter = reply->rawHeader("Retry-After").toInt();
        delete reply;
        if (status == 429) {
            // As the vendor's Ruby SDK: wait Retry-After, at least 2 s, and ask again.
            QThread::msleep(quint64(qMax(2, retryAfter)) * 1000);
            continue;
        }
        if (status != 200) {
            run.error = QStringLiteral("HTTP status %1 for %2").arg(status).arg(url.path());
            break;
        }
        const QJsonArray page = QJsonDocument::fromJson(body).array();
        for (const QJsonValue &value : page) {
            Webhook webhook;
            if (Webhook::fromJson(value.toObject(), &webhook))
                ++run.rows;
        }
        url = nextLink(links, url);
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    return run;
}

// The admin's curl loop (curl-loop.sh), timed from here: it prints the number of rows.
Run listWithCurlLoop(const SandboxProcess &sandbox, const QString &script)
{
    Run run;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOOKBENCH_TOKEN"), SandboxProcess::token());
    environment.insert(QStringLiteral("HOOKBENCH_ACCOUNT"), sandbox.profile().account);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("bash"), {script, firstPageUrl(sandbox).toString()});
    if (!process.waitForFinished(ListingTimeoutMs)) {
        run.error = QStringLiteral("the curl loop did not finish: %1").arg(process.errorString());
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    const QByteArray output = process.readAllStandardOutput().trimmed();
    run.rows = output.split('\n').last().toLongLong();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        run.error = QStringLiteral("the curl loop failed (exit code %1)").arg(process.exitCode());
    return run;
}

// One request before measuring, so that no measurement pays for the sandbox's first answer.
void warmUp(const SandboxProcess &sandbox)
{
    QNetworkAccessManager network;
    QNetworkRequest request(firstPageUrl(sandbox));
    request.setRawHeader("Authorization", "Bearer " + SandboxProcess::token().toUtf8());
    request.setRawHeader("X-4me-Account", sandbox.profile().account.toUtf8());
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    delete reply;
}

// Where a paced listing waited: every gap of more than 500 ms between two responses.
QString pauses(const Run &run)
{
    QStringList gaps;
    for (qsizetype i = 1; i < run.answeredMs.size(); ++i) {
        const qint64 gap = run.answeredMs.at(i) - run.answeredMs.at(i - 1);
        if (gap > 500) {
            gaps.append(QStringLiteral("%1 ms after response %2 (at %3 ms)")
                                .arg(gap)
                                .arg(i)
                                .arg(run.answeredMs.at(i - 1)));
        }
    }
    return gaps.join(QStringLiteral("; "));
}

bool check(const char *what, const Run &run)
{
    // Responses are counted for the listings made with QNetworkAccessManager only.
    const QString responses = run.responses == 0 ? QString()
                                                 : QStringLiteral(", %1 responses, %2 of them 429")
                                                           .arg(run.responses)
                                                           .arg(run.rateLimited);
    Bench::note(QStringLiteral("%1: %2 s, %3 rows%4%5")
                        .arg(QLatin1StringView(what))
                        .arg(run.seconds, 0, 'f', 3)
                        .arg(run.rows)
                        .arg(responses,
                             run.error.isEmpty() ? QString() : QStringLiteral(" — ") + run.error));
    return run.error.isEmpty() && run.rows == Webhooks;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_listing"));
    QLoggingCategory::setFilterRules(QStringLiteral("hookbench.*.debug=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times listing 10,000 webhooks."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs of each listing (median)."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption sandboxOption(
            QStringLiteral("sandbox"), QStringLiteral("The hookbench-sandbox executable."),
            QStringLiteral("FILE"), QStringLiteral(HB_BENCH_SANDBOX));
    const QCommandLineOption curlOption(QStringLiteral("curl-loop"),
                                        QStringLiteral("The curl loop script."),
                                        QStringLiteral("FILE"), QStringLiteral(HB_BENCH_CURL_LOOP));
    const QCommandLineOption pacerOption(
            QStringLiteral("throttled-pacer"),
            QStringLiteral("Diagnosis: the client's burst limit for the throttled listing "
                           "instead of its default."),
            QStringLiteral("N/MS"));
    parser.addOptions({runsOption, sandboxOption, curlOption, pacerOption});
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    // An older sandbox has no --latency-jitter-ms: measure without jitter and say so.
    const bool jitter = SandboxProcess::supportsOption(parser.value(sandboxOption),
                                                       QStringLiteral("latency-jitter-ms"));
    const int jitterMs = jitter ? JitterMs : 0;
    if (!jitter)
        Bench::note(QStringLiteral("this sandbox has no --latency-jitter-ms: measured without"));

    // A figure is printed only when every run behind it listed all rows.
    bool complete = true;
    QString error;
    {
        // The server of the first five figures: no burst limit, as the pacer is told.
        SandboxProcess sandbox(parser.value(sandboxOption));
        if (!sandbox.start(
                    SandboxProcess::listingArguments(Webhooks, LatencyMs, QStringLiteral("0"), 0),
                    &error)) {
            Bench::note(error);
            return 1;
        }
        warmUp(sandbox);
        QList<double> hookbench, sequential, curl;
        bool hookbenchComplete = true, sequentialComplete = true, curlComplete = true;
        for (int i = 0; i < runs; ++i) {
            const Run concurrent = listWithHookbench(sandbox, true);
            hookbenchComplete = check("Hookbench", concurrent) && hookbenchComplete;
            hookbench.append(concurrent.seconds);
            const Run oneByOne = listSequentially(sandbox);
            sequentialComplete = check("one page at a time", oneByOne) && sequentialComplete;
            sequential.append(oneByOne.seconds);
            const Run loop = listWithCurlLoop(sandbox, parser.value(curlOption));
            curlComplete = check("curl loop", loop) && curlComplete;
            curl.append(loop.seconds);
        }
        const double seconds = Bench::median(hookbench);
        const double sequentialSeconds = Bench::median(sequential);
        const int pages = (Webhooks + WebhookListing::PerPage - 1) / WebhookListing::PerPage;
        const double bound
                = std::ceil(double(pages) / WebhookListing::MaxPagesInFlight) * LatencyMs / 1000.0;
        if (hookbenchComplete)
            Bench::printFigure("list_10k_s", seconds);
        if (sequentialComplete)
            Bench::printFigure("list_10k_sequential_s", sequentialSeconds);
        if (curlComplete)
            Bench::printFigure("list_10k_curl_loop_s", Bench::median(curl));
        if (hookbenchComplete && sequentialComplete)
            Bench::printFigure("list_10k_speedup_vs_sequential", sequentialSeconds / seconds, 2);
        if (hookbenchComplete) {
            Bench::note(QStringLiteral("bound: ceil(%1 pages / %2) x %3 ms = %4 s")
                                .arg(pages)
                                .arg(WebhookListing::MaxPagesInFlight)
                                .arg(LatencyMs)
                                .arg(bound, 0, 'f', 1));
            Bench::printFigure("list_10k_vs_bound", seconds / bound, 2);
        }
        complete = hookbenchComplete && sequentialComplete && curlComplete;
    }
    {
        // As on the real service: 20 requests per 2 s, 3,600 an hour, with jitter; the
        // default pacer.
        SandboxProcess sandbox(parser.value(sandboxOption));
        if (!sandbox.start(SandboxProcess::listingArguments(Webhooks, LatencyMs,
                                                            QStringLiteral("20/2"), 3600,
                                                            QStringLiteral("pages"), jitterMs),
                           &error)) {
            Bench::note(error);
            return 1;
        }
        warmUp(sandbox);
        int pacerLimit = 0, pacerWindowMs = 0;
        if (parser.isSet(pacerOption)) {
            const QStringList parts = parser.value(pacerOption).split(u'/');
            pacerLimit = parts.value(0).toInt();
            pacerWindowMs = parts.value(1).toInt();
        }
        QList<double> throttled, sequential;
        int rateLimited = 0;
        bool throttledComplete = true, sequentialComplete = true;
        for (int i = 0; i < runs; ++i) {
            // Start with an empty burst window, as a listing after a pause does.
            QThread::msleep(2100);
            const Run run = listWithHookbench(sandbox, false, pacerLimit, pacerWindowMs);
            throttledComplete = check("Hookbench, burst limit 20/2", run) && throttledComplete;
            Bench::note(QStringLiteral("paced pauses: %1").arg(pauses(run)));
            throttled.append(run.seconds);
            rateLimited = qMax(rateLimited, run.rateLimited);
            QThread::msleep(2100);
            const Run oneByOne = listSequentially(sandbox);
            sequentialComplete
                    = check("one page at a time, burst limit 20/2", oneByOne) && sequentialComplete;
            sequential.append(oneByOne.seconds);
        }
        if (throttledComplete) {
            Bench::printFigure("list_10k_throttled_s", Bench::median(throttled));
            Bench::printFigure("list_10k_throttled_429", rateLimited, 0);
        }
        if (sequentialComplete)
            Bench::printFigure("list_10k_throttled_sequential_s", Bench::median(sequential));
        if (throttledComplete && sequentialComplete) {
            Bench::printFigure("list_10k_throttled_speedup_vs_sequential",
                               Bench::median(sequential) / Bench::median(throttled), 2);
        }
        complete = complete && throttledComplete && sequentialComplete;
    }
    // The same listing farther away, and with cursors (one page after another).
    struct Variant
    {
        const char *figure;
        const char *what;
        int latencyMs;
        QString pagination;
    };
    const Variant variants[] = {
            {"list_10k_throttled_300ms", "Hookbench, 300 ms, burst limit 20/2", FarLatencyMs,
             QStringLiteral("pages")},
            {"list_10k_cursor", "Hookbench, cursors, burst limit 20/2", LatencyMs,
             QStringLiteral("cursor")},
    };
    for (const Variant &variant : variants) {
        SandboxProcess sandbox(parser.value(sandboxOption));
        if (!sandbox.start(SandboxProcess::listingArguments(Webhooks, variant.latencyMs,
                                                            QStringLiteral("20/2"), 3600,
                                                            variant.pagination, jitterMs),
                           &error)) {
            Bench::note(error);
            return 1;
        }
        warmUp(sandbox);
        QList<double> seconds;
        int rateLimited = 0;
        bool variantComplete = true;
        for (int i = 0; i < runs; ++i) {
            QThread::msleep(2100);
            const Run run = listWithHookbench(sandbox, false);
            variantComplete = check(variant.what, run) && variantComplete;
            seconds.append(run.seconds);
            rateLimited = qMax(rateLimited, run.rateLimited);
        }
        if (variantComplete) {
            Bench::printFigure((QByteArray(variant.figure) + "_s").constData(),
                               Bench::median(seconds));
            Bench::note(QStringLiteral("%1: at most %2 responses 429 in a run")
                                .arg(QLatin1StringView(variant.figure))
                                .arg(rateLimited));
            if (variant.pagination == u"cursor") {
                Bench::printFigure("list_10k_cursor_429", rateLimited, 0);
                // One page after another cannot beat pages × the mean latency a request sees:
                // the set latency plus the mean of the uniform extra delay (jitter / 2).
                const double floorSeconds
                        = (Webhooks / 100) * (variant.latencyMs + jitterMs / 2.0) / 1000.0;
                Bench::printFigure("list_10k_cursor_vs_floor",
                                   Bench::median(seconds) / floorSeconds, 3);
            }
        }
        complete = complete && variantComplete;
    }
    return complete ? 0 : 1;
}
