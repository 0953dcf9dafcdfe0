#include "app/cli/HistoryCommands.h"

#include "app/cli/CliRunner.h"
#include "app/cli/TableFormatter.h"
#include "app/cli/WebhookText.h"
#include "models/JsonKeys.h"
#include "models/history/HistoryStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace {

const QString RetentionKey = QStringLiteral("history/retentionDays");

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject snapshotJson(const HistorySnapshot &snapshot)
{
    return QJsonObject{{JsonKeys::Id, snapshot.id},
                       {HistoryJsonKeys::TakenAt, timeText(snapshot.takenAt)},
                       {HistoryJsonKeys::Total, snapshot.total},
                       {HistoryJsonKeys::Created, snapshot.created},
                       {HistoryJsonKeys::Changed, snapshot.changed},
                       {HistoryJsonKeys::Removed, snapshot.removed}};
}

std::optional<qint64> snapshotId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

QDateTime parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time; // no zone designator: local time
}

} // namespace

HistoryCommands::HistoryCommands(const CliCommand &command, const HistoryProfile &profile,
                                 OutputWriter writeOut, ErrorWriter writeError,
                                 const CliContext &context)
    : m_command(command),
      m_profile(profile),
      m_writeOut(std::move(writeOut)),
      m_writeError(std::move(writeError)),
      m_context(context)
{ }

HistoryCommands::~HistoryCommands()
{
    delete m_store;
}

bool HistoryCommands::isSnapshotReference(const QString &text)
{
    return snapshotId(text) || parseTime(text).isValid();
}

QString HistoryCommands::helpText(CliCommand::Name command)
{
    const QString where = tr("Every complete listing of the whole account ('list' and 'export' "
                             "without --state, and 'changes') is recorded in a local history, "
                             "unless --no-history is given: %1.")
                                  .arg(HistoryStore::defaultFilePath());
    if (command == CliCommand::Name::History)
        return where;
    return where + u'\n'
            + tr("A time without zone is local time. Without --until the account is listed "
                 "now (and recorded). A changed webhook "
                 "is shown field by field, old -> new; a webhook re-created with a new id is "
                 "removed and created. Exit status: 0 nothing changed, 3 something did, 1 error, "
                 "2 usage error.");
}

int HistoryCommands::retentionDays(const CliContext &context)
{
    const std::unique_ptr<QSettings> settings = context.openSettings();
    bool ok = false;
    const int days = settings->value(RetentionKey, HistoryStore::DefaultRetentionDays).toInt(&ok);
    return ok && days > 0 ? days : HistoryStore::DefaultRetentionDays;
}

bool HistoryCommands::openStore(bool needWrite)
{
    if (!m_store) {
        m_store = new HistoryStore;
        m_store->setRetentionDays(retentionDays(m_context));
        if (!m_store->open()) {
            m_writeError(tr("the history is not available: %1").arg(m_store->errorString()));
            return false;
        }
        if (!m_store->notice().isEmpty())
            m_writeError(m_store->notice());
    }
    if (needWrite && !m_store->isWritable())
        return false;
    return true;
}

void HistoryCommands::recordListing(const WebhookList &rows)
{
    if (m_command.noHistory)
        return;
    if (!openStore(true))
        return;
    if (!m_store->record(m_profile, rows, HistoryStore::Listing::Complete))
        m_writeError(
                tr("the listing was not recorded in the history: %1").arg(m_store->errorString()));
}

