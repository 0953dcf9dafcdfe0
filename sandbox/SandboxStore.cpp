#include "sandbox/SandboxStore.h"

#include "models/Logging.h"
#include "sandbox/SandboxSeeder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {
constexpr QLatin1StringView KeyFormat{"format"};
constexpr QLatin1StringView KeyNextId{"next_id"};
constexpr QLatin1StringView KeyWebhooks{"webhooks"};
constexpr QLatin1StringView FormatName{"hookbench-sandbox/1"};
} // namespace

SandboxStore::SandboxStore(const QString &filePath, QObject *parent)
    : QObject(parent), m_filePath(filePath)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(50);
    connect(&m_saveTimer, &QTimer::timeout, this, &SandboxStore::startBackgroundSave);
    connect(&m_backgroundSave, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_backgroundSave.result();
        if (!error.isEmpty())
            Q_EMIT saveFailed(error);
        if (m_dirty && !m_saveTimer.isActive())
            m_saveTimer.start();
    });
}

SandboxStore::~SandboxStore()
{
    QString error;
    if (!flush(&error))
        qCWarning(lcSandbox).noquote() << error;
}

bool SandboxStore::load(QString *error)
{
    waitForBackgroundSave();
    m_saveTimer.stop();
    m_webhooks.clear();
    m_nextId = 1;
    m_readOnly = false;
    m_dirty = false;
    if (m_filePath.isEmpty())
        return true;
    QFile file(m_filePath);
    if (!file.exists())
        return true;
    auto fail = [this, error](const QString &reason) {
        m_webhooks.clear();
        m_nextId = 1;
        m_readOnly = true;
        if (error) {
            *error = tr("The data file %1 cannot be used: %2. Fix or move the file; the "
                        "sandbox does not overwrite it.")
                             .arg(QDir::toNativeSeparators(m_filePath), reason);
        }
        return false;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(tr("invalid JSON at offset %1 (%2)")
                            .arg(parseError.offset)
                            .arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(KeyFormat).toString() != FormatName
        || !root.value(KeyWebhooks).isArray()) {
        return fail(tr("it is not a hookbench-sandbox store"));
    }
    const QJsonArray array = root.value(KeyWebhooks).toArray();
    WebhookList loaded;
    loaded.reserve(array.size());
    for (const QJsonValue &value : array) {
        Webhook webhook;
        QString recordError;
        if (!Webhook::fromJson(value.toObject(), &webhook, &recordError))
            return fail(recordError);
        loaded.append(std::move(webhook));
    }
    std::sort(loaded.begin(), loaded.end(),
              [](const Webhook &a, const Webhook &b) { return a.id < b.id; });
    for (qsizetype i = 1; i < loaded.size(); ++i) {
        if (loaded.at(i).id == loaded.at(i - 1).id)
            return fail(tr("the id %1 occurs twice").arg(loaded.at(i).id));
    }
    m_webhooks = std::move(loaded);
    const qint64 lastId = m_webhooks.isEmpty() ? 0 : m_webhooks.constLast().id;
    m_nextId = qMax(lastId + 1, root.value(KeyNextId).toInteger(1));
    return true;
}

QString SandboxStore::writeSnapshot(const QString &filePath, const WebhookList &webhooks,
                                    qint64 nextId)
{
    QJsonArray array;
    for (const Webhook &webhook : webhooks)
        array.append(webhook.toJson());
    const QJsonObject root{{KeyFormat, FormatName}, {KeyNextId, nextId}, {KeyWebhooks, array}};
    const QFileInfo info(filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        return QCoreApplication::translate("SandboxStore", "Cannot create the folder %1.")
                .arg(QDir::toNativeSeparators(info.absolutePath()));
    }
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        return QCoreApplication::translate("SandboxStore", "Cannot write the data file %1: %2")
                .arg(QDir::toNativeSeparators(filePath), file.errorString());
    }
    return {};
}

bool SandboxStore::hasPendingSave() const
{
    return m_dirty || m_backgroundSave.isRunning();
}

void SandboxStore::startBackgroundSave()
{
    if (m_backgroundSave.isRunning())
        return; // the finished handler starts the timer again
    if (!m_dirty || m_filePath.isEmpty() || m_readOnly)
        return;
    m_dirty = false;
    // The list is implicitly shared: the worker reads this snapshot while the store changes.
    m_backgroundSave.setFuture(
            QtConcurrent::run(&SandboxStore::writeSnapshot, m_filePath, m_webhooks, m_nextId));
}

