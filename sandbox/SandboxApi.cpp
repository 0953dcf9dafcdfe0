// SandboxApi, part 1 of 3: authentication, accounts, rate limits, routing, and the
// /v1/webhooks endpoints (listing with pagination and field selection, read, create, update,
// delete, test), with the JSON shapes and error answers they share. The webhook policies are
// in SandboxApiPolicies.cpp, the requests outside /v1 in SandboxApiOutsideV1.cpp.

#include "sandbox/SandboxApi.h"

#include "sandbox/SandboxApiHelpers.h"
#include "sandbox/SandboxDelivery.h"
#include "sandbox/SandboxEvents.h"
#include "sandbox/SandboxFields.h"
#include "sandbox/SandboxMessageSigner.h"
#include "sandbox/SandboxStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStringList>
#include <QUrlQuery>

#include <algorithm>
#include <optional>

namespace {

constexpr QByteArrayView JsonContentType{"application/json; charset=utf-8"};
constexpr QLatin1StringView CursorPrefix{"after-id:"};

enum Filter { All = 0, EnabledOnly = 1, DisabledOnly = 2 };

const QList<QLatin1StringView> &collectionFields()
{
    using namespace SandboxFields;
    static const QList<QLatin1StringView> fields = {Id, Name, Event, Uri, CreatedAt, UpdatedAt};
    return fields;
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Strings as they are; numbers and booleans as text; null as empty. False for arrays and
// objects.
bool readText(const QJsonValue &value, QString *out)
{
    switch (value.type()) {
    case QJsonValue::String:
        *out = value.toString();
        return true;
    case QJsonValue::Null:
        out->clear();
        return true;
    case QJsonValue::Double: {
        const qint64 integer = value.toInteger(std::numeric_limits<qint64>::min());
        *out = integer != std::numeric_limits<qint64>::min() ? QString::number(integer)
                                                             : QString::number(value.toDouble());
        return true;
    }
    case QJsonValue::Bool:
        *out = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return true;
    default:
        return false;
    }
}

bool readBool(const QJsonValue &value, bool *out)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        *out = value.toBool();
        return true;
    case QJsonValue::Double:
        *out = value.toDouble() != 0;
        return true;
    case QJsonValue::Null:
        *out = false;
        return true;
    case QJsonValue::String: {
        const QString text = value.toString().trimmed().toLower();
        if (text == u"true" || text == u"1") {
            *out = true;
            return true;
        }
        if (text == u"false" || text == u"0" || text.isEmpty()) {
            *out = false;
            return true;
        }
        return false;
    }
    default:
        return false;
    }
}

QString decodeCursor(const QString &cursor, bool *ok)
{
    const auto decoded = QByteArray::fromBase64Encoding(
            cursor.toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QString text = QString::fromUtf8(*decoded);
    *ok = bool(decoded) && text.startsWith(CursorPrefix);
    return *ok ? text.mid(CursorPrefix.size()) : QString();
}

QByteArray headerNumber(qint64 number)
{
    return QByteArray::number(number);
}

} // namespace

using SandboxApiHelpers::parseBody;
using SandboxApiHelpers::requestedFields;
using SandboxApiHelpers::selectFields;

SandboxApi::SandboxApi(const SandboxOptions &options, SandboxStore *store,
                       SandboxDelivery *delivery)
    : m_options(options),
      m_store(store),
      m_delivery(delivery),
      m_rateLimiter(options.burstLimit, options.burstSeconds, options.hourlyLimit)
{
    Q_ASSERT(store);
}

// ---- responses -------------------------------------------------------------------------

SandboxResponse SandboxApi::json(int status, const QJsonDocument &document)
{
    SandboxResponse response;
    response.status = status;
    response.headers.append({QByteArrayLiteral("Content-Type"), JsonContentType.toByteArray()});
    response.body = document.toJson(QJsonDocument::Compact);
    return response;
}

SandboxResponse SandboxApi::message(int status, const QString &text)
{
    return json(status, QJsonDocument(QJsonObject{{SandboxFields::Message, text}}));
}

SandboxResponse SandboxApi::validationFailed(const SandboxValidator::Errors &errors)
{
    QJsonArray list;
    for (const auto &error : errors)
        list.append(QJsonArray{error.first, error.second});
    return json(
            422,
            QJsonDocument(QJsonObject{{SandboxFields::Message, QStringLiteral("Validation Failed")},
                                      {SandboxFields::Errors, list}}));
}

