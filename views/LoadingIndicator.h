#pragma once

#include <QDeadlineTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QStatusBar;
class QTimer;
class WebhookFilterProxyModel;
class WebhookListLoader;
class WebhookTableModel;

// The status bar's view of the listing: a progress bar with a Cancel button while it loads,
// a countdown while the client waits for the service's rate limit, "Out of date" while the
// rows may be stale, the counts (all, disabled, shown) and how many have a last_error.
class LoadingIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadingIndicator)

public:
    LoadingIndicator(WebhookListLoader *loader, WebhookTableModel *model,
                     WebhookFilterProxyModel *proxy, QWidget *parent = nullptr);
    ~LoadingIndicator() override;

    // Adds itself and its labels to the status bar as permanent widgets.
    void addTo(QStatusBar *statusBar);
    // Shows "waiting N s" for the rate limit; 0 hides it.
    void setRateLimitWait(int seconds);

private:
    void showProgress(qint64 received, qint64 total);
    void updateRateLimitLabel();
    void updateCounts();
    void updateErrorCount();

    QProgressBar *m_progress;
    WebhookTableModel *m_model;
    WebhookFilterProxyModel *m_proxy;
    QLabel *m_rateLimitLabel;
    QLabel *m_staleLabel;
    QLabel *m_countsLabel;
    QLabel *m_errorCountLabel;
    QTimer *m_rateLimitTimer;
    QTimer *m_errorCountTimer; // coalesces the recount (O(rows)) while rows stream in
    QDeadlineTimer m_rateLimitDeadline;
};
