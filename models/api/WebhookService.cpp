#include "models/api/WebhookService.h"

#include "models/Logging.h"
#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTimer>

#include <memory>

namespace {

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString webhookPath(qint64 id)
{
    return QStringLiteral("/webhooks/%1").arg(id);
}

// A 2xx answer whose object is no webhook is a Parse error.
ApiError readWebhook(const ApiResponse &response, Webhook *webhook)
{
    ApiError error = response.error;
    if (error)
        return error;
    QString problem;
    if (!Webhook::fromJson(response.json.object(), webhook, &problem)) {
        error.kind = ApiError::Kind::Parse;
        error.httpStatus = response.httpStatus;
        error.message = problem;
    }
    return error;
}

// Whether the request may have reached the server although no answer arrived.
bool isAmbiguous(const ApiResponse &response)
{
    const auto kind = response.error.kind;
    return (kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout)
            && response.requestMayHaveArrived;
}

// Whether `candidate`, read back from the server, carries what a create sent.
bool matchesCreated(const Webhook &sent, const Webhook &candidate)
{
    return candidate.event == sent.event && candidate.uri == sent.uri
            && (sent.name.isEmpty() ? (candidate.name.isEmpty() || candidate.name == sent.event)
                                    : candidate.name == sent.name)
            && candidate.disabled == sent.disabled
            && candidate.mailExceptionsTo == sent.mailExceptionsTo
            && candidate.description == sent.description;
}

} // namespace

struct WebhookService::Private
{
    ApiClient *client = nullptr;

    ApiCall *send(ApiRequest::Method method, const QString &path, ApiRequest::Expect expect,
                  const QByteArray &body = {})
    {
        return client->send({method, client->urlFor(path), body, expect});
    }
};

WebhookService::WebhookService(ApiClient *client, QObject *parent) : QObject(parent), d(new Private)
{
    Q_ASSERT(client);
    d->client = client;
    connect(client, &ApiClient::rateLimitWaiting, this, &WebhookService::rateLimitWaiting);
}

WebhookService::~WebhookService()
{
    delete d;
}

ApiClient *WebhookService::client() const
{
    return d->client;
}

WebhookListing *WebhookService::list(WebhookState state)
{
    QString path = QStringLiteral("/webhooks");
    if (state == WebhookState::Enabled)
        path += QStringLiteral("/enabled");
    else if (state == WebhookState::Disabled)
        path += QStringLiteral("/disabled");
    auto *listing = new WebhookListing(this);
    listing->start(d->client, d->client->urlFor(path, WebhookListing::firstPageQuery()));
    return listing;
}

void WebhookService::get(qint64 id, QObject *context, WebhookCallback done)
{
    ApiCall *call = d->send(ApiRequest::Method::Get, webhookPath(id), ApiRequest::Expect::Object);
    connect(call, &ApiCall::finished, context, [done](const ApiResponse &response) {
        Webhook webhook;
        const ApiError error = readWebhook(response, &webhook);
        done(webhook, error);
    });
}

void WebhookService::create(const Webhook &webhook, QObject *context, WebhookCallback done)
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    ApiCall *call = d->send(ApiRequest::Method::Post, QStringLiteral("/webhooks"),
                            ApiRequest::Expect::Object, compactJson(webhook.createPayload()));
    connect(call, &ApiCall::finished, context,
            [self = QPointer(this), webhook, context, done, clock](const ApiResponse &response) {
                if (isAmbiguous(response) && self) {
                    self->reconcileCreate(webhook, response.error, clock->elapsed(), context, done);
                    return;
                }
                Webhook created;
                const ApiError error = readWebhook(response, &created);
                if (!error && self)
                    Q_EMIT self->webhookCreated(created);
                done(error ? webhook : created, error);
            });
}

void WebhookService::reconcileCreate(const Webhook &sent, const ApiError &failure, qint64 elapsedMs,
                                     QObject *context, WebhookCallback done)
{
    qCInfo(lcApi) << "create: no answer after sending; re-reading the list to reconcile";
    WebhookListing *listing = list(WebhookState::All);
    connect(listing, &WebhookListing::finished, context,
            [self = QPointer(this), listing, sent, failure, elapsedMs,
             done](const ApiError &listError) {
                ApiError error = failure;
                if (listError) {
                    error.message = tr("%1; Hookbench could not check whether the webhook was "
                                       "created (%2), so refresh the list before you try again")
                                            .arg(failure.message, listError.message);
                    done(sent, error);
                    return;
                }
                // Only a webhook created since this create began can be ours: measured on
                // the server's clock, with a minute of slack for its processing.
                const QDateTime since = listing->serverTime().addMSecs(-elapsedMs - 60000);
                const Webhook *found = nullptr;
                const WebhookList rows = listing->rows();
                for (const Webhook &candidate : rows) {
                    if (!matchesCreated(sent, candidate))
                        continue;
                    const QDateTime created = candidate.createdAtTime();
                    if (created.isValid() && created < since)
                        continue;
                    if (!found || candidate.id > found->id)
                        found = &candidate;
                }
                if (found) {
                    qCInfo(lcApi) << "create: reconciled with webhook" << found->id;
                    const Webhook created = *found;
                    if (self)
                        Q_EMIT self->webhookCreated(created);
                    done(created, {});
                    return;
                }
                error.message = tr("%1; Hookbench re-read the list and the webhook was not "
                                   "created, so it is safe to try again")
                                        .arg(failure.message);
                done(sent, error);
            });
}

