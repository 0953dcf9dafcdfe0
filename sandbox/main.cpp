// hookbench-sandbox: a local stand-in for the 4me Webhooks API.
#include "common/TerminationSignalWatcher.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hookbench-sandbox", text);
}

bool parseInt(const QString &text, int minimum, int *out)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < minimum)
        return false;
    *out = value;
    return true;
}

// Fills `options` from the parsed command line; false and *error on a bad value.
bool readOptions(const QCommandLineParser &parser, SandboxOptions *options, QString *error)
{
    auto bad = [error](const QString &option, const QString &value) {
        *error = tr("Invalid value for --%1: %2").arg(option, value);
        return false;
    };
    if (parser.isSet(QStringLiteral("port"))) {
        int port = 0;
        const QString value = parser.value(QStringLiteral("port"));
        if (!parseInt(value, 0, &port) || port > 65535)
            return bad(QStringLiteral("port"), value);
        options->port = quint16(port);
    }
    options->dataFile = parser.value(QStringLiteral("data"));
    if (options->dataFile.isEmpty()) {
        options->dataFile = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                + QStringLiteral("/sandbox.json");
    }
    if (parser.isSet(QStringLiteral("seed"))
        && !parseInt(parser.value(QStringLiteral("seed")), 0, &options->seed)) {
        return bad(QStringLiteral("seed"), parser.value(QStringLiteral("seed")));
    }
    if (parser.isSet(QStringLiteral("account"))) {
        const QStringList accounts = parser.values(QStringLiteral("account"));
        for (const QString &account : accounts) {
            const bool valid = !account.isEmpty()
                    && std::all_of(account.cbegin(), account.cend(), [](QChar c) {
                           return c.isLetterOrNumber() || c == u'-' || c == u'_';
                       });
            if (!valid)
                return bad(QStringLiteral("account"), account);
        }
        options->account = accounts.constFirst();
        options->moreAccounts = accounts.mid(1);
        options->moreAccounts.removeDuplicates();
        options->moreAccounts.removeAll(options->account);
    }
    if (parser.isSet(QStringLiteral("seed-variant"))) {
        const QString value = parser.value(QStringLiteral("seed-variant"));
        const qsizetype split = value.lastIndexOf(u'=');
        if (split <= 0 || !parseInt(value.mid(split + 1), 1, &options->variantSeed))
            return bad(QStringLiteral("seed-variant"), value);
        options->variantAccount = value.left(split);
        if (!options->accounts().contains(options->variantAccount)) {
            *error = tr("--seed-variant names the account %1, which no --account option "
                        "gives.")
                             .arg(options->variantAccount);
            return false;
        }
    }
    const QString envToken = qEnvironmentVariable("HOOKBENCH_SANDBOX_TOKEN");
    if (parser.isSet(QStringLiteral("token")))
        options->token = parser.value(QStringLiteral("token"));
    else if (!envToken.isEmpty())
        options->token = envToken;
    if (options->token.isEmpty()) {
        *error = tr("The token must not be empty.");
        return false;
    }
    options->nonAdminToken = parser.value(QStringLiteral("non-admin-token"));
    if (parser.isSet(QStringLiteral("latency-ms"))
        && !parseInt(parser.value(QStringLiteral("latency-ms")), 0, &options->latencyMs)) {
        return bad(QStringLiteral("latency-ms"), parser.value(QStringLiteral("latency-ms")));
    }
    if (parser.isSet(QStringLiteral("latency-jitter-ms"))
        && !parseInt(parser.value(QStringLiteral("latency-jitter-ms")), 0,
                     &options->latencyJitterMs)) {
        return bad(QStringLiteral("latency-jitter-ms"),
                   parser.value(QStringLiteral("latency-jitter-ms")));
    }
    if (parser.isSet(QStringLiteral("brand"))) {
        const QString value = parser.value(QStringLiteral("brand"));
        if (value == u"4me")
            options->brand = SandboxOptions::Brand::FourMe;
        else if (value == u"xurrent")
            options->brand = SandboxOptions::Brand::Xurrent;
        else
            return bad(QStringLiteral("brand"), value);
    }
    options->verification = !parser.isSet(QStringLiteral("no-verification"));
    if (parser.isSet(QStringLiteral("time-scale"))) {
        bool ok = false;
        const QString value = parser.value(QStringLiteral("time-scale"));
        options->timeScale = value.toDouble(&ok);
        if (!ok || !(options->timeScale >= 1) || options->timeScale > 1e9)
            return bad(QStringLiteral("time-scale"), value);
    }
    if (parser.isSet(QStringLiteral("burst-limit"))) {
        const QString value = parser.value(QStringLiteral("burst-limit"));
        const QStringList parts = value.split(u'/');
        if (parts.size() == 1 && parts.first().trimmed() == u"0") {
            options->burstLimit = 0;
        } else if (parts.size() != 2 || !parseInt(parts.at(0), 0, &options->burstLimit)
                   || !parseInt(parts.at(1), 1, &options->burstSeconds)) {
            return bad(QStringLiteral("burst-limit"), value);
        }
    }
    if (parser.isSet(QStringLiteral("hourly-limit"))
        && !parseInt(parser.value(QStringLiteral("hourly-limit")), 0, &options->hourlyLimit)) {
        return bad(QStringLiteral("hourly-limit"), parser.value(QStringLiteral("hourly-limit")));
    }
    if (parser.isSet(QStringLiteral("pagination"))) {
        const QString value = parser.value(QStringLiteral("pagination"));
        if (value == u"pages")
            options->pagination = SandboxOptions::Pagination::Pages;
        else if (value == u"cursor")
            options->pagination = SandboxOptions::Pagination::Cursor;
        else
            return bad(QStringLiteral("pagination"), value);
    }
    if (parser.isSet(QStringLiteral("create-status"))) {
        const QString value = parser.value(QStringLiteral("create-status"));
        if (value != u"200" && value != u"201")
            return bad(QStringLiteral("create-status"), value);
        options->createStatus = value.toInt();
    }
    if (parser.isSet(QStringLiteral("simulate-events"))) {
        bool ok = false;
        const QString value = parser.value(QStringLiteral("simulate-events"));
        options->simulateEventsPerMinute = value.toDouble(&ok);
        if (!ok || options->simulateEventsPerMinute < 0)
            return bad(QStringLiteral("simulate-events"), value);
    }
    if (parser.isSet(QStringLiteral("idle-timeout-ms"))
        && !parseInt(parser.value(QStringLiteral("idle-timeout-ms")), 1, &options->idleTimeoutMs)) {
        return bad(QStringLiteral("idle-timeout-ms"),
                   parser.value(QStringLiteral("idle-timeout-ms")));
    }
    if (parser.isSet(QStringLiteral("receiver-url"))) {
        const QString value = parser.value(QStringLiteral("receiver-url"));
        options->receiverUrl = QUrl(value, QUrl::StrictMode);
        if (!options->receiverUrl.isValid() || options->receiverUrl.isRelative())
            return bad(QStringLiteral("receiver-url"), value);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Quiet by default; QT_LOGGING_RULES=hookbench.sandbox.debug=true shows each delivery.
    QLoggingCategory::setFilterRules(QStringLiteral("hookbench.*.debug=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("Hookbench"));
    QCoreApplication::setApplicationName(QStringLiteral("hookbench-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HB_VERSION_STRING));

    const SandboxOptions defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("A local stand-in for the 4me Webhooks API, served at http://127.0.0.1:PORT/v1.\n"
               "The first line on standard output is \"listening on http://127.0.0.1:PORT/v1\".\n"
               "Stops cleanly (data saved) on SIGINT or SIGTERM.\n\n"
               "Outside /v1 (no token needed):\n"
               "  GET|POST /webhooks/ID/verify?code=...  the callback of a webhook.verify message\n"
               "  GET  /_sandbox/webhooks/ID          {\"verified\", \"consecutive_failures\"}\n"
               "  POST /_sandbox/webhooks/ID/events   send an event message (retried on failure)\n"
               "  GET  /_sandbox/outbox               the exception mails sent\n"
               "The /_sandbox endpoints read the account header like /v1 (default: the first "
               "account)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
            {QStringLiteral("port"), tr("Port to listen on, 0 for any free port (default 0)."),
             tr("P")},
            {QStringLiteral("data"),
             tr("JSON file that stores the webhooks, written atomically after every change "
                "(default: sandbox.json in the user's data directory). A corrupt file stops "
                "the sandbox and is never overwritten."),
             tr("FILE")},
            {QStringLiteral("seed"),
             tr("When the store is empty, create N realistic webhooks (default 0)."), tr("N")},
            {QStringLiteral("account"),
             tr("An account the sandbox serves, named by the X-Xurrent-Account, X-4me-Account "
                "or X-ITRP-Account header; repeat it for several accounts, each with its own "
                "webhooks and ids. The first is the default of the /_sandbox endpoints and "
                "the one --seed fills (default %1).")
                     .arg(defaults.account),
             tr("ID")},
            {QStringLiteral("seed-variant"),
             tr("When the account ACCOUNT (one of --account) is empty, fill it with a variant "
                "of the first N webhooks that --seed creates: the same names and events, some "
                "left out, some enabled or disabled the other way round, some with a URI on a "
                "\"qa.\" host, and three webhooks of its own. For trying out comparisons of "
                "two accounts."),
             tr("ACCOUNT=N")},
            {QStringLiteral("token"),
             tr("Bearer token of the administrator (default %1; the environment variable "
                "HOOKBENCH_SANDBOX_TOKEN also sets it).")
                     .arg(defaults.token),
             tr("T")},
            {QStringLiteral("non-admin-token"),
             tr("Token of a valid user without the administrator role: 403 on every webhooks "
                "endpoint."),
             tr("T")},
            {QStringLiteral("latency-ms"),
             tr("Delay added to every response, without blocking other requests (default 0)."),
             tr("MS")},
            {QStringLiteral("latency-jitter-ms"),
             tr("A random extra delay of 0 to MS milliseconds per response (default 0)."),
             tr("MS")},
            {QStringLiteral("burst-limit"),
             tr("At most N requests per token in any S seconds (sliding window); 0 switches "
                "it off (default %1/%2).")
                     .arg(defaults.burstLimit)
                     .arg(defaults.burstSeconds),
             tr("N/S")},
            {QStringLiteral("hourly-limit"),
             tr("At most N requests per token per hour (fixed window from the first request); "
                "0 switches it off (default %1).")
                     .arg(defaults.hourlyLimit),
             tr("N")},
            {QStringLiteral("pagination"),
             tr("Pagination style: cursor (search_after, rel=first from page 2 on, no "
                "rel=last, X-Pagination-Start-Cursor/End-Cursor) or pages (page=N, rel=last) "
                "(default cursor)."),
             tr("pages|cursor")},
            {QStringLiteral("create-status"),
             tr("Status of a successful create: 201 with Location, or 200 (default 201)."),
             tr("201|200")},
            {QStringLiteral("simulate-events"),
             tr("Send this many random webhook messages per minute to enabled webhooks whose "
                "URI is on this machine (default 0)."),
             tr("PER_MINUTE")},
            {QStringLiteral("idle-timeout-ms"),
             tr("Close connections that complete no request within this time (default %1).")
                     .arg(defaults.idleTimeoutMs),
             tr("MS")},
            {QStringLiteral("receiver-url"),
             tr("With --seed: point some seeded webhooks at this receiver (plus a path)."),
             tr("URL")},
            {QStringLiteral("brand"),
             tr("Whose messages to imitate: 4me (User-Agent 4me/1.0, X-4me-Delivery, "
                "https://ACCOUNT.4me.com) or xurrent (xurrent/1.0, X-Xurrent-Delivery, "
                "https://ACCOUNT.xurrent.com) (default 4me)."),
             tr("4me|xurrent")},
            {QStringLiteral("no-verification"),
             tr("Do not ask new webhooks or changed URIs to be verified: every webhook receives "
                "event messages at once (benchmarks). By default a created webhook gets a "
                "webhook.verify message whose payload.callback must be called (GET or POST) "
                "within 24 hours; until then it receives no event messages (test messages "
                "still go out).")},
            {QStringLiteral("time-scale"),
             tr("Run sandbox time N times faster for the retry intervals of failed messages, "
                "the limit of one exception mail per 20 minutes and the week after which a "
                "failing webhook is disabled; not for the 10 s answer deadline (default 1)."),
             tr("N")},
    });
    parser.process(app);

    SandboxOptions options;
    QString error;
    if (!readOptions(parser, &options, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 2;
    }

    SandboxServer server(options);
    if (!server.start(&error)) {
        QTextStream(stderr) << "hookbench-sandbox: " << error << Qt::endl;
        return 1;
    }
    TerminationSignalWatcher watcher;
    QObject::connect(&watcher, &TerminationSignalWatcher::terminationRequested, &app,
                     [](int) { QCoreApplication::quit(); });

    {
        QTextStream out(stdout);
        out << "listening on " << server.baseUrl().toString() << Qt::endl; // endl flushes
    }
    std::fflush(stdout);
    QTextStream(stderr) << tr("Data file: %1").arg(QDir::toNativeSeparators(options.dataFile))
                        << Qt::endl;

    const int status = app.exec();
    server.stop();
    return status;
}
