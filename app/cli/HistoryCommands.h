#pragma once

#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "models/Webhook.h"
#include "models/history/HistoryDiff.h"
#include "models/history/HistoryProfile.h"
#include "models/history/HistorySnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

class HistoryStore;

// The local history in hookbench-cli: recording each complete, unfiltered listing, and the
// commands `history` (the snapshots) and `changes` (created, changed, removed since a
// snapshot or time). CliRunner resolves the connection and fetches listings; this class
// reads and writes the history and prints.
//
// Output goes through the two writers given (stdout, and one line on stderr). Exit status of
// `changes`: 0 nothing changed, 3 something did, 1 history or listing error, 2 usage.
class HistoryCommands final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommands)
    Q_DISABLE_COPY_MOVE(HistoryCommands)

public:
    static constexpr int ExitChanged = 3;

    using OutputWriter = std::function<void(const QByteArray &)>;
    using ErrorWriter = std::function<void(const QString &)>;

    HistoryCommands(const CliCommand &command, const HistoryProfile &profile, OutputWriter writeOut,
                    ErrorWriter writeError, const CliContext &context);
    ~HistoryCommands();

    // A snapshot id (a positive integer) or an ISO 8601 time (a time without zone is local).
    static bool isSnapshotReference(const QString &text);
    // The lines a command's --help adds for `history` and `changes`.
    static QString helpText(CliCommand::Name command);
    // The retention of the window's setting "history/retentionDays" (default 180).
    static int retentionDays(const CliContext &context);

    // Records a complete listing of the whole account (list or export without --state).
    // A history that cannot be written says so on stderr and never fails the command.
    void recordListing(const WebhookList &rows);
    // `history`: returns the exit status.
    int runHistory();
    // `changes`: `live` is a fresh complete listing (recorded unless --no-history), or null
    // with --until. Returns the exit status.
    int runChanges(const WebhookList *live);

private:
    bool openStore(bool needWrite);
    std::optional<HistorySnapshot> resolve(const QString &reference);
    void printChanges(const HistorySnapshot &from, const std::optional<HistorySnapshot> &to,
                      const HistoryDiff &diff);
    QString valueText(const QString &field, const QJsonValue &value) const;

    CliCommand m_command;
    HistoryProfile m_profile;
    OutputWriter m_writeOut;
    ErrorWriter m_writeError;
    CliContext m_context;
    HistoryStore *m_store = nullptr; // owned
};
