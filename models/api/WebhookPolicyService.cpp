#include "models/api/WebhookPolicyService.h"

#include "models/Logging.h"
#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/api/LinkHeader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSet>

#include <algorithm>
#include <memory>

namespace {

QString policyPath(qint64 id)
{
    return QStringLiteral("/webhook_policies/%1").arg(id);
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A 2xx answer whose object is no policy is a Parse error.
ApiError readPolicy(const ApiResponse &response, WebhookPolicy *policy)
{
    ApiError error = response.error;
    if (error)
        return error;
    QString problem;
    if (!WebhookPolicy::fromJson(response.json.object(), policy, &problem)) {
        error.kind = ApiError::Kind::Parse;
        error.httpStatus = response.httpStatus;
        error.message = problem;
    }
    return error;
}

QUrl nextPage(const ApiResponse &response)
{
    QList<LinkHeader::Link> links;
    for (const auto &header : response.headers) {
        if (QByteArrayView("Link").compare(header.first, Qt::CaseInsensitive) == 0)
            links += LinkHeader::parse(header.second, response.url);
    }
    return LinkHeader::find(links, u"next");
}

} // namespace

struct WebhookPolicyService::Listing
{
    QPointer<QObject> context;
    ListCallback done;
    WebhookPolicyList policies;
    QSet<qint64> ids;
    QSet<QUrl> requested;
    int unreadable = 0;
};

WebhookPolicyService::WebhookPolicyService(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    Q_ASSERT(client);
}

WebhookPolicyService::~WebhookPolicyService() = default;

ApiClient *WebhookPolicyService::client() const
{
    return m_client;
}

QUrlQuery WebhookPolicyService::listQuery()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    query.addQueryItem(QStringLiteral("fields"),
                       QStringLiteral("id,name,disabled,jwt_alg,jwt_audience,"
                                      "jwt_claim_expires_in,created_at,updated_at"));
    return query;
}

void WebhookPolicyService::list(WebhookState state, QObject *context, ListCallback done)
{
    QString path = QStringLiteral("/webhook_policies");
    if (state == WebhookState::Enabled)
        path += QStringLiteral("/enabled");
    else if (state == WebhookState::Disabled)
        path += QStringLiteral("/disabled");
    auto listing = std::make_shared<Listing>();
    listing->context = context;
    listing->done = std::move(done);
    requestPage(listing, m_client->urlFor(path, listQuery()));
}

void WebhookPolicyService::requestPage(const std::shared_ptr<Listing> &listing, const QUrl &url)
{
    listing->requested.insert(url);
    ApiCall *call = m_client->send({ApiRequest::Method::Get, url, {}, ApiRequest::Expect::Array});
    QObject *context = listing->context;
    if (!context)
        return;
    connect(call, &ApiCall::finished, context,
            [self = QPointer(this), listing](const ApiResponse &response) {
                if (response.error) {
                    listing->done(listing->policies, response.error);
                    return;
                }
                const QJsonArray array = response.json.array();
                for (const QJsonValue &value : array) {
                    WebhookPolicy policy;
                    if (!value.isObject() || !WebhookPolicy::fromJson(value.toObject(), &policy)) {
                        ++listing->unreadable;
                        continue;
                    }
                    if (listing->ids.contains(policy.id))
                        continue;
                    listing->ids.insert(policy.id);
                    listing->policies.append(policy);
                }
                const QUrl next = nextPage(response);
                QString problem;
                if (!next.isEmpty() && self) {
                    const QString refusal = self->m_client->refusalFor(next);
                    if (!refusal.isEmpty()) {
                        qCWarning(lcApi) << "policies: not following a pagination link:" << refusal;
                        problem = tr("a page link pointed to another address (%1)")
                                          .arg(next.host());
                    } else if (listing->requested.contains(next)) {
                        problem = tr("the server's next-page link repeats an earlier page");
                    } else if (listing->requested.size() >= MaximumPages) {
                        problem = tr("the listing has more than %1 pages").arg(MaximumPages);
                    } else {
                        self->requestPage(listing, next);
                        return;
                    }
                }
                if (problem.isEmpty() && listing->unreadable > 0)
                    problem = tr("%n record(s) could not be read", nullptr, listing->unreadable);
                std::sort(
                        listing->policies.begin(), listing->policies.end(),
                        [](const WebhookPolicy &a, const WebhookPolicy &b) { return a.id < b.id; });
                ApiError error;
                if (!problem.isEmpty()) {
                    error.kind = ApiError::Kind::Incomplete;
                    error.message = tr("%n webhook policies arrived", nullptr,
                                       int(listing->policies.size()))
                            + QStringLiteral("; ") + problem;
                    error.requestPath = QStringLiteral("GET /webhook_policies");
                }
                listing->done(listing->policies, error);
            });
}

