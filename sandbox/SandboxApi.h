#pragma once

#include "models/FieldError.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxRateLimiter.h"
#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

#include <QJsonObject>
#include <QUrl>

class SandboxDelivery;
class SandboxStore;
struct Webhook;

// The 4me Webhooks API of the sandbox (reference §1, §2, §5): authentication, rate limits,
// routing, pagination, field selection, validation and error answers. Knows nothing about
// sockets: SandboxHttpServer feeds it requests and writes its responses.
class SandboxApi final
{
    Q_DISABLE_COPY_MOVE(SandboxApi)

public:
    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;
    static constexpr int DefaultPerPage = 20;
    static constexpr int MaxPerPage = 100;
    static constexpr qint64 TestObjectId = 12345;

    // `store` and `delivery` are not owned and must outlive the API.
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
    // "request.create" -> "Request created"
    static QString eventText(const QString &event);
    // Every field of a webhook, null for unset optional fields (single GET).
    static QJsonObject fullJson(const Webhook &webhook);
    // Collection fields (id, name, event, uri, created_at, updated_at; disabled and
    // last_error when set).
    static QJsonObject collectionJson(const Webhook &webhook);
    // The cursor for search_after/search_before at a webhook id.
    static QString cursorFor(qint64 id);

private:
    enum class Role { None, Administrator, User };
    Role roleOf(const SandboxRequest &request, QByteArray *token) const;

    SandboxResponse route(const SandboxRequest &request, const QString &path, Role role);
    SandboxResponse list(const SandboxRequest &request, const QString &path, int filter);
    SandboxResponse get(const SandboxRequest &request, qint64 id);
    SandboxResponse create(const SandboxRequest &request);
    SandboxResponse update(const SandboxRequest &request, qint64 id);
    SandboxResponse remove(qint64 id);
    SandboxResponse testFire(qint64 id);
    SandboxResponse rateLimitState(const QByteArray &token);

    // Reads the writable fields present in `body` into `webhook`; adds type errors.
    static void applyFields(const QJsonObject &body, Webhook *webhook, FieldErrors *errors);
    static FieldErrors validate(const Webhook &webhook, const QString &originalEvent);

    static SandboxResponse json(int status, const QJsonDocument &document);
    static SandboxResponse message(int status, const QString &text);
    static SandboxResponse validationFailed(const FieldErrors &errors);
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
