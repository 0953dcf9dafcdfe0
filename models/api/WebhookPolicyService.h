#pragma once

#include "models/WebhookPolicy.h"
#include "models/WebhookState.h"
#include "models/api/ApiError.h"

#include <QObject>
#include <QUrlQuery>

#include <functional>

class ApiClient;

// The Webhook Policies API (reference section 7) as operations on WebhookPolicy values, on
// the same ApiClient (pacing, retries, error mapping) as WebhookService.
//
// Every callback runs on the thread of `context`, only while `context` lives; it gets an
// ApiError whose kind is None on success. Ownership: the service does not own the client.
class WebhookPolicyService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookPolicyService)

public:
    using PolicyCallback = std::function<void(const WebhookPolicy &policy, const ApiError &error)>;
    using ListCallback
            = std::function<void(const WebhookPolicyList &policies, const ApiError &error)>;
    using DoneCallback = std::function<void(const ApiError &error)>;

    explicit WebhookPolicyService(ApiClient *client, QObject *parent = nullptr);
    ~WebhookPolicyService() override;

    ApiClient *client() const;

    // Every policy (all pages, rel="next" followed on the service's origin only), ascending
    // id, with every field but the public key. `state` lists /enabled or /disabled only.
    void list(WebhookState state, QObject *context, ListCallback done);
    static QUrlQuery listQuery(); // 100 a page, every field a table shows
    static constexpr int MaximumPages = 1000;

    void get(qint64 id, QObject *context, PolicyCallback done);
    // POST /webhook_policies with policy.createPayload(). The answer carries publicKeyPem, the
    // only time the service returns it. Sent once: when no answer arrives, the error says
    // that whether the policy was created is unknown.
    void create(const WebhookPolicy &policy, QObject *context, PolicyCallback done);
    // PATCH with only the fields in which `after` differs from `before`; with nothing changed
    // it answers `before` without a request.
    void update(const WebhookPolicy &before, const WebhookPolicy &after, QObject *context,
                PolicyCallback done);
    // DELETE /webhook_policies/:id. The service unlinks the webhooks that used the policy.
    void remove(qint64 id, QObject *context, DoneCallback done);

Q_SIGNALS:
    // A create, update or delete succeeded; emitted just before its callback runs.
    void policyCreated(const WebhookPolicy &created);
    void policyUpdated(const WebhookPolicy &updated);
    void policyRemoved(qint64 id);

private:
    struct Listing;
    void requestPage(const std::shared_ptr<Listing> &listing, const QUrl &url);

    ApiClient *m_client;
};
