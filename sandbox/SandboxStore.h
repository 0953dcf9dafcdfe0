#pragma once

#include "sandbox/SandboxWebhook.h"

#include <QFutureWatcher>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

// The sandbox's data: one section per account, each with its webhooks (ascending id), its
// own next id and its webhook policies, optionally persisted to a JSON file of the sandbox's
// own format ("hookbench-sandbox/2"; a "hookbench-sandbox/1" file is read into the first
// account).
//
// Every change schedules a save a few milliseconds later, so that a burst of changes is
// written once. The save serializes a snapshot on a worker thread through AtomicFileWriter:
// the file is replaced whole or not at all (a full disk leaves the previous file intact and
// reports the system's reason through saveFailed()). flush() and the destructor wait for it
// and write any change still pending. A store whose file could not be read (corrupt,
// unreadable) never writes to that file. Sections of accounts the sandbox does not serve are
// kept as they were. Not thread-safe: use it from the thread that owns it.
//
// Every function that takes an `account` uses the first account when it is empty; an
// unknown account has no webhooks and changes nothing.
class SandboxStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxStore)

public:
    // `accounts` empty: one account, "wdc". `filePath` empty: in memory only.
    explicit SandboxStore(const QStringList &accounts, const QString &filePath = {},
                          QObject *parent = nullptr);
    explicit SandboxStore(const QString &filePath = {}, QObject *parent = nullptr);
    ~SandboxStore() override;

    QString filePath() const { return m_filePath; }
    QStringList accounts() const { return m_accounts; }
    QString defaultAccount() const { return m_accounts.constFirst(); }
    bool hasAccount(const QString &account) const { return m_accounts.contains(account); }

    // Reads the file. A missing file is an empty store. Returns false and sets *error when
    // the file exists but is no sandbox store; the store then stays empty and read-only.
    bool load(QString *error = nullptr);
    // Writes the file now (atomically), after any save in progress. True without a file.
    bool save(QString *error = nullptr);
    // Writes a pending change now; true when nothing is pending.
    bool flush(QString *error = nullptr);
    // A change not yet on disk, or a save in progress.
    bool hasPendingSave() const;
    // Delay between a change and its save, in milliseconds (default 50).
    void setSaveDelay(int milliseconds) { m_saveTimer.setInterval(milliseconds); }

    // When the account has no webhooks, creates `count` realistic webhooks (see
    // SandboxSeeder), verified, and the policies they link. Returns the number created.
    int seed(int count, const QUrl &receiverUrl = {}, const QString &account = {});
    // Like seed(), with SandboxSeeder::variant(): a second account that differs a little.
    int seedVariant(int count, const QUrl &receiverUrl = {}, const QString &account = {});

    const SandboxWebhookList &webhooks(const QString &account = {}) const;
    qsizetype count(const QString &account = {}) const { return webhooks(account).size(); }
    qint64 nextId(const QString &account = {}) const;

    // The webhook with this id, or nullptr. The pointer is valid until the next change.
    const SandboxWebhook *find(qint64 id, const QString &account = {}) const;
    // Index in webhooks() of the first webhook whose id is >= id.
    qsizetype lowerBound(qint64 id, const QString &account = {}) const;

    // Assigns id, nodeID and timestamps (created_at and updated_at now, unless set) and
    // appends the webhook. Returns the stored record.
    SandboxWebhook add(SandboxWebhook webhook, const QString &account = {});
    // Replaces the webhook with the same id; sets updated_at when `touch`. False for an
    // unknown id.
    bool update(const SandboxWebhook &webhook, bool touch = true, const QString &account = {});
    // Sets or clears last_error without touching updated_at. False for an unknown id.
    bool setLastError(qint64 id, const QString &lastError, const QString &account = {});
    bool remove(qint64 id, const QString &account = {});
    void clear(const QString &account = {});

    // The account's webhook policies: JSON objects with at least "id" and "name" (the
    // policies API decides the rest). A webhook may link only a policy listed here.
    QJsonArray policies(const QString &account = {}) const;
    // `nextId` (when above the ids in use) is the id the account's next policy gets.
    void setPolicies(const QJsonArray &policies, const QString &account = {}, qint64 nextId = 0);
    // The id the account's next policy gets: never one in use or used before.
    qint64 policyNextId(const QString &account = {}) const;
    // The policy with this id; an empty object when there is none.
    QJsonObject policy(qint64 id, const QString &account = {}) const;

    static QString nodeIdFor(qint64 id);
    static QString currentTimestamp();

Q_SIGNALS:
    void changed();
    void saveFailed(const QString &error);

private:
    struct Section
    {
        QString account;
        SandboxWebhookList webhooks; // ascending id
        qint64 nextId = 1;
        QJsonArray policies;
        qint64 policyNextId = 1;
    };

    Section *section(const QString &account);
    const Section *section(const QString &account) const;
    void resetSections();
    int addSeeded(Section *target, SandboxWebhookList generated, const QString &account);
    void scheduleSave();
    void startBackgroundSave();
    void waitForBackgroundSave();
    // Serializes and writes atomically; runs on any thread. Returns an error text or empty.
    static QString writeSnapshot(const QString &filePath, const QList<Section> &sections);

    QString m_filePath;
    QStringList m_accounts;
    QList<Section> m_sections; // the served accounts first, in m_accounts order
    bool m_readOnly = false;
    bool m_dirty = false; // changed since the last snapshot was taken
    QTimer m_saveTimer;
    QFutureWatcher<QString> m_backgroundSave;
};
