#include "models/api/WebhookService.h"

#include "models/Logging.h"
#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
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
    QList<int> reconcileScheduleMs = WebhookService::defaultReconcileScheduleMs();

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

QList<int> WebhookService::defaultReconcileScheduleMs()
{
    // A server may store a POST well after the client gave up on its answer (30 s): look
    // again over about a minute before saying that the outcome is unknown.
    return {2000, 8000, 20000, 30000};
}

QList<int> WebhookService::reconcileScheduleMs() const
{
    return d->reconcileScheduleMs;
}

void WebhookService::setReconcileScheduleMs(const QList<int> &delaysMs)
{
    d->reconcileScheduleMs = delaysMs;
}

void WebhookService::create(const Webhook &webhook, QObject *context, WebhookCallback done)
{
    // Which webhooks exist before the POST: only one that is not among them can be ours.
    WebhookListing *listing = list(WebhookState::All);
    connect(listing, &WebhookListing::finished, context,
            [self = QPointer(this), listing, webhook, context, done](const ApiError &error) {
                if (!self)
                    return;
                UrisBefore urisBefore;
                if (!error) {
                    QHash<qint64, QString> uris;
                    const WebhookList rows = listing->rows();
                    for (const Webhook &row : rows)
                        uris.insert(row.id, row.uri);
                    urisBefore = uris;
                } else if (error.kind == ApiError::Kind::Cancelled
                           || (error.kind == ApiError::Kind::Http
                               && (error.httpStatus == 401 || error.httpStatus == 403))) {
                    done(webhook, error); // the POST would fail the same way
                    return;
                } else {
                    qCInfo(lcApi) << "create: could not list the webhooks first:" << error.message;
                }
                self->postCreate(webhook, urisBefore, context, done);
            });
}

void WebhookService::emitCreated(const Webhook &created, const UrisBefore &urisBefore)
{
    QList<qint64> sameUri;
    if (urisBefore) {
        for (auto it = urisBefore->cbegin(); it != urisBefore->cend(); ++it) {
            if (it.key() != created.id && it.value() == created.uri)
                sameUri.append(it.key());
        }
        std::sort(sameUri.begin(), sameUri.end());
    }
    Q_EMIT webhookCreated(created, sameUri);
}

void WebhookService::postCreate(const Webhook &webhook, const UrisBefore &urisBefore,
                                QObject *context, WebhookCallback done)
{
    ApiCall *call = d->send(ApiRequest::Method::Post, QStringLiteral("/webhooks"),
                            ApiRequest::Expect::Object, compactJson(webhook.createPayload()));
    connect(call, &ApiCall::finished, context,
            [self = QPointer(this), webhook, urisBefore, context,
             done](const ApiResponse &response) {
                if (isAmbiguous(response) && self) {
                    self->reconcileCreate(webhook, response.error, urisBefore, 0, context, done);
                    return;
                }
                Webhook created;
                const ApiError error = readWebhook(response, &created);
                if (!error && self)
                    self->emitCreated(created, urisBefore);
                done(error ? webhook : created, error);
            });
}

void WebhookService::reconcileCreate(const Webhook &sent, const ApiError &failure,
                                     const UrisBefore &urisBefore, int round, QObject *context,
                                     WebhookCallback done)
{
    const QList<int> schedule = d->reconcileScheduleMs;
    const auto unknown = [failure, done, sent](const QString &why) {
        ApiError error = failure;
        error.message = tr("%1; %2. Whether the webhook was created is unknown: refresh the "
                           "list and look for it before you try again, so that it is not "
                           "created twice")
                                .arg(failure.message, why);
        done(sent, error);
    };
    if (!urisBefore) {
        unknown(tr("Hookbench could not read the list before the create, so it cannot tell "
                   "a new webhook from an identical older one"));
        return;
    }
    if (round >= schedule.size()) {
        unknown(tr("Hookbench re-read the list %n time(s) and did not find it", nullptr,
                   int(schedule.size())));
        return;
    }
    qCInfo(lcApi) << "create: no answer after sending; re-reading the list in" << schedule.at(round)
                  << "ms (" << round + 1 << "of" << schedule.size() << ")";
    QTimer::singleShot(schedule.at(round), context,
                       [self = QPointer(this), sent, failure, urisBefore, round, context, done] {
                           if (!self)
                               return;
                           WebhookListing *listing = self->list(WebhookState::All);
                           connect(listing, &WebhookListing::finished, context,
                                   [self, listing, sent, failure, urisBefore, round, context,
                                    done](const ApiError &listError) {
                                       if (!self)
                                           return;
                                       if (!listError) {
                                           const Webhook *found = nullptr;
                                           const WebhookList rows = listing->rows();
                                           for (const Webhook &candidate : rows) {
                                               if (urisBefore->contains(candidate.id)
                                                   || !matchesCreated(sent, candidate))
                                                   continue;
                                               if (!found || candidate.id > found->id)
                                                   found = &candidate;
                                           }
                                           if (found) {
                                               qCInfo(lcApi) << "create: reconciled with webhook"
                                                             << found->id;
                                               const Webhook created = *found;
                                               self->emitCreated(created, urisBefore);
                                               done(created, {});
                                               return;
                                           }
                                       } else {
                                           qCInfo(lcApi) << "create: re-reading the list failed:"
                                                         << listError.message;
                                       }
                                       self->reconcileCreate(sent, failure, urisBefore, round + 1,
                                                             context, done);
                                   });
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
