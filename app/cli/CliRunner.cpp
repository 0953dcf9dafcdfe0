#include "app/cli/CliRunner.h"

#include "app/cli/HistoryCommands.h"
#include "app/cli/PlanCommand.h"
#include "app/cli/PolicyCommands.h"
#include "app/cli/Terminal.h"
#include "app/cli/WebhookText.h"
#include "common/AtomicFileWriter.h"
#include "models/CsvWriter.h"
#include "models/EventCatalog.h"
#include "models/JsonKeys.h"
#include "models/PolicyKeyStore.h"
#include "models/ProfileStore.h"
#include "models/ServiceUrl.h"
#include "models/TokenStore.h"
#include "models/VerificationTracker.h"
#include "models/WebhookValidator.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "models/history/HistoryProfile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace {

constexpr const char *EnvironmentUrl = "HOOKBENCH_URL";
constexpr const char *EnvironmentAccount = "HOOKBENCH_ACCOUNT";
constexpr const char *EnvironmentToken = "HOOKBENCH_TOKEN";

QString optionForField(const QString &field)
{
    if (field == JsonKeys::MailExceptionsTo)
        return QStringLiteral("--mail-exceptions-to");
    if (field == JsonKeys::AppOfferingReferences)
        return QStringLiteral("--app-offering-reference");
    return QStringLiteral("--") + field;
}

} // namespace

CliRunner::CliRunner(WebhookService *service, ProfileStore *profiles, TokenStore *tokens,
                     const CliContext &context, QObject *parent)
    : QObject(parent),
      m_service(service),
      m_profiles(profiles),
      m_tokens(tokens),
      m_context(context)
{
    connect(m_service, &WebhookService::rateLimitWaiting, this, &CliRunner::announceWait);
}

CliRunner::~CliRunner() = default;

void CliRunner::start(const CliCommandLine::GlobalOptions &options, const CliCommand &command)
{
    m_command = command;
    if (command.name == CliCommand::Name::Profiles) {
        runProfiles();
        return;
    }

    // Precedence: command-line option, then environment, then the profile.
    ConnectionProfile profile;
    profile.name = CliCommandLine::programName();
    if (!options.profile.isEmpty()) {
        const std::optional<ConnectionProfile> stored
                = m_profiles ? m_profiles->profile(options.profile) : std::nullopt;
        if (!stored) {
            QStringList names;
            if (m_profiles) {
                for (const ConnectionProfile &known : m_profiles->profiles())
                    names.append(known.name);
            }
            failUsage(names.isEmpty()
                              ? tr("there is no profile named '%1'; create it in Hookbench "
                                   "first.")
                                        .arg(options.profile)
                              : tr("there is no profile named '%1' (profiles: %2).")
                                        .arg(options.profile, names.join(QStringLiteral(", "))));
            return;
        }
        profile = *stored;
    }
    const QString environmentUrl = m_context.variable(EnvironmentUrl);
    const QString environmentAccount = m_context.variable(EnvironmentAccount);
    if (!options.url.isEmpty())
        profile.serviceUrl = QUrl(options.url, QUrl::StrictMode);
    else if (!environmentUrl.isEmpty())
        profile.serviceUrl = QUrl(environmentUrl, QUrl::StrictMode);
    if (!options.account.isEmpty())
        profile.account = options.account;
    else if (!environmentAccount.isEmpty())
        profile.account = environmentAccount;
    if (!options.accountHeader.isEmpty())
        profile.accountHeader = options.accountHeader;

    if (profile.serviceUrl.isEmpty() && command.name == CliCommand::Name::Events) {
        // Nothing to ask: the built-in catalogue, e.g. for shell completion.
        printEvents(EventCatalog::builtIn());
        finish(ExitSuccess);
        return;
    }
    if (profile.serviceUrl.isEmpty()) {
        failUsage(tr("no service URL: give --url, set HOOKBENCH_URL or use --profile."));
        return;
    }
    if (const QString problem = ServiceUrl::problemText(profile.serviceUrl); !problem.isEmpty()) {
        failUsage(problem);
        return;
    }
    if (profile.account.isEmpty()) {
        failUsage(tr("no account: give --account, set HOOKBENCH_ACCOUNT or use --profile."));
        return;
    }

    // Reading the local history needs no token.
    if (m_command.name == CliCommand::Name::History
        || (m_command.name == CliCommand::Name::Changes && !m_command.until.isEmpty())) {
        connectAndRun(profile, QString());
        return;
    }

    const QString environmentToken = m_context.variable(EnvironmentToken);
    if (!environmentToken.isEmpty()) {
        connectAndRun(profile, environmentToken);
        return;
    }
    if (options.profile.isEmpty() || !m_tokens) {
        failUsage(tr("no API token: set the environment variable HOOKBENCH_TOKEN, or use "
                     "--profile with a token stored by Hookbench."));
        return;
    }
    m_tokens->read(profile.name, this, [this, profile](const QString &token, const QString &error) {
        if (token.isEmpty()) {
            const QString reason = error.isEmpty() ? QString() : u' ' + error;
            failUsage(tr("no API token for profile '%1' in the keychain.%2 Set "
                         "HOOKBENCH_TOKEN, or store the token in Hookbench.")
                              .arg(profile.name, reason));
            return;
        }
        connectAndRun(profile, token);
    });
}

