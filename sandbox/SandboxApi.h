#pragma once

#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxRateLimiter.h"
#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"
#include "sandbox/SandboxValidator.h"
#include "sandbox/SandboxWebhook.h"

#include <QJsonObject>
#include <QUrl>

#include <functional>
#include <optional>

class SandboxDelivery;
class SandboxPolicies;
struct SandboxPolicyReply;
class SandboxStore;

// The 4me Webhooks API of the sandbox (reference §1, §2, §4, §5), written from the
// reference: authentication, accounts, rate limits, routing, pagination, field selection,
// validation, verification and error answers. Also the verification callbacks
// (/webhooks/:id/verify on the sandbox's origin) and the sandbox-only namespace /_sandbox.
// Knows nothing about sockets: SandboxHttpServer feeds it requests and writes its responses.
// Defined in three files: SandboxApi.cpp (core and /v1/webhooks), SandboxApiPolicies.cpp
// (/v1/webhook_policies) and SandboxApiOutsideV1.cpp (verification, discovery, /_sandbox).
class SandboxApi final
{
    Q_DISABLE_COPY_MOVE(SandboxApi)

public:
    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;
    static constexpr int DefaultPerPage = 20;
    static constexpr int MaxPerPage = 100;
    static constexpr qint64 TestObjectId = 12345;
    static constexpr qint64 VerificationValiditySeconds = 24 * 3600;

    // `store` and `delivery` are not owned and must outlive the API; `delivery` may be null.
    SandboxApi(const SandboxOptions &options, SandboxStore *store, SandboxDelivery *delivery);

    // The API root used for absolute links: http://127.0.0.1:PORT/v1
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }

    SandboxResponse handle(const SandboxRequest &request);

    int requestCount() const { return m_requestCount; }
    int rateLimitedCount() const { return m_rateLimitedCount; }
    int createCount() const { return m_createCount; }

    // The GET /enums answer: webhook.event entries {id, txt, code} in catalogue order.
    static QJsonObject enumsJson();
    // Every field of a webhook, null for unset optional fields (single GET).
    QJsonObject fullJson(const SandboxWebhook &webhook, const QString &account) const;
    // Collection fields (id, name, event, uri, created_at, updated_at; disabled and
    // last_error when set).
    QJsonObject collectionJson(const SandboxWebhook &webhook, const QString &account) const;
    // The cursor for search_after/search_before at a webhook id.
    static QString cursorFor(qint64 id);

private:
    enum class Role { None, Administrator, User };
    Role roleOf(const SandboxRequest &request, QByteArray *token) const;
    // The account named by the request's account header; empty when absent.
    static QString accountHeader(const SandboxRequest &request, bool *present);

    SandboxResponse route(const SandboxRequest &request, const QString &path, Role role,
                          const QString &account);
    SandboxResponse list(const SandboxRequest &request, const QString &path, int filter,
                         const QString &account);
    SandboxResponse get(const SandboxRequest &request, qint64 id, const QString &account);
    SandboxResponse create(const SandboxRequest &request, const QString &account);
    SandboxResponse update(const SandboxRequest &request, qint64 id, const QString &account);
    SandboxResponse remove(qint64 id, const QString &account);
    SandboxResponse testFire(qint64 id, const QString &account);
    // One page of a collection (ids ascending) with the pagination headers and links;
    // `item(index, fields)` gives the JSON of ids[index] (collection fields, or `fields`).
    SandboxResponse
    page(const SandboxRequest &request, const QString &path, const QList<qint64> &ids,
         const std::function<QJsonObject(qsizetype, const std::optional<QStringList> &)> &item);
    SandboxResponse rateLimitState(const QByteArray &token);
    // /v1/webhook_policies (reference §7), the account's policies kept in the store.
    SandboxResponse routePolicies(const SandboxRequest &request, const QString &path,
                                  const QString &account);
    // The account's policies as stored; false (with *error) when the store's record is bad.
    bool loadPolicies(const QString &account, SandboxPolicies *policies, QString *error) const;
    void savePolicies(const SandboxPolicies &policies, const QString &account);
    // ISS/.well-known/openid-configuration and the JWKS of a policy's issuer; no token.
    SandboxResponse discovery(const SandboxRequest &request, const QString &path);
    static SandboxResponse fromPolicyReply(const SandboxPolicyReply &reply);
    SandboxResponse verify(const SandboxRequest &request, const QString &path);
    SandboxResponse sandboxOnly(const SandboxRequest &request, const QString &path);

    // Reads the writable fields present in `body` into `webhook`; adds type errors.
    void applyFields(const QJsonObject &body, SandboxWebhook *webhook,
                     SandboxValidator::Errors *errors, const QString &account) const;
    // Decides whether the webhook needs verification now (created, URI changed, or updated
    // while unverified) and prepares a fresh code; true when a message must go out.
    bool prepareVerification(SandboxWebhook *webhook, const SandboxWebhook *before,
                             const QString &account) const;

    static SandboxResponse json(int status, const QJsonDocument &document);
    static SandboxResponse message(int status, const QString &text);
    static SandboxResponse validationFailed(const SandboxValidator::Errors &errors);
    static SandboxResponse methodNotAllowed(const QByteArray &allowed);

    SandboxOptions m_options;
    SandboxStore *m_store;
    SandboxDelivery *m_delivery;
    SandboxRateLimiter m_rateLimiter;
    QUrl m_baseUrl;
    int m_requestCount = 0;
    int m_rateLimitedCount = 0;
    int m_createCount = 0;
};