SandboxResponse SandboxApi::methodNotAllowed(const QByteArray &allowed)
{
    SandboxResponse response = message(405, QStringLiteral("Method Not Allowed"));
    response.headers.append({QByteArrayLiteral("Allow"), allowed});
    return response;
}

// ---- JSON shapes -----------------------------------------------------------------------

QJsonObject SandboxApi::enumsJson()
{
    using namespace SandboxFields;
    QJsonArray events;
    for (const SandboxEvents::Event &event : SandboxEvents::instance().events()) {
        events.append(QJsonObject{
                {Id, event.id}, {EnumText, SandboxEvents::text(event.id)}, {EnumCode, event.code}});
    }
    return QJsonObject{{EnumWebhookEvent, events}};
}

QJsonObject SandboxApi::fullJson(const SandboxWebhook &webhook, const QString &account) const
{
    using namespace SandboxFields;
    QJsonObject object;
    object.insert(Id, webhook.id);
    object.insert(Name, webhook.name.isEmpty() ? webhook.event : webhook.name);
    object.insert(Event, webhook.event);
    object.insert(Uri, webhook.uri);
    object.insert(Disabled, webhook.disabled);
    object.insert(Description, stringOrNull(webhook.description));
    object.insert(MailExceptionsTo, stringOrNull(webhook.mailExceptionsTo));
    const QJsonObject policy = m_store->policy(webhook.webhookPolicyId, account);
    if (webhook.webhookPolicyId > 0) {
        object.insert(WebhookPolicy,
                      QJsonObject{{Id, webhook.webhookPolicyId}, {Name, policy.value(Name)}});
    } else {
        object.insert(WebhookPolicy, QJsonValue::Null);
    }
    object.insert(OpenIdConnectDiscovery, webhook.openIdConnectDiscovery);
    object.insert(AppOfferingReferences, QJsonArray::fromStringList(webhook.appOfferingReferences));
    object.insert(Attachments, webhook.attachments);
    object.insert(Source, stringOrNull(webhook.source));
    object.insert(SourceId, stringOrNull(webhook.sourceId));
    object.insert(LastError, stringOrNull(webhook.lastError));
    object.insert(CreatedAt, webhook.createdAt);
    object.insert(UpdatedAt, webhook.updatedAt);
    object.insert(NodeId, webhook.nodeId);
    return object;
}

QJsonObject SandboxApi::collectionJson(const SandboxWebhook &webhook, const QString &account) const
{
    const QJsonObject full = fullJson(webhook, account);
    QJsonObject object;
    for (const QLatin1StringView key : collectionFields())
        object.insert(key, full.value(key));
    if (webhook.disabled)
        object.insert(SandboxFields::Disabled, true);
    if (!webhook.lastError.isEmpty())
        object.insert(SandboxFields::LastError, webhook.lastError);
    return object;
}

QString SandboxApi::cursorFor(qint64 id)
{
    return QString::fromLatin1(
            (CursorPrefix + QString::number(id))
                    .toUtf8()
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

namespace {
QString newVerificationCode()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(bytes.toHex());
}
} // namespace

// ---- request handling ------------------------------------------------------------------

SandboxApi::Role SandboxApi::roleOf(const SandboxRequest &request, QByteArray *token) const
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    const qsizetype space = authorization.indexOf(' ');
    if (space <= 0)
        return Role::None;
    const QByteArray scheme = authorization.left(space);
    const QByteArray credentials = authorization.mid(space + 1).trimmed();
    if (scheme.compare("Bearer", Qt::CaseInsensitive) == 0) {
        *token = credentials;
    } else if (scheme.compare("Basic", Qt::CaseInsensitive) == 0) {
        // Legacy API tokens: "<token>:x".
        const QByteArray decoded = QByteArray::fromBase64(credentials);
        *token = decoded.left(decoded.indexOf(':'));
    } else {
        return Role::None;
    }
    if (token->isEmpty())
        return Role::None;
    if (*token == m_options.token.toUtf8())
        return Role::Administrator;
    if (!m_options.nonAdminToken.isEmpty() && *token == m_options.nonAdminToken.toUtf8())
        return Role::User;
    return Role::None;
}