void CliRunner::connectAndRun(const ConnectionProfile &profile, const QString &token)
{
    // A line break in a header value would end that header and start another.
    if (const QString refusal = ApiClient::headerRefusalFor(profile, token); !refusal.isEmpty()) {
        failUsage(refusal + u'.');
        return;
    }
    m_secret = token;
    m_service->client()->setProfile(profile, token);
    run();
}

void CliRunner::run()
{
    switch (m_command.name) {
    case CliCommand::Name::List:
    case CliCommand::Name::Export:
        runListing();
        return;
    case CliCommand::Name::Get:
        runGet();
        return;
    case CliCommand::Name::Create:
        runCreate();
        return;
    case CliCommand::Name::Update:
        runUpdate();
        return;
    case CliCommand::Name::Delete:
        runDelete();
        return;
    case CliCommand::Name::Test:
        runTest();
        return;
    case CliCommand::Name::Events:
        runEvents();
        return;
    case CliCommand::Name::History:
        finish(history().runHistory());
        return;
    case CliCommand::Name::Changes:
        if (m_command.until.isEmpty())
            runListing();
        else
            finish(history().runChanges(nullptr));
        return;
    case CliCommand::Name::Plan:
    case CliCommand::Name::Apply:
    case CliCommand::Name::Diff:
        runPlan();
        return;
    case CliCommand::Name::Profiles:
        runProfiles();
        return;
    case CliCommand::Name::Policies:
        runPolicies();
        return;
    }
}

HistoryCommands &CliRunner::history()
{
    if (!m_history) {
        const ConnectionProfile &profile = m_service->client()->profile();
        m_history = std::make_unique<HistoryCommands>(
                m_command, HistoryProfile::from(profile.serviceUrl, profile.account),
                [this](const QByteArray &bytes) { writeOut(bytes); },
                [this](const QString &line) { writeError(line); }, m_context);
    }
    return *m_history;
}

void CliRunner::runPlan()
{
    auto *command = new PlanCommand(m_service, m_profiles, m_tokens, m_context, this);
    connect(command, &PlanCommand::output, this, &CliRunner::writeOut);
    connect(command, &PlanCommand::message, this, &CliRunner::writeError);
    connect(command, &PlanCommand::apiFailed, this,
            [this](const ApiError &error, const QString &detail) { failApi(error, detail); });
    connect(command, &PlanCommand::usageFailed, this, &CliRunner::failUsage);
    connect(command, &PlanCommand::finished, this, &CliRunner::finish);
    command->start(m_command);
}

