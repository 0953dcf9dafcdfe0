#pragma once

#include "models/Webhook.h"
#include "models/api/ApiError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class WebhookListing;
class WebhookService;
class WebhookTableModel;

// Loads the account's listing into a WebhookTableModel: rows go in as pages arrive, rows
// the service no longer lists leave once the listing is complete, and when a listing fails,
// is cancelled or misses pages the rows loaded so far stay, marked stale.
//
// Widgets-free; GUI thread. The service and the model are not owned and must outlive it.
class WebhookListLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookListLoader)

public:
    WebhookListLoader(WebhookService *service, WebhookTableModel *model, QObject *parent = nullptr);
    ~WebhookListLoader() override;

    // Starts a listing (a running one is dropped first).
    void load();
    // Stops the running listing: finished() follows with kind Cancelled.
    void cancel();
    // Drops the running listing without a finished() signal.
    void abandon();
    // Empties the model and forgets when it was loaded (another account).
    void clear();

    bool isLoading() const { return !m_listing.isNull(); }
    // When the last complete listing arrived (local time); invalid before.
    QDateTime lastLoaded() const { return m_lastLoaded; }

Q_SIGNALS:
    void started();
    void rowsArrived(int count);
    void progress(qint64 received, qint64 total); // total -1 while unknown
    // The client waits before it sends more (rate limit); 0 when it goes on.
    void waiting(int seconds);
    // A complete listing arrived: every webhook of the account (before finished()).
    void completed(const WebhookList &rows);
    // kind None when complete (`rows`: how many are listed); otherwise the error, with the
    // rows loaded so far kept in the model and marked stale when there are any.
    void finished(const ApiError &error, qint64 rows);

private:
    void onFinished(WebhookListing *listing, const ApiError &error);

    WebhookService *m_service;
    WebhookTableModel *m_model;
    QPointer<WebhookListing> m_listing;
    QDateTime m_lastLoaded;
};
