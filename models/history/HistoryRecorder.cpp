#include "models/history/HistoryRecorder.h"

#include <QMetaObject>
#include <QThread>

HistoryRecorder::HistoryRecorder(const QString &filePath, QObject *parent)
    : QObject(parent),
      m_thread(new QThread(this)),
      m_worker(new QObject),
      m_store(new HistoryStore(filePath))
{
    m_thread->setObjectName(QStringLiteral("history"));
    m_worker->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
}

HistoryRecorder::~HistoryRecorder()
{
    // The store's database connection belongs to the worker thread: close it there, after
    // the requests queued before it.
    HistoryStore *store = m_store;
    QMetaObject::invokeMethod(
            m_worker, [store] { delete store; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

template<typename Work>
void HistoryRecorder::post(Work &&work)
{
    QMetaObject::invokeMethod(m_worker, std::forward<Work>(work), Qt::QueuedConnection);
}

void HistoryRecorder::reportFailure()
{
    // On the worker thread: hand the message to the recorder's thread.
    const QString message = m_store->errorString();
    QMetaObject::invokeMethod(
            this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
}

void HistoryRecorder::open(int retentionDays)
{
    post([this, retentionDays] {
        m_store->setRetentionDays(retentionDays);
        if (!m_store->open()) {
            reportFailure();
            return;
        }
        const bool writable = m_store->isWritable();
        const QString notice = m_store->notice();
        QMetaObject::invokeMethod(
                this, [this, writable, notice] { Q_EMIT opened(writable, notice); },
                Qt::QueuedConnection);
    });
}

void HistoryRecorder::setRetentionDays(int days)
{
    post([this, days] { m_store->setRetentionDays(days); });
}

void HistoryRecorder::record(const HistoryProfile &profile, const WebhookList &rows,
                             HistoryStore::Listing completeness)
{
    post([this, profile, rows, completeness] {
        HistoryDiff diff;
        const std::optional<HistorySnapshot> snapshot = m_store->record(
                profile, rows, completeness, QDateTime::currentDateTimeUtc(), &diff);
        if (!snapshot) {
            reportFailure();
            return;
        }
        QMetaObject::invokeMethod(
                this,
                [this, profile, snapshot = *snapshot, diff] {
                    Q_EMIT recorded(profile, snapshot, diff);
                },
                Qt::QueuedConnection);
    });
}

void HistoryRecorder::loadLatest(const HistoryProfile &profile)
{
    post([this, profile] {
        const std::optional<HistorySnapshot> latest = m_store->latestSnapshot(profile);
        WebhookList webhooks;
        if (latest) {
            const std::optional<WebhookList> read = m_store->webhooksAt(profile, latest->id);
            if (!read) {
                reportFailure();
                return;
            }
            webhooks = *read;
        }
        QMetaObject::invokeMethod(
                this,
                [this, profile, snapshot = latest.value_or(HistorySnapshot{}), webhooks] {
                    Q_EMIT latestLoaded(profile, snapshot, webhooks);
                },
                Qt::QueuedConnection);
    });
}

void HistoryRecorder::loadSnapshots(const HistoryProfile &profile)
{
    post([this, profile] {
        const HistorySnapshotList list = m_store->snapshots(profile);
        QMetaObject::invokeMethod(
                this, [this, profile, list] { Q_EMIT snapshotsLoaded(profile, list); },
                Qt::QueuedConnection);
    });
}

void HistoryRecorder::loadDiff(const HistoryProfile &profile, qint64 fromId, qint64 toId)
{
    post([this, profile, fromId, toId] {
        const std::optional<HistoryDiff> diff = m_store->diff(profile, fromId, toId);
        if (!diff) {
            reportFailure();
            return;
        }
        QMetaObject::invokeMethod(
                this,
                [this, profile, fromId, toId, result = *diff] {
                    Q_EMIT diffLoaded(profile, fromId, toId, result);
                },
                Qt::QueuedConnection);
    });
}

void HistoryRecorder::forgetProfile(const HistoryProfile &profile)
{
    post([this, profile] {
        if (!m_store->forgetProfile(profile)) {
            reportFailure();
            return;
        }
        QMetaObject::invokeMethod(
                this, [this, profile] { Q_EMIT forgotten(profile); }, Qt::QueuedConnection);
    });
}