void WebhookService::update(const Webhook &before, const Webhook &after, QObject *context,
                            WebhookCallback done)
{
    const QJsonObject changed = Webhook::changedFields(before, after);
    if (changed.isEmpty()) {
        QTimer::singleShot(0, context, [before, done] { done(before, {}); });
        return;
    }
    const qint64 id = before.id;
    ApiCall *call = d->send(ApiRequest::Method::Patch, webhookPath(id), ApiRequest::Expect::Object,
                            compactJson(changed));
    connect(call, &ApiCall::finished, context,
            [self = QPointer(this), id, before, after, changed, context,
             done](const ApiResponse &response) {
                if (!isAmbiguous(response) || !self) {
                    Webhook updated;
                    const ApiError error = readWebhook(response, &updated);
                    if (!error && self)
                        Q_EMIT self->webhookUpdated(before, updated);
                    done(error ? after : updated, error);
                    return;
                }
                // No answer: read the webhook back and see whether the change is there.
                const ApiError failure = response.error;
                self->get(id, context,
                          [self, before, after, changed, failure, done](const Webhook &current,
                                                                        const ApiError &getError) {
                              ApiError error = failure;
                              if (getError) {
                                  error.message
                                          = tr("%1; Hookbench could not check whether the change "
                                               "was saved (%2)")
                                                    .arg(failure.message, getError.message);
                                  done(after, error);
                                  return;
                              }
                              const QJsonObject remaining = Webhook::changedFields(current, after);
                              for (auto it = changed.begin(); it != changed.end(); ++it) {
                                  if (remaining.contains(it.key())) {
                                      error.message
                                              = tr("%1; the change was not saved, so it is safe "
                                                   "to try again")
                                                        .arg(failure.message);
                                      done(after, error);
                                      return;
                                  }
                              }
                              if (self)
                                  Q_EMIT self->webhookUpdated(before, current);
                              done(current, {});
                          });
            });
}

void WebhookService::remove(qint64 id, QObject *context, DoneCallback done)
{
    ApiCall *call
            = d->send(ApiRequest::Method::Delete, webhookPath(id), ApiRequest::Expect::Nothing);
    connect(call, &ApiCall::finished, context,
            [self = QPointer(this), id, context, done](const ApiResponse &response) {
                ApiError error = response.error;
                if (error.kind == ApiError::Kind::Http && error.httpStatus == 404) {
                    error.message = tr("the webhook was already deleted");
                    done(error);
                    return;
                }
                if (!isAmbiguous(response) || !self) {
                    if (!error && self)
                        Q_EMIT self->webhookRemoved(id);
                    done(error);
                    return;
                }
                self->get(
                        id, context,
                        [self, id, error, done](const Webhook &, const ApiError &getError) {
                            if (getError.kind == ApiError::Kind::Http
                                && getError.httpStatus == 404) {
                                if (self)
                                    Q_EMIT self->webhookRemoved(id);
                                done({}); // gone: the delete went through
                                return;
                            }
                            ApiError result = error;
                            result.message = getError
                                    ? tr("%1; Hookbench could not check whether the webhook was "
                                         "deleted (%2)")
                                              .arg(error.message, getError.message)
                                    : tr("%1; the webhook still exists, so it is safe to try again")
                                              .arg(error.message);
                            done(result);
                        });
            });
}

void WebhookService::test(qint64 id, QObject *context, DoneCallback done)
{
    ApiCall *call = d->send(ApiRequest::Method::Post, webhookPath(id) + QStringLiteral("/test"),
                            ApiRequest::Expect::Nothing);
    connect(call, &ApiCall::finished, context,
            [done](const ApiResponse &response) { done(response.error); });
}

void WebhookService::fetchEventCatalog(QObject *context, CatalogCallback done)
{
    ApiCall *call = d->send(ApiRequest::Method::Get, QStringLiteral("/enums"),
                            ApiRequest::Expect::Object);
    connect(call, &ApiCall::finished, context, [done](const ApiResponse &response) {
        if (response.error) {
            done(EventCatalog::builtIn(), response.error);
            return;
        }
        QString problem;
        const EventCatalog catalog = EventCatalog::fromEnums(response.json.object(), &problem);
        if (catalog.isEmpty()) {
            ApiError error;
            error.kind = ApiError::Kind::Parse;
            error.httpStatus = response.httpStatus;
            error.message = problem.isEmpty() ? tr("the server's event list is empty") : problem;
            error.requestPath = QStringLiteral("GET /enums");
            done(EventCatalog::builtIn(), error);
            return;
        }
        done(catalog, {});
    });
}