void SandboxStore::waitForBackgroundSave()
{
    // Its result is reported by the watcher's finished handler.
    if (m_backgroundSave.isRunning())
        m_backgroundSave.waitForFinished();
}

bool SandboxStore::save(QString *error)
{
    m_saveTimer.stop();
    // A background save must not land after this one with older data.
    waitForBackgroundSave();
    if (m_filePath.isEmpty())
        return true;
    if (m_readOnly) {
        if (error)
            *error = tr("The data file %1 was not loaded, so it is not written.")
                             .arg(QDir::toNativeSeparators(m_filePath));
        return false;
    }
    m_dirty = false;
    const QString failure = writeSnapshot(m_filePath, m_webhooks, m_nextId);
    if (!failure.isEmpty()) {
        m_dirty = true;
        if (error)
            *error = failure;
        return false;
    }
    return true;
}

bool SandboxStore::flush(QString *error)
{
    m_saveTimer.stop();
    waitForBackgroundSave();
    if (!m_dirty)
        return true;
    return save(error);
}

void SandboxStore::scheduleSave()
{
    if (m_filePath.isEmpty() || m_readOnly)
        return;
    m_dirty = true;
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

int SandboxStore::seed(int count, const QUrl &receiverUrl)
{
    if (count <= 0 || !m_webhooks.isEmpty())
        return 0;
    WebhookList generated = SandboxSeeder::generate(count, m_nextId, receiverUrl);
    m_webhooks.reserve(generated.size());
    for (Webhook &webhook : generated) {
        webhook.nodeId = nodeIdFor(webhook.id);
        m_nextId = qMax(m_nextId, webhook.id + 1);
        m_webhooks.append(std::move(webhook));
    }
    scheduleSave();
    Q_EMIT changed();
    return int(generated.size());
}

qsizetype SandboxStore::lowerBound(qint64 id) const
{
    const auto it = std::lower_bound(
            m_webhooks.cbegin(), m_webhooks.cend(), id,
            [](const Webhook &webhook, qint64 value) { return webhook.id < value; });
    return it - m_webhooks.cbegin();
}

const Webhook *SandboxStore::find(qint64 id) const
{
    const qsizetype index = lowerBound(id);
    if (index < m_webhooks.size() && m_webhooks.at(index).id == id)
        return &m_webhooks.at(index);
    return nullptr;
}

Webhook SandboxStore::add(Webhook webhook)
{
    webhook.id = m_nextId++;
    webhook.nodeId = nodeIdFor(webhook.id);
    const QString now = currentTimestamp();
    if (webhook.createdAt.isEmpty())
        webhook.createdAt = now;
    if (webhook.updatedAt.isEmpty())
        webhook.updatedAt = webhook.createdAt;
    m_webhooks.append(webhook);
    scheduleSave();
    Q_EMIT changed();
    return webhook;
}

bool SandboxStore::update(const Webhook &webhook, bool touch)
{
    const qsizetype index = lowerBound(webhook.id);
    if (index >= m_webhooks.size() || m_webhooks.at(index).id != webhook.id)
        return false;
    Webhook &stored = m_webhooks[index];
    stored = webhook;
    if (touch)
        stored.updatedAt = currentTimestamp();
    scheduleSave();
    Q_EMIT changed();
    return true;
}

bool SandboxStore::setLastError(qint64 id, const QString &lastError)
{
    const qsizetype index = lowerBound(id);
    if (index >= m_webhooks.size() || m_webhooks.at(index).id != id)
        return false;
    if (m_webhooks.at(index).lastError != lastError) {
        m_webhooks[index].lastError = lastError;
        scheduleSave();
        Q_EMIT changed();
    }
    return true;
}

bool SandboxStore::remove(qint64 id)
{
    const qsizetype index = lowerBound(id);
    if (index >= m_webhooks.size() || m_webhooks.at(index).id != id)
        return false;
    m_webhooks.removeAt(index);
    scheduleSave();
    Q_EMIT changed();
    return true;
}

void SandboxStore::clear()
{
    m_webhooks.clear();
    scheduleSave();
    Q_EMIT changed();
}

QString SandboxStore::nodeIdFor(qint64 id)
{
    // Opaque like the service's ids: base64 of a global id.
    return QString::fromLatin1(
            QByteArray("gid://sandbox/Webhook/" + QByteArray::number(id))
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString SandboxStore::currentTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}