QString SandboxApi::accountHeader(const SandboxRequest &request, bool *present)
{
    // The header's name changed with the brand; all three are accepted (case-insensitive).
    for (const char *name : {"X-Xurrent-Account", "X-4me-Account", "X-ITRP-Account"}) {
        if (request.hasHeader(name)) {
            *present = true;
            return QString::fromUtf8(request.header(name).trimmed());
        }
    }
    *present = false;
    return {};
}

SandboxResponse SandboxApi::handle(const SandboxRequest &request)
{
    ++m_requestCount;
    QString path = request.url.path();
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);

    // Outside the API: the verification callbacks and the sandbox-only namespace.
    if (path.startsWith(u"/webhooks/") && path.endsWith(u"/verify"))
        return verify(request, path);
    if (path == u"/_sandbox" || path.startsWith(u"/_sandbox/"))
        return sandboxOnly(request, path);
    if (SandboxMessageSigner::parseDiscoveryPath(path).document
        != SandboxMessageSigner::Document::None) {
        return discovery(request, path);
    }

    QByteArray token;
    const Role role = roleOf(request, &token);
    if (role == Role::None)
        return message(401, QStringLiteral("Unauthorized"));

    const bool isRateLimitQuery = path == u"/v1/rate_limit";
    const SandboxRateLimiter::Decision decision
            = isRateLimitQuery ? m_rateLimiter.peek(token) : m_rateLimiter.check(token);

    SandboxResponse response;
    if (!decision.allowed) {
        ++m_rateLimitedCount;
        response = message(429, QStringLiteral("Too Many Requests"));
        response.headers.append(
                {QByteArrayLiteral("Retry-After"), headerNumber(decision.retryAfterSeconds)});
    } else {
        bool present = false;
        const QString account = accountHeader(request, &present);
        if (!present || !m_store->hasAccount(account))
            response = message(403, QStringLiteral("Forbidden"));
        else if (isRateLimitQuery && request.method == "GET")
            response = rateLimitState(token);
        else
            response = route(request, path, role, account);
    }

    response.headers.append({QByteArrayLiteral("X-RateLimit-Limit"), headerNumber(decision.limit)});
    response.headers.append(
            {QByteArrayLiteral("X-RateLimit-Remaining"), headerNumber(decision.remaining)});
    response.headers.append(
            {QByteArrayLiteral("X-RateLimit-Reset"), headerNumber(decision.resetEpochSeconds)});

    // A weak ETag on successful reads; a matching If-None-Match gets 304.
    if (response.status == 200 && request.method == "GET") {
        const QByteArray etag = "W/\""
                + QCryptographicHash::hash(response.body, QCryptographicHash::Sha1).toHex().left(32)
                + '"';
        response.headers.append({QByteArrayLiteral("ETag"), etag});
        if (request.header("If-None-Match").trimmed() == etag) {
            response.status = 304;
            response.body.clear();
        }
    }
    return response;
}

SandboxResponse SandboxApi::route(const SandboxRequest &request, const QString &path, Role role,
                                  const QString &account)
{
    const QByteArray &method = request.method;
    if (request.body.size() > MaxBodyBytes)
        return message(413, QStringLiteral("Request Entity Too Large"));

    if (path == u"/v1/enums") {
        if (method != "GET")
            return methodNotAllowed("GET");
        return json(200, QJsonDocument(enumsJson()));
    }
    if (path == u"/v1/rate_limit")
        return methodNotAllowed("GET");

    const QString policiesRoot = QStringLiteral("/v1/webhook_policies");
    if (path == policiesRoot || path.startsWith(policiesRoot + u'/')) {
        if (role != Role::Administrator)
            return message(403, QStringLiteral("Forbidden"));
        return routePolicies(request, path, account);
    }

    const QString webhooksRoot = QStringLiteral("/v1/webhooks");
    if (path != webhooksRoot && !path.startsWith(webhooksRoot + u'/'))
        return message(404, QStringLiteral("Not Found"));
    if (role != Role::Administrator)
        return message(403, QStringLiteral("Forbidden"));

    const QStringList parts = path.mid(webhooksRoot.size() + 1).split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        if (method == "GET")
            return list(request, path, All, account);
        if (method == "POST")
            return create(request, account);
        return methodNotAllowed("GET, POST");
    }
    if (parts.size() == 1 && (parts.first() == u"enabled" || parts.first() == u"disabled")) {
        if (method != "GET")
            return methodNotAllowed("GET");
        return list(request, path, parts.first() == u"enabled" ? EnabledOnly : DisabledOnly,
                    account);
    }
    bool isNumber = false;
    const qint64 id = parts.first().toLongLong(&isNumber);
    if (!isNumber || id <= 0 || parts.size() > 2)
        return message(404, QStringLiteral("Not Found"));
    if (parts.size() == 2) {
        if (parts.at(1) != u"test")
            return message(404, QStringLiteral("Not Found"));
        if (method != "POST")
            return methodNotAllowed("POST");
        return testFire(id, account);
    }
    if (method == "GET")
        return get(request, id, account);
    if (method == "PATCH" || method == "PUT")
        return update(request, id, account);
    if (method == "DELETE")
        return remove(id, account);
    return methodNotAllowed("GET, PATCH, PUT, DELETE");
}

