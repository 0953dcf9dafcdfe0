#include "models/workflow/TestFollowUp.h"

#include "models/Logging.h"
#include "models/WebhookTableModel.h"
#include "models/api/ApiError.h"
#include "models/api/WebhookService.h"

#include <QTimer>

TestFollowUp::TestFollowUp(WebhookService *service, WebhookTableModel *model, QObject *parent)
    : QObject(parent), m_service(service), m_model(model)
{ }

TestFollowUp::~TestFollowUp() = default;

void TestFollowUp::follow(qint64 webhookId)
{
    QTimer *timer = m_timers.value(webhookId);
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, webhookId] { readAgain(webhookId); });
        m_timers.insert(webhookId, timer);
    }
    timer->start(m_delayMs);
}

void TestFollowUp::cancel(qint64 webhookId)
{
    if (QTimer *timer = m_timers.take(webhookId))
        timer->deleteLater();
}

void TestFollowUp::cancelAll()
{
    for (QTimer *timer : std::as_const(m_timers))
        timer->deleteLater();
    m_timers.clear();
}

void TestFollowUp::readAgain(qint64 webhookId)
{
    cancel(webhookId);
    m_service->get(webhookId, this,
                   [this, webhookId](const Webhook &webhook, const ApiError &error) {
                       if (error.isError()) {
                           qCDebug(lcModel)
                                   << "webhook" << webhookId << "not read again:" << error.message;
                           return;
                       }
                       if (m_model->rowOf(webhookId) < 0)
                           return;
                       m_model->upsert({webhook});
                       Q_EMIT reread(webhook);
                   });
}