void WebhookPolicyService::get(qint64 id, QObject *context, PolicyCallback done)
{
    ApiCall *call = m_client->send({ApiRequest::Method::Get,
                                    m_client->urlFor(policyPath(id)),
                                    {},
                                    ApiRequest::Expect::Object});
    connect(call, &ApiCall::finished, context, [done](const ApiResponse &response) {
        WebhookPolicy policy;
        const ApiError error = readPolicy(response, &policy);
        done(policy, error);
    });
}

void WebhookPolicyService::create(const WebhookPolicy &policy, QObject *context,
                                  PolicyCallback done)
{
    ApiCall *call = m_client->send(
            {ApiRequest::Method::Post, m_client->urlFor(QStringLiteral("/webhook_policies")),
             compactJson(policy.createPayload()), ApiRequest::Expect::Object});
    connect(call, &ApiCall::finished, context,
            [self = QPointer(this), policy, done](const ApiResponse &response) {
                WebhookPolicy created;
                ApiError error = readPolicy(response, &created);
                if (error) {
                    const bool ambiguous = (error.kind == ApiError::Kind::Network
                                            || error.kind == ApiError::Kind::Timeout)
                            && response.requestMayHaveArrived;
                    if (ambiguous) {
                        error.message = tr("%1; whether the policy was created is unknown: list "
                                           "the policies before you try again. A policy created "
                                           "this way cannot show its public key again; delete "
                                           "it and create another")
                                                .arg(error.message);
                    }
                    done(policy, error);
                    return;
                }
                if (self)
                    Q_EMIT self->policyCreated(created);
                done(created, {});
            });
}

void WebhookPolicyService::update(const WebhookPolicy &before, const WebhookPolicy &after,
                                  QObject *context, PolicyCallback done)
{
    const QJsonObject changes = WebhookPolicy::changedFields(before, after);
    if (changes.isEmpty()) {
        QMetaObject::invokeMethod(
                context, [done, before] { done(before, {}); }, Qt::QueuedConnection);
        return;
    }
    ApiCall *call
            = m_client->send({ApiRequest::Method::Patch, m_client->urlFor(policyPath(before.id)),
                              compactJson(changes), ApiRequest::Expect::Object});
    connect(call, &ApiCall::finished, context,
            [self = QPointer(this), after, done](const ApiResponse &response) {
                WebhookPolicy updated;
                const ApiError error = readPolicy(response, &updated);
                if (!error && self)
                    Q_EMIT self->policyUpdated(updated);
                done(error ? after : updated, error);
            });
}

void WebhookPolicyService::remove(qint64 id, QObject *context, DoneCallback done)
{
    ApiCall *call = m_client->send({ApiRequest::Method::Delete,
                                    m_client->urlFor(policyPath(id)),
                                    {},
                                    ApiRequest::Expect::Nothing});
    connect(call, &ApiCall::finished, context,
            [self = QPointer(this), id, done](const ApiResponse &response) {
                ApiError error = response.error;
                if (error.kind == ApiError::Kind::Http && error.httpStatus == 404)
                    error.message = tr("the webhook policy was already deleted");
                if (!error && self)
                    Q_EMIT self->policyRemoved(id);
                done(error);
            });
}