SandboxResponse SandboxApi::rateLimitState(const QByteArray &token)
{
    const SandboxRateLimiter::Decision state = m_rateLimiter.peek(token);
    const QJsonObject object{
            {QLatin1StringView("limit"), state.limit},
            {QLatin1StringView("remaining"), state.remaining},
            {QLatin1StringView("reset"), state.resetEpochSeconds},
            {QLatin1StringView("burst_limit"), m_rateLimiter.burstLimit()},
            {QLatin1StringView("burst_period"), m_rateLimiter.burstSeconds()},
            {QLatin1StringView("burst_remaining"), m_rateLimiter.burstRemaining(token)},
    };
    return json(200, QJsonDocument(object));
}

SandboxResponse SandboxApi::list(const SandboxRequest &request, const QString &path, int filter,
                                 const QString &account)
{
    const SandboxWebhookList &all = m_store->webhooks(account);
    QList<const SandboxWebhook *> matches;
    matches.reserve(all.size());
    for (const SandboxWebhook &webhook : all) {
        if (filter == All || (filter == EnabledOnly && !webhook.disabled)
            || (filter == DisabledOnly && webhook.disabled)) {
            matches.append(&webhook);
        }
    }
    QList<qint64> ids;
    ids.reserve(matches.size());
    for (const SandboxWebhook *webhook : std::as_const(matches))
        ids.append(webhook->id);
    return page(
            request, path, ids,
            [this, &matches, &account](qsizetype index, const std::optional<QStringList> &fields) {
                const SandboxWebhook &webhook = *matches.at(index);
                return fields ? selectFields(fullJson(webhook, account), *fields)
                              : collectionJson(webhook, account);
            });
}