void CliRunner::runPolicies()
{
    auto *command
            = new PolicyCommands(m_service->client(), PolicyKeyStore::defaultFileName(), this);
    command->setTableWidth(m_context.tableWidth());
    connect(command, &PolicyCommands::output, this, &CliRunner::writeOut);
    connect(command, &PolicyCommands::message, this, &CliRunner::writeError);
    connect(command, &PolicyCommands::usageFailed, this, &CliRunner::failUsage);
    connect(command, &PolicyCommands::finished, this, &CliRunner::finish);
    command->start(m_command);
}

void CliRunner::runListing()
{
    WebhookListing *listing = m_service->list(m_command.state);
    if (m_context.stderrIsTerminal)
        connect(listing, &WebhookListing::progress, this, &CliRunner::showProgress);
    connect(listing, &WebhookListing::finished, this, [this, listing](const ApiError &error) {
        finishListing(listing->rows(), listing->received(), listing->total(), error);
    });
}

void CliRunner::finishListing(const WebhookList &rows, qint64 received, qint64 total,
                              const ApiError &error)
{
    clearProgress();
    if (error) {
        QString detail;
        // The listing's message carries the counts; say them when it has none.
        if (error.kind == ApiError::Kind::Incomplete && error.message.isEmpty()) {
            detail = total >= 0 ? tr("%1 of %2 webhooks arrived.").arg(received).arg(total)
                                : tr("%1 webhooks arrived.").arg(received);
        }
        if (m_command.name == CliCommand::Name::Export) {
            detail += (detail.isEmpty() ? QString() : QStringLiteral(" "))
                    + tr("%1 was not written.").arg(QDir::toNativeSeparators(m_command.outputFile));
        }
        failApi(error, detail);
        return;
    }
    WebhookList sorted = rows;
    std::sort(sorted.begin(), sorted.end(),
              [](const Webhook &a, const Webhook &b) { return a.id < b.id; });
    if (m_command.name == CliCommand::Name::Changes) {
        finish(history().runChanges(&sorted));
        return;
    }
    if (m_command.state == WebhookState::All) // a listing of the whole account
        history().recordListing(sorted);
    sorted = m_command.filter.apply(sorted);

    if (m_command.name == CliCommand::Name::Export) {
        finish(exportRows(sorted) ? ExitSuccess : ExitFailure);
        return;
    }
    switch (m_command.format) {
    case CliCommand::Format::Json: {
        QJsonArray array;
        for (const Webhook &webhook : std::as_const(sorted))
            array.append(webhook.toJson());
        writeOut(QJsonDocument(array).toJson(QJsonDocument::Indented));
        break;
    }
    case CliCommand::Format::Csv: {
        QString writeFailure;
        if (!CsvWriter::write(m_context.out, sorted, CsvWriter::Options{}, &writeFailure)) {
            writeError(tr("could not write the CSV: %1").arg(writeFailure));
            finish(ExitFailure);
            return;
        }
        break;
    }
    case CliCommand::Format::Table:
        writeOut(WebhookText::table(sorted, m_context.tableWidth()).toUtf8());
        break;
    }
    finish(ExitSuccess);
}

bool CliRunner::exportRows(const WebhookList &rows)
{
    const QString fileName = m_command.outputFile;
    QString error;
    bool written = false;
    if (m_command.format == CliCommand::Format::Json) {
        QJsonArray array;
        for (const Webhook &webhook : rows)
            array.append(webhook.toJson());
        written = AtomicFileWriter::writeFile(
                fileName, QJsonDocument(array).toJson(QJsonDocument::Indented), &error);
    } else {
        CsvWriter::Options options;
        options.byteOrderMark = m_command.byteOrderMark;
        options.formulaGuard = m_command.formulaGuard;
        written = CsvWriter::writeFile(fileName, rows, options, &error);
    }
    if (!written) {
        writeError(tr("could not write %1: %2").arg(QDir::toNativeSeparators(fileName), error));
        return false;
    }
    if (m_context.stderrIsTerminal) {
        writeError(tr("wrote %1 webhooks to %2.")
                           .arg(rows.size())
                           .arg(QDir::toNativeSeparators(fileName)));
    }
    return true;
}

