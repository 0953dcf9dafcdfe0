#pragma once

#include "models/Webhook.h"

#include <QHash>
#include <QObject>

class QTimer;
class WebhookService;
class WebhookTableModel;

// After a test-fire to a receiver Hookbench cannot watch, reads the webhook again once the
// service's delivery deadline has passed (reference section 4: an answer within 10 s), so
// that a new last_error shows without a refresh. One timer per webhook: following it again
// restarts its timer; cancel() and cancelAll() stop them (e.g. when the account changes).
//
// The service and the model are not owned and must outlive this object. GUI thread.
class TestFollowUp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestFollowUp)

public:
    // The deadline plus a margin for the service's own bookkeeping, in milliseconds.
    static constexpr int DefaultDelayMs = 12000;

    TestFollowUp(WebhookService *service, WebhookTableModel *model, QObject *parent = nullptr);
    ~TestFollowUp() override;

    int delayMs() const { return m_delayMs; }
    void setDelayMs(int milliseconds) { m_delayMs = milliseconds; }

    void follow(qint64 webhookId);
    void cancel(qint64 webhookId);
    void cancelAll();
    bool isFollowing(qint64 webhookId) const { return m_timers.contains(webhookId); }

Q_SIGNALS:
    // The webhook as read again (the model row is updated first). Not emitted when the read
    // fails or the webhook left the model in the meantime.
    void reread(const Webhook &webhook);

private:
    void readAgain(qint64 webhookId);

    WebhookService *m_service;
    WebhookTableModel *m_model;
    QHash<qint64, QTimer *> m_timers;
    int m_delayMs = DefaultDelayMs;
};
