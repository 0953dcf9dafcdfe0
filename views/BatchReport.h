#pragma once

#include "models/workflow/WebhookBatchActions.h"

#include <QStringList>

struct ConnectionProfile;

// How the window reports a batch of WebhookBatchActions: one line for the status bar and,
// when some failed, a title, a summary and one line per failure for a message box.
class BatchReport
{
public:
    explicit BatchReport(const WebhookBatchActions::Result &result,
                         const ConnectionProfile &profile);

    QString successText() const; // empty when nothing succeeded
    QString failureTitle() const;
    QString failureSummary() const; // empty when nothing failed
    QString failureDetails() const; // one line per failure when more than one failed

private:
    WebhookBatchActions::Result m_result;
    QStringList m_failures;
};
