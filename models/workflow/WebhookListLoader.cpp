#include "models/workflow/WebhookListLoader.h"

#include "models/WebhookTableModel.h"
#include "models/api/WebhookService.h"

#include <QSet>

WebhookListLoader::WebhookListLoader(WebhookService *service, WebhookTableModel *model,
                                     QObject *parent)
    : QObject(parent), m_service(service), m_model(model)
{ }

WebhookListLoader::~WebhookListLoader()
{
    abandon();
}

void WebhookListLoader::load()
{
    abandon();
    WebhookListing *listing = m_service->list(WebhookState::All);
    m_listing = listing;
    connect(listing, &WebhookListing::rowsArrived, this, [this](const WebhookList &rows) {
        m_model->upsert(rows);
        Q_EMIT rowsArrived(int(rows.size()));
    });
    connect(listing, &WebhookListing::progress, this, &WebhookListLoader::progress);
    connect(listing, &WebhookListing::waiting, this, &WebhookListLoader::waiting);
    connect(listing, &WebhookListing::finished, this,
            [this, listing](const ApiError &error) { onFinished(listing, error); });
    Q_EMIT started();
}

void WebhookListLoader::cancel()
{
    if (m_listing)
        m_listing->cancel();
}

void WebhookListLoader::abandon()
{
    if (!m_listing)
        return;
    WebhookListing *listing = m_listing;
    m_listing = nullptr;
    disconnect(listing, nullptr, this, nullptr);
    listing->cancel();
}

void WebhookListLoader::clear()
{
    abandon();
    m_model->clear();
    m_model->setStale(false);
    m_lastLoaded = QDateTime();
}

void WebhookListLoader::onFinished(WebhookListing *listing, const ApiError &error)
{
    if (listing != m_listing)
        return;
    m_listing = nullptr;
    if (!error.isError()) {
        const WebhookList rows = listing->rows();
        QSet<qint64> ids;
        ids.reserve(rows.size());
        for (const Webhook &webhook : rows)
            ids.insert(webhook.id);
        m_model->retainOnly(ids);
        m_model->setStale(false);
        m_lastLoaded = QDateTime::currentDateTime();
        Q_EMIT completed(rows);
        Q_EMIT finished(error, rows.size());
        return;
    }
    // Whatever failed, the rows loaded so far stay, marked as possibly out of date; a
    // listing that missed pages is never shown as complete. A refused certificate waits for
    // the person's review and changes nothing yet.
    const bool reviewCertificate = !error.certificateSha256.isEmpty();
    if (!reviewCertificate && (m_model->rowCount() > 0 || error.kind == ApiError::Kind::Incomplete))
        m_model->setStale(true);
    Q_EMIT finished(error, m_model->rowCount());
}
