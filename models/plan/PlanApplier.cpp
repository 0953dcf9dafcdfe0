#include "models/plan/PlanApplier.h"

#include "models/api/WebhookService.h"

#include <QTimer>

PlanApplier::PlanApplier(WebhookService *service, QObject *parent)
    : QObject(parent), m_service(service)
{
    Q_ASSERT(service);
}

PlanApplier::~PlanApplier() = default;

void PlanApplier::start(const Plan &plan)
{
    Q_ASSERT(!m_running);
    m_queue = plan.itemsToApply();
    m_next = 0;
    m_result = {};
    m_cancelRequested = false;
    m_running = true;
    QTimer::singleShot(0, this, &PlanApplier::sendNext);
}

void PlanApplier::cancel()
{
    m_cancelRequested = true;
}

void PlanApplier::sendNext()
{
    if (m_cancelRequested) {
        m_result.cancelled = true;
        finish();
        return;
    }
    if (m_next >= m_queue.size()) {
        finish();
        return;
    }
    const PlanItem item = m_queue.at(m_next);
    Q_EMIT progress(int(m_next), int(m_queue.size()), item);
    const auto done = [this, item](const Webhook &webhook, const ApiError &error) {
        itemDone(item, webhook, error);
    };
    switch (item.action) {
    case PlanItem::Action::Create:
        m_service->create(item.desired, this, done);
        return;
    case PlanItem::Action::Update:
        m_service->update(item.current, item.desired, this, done);
        return;
    case PlanItem::Action::Delete:
        m_service->remove(item.current.id, this, [this, item](const ApiError &error) {
            itemDone(item, item.current, error);
        });
        return;
    default:
        Q_ASSERT_X(false, "PlanApplier", "an item without a request in the queue");
        ++m_next;
        sendNext();
        return;
    }
}

void PlanApplier::itemDone(const PlanItem &item, const Webhook &result, const ApiError &error)
{
    ++m_next;
    if (error) {
        m_result.failed = item;
        m_result.error = error;
        m_result.notDone = m_queue.mid(m_next);
        finish();
        return;
    }
    m_result.done.append({item, result});
    Q_EMIT itemApplied(item, result);
    sendNext();
}

void PlanApplier::finish()
{
    if (m_result.cancelled && m_next < m_queue.size())
        m_result.notDone = m_queue.mid(m_next);
    m_running = false;
    Q_EMIT finished(m_result);
}
