#include "sandbox/SandboxApi.h"

#include "models/EventCatalog.h"
#include "models/JsonKeys.h"
#include "models/Webhook.h"
#include "models/WebhookValidator.h"
#include "sandbox/SandboxDelivery.h"
#include "sandbox/SandboxStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QUrlQuery>

#include <algorithm>

namespace {

constexpr QByteArrayView JsonContentType{"application/json; charset=utf-8"};
constexpr QLatin1StringView CursorPrefix{"after-id:"};

enum Filter { All = 0, EnabledOnly = 1, DisabledOnly = 2 };

const QList<QLatin1StringView> &collectionFields()
{
    static const QList<QLatin1StringView> fields
            = {JsonKeys::Id,  JsonKeys::Name,      JsonKeys::Event,
               JsonKeys::Uri, JsonKeys::CreatedAt, JsonKeys::UpdatedAt};
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
    return json(status, QJsonDocument(QJsonObject{{JsonKeys::Message, text}}));
}

SandboxResponse SandboxApi::validationFailed(const FieldErrors &errors)
{
    QJsonArray list;
    for (const FieldError &error : errors)
        list.append(QJsonArray{error.field, error.message});
    return json(422,
                QJsonDocument(QJsonObject{{JsonKeys::Message, QStringLiteral("Validation Failed")},
                                          {JsonKeys::Errors, list}}));
}

SandboxResponse SandboxApi::methodNotAllowed(const QByteArray &allowed)
{
    SandboxResponse response = message(405, QStringLiteral("Method Not Allowed"));
    response.headers.append({QByteArrayLiteral("Allow"), allowed});
    return response;
}

// ---- JSON shapes -----------------------------------------------------------------------

QString SandboxApi::eventText(const QString &event)
{
    if (event == u"automation_rule")
        return QStringLiteral("Automation rule");
    if (event == u"webhook.verify")
        return QStringLiteral("Webhook verification");
    const QString noun = EventCatalog::groupLabel(EventCatalog::groupOf(event));
    QString verb = event.section(u'.', 1);
    if (verb == u"create")
        verb = QStringLiteral("created");
    else if (verb == u"update")
        verb = QStringLiteral("updated");
    else if (verb == u"delete")
        verb = QStringLiteral("deleted");
    else
        verb.replace(u'-', u' ');
    return noun + u' ' + verb;
}

QJsonObject SandboxApi::enumsJson()
{
    QJsonArray events;
    for (const EventInfo &info : EventCatalog::builtIn().events()) {
        events.append(QJsonObject{{JsonKeys::Id, info.id},
                                  {JsonKeys::EnumText, eventText(info.id)},
                                  {JsonKeys::EnumCode, info.code}});
    }
    return QJsonObject{{JsonKeys::EnumWebhookEvent, events}};
}

QJsonObject SandboxApi::fullJson(const Webhook &webhook)
{
    QJsonObject object;
    object.insert(JsonKeys::Id, webhook.id);
    object.insert(JsonKeys::Name, webhook.displayName());
    object.insert(JsonKeys::Event, webhook.event);
    object.insert(JsonKeys::Uri, webhook.uri);
    object.insert(JsonKeys::Disabled, webhook.disabled);
    object.insert(JsonKeys::Description, stringOrNull(webhook.description));
    object.insert(JsonKeys::MailExceptionsTo, stringOrNull(webhook.mailExceptionsTo));
    if (webhook.webhookPolicyId > 0) {
        object.insert(JsonKeys::WebhookPolicy,
                      QJsonObject{{JsonKeys::Id, webhook.webhookPolicyId},
                                  {JsonKeys::Name, webhook.webhookPolicyName}});
    } else {
        object.insert(JsonKeys::WebhookPolicy, QJsonValue::Null);
    }
    object.insert(JsonKeys::Source, stringOrNull(webhook.source));
    object.insert(JsonKeys::SourceId, stringOrNull(webhook.sourceId));
    object.insert(JsonKeys::LastError, stringOrNull(webhook.lastError));
    object.insert(JsonKeys::CreatedAt, webhook.createdAt);
    object.insert(JsonKeys::UpdatedAt, webhook.updatedAt);
    object.insert(JsonKeys::NodeId, webhook.nodeId);
    return object;
}

QJsonObject SandboxApi::collectionJson(const Webhook &webhook)
{
    const QJsonObject full = fullJson(webhook);
    QJsonObject object;
    for (const QLatin1StringView key : collectionFields())
        object.insert(key, full.value(key));
    if (webhook.disabled)
        object.insert(JsonKeys::Disabled, true);
    if (!webhook.lastError.isEmpty())
        object.insert(JsonKeys::LastError, webhook.lastError);
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
// `fields=a,b`: id and the named fields of the full record; nullopt without the parameter.
std::optional<QStringList> requestedFields(const QUrlQuery &query)
{
    if (!query.hasQueryItem(QStringLiteral("fields")))
        return std::nullopt;
    QStringList fields;
    const QStringList parts
            = query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded).split(u',');
    for (const QString &part : parts) {
        const QString field = part.trimmed();
        if (!field.isEmpty())
            fields.append(field);
    }
    return fields;
}

QJsonObject selectFields(const QJsonObject &full, const QStringList &fields)
{
    QJsonObject object;
    object.insert(JsonKeys::Id, full.value(JsonKeys::Id));
    for (const QString &field : fields) {
        const auto it = full.constFind(field);
        if (it != full.constEnd())
            object.insert(field, it.value());
    }
    return object;
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

SandboxResponse SandboxApi::handle(const SandboxRequest &request)
{
    ++m_requestCount;
    QString path = request.url.path();
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);

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
        bool accountOk = false;
        for (const char *name : {"X-4me-Account", "X-Xurrent-Account", "X-ITRP-Account"}) {
            if (request.hasHeader(name)) {
                accountOk = QString::fromUtf8(request.header(name).trimmed()) == m_options.account;
                break;
            }
        }
        if (!accountOk)
            response = message(403, QStringLiteral("Forbidden"));
        else if (isRateLimitQuery && request.method == "GET")
            response = rateLimitState(token);
        else
            response = route(request, path, role);
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

SandboxResponse SandboxApi::route(const SandboxRequest &request, const QString &path, Role role)
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

    const QString webhooksRoot = QStringLiteral("/v1/webhooks");
    if (path != webhooksRoot && !path.startsWith(webhooksRoot + u'/'))
        return message(404, QStringLiteral("Not Found"));
    if (role != Role::Administrator)
        return message(403, QStringLiteral("Forbidden"));

    const QStringList parts = path.mid(webhooksRoot.size() + 1).split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        if (method == "GET")
            return list(request, path, All);
        if (method == "POST")
            return create(request);
        return methodNotAllowed("GET, POST");
    }
    if (parts.size() == 1 && (parts.first() == u"enabled" || parts.first() == u"disabled")) {
        if (method != "GET")
            return methodNotAllowed("GET");
        return list(request, path, parts.first() == u"enabled" ? EnabledOnly : DisabledOnly);
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
        return testFire(id);
    }
    if (method == "GET")
        return get(request, id);
    if (method == "PATCH" || method == "PUT")
        return update(request, id);
    if (method == "DELETE")
        return remove(id);
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

SandboxResponse SandboxApi::list(const SandboxRequest &request, const QString &path, int filter)
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

