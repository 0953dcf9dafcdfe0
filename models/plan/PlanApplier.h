#pragma once

#include "models/plan/ApplyResult.h"
#include "models/plan/Plan.h"

#include <QObject>

class WebhookService;

// Carries out a plan through WebhookService (which paces the requests under the rate
// limits): only its creates, updates and deletes, one request at a time, in the order of
// Plan::itemsToApply(). Stops at the first failure; the result says what was done, what
// failed and what was never sent.
//
// Ownership: the service is not owned and must outlive the applier. One plan per applier.
// Threading: the service's thread.
class PlanApplier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanApplier)

public:
    explicit PlanApplier(WebhookService *service, QObject *parent = nullptr);
    ~PlanApplier() override;

    // Starts applying; finished() follows once (at once, queued, for a plan without changes).
    void start(const Plan &plan);
    // Sends nothing more; the request in flight completes and is reported.
    void cancel();
    bool isRunning() const { return m_running; }
    const ApplyResult &result() const { return m_result; }

Q_SIGNALS:
    // Before each request: `done` of `total` requests are finished.
    void progress(int done, int total, const PlanItem &next);
    // After each successful request.
    void itemApplied(const PlanItem &item, const Webhook &result);
    void finished(const ApplyResult &result);

private:
    void sendNext();
    void itemDone(const PlanItem &item, const Webhook &result, const ApiError &error);
    void finish();

    WebhookService *m_service;
    QList<PlanItem> m_queue;
    qsizetype m_next = 0;
    ApplyResult m_result;
    bool m_running = false;
    bool m_cancelRequested = false;
};
