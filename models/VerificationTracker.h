#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

struct Webhook;

// Which webhooks await the verification of their URI (reference section 4).
//
// The API has no "verified" field, so Hookbench remembers what it did itself: after it
// creates a webhook or changes a webhook's URI (and after any update of a webhook that still
// awaits verification, which makes the service send a fresh code), the webhook is marked
// until its callback is called, with the code's 24-hour expiry. Marks are kept per profile:
// the service URL and the account (profileKey()), and are persisted in one JSON file written
// through AtomicFileWriter, so the GUI and `hookbench-cli` share them.
//
// The current profile is the one the profile-key source names (see
// models/workflow/VerificationTracking.h, which follows a WebhookService), or the one given
// to setProfile() when there is no source. Times are UTC. GUI thread (or any one thread).
class VerificationTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerificationTracker)

public:
    static constexpr qint64 CodeValiditySeconds = 24 * 60 * 60;

    // `fileName` is read now and rewritten on every change; empty keeps marks in memory.
    explicit VerificationTracker(const QString &fileName, QObject *parent = nullptr);

    // <GenericDataLocation>/Hookbench/verification.json (on Linux under $XDG_DATA_HOME)
    static QString defaultFileName();
    // The service URL without userinfo, query and trailing slash, a space, the account in
    // lower case: "https://api.4me.com/v1 wdc".
    static QString profileKey(const QUrl &serviceUrl, const QString &account);

    // Where the current profile key comes from (e.g. the profile of a service's client);
    // an empty function falls back to setProfile().
    void setProfileKeySource(std::function<QString()> source);
    void setProfile(const QUrl &serviceUrl, const QString &account);
    QString currentProfileKey() const;

    bool isAwaiting(qint64 id) const;
    // When the current code of `id` stops working; invalid when `id` has no mark.
    QDateTime expiresAt(qint64 id) const;
    bool isExpired(qint64 id, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    QList<qint64> awaitingIds() const; // ascending

    void markAwaiting(qint64 id, const QDateTime &now = QDateTime::currentDateTimeUtc());
    void clear(qint64 id);
    // Applies a successful operation of the client: a new webhook, a changed URI and any
    // update of a webhook that already awaits verification mark it; a deletion clears it.
    // `sameUriBefore` are the webhooks that had exactly the new one's URI before it was
    // created: when one of them is verified (as far as Hookbench knows: it has no mark), the
    // service sends no verification and the new webhook is not marked.
    void noteCreated(const Webhook &created, const QList<qint64> &sameUriBefore = {});
    void noteUpdated(const Webhook &before, const Webhook &after);

    // The system's reason when the file could not be written or read; empty otherwise.
    QString errorString() const { return m_error; }

Q_SIGNALS:
    // A mark of the current profile was added, renewed or cleared.
    void changed(qint64 id);

private:
    void load();
    void save();
    QHash<qint64, QDateTime> &currentMarks();

    QString m_fileName;
    QString m_error;
    QString m_profileKey; // used when there is no profile-key source
    std::function<QString()> m_profileKeySource;
    QHash<QString, QHash<qint64, QDateTime>> m_marks; // profile key -> id -> expiry
};