SandboxResponse SandboxApi::page(
        const SandboxRequest &request, const QString &path, const QList<qint64> &ids,
        const std::function<QJsonObject(qsizetype, const std::optional<QStringList> &)> &item)
{
    const QUrlQuery query(request.url);
    bool perPageOk = false;
    int perPage = DefaultPerPage;
    if (query.hasQueryItem(QStringLiteral("per_page"))) {
        perPage = query.queryItemValue(QStringLiteral("per_page")).trimmed().toInt(&perPageOk);
        if (!perPageOk || perPage < 1)
            return message(400, QStringLiteral("Parameter 'per_page' cannot be less than 1"));
        perPage = qMin(perPage, MaxPerPage);
    }

    const qsizetype total = ids.size();
    const qsizetype totalPages = qMax<qsizetype>(1, (total + perPage - 1) / perPage);
    const bool cursorMode = m_options.pagination == SandboxOptions::Pagination::Cursor;

    qsizetype begin = 0;
    if (cursorMode) {
        const auto firstAbove = [&ids](qint64 id) {
            return std::upper_bound(ids.cbegin(), ids.cend(), id) - ids.cbegin();
        };
        const auto firstAtLeast = [&ids](qint64 id) {
            return std::lower_bound(ids.cbegin(), ids.cend(), id) - ids.cbegin();
        };
        for (const char *name : {"search_after", "search_before"}) {
            const QString key = QString::fromLatin1(name);
            if (!query.hasQueryItem(key))
                continue;
            bool ok = false;
            const qint64 id = decodeCursor(query.queryItemValue(key), &ok).toLongLong(&ok);
            if (!ok)
                return message(400,
                               QStringLiteral("Parameter '%1' is not a valid cursor").arg(key));
            begin = key == u"search_after" ? firstAbove(id)
                                           : qMax<qsizetype>(0, firstAtLeast(id) - perPage);
            break;
        }
    } else {
        bool ok = false;
        const int page = query.queryItemValue(QStringLiteral("page")).toInt(&ok);
        begin = (ok && page > 1 ? qint64(page - 1) : 0) * perPage;
    }
    const qsizetype end = qMin(total, begin + perPage);
    const qint64 currentPage = begin / perPage + 1;

    QJsonArray array;
    const std::optional<QStringList> fields = requestedFields(query);
    for (qsizetype i = begin; i < end; ++i)
        array.append(item(i, fields));
    SandboxResponse response = json(200, QJsonDocument(array));
    response.headers.append({QByteArrayLiteral("X-Pagination-Per-Page"), headerNumber(perPage)});
    response.headers.append(
            {QByteArrayLiteral("X-Pagination-Current-Page"), headerNumber(currentPage)});
    response.headers.append(
            {QByteArrayLiteral("X-Pagination-Total-Pages"), headerNumber(totalPages)});
    response.headers.append({QByteArrayLiteral("X-Pagination-Total-Entries"), headerNumber(total)});

    // Links keep the caller's other query parameters (fields, filters) as they were sent.
    QStringList kept;
    const QString rawQuery = request.url.query(QUrl::FullyEncoded);
    const QStringList rawItems = rawQuery.split(u'&', Qt::SkipEmptyParts);
    for (const QString &rawItem : rawItems) {
        const QString key = QUrl::fromPercentEncoding(rawItem.section(u'=', 0, 0).toUtf8());
        if (key != u"page" && key != u"per_page" && key != u"search_after"
            && key != u"search_before") {
            kept.append(rawItem);
        }
    }
    const QString apiPath = path.mid(3); // without "/v1"
    const auto link = [&](const QString &position, const QString &rel) {
        QStringList items;
        if (!position.isEmpty())
            items.append(position);
        items.append(QStringLiteral("per_page=%1").arg(perPage));
        items.append(kept);
        QUrl url = m_baseUrl;
        url.setPath(m_baseUrl.path() + apiPath);
        url.setQuery(items.join(u'&'), QUrl::StrictMode);
        return QStringLiteral("<%1>; rel=\"%2\"").arg(QString::fromUtf8(url.toEncoded()), rel);
    };
    QStringList links;
    if (cursorMode) {
        // Cursors: first (from page 2 on), prev, next; never last.
        if (begin > 0) {
            links.append(link({}, QStringLiteral("first")));
            if (end > begin) {
                links.append(link(QStringLiteral("search_before=") + cursorFor(ids.at(begin)),
                                  QStringLiteral("prev")));
            }
        }
        if (end < total && end > begin) {
            links.append(link(QStringLiteral("search_after=") + cursorFor(ids.at(end - 1)),
                              QStringLiteral("next")));
        }
        if (end > begin) {
            response.headers.append({QByteArrayLiteral("X-Pagination-Start-Cursor"),
                                     cursorFor(ids.at(begin)).toLatin1()});
            response.headers.append({QByteArrayLiteral("X-Pagination-End-Cursor"),
                                     cursorFor(ids.at(end - 1)).toLatin1()});
        }
    } else {
        links.append(link(QStringLiteral("page=1"), QStringLiteral("first")));
        if (currentPage > 1) {
            links.append(
                    link(QStringLiteral("page=%1").arg(qMin<qint64>(currentPage - 1, totalPages)),
                         QStringLiteral("prev")));
        }
        if (currentPage < totalPages)
            links.append(
                    link(QStringLiteral("page=%1").arg(currentPage + 1), QStringLiteral("next")));
        links.append(link(QStringLiteral("page=%1").arg(totalPages), QStringLiteral("last")));
    }
    if (!links.isEmpty()) {
        response.headers.append(
                {QByteArrayLiteral("Link"), links.join(QStringLiteral(", ")).toUtf8()});
    }
    return response;
}

