#pragma once

#include "models/Webhook.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class VerificationTracker;

// Every field of the selected webhook, read-only. Server text is shown as plain text; the
// URI without userinfo and secret query values; last_error stands out. A webhook that awaits
// verification (VerificationTracker) or was most likely disabled by the service after
// failures gets a note that says what to do.
class WebhookDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDetailsPane)

public:
    explicit WebhookDetailsPane(QWidget *parent = nullptr);

    void setWebhook(const Webhook &webhook);
    // Not owned; may be null. The note follows the tracker's changes.
    void setVerificationTracker(const VerificationTracker *tracker);
    // Nothing or several rows selected: `count` is the number of selected rows.
    void showPlaceholder(int count);
    // For a webhook changed since the previous snapshot: one line "field: old → new" per
    // changed field (URIs already redacted); empty hides the row. Set after setWebhook().
    void setFieldChanges(const QStringList &lines);
    qint64 webhookId() const { return m_webhook.id; }

private:
    QLabel *addRow(const QString &label, const QString &objectName);

    Webhook m_webhook;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QGridLayout *m_form;
    QHash<QLabel *, QLabel *> m_captions; // value -> its caption
    QLabel *m_name;
    QLabel *m_event;
    QLabel *m_uri;
    QLabel *m_state;
    QLabel *m_lastError;
    QLabel *m_mailExceptionsTo;
    QLabel *m_policy;
    QLabel *m_note;
    QLabel *m_changes;
    qint64 m_changesId = 0; // the webhook m_changes is about
    QLabel *m_openIdConnectDiscovery;
    QLabel *m_appOfferings;
    QLabel *m_source;
    QLabel *m_sourceId;
    QLabel *m_id;
    QLabel *m_nodeId;
    QLabel *m_created;
    QLabel *m_updated;
    QPlainTextEdit *m_description;
    QPointer<const VerificationTracker> m_verification;
};
