#include "sandbox/SandboxStore.h"

#include "common/AtomicFileWriter.h"
#include "sandbox/SandboxFields.h"
#include "sandbox/SandboxLogging.h"
#include "sandbox/SandboxSeeder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {
constexpr QLatin1StringView KeyFormat{"format"};
constexpr QLatin1StringView KeyAccounts{"accounts"};
constexpr QLatin1StringView KeyAccount{"account"};
constexpr QLatin1StringView KeyNextId{"next_id"};
constexpr QLatin1StringView KeyWebhooks{"webhooks"};
constexpr QLatin1StringView KeyPolicies{"policies"};
constexpr QLatin1StringView KeyPolicyNextId{"policyNextId"};
constexpr QLatin1StringView FormatName{"hookbench-sandbox/2"};
constexpr QLatin1StringView LegacyFormatName{"hookbench-sandbox/1"};

const SandboxWebhookList &emptyList()
{
    static const SandboxWebhookList empty;
    return empty;
}
} // namespace

SandboxStore::SandboxStore(const QStringList &accounts, const QString &filePath, QObject *parent)
    : QObject(parent), m_filePath(filePath), m_accounts(accounts)
{
    m_accounts.removeAll(QString());
    m_accounts.removeDuplicates();
    if (m_accounts.isEmpty())
        m_accounts.append(QStringLiteral("wdc"));
    resetSections();
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(50);
    connect(&m_saveTimer, &QTimer::timeout, this, &SandboxStore::startBackgroundSave);
    connect(&m_backgroundSave, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_backgroundSave.result();
        if (!error.isEmpty()) {
            m_dirty = true; // the data is still not on disk
            Q_EMIT saveFailed(error);
            return; // retried with the next change or flush()
        }
        if (m_dirty && !m_saveTimer.isActive())
            m_saveTimer.start();
    });
}

SandboxStore::SandboxStore(const QString &filePath, QObject *parent)
    : SandboxStore(QStringList(), filePath, parent)
{ }

SandboxStore::~SandboxStore()
{
    QString error;
    if (!flush(&error))
        qCWarning(lcSandboxServer).noquote() << error;
}

void SandboxStore::resetSections()
{
    m_sections.clear();
    for (const QString &account : std::as_const(m_accounts))
        m_sections.append(Section{account, {}, 1, {}});
}

SandboxStore::Section *SandboxStore::section(const QString &account)
{
    const QString name = account.isEmpty() ? defaultAccount() : account;
    const qsizetype index = m_accounts.indexOf(name);
    return index < 0 ? nullptr : &m_sections[index];
}

const SandboxStore::Section *SandboxStore::section(const QString &account) const
{
    const QString name = account.isEmpty() ? defaultAccount() : account;
    const qsizetype index = m_accounts.indexOf(name);
    return index < 0 ? nullptr : &m_sections.at(index);
}