    QList<const Webhook *> matches;
    matches.reserve(m_store->count());
    for (const Webhook &webhook : m_store->webhooks()) {
        if (filter == All || (filter == EnabledOnly && !webhook.disabled)
            || (filter == DisabledOnly && webhook.disabled)) {
            matches.append(&webhook);
        }
    }
    const qsizetype total = matches.size();
    const qsizetype totalPages = qMax<qsizetype>(1, (total + perPage - 1) / perPage);
    const bool cursorMode = m_options.pagination == SandboxOptions::Pagination::Cursor;

    qsizetype begin = 0;
    if (cursorMode) {
        const auto firstAbove = [&matches](qint64 id) {
            return std::upper_bound(
                           matches.cbegin(), matches.cend(), id,
                           [](qint64 value, const Webhook *webhook) { return value < webhook->id; })
                    - matches.cbegin();
        };
        const auto firstAtLeast = [&matches](qint64 id) {
            return std::lower_bound(
                           matches.cbegin(), matches.cend(), id,
                           [](const Webhook *webhook, qint64 value) { return webhook->id < value; })
                    - matches.cbegin();
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
    for (qsizetype i = begin; i < end; ++i) {
        const Webhook &webhook = *matches.at(i);
        array.append(fields ? selectFields(fullJson(webhook), *fields) : collectionJson(webhook));
    }
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
    for (const QString &item : rawItems) {
        const QString key = QUrl::fromPercentEncoding(item.section(u'=', 0, 0).toUtf8());
        if (key != u"page" && key != u"per_page" && key != u"search_after"
            && key != u"search_before") {
            kept.append(item);
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
        links.append(link({}, QStringLiteral("first")));
        if (begin > 0 && end > begin) {
            links.append(link(QStringLiteral("search_before=") + cursorFor(matches.at(begin)->id),
                              QStringLiteral("prev")));
        }
        if (end < total && end > begin) {
            links.append(link(QStringLiteral("search_after=") + cursorFor(matches.at(end - 1)->id),
                              QStringLiteral("next")));
        }
        if (end > begin) {
            response.headers.append({QByteArrayLiteral("X-Pagination-Start-Cursor"),
                                     cursorFor(matches.at(begin)->id).toLatin1()});
            response.headers.append({QByteArrayLiteral("X-Pagination-End-Cursor"),
                                     cursorFor(matches.at(end - 1)->id).toLatin1()});
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
    response.headers.append({QByteArrayLiteral("Link"), links.join(QStringLiteral(", ")).toUtf8()});
    return response;
}

SandboxResponse SandboxApi::get(const SandboxRequest &request, qint64 id)
{
    const Webhook *webhook = m_store->find(id);
    if (!webhook)
        return message(404, QStringLiteral("Not Found"));
    const std::optional<QStringList> fields = requestedFields(QUrlQuery(request.url));
    const QJsonObject full = fullJson(*webhook);
    return json(200, QJsonDocument(fields ? selectFields(full, *fields) : full));
}

void SandboxApi::applyFields(const QJsonObject &body, Webhook *webhook, FieldErrors *errors)
{
    const auto text = [&](QLatin1StringView key, QString *target) {
        const auto it = body.constFind(key);
        if (it == body.constEnd())
            return;
        if (!readText(it.value(), target))
            errors->append({QString(key), QStringLiteral("%1 is invalid").arg(QString(key))});
    };
    text(JsonKeys::Name, &webhook->name);
    text(JsonKeys::Event, &webhook->event);
    text(JsonKeys::Uri, &webhook->uri);
    text(JsonKeys::Description, &webhook->description);
    text(JsonKeys::MailExceptionsTo, &webhook->mailExceptionsTo);
    text(JsonKeys::Source, &webhook->source);
    text(JsonKeys::SourceId, &webhook->sourceId);
    if (const auto it = body.constFind(JsonKeys::Disabled); it != body.constEnd()) {
        if (!readBool(it.value(), &webhook->disabled))
            errors->append({QString(JsonKeys::Disabled), QStringLiteral("Disabled is invalid")});
    }
    if (const auto it = body.constFind(JsonKeys::WebhookPolicyId); it != body.constEnd()) {
        const QJsonValue value = it.value();
        qint64 policyId = 0;
        QString textValue;
        if (value.isNull()) {
            policyId = 0;
        } else if (readText(value, &textValue)) {
            bool ok = false;
            policyId = textValue.toLongLong(&ok);
            if (!ok || policyId <= 0) {
                errors->append({QString(JsonKeys::WebhookPolicyId),
                                QStringLiteral("Webhook policy is invalid")});
                policyId = 0;
            }
        }
        webhook->webhookPolicyId = policyId;
        webhook->webhookPolicyName
                = policyId > 0 ? QStringLiteral("Webhook policy %1").arg(policyId) : QString();
    }
}

FieldErrors SandboxApi::validate(const Webhook &webhook, const QString &originalEvent)
{
    // The rules are WebhookValidator's; the messages are the service's.
    FieldErrors errors;
    const EventCatalog &catalog = EventCatalog::builtIn();
    if (webhook.event.trimmed().isEmpty()) {
        errors.append({QString(JsonKeys::Event), QStringLiteral("Event can't be blank")});
    } else if (!WebhookValidator::checkEvent(webhook.event, catalog, originalEvent).isEmpty()) {
        errors.append(
                {QString(JsonKeys::Event), QStringLiteral("Event is not included in the list")});
    }
    if (webhook.uri.trimmed().isEmpty())
        errors.append({QString(JsonKeys::Uri), QStringLiteral("Uri can't be blank")});
    else if (!WebhookValidator::checkUri(webhook.uri).isEmpty())
        errors.append({QString(JsonKeys::Uri), QStringLiteral("Uri is invalid")});
    if (!WebhookValidator::checkDescription(webhook.description).isEmpty()) {
        errors.append({QString(JsonKeys::Description),
                       QStringLiteral("Description is too long (maximum is %1 bytes)")
                               .arg(WebhookValidator::MaxDescriptionBytes)});
    }
    if (!WebhookValidator::checkMailExceptionsTo(webhook.mailExceptionsTo).isEmpty()) {
        errors.append({QString(JsonKeys::MailExceptionsTo),
                       QStringLiteral("Mail exceptions to is invalid")});
    }
    if (webhook.source.size() > 30) {
        errors.append({QString(JsonKeys::Source),
                       QStringLiteral("Source is too long (maximum is 30 characters)")});
    }
    if (webhook.sourceId.size() > 128) {
        errors.append({QString(JsonKeys::SourceId),
                       QStringLiteral("Sourceid is too long (maximum is 128 characters)")});
    }
    return errors;
}

namespace {
bool parseBody(const QByteArray &body, QJsonObject *object)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *object = document.object();
    return true;
}
} // namespace

SandboxResponse SandboxApi::create(const SandboxRequest &request)
{
    QJsonObject body;
    if (!parseBody(request.body, &body))
        return message(400, QStringLiteral("Invalid JSON string posted"));
    Webhook webhook;
    FieldErrors errors;
    applyFields(body, &webhook, &errors);
    errors += validate(webhook, {});
    if (!errors.isEmpty())
        return validationFailed(errors);
    if (webhook.name.trimmed().isEmpty())
        webhook.name = webhook.event;
    const Webhook created = m_store->add(webhook);
    ++m_createCount;
    const bool with201 = m_options.createStatus != 200;
    SandboxResponse response = json(with201 ? 201 : 200, QJsonDocument(fullJson(created)));
    if (with201) {
        QUrl location = m_baseUrl;
        location.setPath(m_baseUrl.path() + QStringLiteral("/webhooks/%1").arg(created.id));
        response.headers.append({QByteArrayLiteral("Location"), location.toEncoded()});
    }
    return response;
}

SandboxResponse SandboxApi::update(const SandboxRequest &request, qint64 id)
{
    const Webhook *existing = m_store->find(id);
    if (!existing)
        return message(404, QStringLiteral("Not Found"));
    QJsonObject body;
    if (!parseBody(request.body, &body))
        return message(400, QStringLiteral("Invalid JSON string posted"));
    Webhook webhook = *existing;
    const QString originalEvent = existing->event;
    FieldErrors errors;
    applyFields(body, &webhook, &errors);
    errors += validate(webhook, originalEvent);
    if (!errors.isEmpty())
        return validationFailed(errors);
    if (webhook.name.trimmed().isEmpty())
        webhook.name = webhook.event;
    m_store->update(webhook);
    return json(200, QJsonDocument(fullJson(*m_store->find(id))));
}

SandboxResponse SandboxApi::remove(qint64 id)
{
    if (!m_store->remove(id))
        return message(404, QStringLiteral("Not Found"));
    SandboxResponse response;
    response.status = 204;
    return response;
}

SandboxResponse SandboxApi::testFire(qint64 id)
{
    const Webhook *webhook = m_store->find(id);
    if (!webhook)
        return message(404, QStringLiteral("Not Found"));
    SandboxResponse response;
    response.status = 204;
    if (m_delivery) {
        const Webhook copy = *webhook;
        SandboxDelivery *delivery = m_delivery;
        response.afterSent = [delivery, copy] {
            delivery->deliver(copy, TestObjectId, {1, QStringLiteral("Sandbox Administrator")});
        };
    }
    return response;
}
