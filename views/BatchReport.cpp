#include "views/BatchReport.h"

#include "models/ConnectionProfile.h"
#include "views/ErrorText.h"
#include "views/WebhookTableView.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("BatchReport", text);
}
} // namespace

BatchReport::BatchReport(const WebhookBatchActions::Result &result,
                         const ConnectionProfile &profile)
    : m_result(result)
{
    for (const WebhookBatchActions::Failure &failure : result.failures) {
        m_failures.append(tr("“%1”: %2")
                                  .arg(failure.webhook.displayName(),
                                       ErrorText::forUser(failure.error, profile)));
    }
}

QString BatchReport::successText() const
{
    using Action = WebhookBatchActions::Action;
    const qint64 succeeded = m_result.succeeded.size();
    if (succeeded == 0)
        return {};
    const QString count = WebhookTableView::countText(succeeded);
    switch (m_result.action) {
    case Action::Test:
        return succeeded == 1 && m_result.total() == 1
                ? tr("Test sent to “%1”.").arg(m_result.succeeded.first().displayName())
                : tr("Test sent to %1.").arg(count);
    case Action::Enable:
        return tr("Enabled %1.").arg(count);
    case Action::Disable:
        return tr("Disabled %1.").arg(count);
    case Action::Delete:
        return tr("Deleted %1.").arg(count);
    case Action::Recreate: {
        // The new ids: they are what changed, and what a receiver will see.
        if (succeeded == 1) {
            const Webhook &created = m_result.succeeded.first();
            return tr("Re-created “%1” as webhook %2.").arg(created.displayName()).arg(created.id);
        }
        QStringList ids;
        for (const Webhook &created : m_result.succeeded.first(std::min<qsizetype>(succeeded, 10)))
            ids.append(QString::number(created.id));
        if (succeeded > 10)
            ids.append(QStringLiteral("…"));
        return tr("Re-created %1 (new ids %2).").arg(count, ids.join(tr(", ")));
    }
    }
    return {};
}

QString BatchReport::failureTitle() const
{
    using Action = WebhookBatchActions::Action;
    switch (m_result.action) {
    case Action::Test:
        return tr("Test Failed");
    case Action::Enable:
        return tr("Enable Failed");
    case Action::Disable:
        return tr("Disable Failed");
    case Action::Delete:
        return tr("Delete Failed");
    case Action::Recreate:
        return tr("Re-create Failed");
    }
    return {};
}

QString BatchReport::failureSummary() const
{
    if (m_failures.size() <= 1)
        return m_failures.value(0);
    return tr("%1 of %2 did not succeed.")
            .arg(QLocale().toString(m_failures.size()), QLocale().toString(m_result.total()));
}

QString BatchReport::failureDetails() const
{
    return m_failures.size() > 1 ? m_failures.join(u'\n') : QString();
}
