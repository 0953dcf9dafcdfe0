#include "views/LoadingIndicator.h"

#include "models/WebhookFilterProxyModel.h"
#include "models/WebhookTableModel.h"
#include "models/workflow/WebhookListLoader.h"
#include "views/Icons.h"
#include "views/StatusColors.h"
#include "views/WebhookTableView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

LoadingIndicator::LoadingIndicator(WebhookListLoader *loader, WebhookTableModel *model,
                                   WebhookFilterProxyModel *proxy, QWidget *parent)
    : QWidget(parent),
      m_progress(new QProgressBar(this)),
      m_model(model),
      m_proxy(proxy),
      m_rateLimitLabel(new QLabel(parent)),
      m_staleLabel(new QLabel(tr("Out of date"), parent)),
      m_countsLabel(new QLabel(parent)),
      m_errorCountLabel(new QLabel(parent)),
      m_rateLimitTimer(new QTimer(this)),
      m_errorCountTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("progressBox"));
    m_progress->setObjectName(QStringLiteral("loadingProgress"));
    m_progress->setFixedWidth(260);
    m_progress->setTextVisible(true);
    auto *cancel = new QToolButton(this);
    cancel->setObjectName(QStringLiteral("cancelLoadingButton"));
    cancel->setText(tr("Cancel"));
    cancel->setIcon(Icons::action(QStringLiteral("dialog-cancel")));
    cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    cancel->setAutoRaise(true);
    cancel->setToolTip(tr("Stop loading; the rows loaded so far stay"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(cancel);
    hide();

    m_rateLimitLabel->setObjectName(QStringLiteral("rateLimitLabel"));
    m_rateLimitLabel->hide();
    m_rateLimitTimer->setInterval(1000);
    m_staleLabel->setObjectName(QStringLiteral("staleLabel"));
    m_staleLabel->setToolTip(tr("The last refresh failed; the list shows what was loaded "
                                "before."));
    StatusColors::setTextColor(m_staleLabel, StatusColors::warningText());
    m_staleLabel->hide();
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    updateCounts();
    m_errorCountLabel->setObjectName(QStringLiteral("errorCountLabel"));
    m_errorCountLabel->setToolTip(tr("Webhooks whose last delivery failed: choose “Has an "
                                     "error” in the state filter to list them"));
    StatusColors::setTextColor(m_errorCountLabel, StatusColors::errorText());
    m_errorCountLabel->hide();
    m_errorCountTimer->setSingleShot(true);
    m_errorCountTimer->setInterval(100);
    connect(m_errorCountTimer, &QTimer::timeout, this, &LoadingIndicator::updateErrorCount);
    const auto recount = [this] {
        m_errorCountTimer->start();
    };
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, recount);
    connect(m_model, &QAbstractItemModel::modelReset, this, recount);
    connect(m_model, &QAbstractItemModel::dataChanged, this, recount);
    connect(m_model, &WebhookTableModel::staleChanged, m_staleLabel, &QWidget::setVisible);
    connect(m_model, &WebhookTableModel::countsChanged, this, &LoadingIndicator::updateCounts);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &LoadingIndicator::updateCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LoadingIndicator::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LoadingIndicator::updateCounts);

    connect(cancel, &QToolButton::clicked, loader, &WebhookListLoader::cancel);
    connect(m_rateLimitTimer, &QTimer::timeout, this, &LoadingIndicator::updateRateLimitLabel);
    connect(loader, &WebhookListLoader::started, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Loading…"));
        show();
    });
    connect(loader, &WebhookListLoader::progress, this, &LoadingIndicator::showProgress);
    connect(loader, &WebhookListLoader::waiting, this, &LoadingIndicator::setRateLimitWait);
    connect(loader, &WebhookListLoader::finished, this, [this] {
        hide();
        setRateLimitWait(0);
    });
}

LoadingIndicator::~LoadingIndicator() = default;

void LoadingIndicator::addTo(QStatusBar *statusBar)
{
    statusBar->addPermanentWidget(this);
    statusBar->addPermanentWidget(m_rateLimitLabel);
    statusBar->addPermanentWidget(m_staleLabel);
    statusBar->addPermanentWidget(m_errorCountLabel);
    statusBar->addPermanentWidget(m_countsLabel);
}

void LoadingIndicator::updateErrorCount()
{
    const int errors = m_model->errorCount();
    m_errorCountLabel->setText(errors == 1 ? tr("1 with an error")
                                           : tr("%1 with errors").arg(QLocale().toString(errors)));
    m_errorCountLabel->setVisible(errors > 0);
}

void LoadingIndicator::updateCounts()
{
    const int total = m_model->rowCount();
    QString text = tr("%1, %2 disabled")
                           .arg(WebhookTableView::countText(total),
                                QLocale().toString(m_model->disabledCount()));
    const int shown = m_proxy->rowCount();
    if (shown != total)
        text += tr("; %1 shown").arg(QLocale().toString(shown));
    m_countsLabel->setText(text);
}

void LoadingIndicator::showProgress(qint64 received, qint64 total)
{
    const QLocale locale;
    if (total < 0) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Loading %1…").arg(locale.toString(received)));
        return;
    }
    // QProgressBar counts in int; scale to per mille so huge totals stay exact enough.
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(received * 1000 / total) : 1000);
    m_progress->setFormat(
            tr("Loading %1 of %2").arg(locale.toString(received), locale.toString(total)));
}

void LoadingIndicator::setRateLimitWait(int seconds)
{
    if (seconds <= 0) {
        m_rateLimitTimer->stop();
        m_rateLimitLabel->hide();
        return;
    }
    m_rateLimitDeadline = QDeadlineTimer(std::chrono::seconds(seconds));
    m_rateLimitTimer->start();
    updateRateLimitLabel();
    m_rateLimitLabel->show();
}

void LoadingIndicator::updateRateLimitLabel()
{
    const qint64 left = (m_rateLimitDeadline.remainingTime() + 999) / 1000;
    if (left <= 0) {
        setRateLimitWait(0);
        return;
    }
    m_rateLimitLabel->setText(tr("Rate limit: waiting %1 s").arg(QLocale().toString(left)));
}
