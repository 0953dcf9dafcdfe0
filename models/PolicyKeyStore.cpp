#include "models/PolicyKeyStore.h"

#include "common/AtomicFileWriter.h"
#include "models/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>

namespace {
// The file: {"version": 1, "profiles": {"<profile key>": {"<policy id>": {"name", "jwt_alg",
// "public_key_pem", "saved_at"}}}}
constexpr QLatin1StringView VersionKey{"version"};
constexpr QLatin1StringView ProfilesKey{"profiles"};
constexpr QLatin1StringView NameKey{"name"};
constexpr QLatin1StringView AlgorithmKey{"jwt_alg"};
constexpr QLatin1StringView PublicKeyKey{"public_key_pem"};
constexpr QLatin1StringView SavedAtKey{"saved_at"};
constexpr int FileVersion = 1;

std::optional<PolicyKeyStore::Key> keyFrom(const QString &id, const QJsonValue &value)
{
    bool ok = false;
    const qint64 policyId = id.toLongLong(&ok);
    if (!ok || policyId <= 0 || !value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    PolicyKeyStore::Key key;
    key.policyId = policyId;
    key.policyName = object.value(NameKey).toString();
    key.jwtAlg = object.value(AlgorithmKey).toString();
    key.publicKeyPem = object.value(PublicKeyKey).toString();
    key.savedAt = QDateTime::fromString(object.value(SavedAtKey).toString(), Qt::ISODate).toUTC();
    return key;
}
} // namespace

PolicyKeyStore::PolicyKeyStore(const QString &fileName) : m_fileName(fileName) { }

QString PolicyKeyStore::defaultFileName()
{
    // Not AppDataLocation: hookbench and hookbench-cli have different application names
    // and share this file.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
            .filePath(QStringLiteral("Hookbench/policy-keys.json"));
}

bool PolicyKeyStore::read(QJsonObject *profiles) const
{
    m_error.clear();
    QFile file(m_fileName);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        m_error = QCoreApplication::translate("PolicyKeyStore", "%1 is not readable JSON (%2)")
                          .arg(QDir::toNativeSeparators(m_fileName), parseError.errorString());
        return false;
    }
    *profiles = document.object().value(ProfilesKey).toObject();
    return true;
}

bool PolicyKeyStore::write(const QJsonObject &profiles)
{
    const QJsonObject root{{VersionKey, FileVersion}, {ProfilesKey, profiles}};
    QString error;
    if (!AtomicFileWriter::writeFile(m_fileName, QJsonDocument(root).toJson(), &error)) {
        m_error = error;
        qCWarning(lcModel) << "cannot write" << m_fileName << ':' << error;
        return false;
    }
    m_error.clear();
    return true;
}

bool PolicyKeyStore::store(const QString &profileKey, const Key &key)
{
    Q_ASSERT(key.policyId > 0);
    QJsonObject profiles;
    if (!read(&profiles))
        return false;
    QJsonObject keys = profiles.value(profileKey).toObject();
    const QDateTime savedAt = key.savedAt.isValid() ? key.savedAt : QDateTime::currentDateTimeUtc();
    keys.insert(QString::number(key.policyId),
                QJsonObject{{NameKey, key.policyName},
                            {AlgorithmKey, key.jwtAlg},
                            {PublicKeyKey, key.publicKeyPem},
                            {SavedAtKey, savedAt.toUTC().toString(Qt::ISODate)}});
    profiles.insert(profileKey, keys);
    return write(profiles);
}

bool PolicyKeyStore::remove(const QString &profileKey, qint64 policyId)
{
    QJsonObject profiles;
    if (!read(&profiles))
        return false;
    QJsonObject keys = profiles.value(profileKey).toObject();
    const QString id = QString::number(policyId);
    if (!keys.contains(id))
        return true;
    keys.remove(id);
    if (keys.isEmpty())
        profiles.remove(profileKey);
    else
        profiles.insert(profileKey, keys);
    return write(profiles);
}

std::optional<PolicyKeyStore::Key> PolicyKeyStore::find(const QString &profileKey,
                                                        qint64 policyId) const
{
    QJsonObject profiles;
    if (!read(&profiles))
        return std::nullopt;
    const QString id = QString::number(policyId);
    return keyFrom(id, profiles.value(profileKey).toObject().value(id));
}

std::optional<PolicyKeyStore::Key> PolicyKeyStore::findByName(const QString &profileKey,
                                                              const QString &policyName) const
{
    if (policyName.isEmpty())
        return std::nullopt;
    const QList<Key> all = keys(profileKey);
    const auto it = std::find_if(all.cbegin(), all.cend(),
                                 [&](const Key &key) { return key.policyName == policyName; });
    return it == all.cend() ? std::nullopt : std::optional<Key>(*it);
}

QList<PolicyKeyStore::Key> PolicyKeyStore::keys(const QString &profileKey) const
{
    QList<Key> result;
    QJsonObject profiles;
    if (!read(&profiles))
        return result;
    const QJsonObject keys = profiles.value(profileKey).toObject();
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        if (const std::optional<Key> key = keyFrom(it.key(), it.value()))
            result.append(*key);
    }
    std::sort(result.begin(), result.end(),
              [](const Key &a, const Key &b) { return a.policyId < b.policyId; });
    return result;
}
