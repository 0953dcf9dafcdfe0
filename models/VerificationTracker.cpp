#include "models/VerificationTracker.h"

#include "common/AtomicFileWriter.h"
#include "models/Logging.h"
#include "models/Webhook.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace {
// The file: {"version": 1, "profiles": {"<profile key>": {"<id>": "<expiry, ISO 8601 UTC>"}}}
constexpr QLatin1StringView VersionKey{"version"};
constexpr QLatin1StringView ProfilesKey{"profiles"};
constexpr int FileVersion = 1;
} // namespace

VerificationTracker::VerificationTracker(const QString &fileName, QObject *parent)
    : QObject(parent), m_fileName(fileName)
{
    load();
}

QString VerificationTracker::defaultFileName()
{
    // Not AppDataLocation: hookbench and hookbench-cli have different application names
    // and share this file.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
            .filePath(QStringLiteral("Hookbench/verification.json"));
}

QString VerificationTracker::profileKey(const QUrl &serviceUrl, const QString &account)
{
    QUrl url = serviceUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                                   | QUrl::StripTrailingSlash);
    url.setHost(url.host().toLower());
    return url.toString() + u' ' + account.trimmed().toLower();
}

void VerificationTracker::setProfileKeySource(std::function<QString()> source)
{
    m_profileKeySource = std::move(source);
}

void VerificationTracker::setProfile(const QUrl &serviceUrl, const QString &account)
{
    m_profileKey = profileKey(serviceUrl, account);
}

QString VerificationTracker::currentProfileKey() const
{
    if (m_profileKeySource)
        return m_profileKeySource();
    return m_profileKey;
}

bool VerificationTracker::isAwaiting(qint64 id) const
{
    return m_marks.value(currentProfileKey()).contains(id);
}

QDateTime VerificationTracker::expiresAt(qint64 id) const
{
    return m_marks.value(currentProfileKey()).value(id);
}

bool VerificationTracker::isExpired(qint64 id, const QDateTime &now) const
{
    const QDateTime expiry = expiresAt(id);
    return expiry.isValid() && expiry <= now;
}

QList<qint64> VerificationTracker::awaitingIds() const
{
    QList<qint64> ids = m_marks.value(currentProfileKey()).keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QHash<qint64, QDateTime> &VerificationTracker::currentMarks()
{
    return m_marks[currentProfileKey()];
}

void VerificationTracker::markAwaiting(qint64 id, const QDateTime &now)
{
    if (id <= 0)
        return;
    currentMarks().insert(id, now.toUTC().addSecs(CodeValiditySeconds));
    save();
    Q_EMIT changed(id);
}

void VerificationTracker::clear(qint64 id)
{
    const QString key = currentProfileKey();
    auto profile = m_marks.find(key);
    if (profile == m_marks.end() || !profile->remove(id))
        return;
    if (profile->isEmpty())
        m_marks.erase(profile);
    save();
    Q_EMIT changed(id);
}

void VerificationTracker::noteCreated(const Webhook &created, const QList<qint64> &sameUriBefore)
{
    // "No verification is needed when another webhook of the account with exactly the same
    // uri is already verified" (reference section 4).
    for (const qint64 other : sameUriBefore) {
        if (!isAwaiting(other))
            return;
    }
    markAwaiting(created.id);
}

void VerificationTracker::noteUpdated(const Webhook &before, const Webhook &after)
{
    // A new URI needs a new proof; an update of an unverified webhook sends a fresh code
    // and invalidates the old one (reference section 4).
    if (before.uri != after.uri || isAwaiting(after.id))
        markAwaiting(after.id);
}

void VerificationTracker::load()
{
    if (m_fileName.isEmpty())
        return;
    QFile file(m_fileName);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = file.errorString();
        qCWarning(lcModel) << "cannot read" << m_fileName << ':' << m_error;
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        m_error = parseError.errorString();
        qCWarning(lcModel) << "ignoring unreadable" << m_fileName << ':' << m_error;
        return;
    }
    const QJsonObject profiles = document.object().value(ProfilesKey).toObject();
    for (auto profile = profiles.begin(); profile != profiles.end(); ++profile) {
        const QJsonObject marks = profile.value().toObject();
        QHash<qint64, QDateTime> loaded;
        for (auto mark = marks.begin(); mark != marks.end(); ++mark) {
            bool ok = false;
            const qint64 id = mark.key().toLongLong(&ok);
            const QDateTime expiry
                    = QDateTime::fromString(mark.value().toString(), Qt::ISODateWithMs);
            if (ok && id > 0 && expiry.isValid())
                loaded.insert(id, expiry.toUTC());
        }
        if (!loaded.isEmpty())
            m_marks.insert(profile.key(), loaded);
    }
}

void VerificationTracker::save()
{
    if (m_fileName.isEmpty())
        return;
    QJsonObject profiles;
    for (auto profile = m_marks.cbegin(); profile != m_marks.cend(); ++profile) {
        QJsonObject marks;
        for (auto mark = profile->cbegin(); mark != profile->cend(); ++mark)
            marks.insert(QString::number(mark.key()), mark.value().toString(Qt::ISODate));
        profiles.insert(profile.key(), marks);
    }
    const QJsonObject root{{VersionKey, FileVersion}, {ProfilesKey, profiles}};
    QString error;
    if (!AtomicFileWriter::writeFile(m_fileName, QJsonDocument(root).toJson(), &error,
                                     AtomicFileWriter::PrivatePermissions)) {
        m_error = error;
        qCWarning(lcModel) << "cannot write" << m_fileName << ':' << error;
        return;
    }
    m_error.clear();
}