void CliRunner::runGet()
{
    m_service->get(m_command.id, this, [this](const Webhook &webhook, const ApiError &error) {
        if (error) {
            failApi(error);
            return;
        }
        printWebhook(webhook);
        finish(ExitSuccess);
    });
}

void CliRunner::runCreate()
{
    Webhook webhook;
    webhook.event = m_command.event.value_or(QString());
    webhook.uri = m_command.uri.value_or(QString());
    webhook.name = m_command.webhookName.value_or(QString());
    webhook.description = m_command.description.value_or(QString());
    webhook.mailExceptionsTo = m_command.mailExceptionsTo.value_or(QString());
    webhook.disabled = m_command.disabled.value_or(false);
    webhook.openIdConnectDiscovery = m_command.openIdConnectDiscovery.value_or(false);
    webhook.appOfferingReferences = m_command.appOfferingReferences.value_or(QStringList());
    webhook.webhookPolicyId = m_command.webhookPolicyId.value_or(0);
    if (!checkFields(webhook, false, {}))
        return;
    m_service->create(webhook, this, [this](const Webhook &created, const ApiError &error) {
        if (error) {
            failApi(error);
            return;
        }
        printWebhook(created);
        announceVerification(created);
        finish(ExitSuccess);
    });
}

void CliRunner::runUpdate()
{
    // Check what can be checked before anything is sent; a legacy event can only be judged
    // against the webhook's current event.
    Webhook given;
    given.event = m_command.event.value_or(QString());
    given.uri = m_command.uri.value_or(QString());
    given.description = m_command.description.value_or(QString());
    given.mailExceptionsTo = m_command.mailExceptionsTo.value_or(QString());
    if (!checkFields(given, true, given.event))
        return;

    m_service->get(m_command.id, this, [this](const Webhook &before, const ApiError &error) {
        if (error) {
            failApi(error);
            return;
        }
        Webhook after = before;
        if (m_command.event)
            after.event = *m_command.event;
        if (m_command.uri)
            after.uri = *m_command.uri;
        if (m_command.webhookName)
            after.name = *m_command.webhookName;
        if (m_command.description)
            after.description = *m_command.description;
        if (m_command.mailExceptionsTo)
            after.mailExceptionsTo = *m_command.mailExceptionsTo;
        if (m_command.disabled)
            after.disabled = *m_command.disabled;
        if (m_command.openIdConnectDiscovery)
            after.openIdConnectDiscovery = *m_command.openIdConnectDiscovery;
        if (m_command.appOfferingReferences)
            after.appOfferingReferences = *m_command.appOfferingReferences;
        if (m_command.webhookPolicyId)
            after.webhookPolicyId = *m_command.webhookPolicyId;
        if (m_command.event || m_command.appOfferingReferences) {
            const QString message = WebhookValidator::checkAppOfferingReferences(
                    after.appOfferingReferences, after.event);
            if (!message.isEmpty()) {
                failUsage(QStringLiteral("--app-offering-reference: %1").arg(message));
                return;
            }
        }
        if (m_command.event) {
            const QString message = WebhookValidator::checkEvent(
                    after.event, EventCatalog::builtIn(), before.event);
            if (!message.isEmpty()) {
                failUsage(QStringLiteral("--event: %1").arg(message));
                return;
            }
        }
        m_service->update(before, after, this,
                          [this](const Webhook &updated, const ApiError &updateError) {
                              if (updateError) {
                                  failApi(updateError);
                                  return;
                              }
                              printWebhook(updated);
                              announceVerification(updated);
                              finish(ExitSuccess);
                          });
    });
}

void CliRunner::runDelete()
{
    m_service->remove(m_command.id, this, [this](const ApiError &error) {
        if (error) {
            failApi(error);
            return;
        }
        // Nothing to say: the exit status tells (the API answers 204 without a body).
        finish(ExitSuccess);
    });
}