SandboxResponse SandboxApi::get(const SandboxRequest &request, qint64 id, const QString &account)
{
    const SandboxWebhook *webhook = m_store->find(id, account);
    if (!webhook)
        return message(404, QStringLiteral("Not Found"));
    const std::optional<QStringList> fields = requestedFields(QUrlQuery(request.url));
    const QJsonObject full = fullJson(*webhook, account);
    return json(200, QJsonDocument(fields ? selectFields(full, *fields) : full));
}

void SandboxApi::applyFields(const QJsonObject &body, SandboxWebhook *webhook,
                             SandboxValidator::Errors *errors, const QString &account) const
{
    using namespace SandboxFields;
    const auto invalid = [errors](QLatin1StringView key, const QString &label) {
        errors->append({QString(key), QStringLiteral("%1 is invalid").arg(label)});
    };
    const auto text = [&](QLatin1StringView key, const QString &label, QString *target) {
        const auto it = body.constFind(key);
        if (it != body.constEnd() && !readText(it.value(), target))
            invalid(key, label);
    };
    text(Name, QStringLiteral("Name"), &webhook->name);
    text(Event, QStringLiteral("Event"), &webhook->event);
    text(Uri, QStringLiteral("Uri"), &webhook->uri);
    text(Description, QStringLiteral("Description"), &webhook->description);
    text(MailExceptionsTo, QStringLiteral("Mail exceptions to"), &webhook->mailExceptionsTo);
    text(Source, QStringLiteral("Source"), &webhook->source);
    text(SourceId, QStringLiteral("Sourceid"), &webhook->sourceId);
    const auto flag = [&](QLatin1StringView key, const QString &label, bool *target) {
        const auto it = body.constFind(key);
        if (it != body.constEnd() && !readBool(it.value(), target))
            invalid(key, label);
    };
    flag(Disabled, QStringLiteral("Disabled"), &webhook->disabled);
    flag(OpenIdConnectDiscovery, QStringLiteral("Openid connect discovery"),
         &webhook->openIdConnectDiscovery);

    if (const auto it = body.constFind(AppOfferingReferences); it != body.constEnd()) {
        QStringList references;
        bool ok = it.value().isNull() || it.value().isArray();
        const QJsonArray array = it.value().toArray();
        for (const QJsonValue &value : array) {
            if (!value.isString() || value.toString().trimmed().isEmpty())
                ok = false;
            else
                references.append(value.toString());
        }
        if (ok)
            webhook->appOfferingReferences = references;
        else
            invalid(AppOfferingReferences, QStringLiteral("App offering references"));
    }
    // Write-only: the inline attachments of the description become its read-only
    // attachments. Absent: the stored attachments stay.
    if (const auto it = body.constFind(DescriptionAttachments); it != body.constEnd()) {
        if (it.value().isNull())
            webhook->attachments = {};
        else if (it.value().isArray())
            webhook->attachments = it.value().toArray();
        else
            invalid(DescriptionAttachments, QStringLiteral("Description attachments"));
    }
    if (const auto it = body.constFind(WebhookPolicyId); it != body.constEnd()) {
        const QJsonValue value = it.value();
        QString textValue;
        if (value.isNull() || (value.isString() && value.toString().isEmpty())) {
            webhook->webhookPolicyId = 0;
        } else if (readText(value, &textValue)) {
            bool ok = false;
            const qint64 policyId = textValue.toLongLong(&ok);
            const QJsonObject policy = m_store->policy(ok ? policyId : 0, account);
            if (policy.isEmpty()) {
                errors->append({QString(WebhookPolicyId),
                                QStringLiteral("Webhook policy can't be found")});
            } else if (policy.value(Disabled).toBool() && policyId != webhook->webhookPolicyId) {
                errors->append(
                        {QString(WebhookPolicyId), QStringLiteral("Webhook policy is disabled")});
            } else {
                webhook->webhookPolicyId = policyId;
            }
        } else {
            invalid(WebhookPolicyId, QStringLiteral("Webhook policy"));
        }
    }
}

