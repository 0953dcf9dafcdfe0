#pragma once

#include "models/EventCatalog.h"
#include "models/Webhook.h"
#include "models/WebhookState.h"
#include "models/api/ApiError.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrlQuery>

#include <optional>

#include <functional>

class ApiClient;

// One listing of webhooks, page by page. Created by WebhookService::list(); it deletes
// itself (deleteLater) after finished(). Pages arrive in any order when they are fetched
// concurrently; rows are de-duplicated by id across pages.
class WebhookListing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookListing)

public:
    explicit WebhookListing(QObject *parent = nullptr);
    ~WebhookListing() override;

    void cancel();
    WebhookList rows() const; // all rows so far
    qint64 received() const; // rows so far
    qint64 total() const; // X-Pagination-Total-Entries, -1 while unknown
    bool isFinished() const;
    // The server's clock (Date header) when the first page arrived; invalid before.
    QDateTime serverTime() const;

    // The query of every listing request: 100 rows per page, every table field and the
    // fields a plan compares (policy, source, sourceID).
    static QUrlQuery firstPageQuery();
    static constexpr int MaxPagesInFlight = 6;
    static constexpr int PerPage = 100;

Q_SIGNALS:
    void rowsArrived(const WebhookList &rows); // new rows of one page
    void progress(qint64 received, qint64 total);
    // The client waits before it sends more (rate limit); 0 when it goes on.
    void waiting(int seconds);
    // error.kind is None for a complete listing, Incomplete (with counts in the message)
    // when pages are missing, or another kind when it failed.
    void finished(const ApiError &error);

private:
    friend class WebhookService;
    void start(ApiClient *client, const QUrl &firstPage);

    struct Private;
    Private *d;
};

// The Webhooks API as operations on Webhook values.
//
// Every callback runs on the thread of `context`, only while `context` lives; it gets an
// ApiError whose kind is None on success. Ownership: the service does not own the client.
class WebhookService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookService)

public:
    using WebhookCallback = std::function<void(const Webhook &webhook, const ApiError &error)>;
    using DoneCallback = std::function<void(const ApiError &error)>;
    using CatalogCallback = std::function<void(const EventCatalog &catalog, const ApiError &error)>;

    explicit WebhookService(ApiClient *client, QObject *parent = nullptr);
    ~WebhookService() override;

    ApiClient *client() const;

    // Lists every webhook (all pages). The listing is parented to the service.
    WebhookListing *list(WebhookState state = WebhookState::All);

    void get(qint64 id, QObject *context, WebhookCallback done);
    // POST /webhooks with webhook.createPayload(). Never sent twice. It first reads which
    // webhooks exist; after an ambiguous failure (no answer, the request may have arrived) it
    // re-reads the list on the reconcile schedule, and a webhook counts as the one created
    // only when it carries what was sent and its id was not in the account before the POST.
    // When none appears the error says the outcome is unknown: it never advises a retry
    // without proof.
    void create(const Webhook &webhook, QObject *context, WebhookCallback done);
    // The waits before each re-read of an ambiguous create, in ms. Default
    // DefaultReconcileScheduleMs (about a minute in all); tests shorten it.
    QList<int> reconcileScheduleMs() const;
    void setReconcileScheduleMs(const QList<int> &delaysMs);
    static QList<int> defaultReconcileScheduleMs();
    // PATCH /webhooks/:id with only the fields in which `after` differs from `before`.
    // With nothing changed it answers `before` without a request.
    void update(const Webhook &before, const Webhook &after, QObject *context,
                WebhookCallback done);
    void remove(qint64 id, QObject *context, DoneCallback done);
    // POST /webhooks/:id/test.
    void test(qint64 id, QObject *context, DoneCallback done);
    // GET /enums; falls back to EventCatalog::builtIn() (with the error) when unavailable.
    void fetchEventCatalog(QObject *context, CatalogCallback done);

Q_SIGNALS:
    // The client waits `seconds` for a rate limit before sending (0: it goes on).
    void rateLimitWaiting(int seconds);
    // A create, update or delete of this service succeeded (also after a reconciliation),
    // emitted just before its callback runs. For observers such as VerificationTracker.
    // `sameUriBefore`: the webhooks of the account that had exactly the created one's URI
    // before the POST (the service sends no verification when one of them is verified).
    void webhookCreated(const Webhook &created, const QList<qint64> &sameUriBefore);
    void webhookUpdated(const Webhook &before, const Webhook &after);
    void webhookRemoved(qint64 id);

private:
    // The account's webhooks before a create: id → URI; empty optional when unknown.
    using UrisBefore = std::optional<QHash<qint64, QString>>;
    void postCreate(const Webhook &webhook, const UrisBefore &urisBefore, QObject *context,
                    WebhookCallback done);
    void reconcileCreate(const Webhook &sent, const ApiError &failure, const UrisBefore &urisBefore,
                         int round, QObject *context, WebhookCallback done);
    void emitCreated(const Webhook &created, const UrisBefore &urisBefore);

    struct Private;
    Private *d;
};