void CliRunner::runTest()
{
    m_service->test(m_command.id, this, [this](const ApiError &error) {
        if (error) {
            failApi(error);
            return;
        }
        // Nothing to say: the service sends a test message (object_id 12345) to the URI.
        finish(ExitSuccess);
    });
}

void CliRunner::runEvents()
{
    m_service->fetchEventCatalog(this, [this](const EventCatalog &catalog, const ApiError &error) {
        if (error) {
            // A server without GET /enums still has the documented events.
            const bool noEnums = error.kind == ApiError::Kind::Http && error.httpStatus == 404;
            if (!noEnums || catalog.isEmpty()) {
                failApi(error);
                return;
            }
            writeError(tr("the server lists no events (GET /enums answered 404); these are "
                          "Hookbench's built-in events."));
        }
        printEvents(catalog);
        finish(ExitSuccess);
    });
}

void CliRunner::runProfiles()
{
    QStringList names;
    if (m_profiles) {
        for (const ConnectionProfile &profile : m_profiles->profiles())
            names.append(profile.name);
    }
    if (m_command.format == CliCommand::Format::Json) {
        writeOut(QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Indented));
    } else if (!names.isEmpty()) {
        writeOut((names.join(u'\n') + u'\n').toUtf8());
    }
    finish(ExitSuccess);
}

bool CliRunner::checkFields(const Webhook &webhook, bool onlyGiven, const QString &originalEvent)
{
    FieldErrors errors;
    if (onlyGiven) {
        const auto check = [&errors](bool given, QLatin1StringView field, const QString &message) {
            if (given && !message.isEmpty())
                errors.append(FieldError{field, message});
        };
        check(m_command.event.has_value(), JsonKeys::Event,
              WebhookValidator::checkEvent(webhook.event, EventCatalog::builtIn(), originalEvent));
        check(m_command.uri.has_value(), JsonKeys::Uri, WebhookValidator::checkUri(webhook.uri));
        check(m_command.description.has_value(), JsonKeys::Description,
              WebhookValidator::checkDescription(webhook.description));
        check(m_command.mailExceptionsTo.has_value(), JsonKeys::MailExceptionsTo,
              WebhookValidator::checkMailExceptionsTo(webhook.mailExceptionsTo));
    } else {
        errors = WebhookValidator::validate(webhook, EventCatalog::builtIn(), originalEvent);
    }
    if (errors.isEmpty())
        return true;
    QStringList parts;
    for (const FieldError &error : std::as_const(errors))
        parts.append(QStringLiteral("%1: %2").arg(optionForField(error.field), error.message));
    failUsage(parts.join(u' '));
    return false;
}

void CliRunner::setVerificationTracker(VerificationTracker *tracker)
{
    m_verification = tracker;
}

void CliRunner::announceVerification(const Webhook &webhook)
{
    if (!m_verification || !m_verification->isAwaiting(webhook.id))
        return;
    writeError(tr("webhook %1 awaits verification: the service sent a webhook.verify message "
                  "to %2, and the webhook receives no other messages until the callback in "
                  "that message is called (within 24 hours; '%3 listen --auto-verify' does it "
                  "when the URI is its receiver).")
                       .arg(webhook.id)
                       .arg(webhook.redactedUri(), CliCommandLine::programName()));
}

void CliRunner::printWebhook(const Webhook &webhook)
{
    if (m_command.format == CliCommand::Format::Json)
        writeOut(QJsonDocument(webhook.toJson()).toJson(QJsonDocument::Indented));
    else
        writeOut(WebhookText::details(webhook).toUtf8());
}

void CliRunner::printEvents(const EventCatalog &catalog)
{
    if (m_command.format == CliCommand::Format::Json)
        writeOut(WebhookText::eventJson(catalog));
    else
        writeOut(WebhookText::eventTable(catalog, m_context.tableWidth()).toUtf8());
}

void CliRunner::announceWait(int seconds)
{
    if (seconds <= 0)
        return;
    clearProgress();
    writeError(tr("rate limit reached; waiting %1 s before the next request.").arg(seconds));
}