bool SandboxApi::prepareVerification(SandboxWebhook *webhook, const SandboxWebhook *before,
                                     const QString &account) const
{
    if (!m_options.verification)
        return false;
    const bool uriChanged = !before || before->uri != webhook->uri;
    const bool wasVerified = before && before->verified;
    if (wasVerified && !uriChanged)
        return false; // nothing to verify
    // No verification when another webhook of the account with exactly this URI is verified.
    for (const SandboxWebhook &other : m_store->webhooks(account)) {
        if (other.id != webhook->id && other.verified && other.uri == webhook->uri) {
            webhook->verified = true;
            webhook->verificationCode.clear();
            webhook->verificationExpiresAt = 0;
            return false;
        }
    }
    // Created, URI changed, or updated while unverified: a fresh code; the old one is void.
    webhook->verified = false;
    webhook->verificationCode = newVerificationCode();
    webhook->verificationExpiresAt
            = QDateTime::currentSecsSinceEpoch() + VerificationValiditySeconds;
    return true;
}

SandboxResponse SandboxApi::create(const SandboxRequest &request, const QString &account)
{
    QJsonObject body;
    if (!parseBody(request.body, &body))
        return message(400, QStringLiteral("Invalid JSON string posted"));
    SandboxWebhook webhook;
    SandboxValidator::Errors errors;
    applyFields(body, &webhook, &errors, account);
    errors += SandboxValidator::validate(webhook, {});
    if (!errors.isEmpty())
        return validationFailed(errors);
    if (webhook.name.trimmed().isEmpty())
        webhook.name = webhook.event;
    // The id is known only once stored: store, then decide on the verification.
    SandboxWebhook created = m_store->add(webhook, account);
    const bool sendVerification = prepareVerification(&created, nullptr, account);
    m_store->update(created, false, account);
    ++m_createCount;
    const bool with201 = m_options.createStatus != 200;
    SandboxResponse response = json(with201 ? 201 : 200, QJsonDocument(fullJson(created, account)));
    if (with201) {
        QUrl location = m_baseUrl;
        location.setPath(m_baseUrl.path() + QStringLiteral("/webhooks/%1").arg(created.id));
        response.headers.append({QByteArrayLiteral("Location"), location.toEncoded()});
    }
    if (sendVerification && m_delivery) {
        SandboxDelivery *delivery = m_delivery;
        response.afterSent = [delivery, account, created] {
            delivery->sendVerification(account, created);
        };
    }
    return response;
}

SandboxResponse SandboxApi::update(const SandboxRequest &request, qint64 id, const QString &account)
{
    const SandboxWebhook *existing = m_store->find(id, account);
    if (!existing)
        return message(404, QStringLiteral("Not Found"));
    QJsonObject body;
    if (!parseBody(request.body, &body))
        return message(400, QStringLiteral("Invalid JSON string posted"));
    const SandboxWebhook before = *existing;
    SandboxWebhook webhook = before;
    SandboxValidator::Errors errors;
    applyFields(body, &webhook, &errors, account);
    errors += SandboxValidator::validate(webhook, before.event);
    if (!errors.isEmpty())
        return validationFailed(errors);
    if (webhook.name.trimmed().isEmpty())
        webhook.name = webhook.event;
    const bool sendVerification = prepareVerification(&webhook, &before, account);
    m_store->update(webhook, true, account);
    const SandboxWebhook stored = *m_store->find(id, account);
    SandboxResponse response = json(200, QJsonDocument(fullJson(stored, account)));
    if (sendVerification && m_delivery) {
        SandboxDelivery *delivery = m_delivery;
        response.afterSent = [delivery, account, stored] {
            delivery->sendVerification(account, stored);
        };
    }
    return response;
}

SandboxResponse SandboxApi::remove(qint64 id, const QString &account)
{
    if (!m_store->remove(id, account))
        return message(404, QStringLiteral("Not Found"));
    SandboxResponse response;
    response.status = 204;
    return response;
}

SandboxResponse SandboxApi::testFire(qint64 id, const QString &account)
{
    const SandboxWebhook *webhook = m_store->find(id, account);
    if (!webhook)
        return message(404, QStringLiteral("Not Found"));
    SandboxResponse response;
    response.status = 204;
    if (m_delivery) {
        // Disabled and unverified webhooks get test messages too.
        const SandboxWebhook copy = *webhook;
        SandboxDelivery *delivery = m_delivery;
        response.afterSent = [delivery, account, copy] {
            delivery->deliver(account, copy, TestObjectId,
                              {1, QStringLiteral("Sandbox Administrator")},
                              SandboxDelivery::Kind::Test);
        };
    }
    return response;
}