int HistoryCommands::runHistory()
{
    if (!openStore(false))
        return CliRunner::ExitFailure;
    const HistorySnapshotList snapshots = m_store->snapshots(m_profile);
    if (m_command.format == CliCommand::Format::Json) {
        QJsonArray array;
        for (const HistorySnapshot &snapshot : snapshots)
            array.append(snapshotJson(snapshot));
        m_writeOut(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CliRunner::ExitSuccess;
    }
    if (snapshots.isEmpty()) {
        m_writeOut(tr("No snapshots of %1 yet: 'list' records one.\n")
                           .arg(m_profile.displayName())
                           .toUtf8());
        return CliRunner::ExitSuccess;
    }
    TableFormatter table({{tr("ID"), false},
                          {tr("TAKEN (UTC)"), false},
                          {tr("WEBHOOKS"), false},
                          {tr("CREATED"), false},
                          {tr("CHANGED"), false},
                          {tr("REMOVED"), false}});
    for (const HistorySnapshot &snapshot : snapshots) {
        table.addRow({QString::number(snapshot.id), timeText(snapshot.takenAt),
                      QString::number(snapshot.total), QStringLiteral("+%1").arg(snapshot.created),
                      QStringLiteral("~%1").arg(snapshot.changed),
                      QStringLiteral("-%1").arg(snapshot.removed)});
    }
    m_writeOut(table.render(m_context.tableWidth()).toUtf8());
    return CliRunner::ExitSuccess;
}

std::optional<HistorySnapshot> HistoryCommands::resolve(const QString &reference)
{
    if (const std::optional<qint64> id = snapshotId(reference)) {
        const std::optional<HistorySnapshot> snapshot = m_store->snapshot(m_profile, *id);
        if (!snapshot) {
            m_writeError(tr("the history of %1 has no snapshot %2; '%3 history' lists them.")
                                 .arg(m_profile.displayName())
                                 .arg(*id)
                                 .arg(CliCommandLine::programName()));
        }
        return snapshot;
    }
    const QDateTime time = parseTime(reference);
    const std::optional<HistorySnapshot> snapshot = m_store->snapshotAt(m_profile, time);
    if (!snapshot) {
        const std::optional<HistorySnapshot> first = [this]() -> std::optional<HistorySnapshot> {
            const HistorySnapshotList all = m_store->snapshots(m_profile);
            return all.isEmpty() ? std::nullopt : std::optional(all.constFirst());
        }();
        m_writeError(first ? tr("the history of %1 has no snapshot taken at or before %2; the "
                                "first was taken at %3.")
                                     .arg(m_profile.displayName(), timeText(time),
                                          timeText(first->takenAt))
                           : tr("the history of %1 has no snapshots yet: 'list' records one.")
                                     .arg(m_profile.displayName()));
    }
    return snapshot;
}

int HistoryCommands::runChanges(const WebhookList *live)
{
    if (!openStore(false))
        return CliRunner::ExitFailure;
    const std::optional<HistorySnapshot> from = resolve(m_command.since);
    if (!from)
        return CliRunner::ExitFailure;
    std::optional<HistorySnapshot> to;
    HistoryDiff diff;
    if (live) {
        const std::optional<HistoryDiff::State> before = m_store->stateAt(m_profile, from->id);
        if (!before) {
            m_writeError(m_store->errorString());
            return CliRunner::ExitFailure;
        }
        diff = HistoryDiff::compute(*before, HistoryDiff::stateOf(*live));
        if (!m_command.noHistory && m_store->isWritable()
            && !m_store->record(m_profile, *live, HistoryStore::Listing::Complete)) {
            m_writeError(tr("the listing was not recorded in the history: %1")
                                 .arg(m_store->errorString()));
        }
    } else {
        to = resolve(m_command.until);
        if (!to)
            return CliRunner::ExitFailure;
        const std::optional<HistoryDiff> stored = m_store->diff(m_profile, from->id, to->id);
        if (!stored) {
            m_writeError(m_store->errorString());
            return CliRunner::ExitFailure;
        }
        diff = *stored;
    }
    printChanges(*from, to, diff);
    return diff.isEmpty() ? CliRunner::ExitSuccess : ExitChanged;
}

QString HistoryCommands::valueText(const QString &field, const QJsonValue &value) const
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return tr("(not set)");
    case QJsonValue::String: {
        // A URI may carry a secret in its userinfo or query: shown redacted, as in 'list'.
        // Times in UTC, as everywhere in text output.
        QString text = value.toString();
        if (field == JsonKeys::Uri)
            text = Webhook::redactUri(text);
        else if (field == JsonKeys::CreatedAt || field == JsonKeys::UpdatedAt)
            text = WebhookText::timeText(text);
        return QString::fromUtf8(
                QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toInteger(qint64(value.toDouble())));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

void HistoryCommands::printChanges(const HistorySnapshot &from,
                                   const std::optional<HistorySnapshot> &to,
                                   const HistoryDiff &diff)
{
    if (m_command.format == CliCommand::Format::Json) {
        QJsonObject object = diff.toJson();
        object.insert(HistoryJsonKeys::From, snapshotJson(from));
        object.insert(HistoryJsonKeys::To,
                      to ? QJsonValue(snapshotJson(*to)) : QJsonValue(HistoryJsonKeys::Live));
        m_writeOut(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return;
    }
    const QString toText
            = to ? tr("snapshot %1 (%2)").arg(to->id).arg(timeText(to->takenAt)) : tr("now");
    QString text = tr("%1: from snapshot %2 (%3) to %4: %5 created, %6 changed, %7 removed.\n")
                           .arg(m_profile.displayName())
                           .arg(from.id)
                           .arg(timeText(from.takenAt), toText)
                           .arg(diff.created().size())
                           .arg(diff.changed().size())
                           .arg(diff.removed().size());
    const auto describe = [](const QJsonObject &object) {
        Webhook webhook;
        if (!Webhook::fromJson(object, &webhook))
            return QString();
        return QStringLiteral("%1  %2  %3  %4")
                .arg(webhook.id)
                .arg(TableFormatter::singleLine(webhook.displayName()), webhook.event,
                     webhook.redactedUri());
    };
    for (const QJsonObject &webhook : diff.created())
        text += QStringLiteral("+ ") + describe(webhook) + u'\n';
    for (const HistoryDiff::WebhookChange &change : diff.changed()) {
        text += QStringLiteral("~ ") + describe(change.after) + u'\n';
        for (const HistoryDiff::FieldChange &field : change.fields) {
            QString before = valueText(field.field, field.before);
            QString after = valueText(field.field, field.after);
            if (before == after)
                after += u' ' + tr("(a hidden part changed)");
            text += QStringLiteral("    %1: %2 -> %3\n").arg(field.field, before, after);
        }
    }
    for (const QJsonObject &webhook : diff.removed())
        text += QStringLiteral("- ") + describe(webhook) + u'\n';
    m_writeOut(text.toUtf8());
}