void CliRunner::showProgress(qint64 received, qint64 total)
{
    const QString text = total >= 0 ? tr("Fetching webhooks: %1 of %2").arg(received).arg(total)
                                    : tr("Fetching webhooks: %1").arg(received);
    m_context.err->write((u'\r' + text + QStringLiteral("\x1b[K")).toUtf8());
    m_progressShown = true;
}

void CliRunner::clearProgress()
{
    if (!m_progressShown)
        return;
    m_context.err->write(QByteArrayLiteral("\r\x1b[K"));
    m_progressShown = false;
}

void CliRunner::writeOut(const QByteArray &bytes)
{
    // Tables and texts carry what the server sent; JSON arrives escaped and stays as it is.
    m_context.out->write(Terminal::printable(QString::fromUtf8(bytes)).toUtf8());
}

void CliRunner::writeError(const QString &line)
{
    const QString text = Terminal::printable(line.simplified());
    m_context.err->write(
            (CliCommandLine::programName() + QStringLiteral(": ") + masked(text) + u'\n').toUtf8());
}

void CliRunner::failApi(const ApiError &error, const QString &detail)
{
    // ApiError::userMessage() speaks to a person at a window; a few cases read better in
    // the words of a command line.
    QString line;
    const auto serverSaid = [&error] {
        return error.message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error.message);
    };
    if (error.kind == ApiError::Kind::Validation && !error.fieldErrors.isEmpty()) {
        QStringList parts;
        for (const FieldError &field : error.fieldErrors)
            parts.append(QStringLiteral("%1: %2").arg(field.field, field.message));
        line = tr("the service did not accept the webhook%1: %2")
                       .arg(serverSaid(), parts.join(QStringLiteral("; ")));
    } else if (error.kind == ApiError::Kind::Incomplete) {
        line = error.message.isEmpty() ? tr("the listing is incomplete.")
                                       : tr("the listing is incomplete: %1.").arg(error.message);
    } else if (error.isUnauthorized() || error.isForbidden()) {
        // The texts are ApiError's; the command line adds where its token comes from.
        line = tr("HTTP %1%2: %3")
                       .arg(error.httpStatus)
                       .arg(serverSaid(),
                            error.userMessage(QString(), m_service->client()->profile().account));
        if (error.isUnauthorized())
            line += u' '
                    + tr("The token comes from HOOKBENCH_TOKEN or the profile's keychain entry.");
    } else if (error.kind == ApiError::Kind::Http && error.httpStatus == 404 && m_command.id > 0) {
        // One sentence, not the server's words: whatever they were, the webhook is not there.
        writeError(m_command.name == CliCommand::Name::Delete
                           ? tr("webhook %1 does not exist (it may have been deleted already).")
                                     .arg(m_command.id)
                           : tr("webhook %1 does not exist.").arg(m_command.id));
        finish(ExitNotFound);
        return;
    } else {
        line = error.userMessage();
        if (line.isEmpty())
            line = error.message;
        else if (!error.message.isEmpty() && !line.contains(error.message))
            line += serverSaid();
    }
    if (!detail.isEmpty())
        line += u' ' + detail;
    writeError(line);
    finish(ExitFailure);
}

void CliRunner::failUsage(const QString &message)
{
    m_context.err->write(QStringLiteral("%1 %2: %3\n")
                                 .arg(CliCommandLine::programName(),
                                      CliCommandLine::commandName(m_command.name),
                                      masked(Terminal::printable(message.simplified())))
                                 .toUtf8());
    finish(ExitUsage);
}

void CliRunner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    clearProgress();
    Q_EMIT finished(exitCode);
}

QString CliRunner::masked(const QString &text) const
{
    // A last line of defence; real tokens are long, and masking a few letters would only
    // garble the message.
    if (m_secret.size() < 6)
        return text;
    QString result = text;
    result.replace(m_secret, QStringLiteral("***"));
    return result;
}