bool SandboxStore::load(QString *error)
{
    waitForBackgroundSave();
    m_saveTimer.stop();
    resetSections();
    m_readOnly = false;
    m_dirty = false;
    if (m_filePath.isEmpty())
        return true;
    QFile file(m_filePath);
    if (!file.exists())
        return true;
    auto fail = [this, error](const QString &reason) {
        resetSections();
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
    const QString format = root.value(KeyFormat).toString();
    QJsonArray sections;
    if (document.isObject() && format == FormatName && root.value(KeyAccounts).isArray()) {
        sections = root.value(KeyAccounts).toArray();
    } else if (document.isObject() && format == LegacyFormatName
               && root.value(KeyWebhooks).isArray()) {
        QJsonObject only = root;
        only.insert(KeyAccount, defaultAccount());
        sections.append(only);
    } else {
        return fail(tr("it is not a hookbench-sandbox store"));
    }

    QList<Section> loaded;
    for (const QJsonValue &sectionValue : std::as_const(sections)) {
        const QJsonObject object = sectionValue.toObject();
        Section loadedSection;
        loadedSection.account = object.value(KeyAccount).toString();
        if (loadedSection.account.isEmpty())
            return fail(tr("a section has no account"));
        for (const Section &other : std::as_const(loaded)) {
            if (other.account == loadedSection.account)
                return fail(tr("the account %1 occurs twice").arg(loadedSection.account));
        }
        const QJsonArray array = object.value(KeyWebhooks).toArray();
        loadedSection.webhooks.reserve(array.size());
        for (const QJsonValue &value : array) {
            SandboxWebhook webhook;
            QString recordError;
            if (!SandboxWebhook::fromStoreJson(value.toObject(), &webhook, &recordError))
                return fail(recordError);
            loadedSection.webhooks.append(std::move(webhook));
        }
        auto &list = loadedSection.webhooks;
        std::sort(list.begin(), list.end(),
                  [](const SandboxWebhook &a, const SandboxWebhook &b) { return a.id < b.id; });
        for (qsizetype i = 1; i < list.size(); ++i) {
            if (list.at(i).id == list.at(i - 1).id)
                return fail(tr("the id %1 occurs twice").arg(list.at(i).id));
        }
        const qint64 lastId = list.isEmpty() ? 0 : list.constLast().id;
        loadedSection.nextId = qMax(lastId + 1, object.value(KeyNextId).toInteger(1));
        loadedSection.policies = object.value(KeyPolicies).toArray();
        loadedSection.policyNextId = object.value(KeyPolicyNextId).toInteger(1);
        loaded.append(std::move(loadedSection));
    }
    for (Section &loadedSection : loaded) {
        if (Section *served = section(loadedSection.account))
            *served = std::move(loadedSection);
        else
            m_sections.append(std::move(loadedSection)); // kept, not served
    }
    return true;
}

QString SandboxStore::writeSnapshot(const QString &filePath, const QList<Section> &sections)
{
    QJsonArray array;
    for (const Section &item : sections) {
        QJsonArray webhooks;
        for (const SandboxWebhook &webhook : item.webhooks)
            webhooks.append(webhook.toStoreJson());
        array.append(QJsonObject{{KeyAccount, item.account},
                                 {KeyNextId, item.nextId},
                                 {KeyWebhooks, webhooks},
                                 {KeyPolicies, item.policies},
                                 {KeyPolicyNextId, item.policyNextId}});
    }
    const QJsonObject root{{KeyFormat, FormatName}, {KeyAccounts, array}};
    QString reason;
    if (!AtomicFileWriter::writeFile(filePath, QJsonDocument(root).toJson(QJsonDocument::Indented),
                                     &reason)) {
        return QCoreApplication::translate("SandboxStore", "Cannot write the data file %1: %2")
                .arg(QDir::toNativeSeparators(filePath), reason);
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
    // The lists are implicitly shared: the worker reads this snapshot while the store changes.
    m_backgroundSave.setFuture(
            QtConcurrent::run(&SandboxStore::writeSnapshot, m_filePath, m_sections));
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
    const QString failure = writeSnapshot(m_filePath, m_sections);
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

int SandboxStore::seed(int count, const QUrl &receiverUrl, const QString &account)
{
    Section *target = section(account);
    if (!target || count <= 0 || !target->webhooks.isEmpty())
        return 0;
    return addSeeded(target, SandboxSeeder::generate(count, target->nextId, receiverUrl), account);
}

int SandboxStore::seedVariant(int count, const QUrl &receiverUrl, const QString &account)
{
    Section *target = section(account);
    if (!target || count <= 0 || !target->webhooks.isEmpty())
        return 0;
    return addSeeded(target, SandboxSeeder::variant(count, target->nextId, receiverUrl), account);
}

int SandboxStore::addSeeded(Section *target, SandboxWebhookList generated, const QString &account)
{
    target->webhooks.reserve(generated.size());
    for (SandboxWebhook &webhook : generated) {
        webhook.nodeId = nodeIdFor(webhook.id);
        target->nextId = qMax(target->nextId, webhook.id + 1);
        target->webhooks.append(std::move(webhook));
    }
    // The policies the seeded webhooks link, unless the account has its own already.
    const QJsonArray seededPolicies = SandboxSeeder::policies();
    for (const QJsonValue &value : seededPolicies) {
        const QJsonObject seeded = value.toObject();
        if (policy(seeded.value(SandboxFields::Id).toInteger(), account).isEmpty())
            target->policies.append(seeded);
    }
    scheduleSave();
    Q_EMIT changed();
    return int(generated.size());
}

const SandboxWebhookList &SandboxStore::webhooks(const QString &account) const
{
    const Section *found = section(account);
    return found ? found->webhooks : emptyList();
}

qint64 SandboxStore::nextId(const QString &account) const
{
    const Section *found = section(account);
    return found ? found->nextId : 1;
}

qsizetype SandboxStore::lowerBound(qint64 id, const QString &account) const
{
    const SandboxWebhookList &list = webhooks(account);
    const auto it = std::lower_bound(
            list.cbegin(), list.cend(), id,
            [](const SandboxWebhook &webhook, qint64 value) { return webhook.id < value; });
    return it - list.cbegin();
}

const SandboxWebhook *SandboxStore::find(qint64 id, const QString &account) const
{
    const SandboxWebhookList &list = webhooks(account);
    const qsizetype index = lowerBound(id, account);
    if (index < list.size() && list.at(index).id == id)
        return &list.at(index);
    return nullptr;
}

SandboxWebhook SandboxStore::add(SandboxWebhook webhook, const QString &account)
{
    Section *target = section(account);
    if (!target)
        return {};
    webhook.id = target->nextId++;
    webhook.nodeId = nodeIdFor(webhook.id);
    const QString now = currentTimestamp();
    if (webhook.createdAt.isEmpty())
        webhook.createdAt = now;
    if (webhook.updatedAt.isEmpty())
        webhook.updatedAt = webhook.createdAt;
    target->webhooks.append(webhook);
    scheduleSave();
    Q_EMIT changed();
    return webhook;
}

bool SandboxStore::update(const SandboxWebhook &webhook, bool touch, const QString &account)
{
    Section *target = section(account);
    if (!target)
        return false;
    const qsizetype index = lowerBound(webhook.id, account);
    if (index >= target->webhooks.size() || target->webhooks.at(index).id != webhook.id)
        return false;
    SandboxWebhook &stored = target->webhooks[index];
    stored = webhook;
    if (touch)
        stored.updatedAt = currentTimestamp();
    scheduleSave();
    Q_EMIT changed();
    return true;
}

bool SandboxStore::setLastError(qint64 id, const QString &lastError, const QString &account)
{
    const SandboxWebhook *found = find(id, account);
    if (!found)
        return false;
    if (found->lastError != lastError) {
        SandboxWebhook changedWebhook = *found;
        changedWebhook.lastError = lastError;
        update(changedWebhook, false, account);
    }
    return true;
}

bool SandboxStore::remove(qint64 id, const QString &account)
{
    Section *target = section(account);
    if (!target)
        return false;
    const qsizetype index = lowerBound(id, account);
    if (index >= target->webhooks.size() || target->webhooks.at(index).id != id)
        return false;
    target->webhooks.removeAt(index);
    scheduleSave();
    Q_EMIT changed();
    return true;
}

void SandboxStore::clear(const QString &account)
{
    if (Section *target = section(account)) {
        target->webhooks.clear();
        scheduleSave();
        Q_EMIT changed();
    }
}

QJsonArray SandboxStore::policies(const QString &account) const
{
    const Section *found = section(account);
    return found ? found->policies : QJsonArray();
}

void SandboxStore::setPolicies(const QJsonArray &policies, const QString &account, qint64 nextId)
{
    if (Section *target = section(account)) {
        target->policies = policies;
        target->policyNextId = qMax(target->policyNextId, nextId);
        scheduleSave();
        Q_EMIT changed();
    }
}

qint64 SandboxStore::policyNextId(const QString &account) const
{
    const Section *found = section(account);
    if (!found)
        return 1;
    qint64 next = found->policyNextId;
    for (const QJsonValue &value : found->policies)
        next = qMax(next, value.toObject().value(SandboxFields::Id).toInteger() + 1);
    return next;
}

QJsonObject SandboxStore::policy(qint64 id, const QString &account) const
{
    if (id <= 0)
        return {};
    const QJsonArray list = policies(account);
    for (const QJsonValue &value : list) {
        const QJsonObject object = value.toObject();
        if (object.value(SandboxFields::Id).toInteger() == id)
            return object;
    }
    return {};
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
