#include "models/api/WebhookService.h"

#include "models/Logging.h"
#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/api/LinkHeader.h"
#include "models/api/RetryAfter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace {

// Every Link header of a response, as one list.
QList<LinkHeader::Link> linksOf(const ApiResponse &response)
{
    QList<LinkHeader::Link> links;
    for (const auto &header : response.headers) {
        if (QByteArrayView("Link").compare(header.first, Qt::CaseInsensitive) == 0)
            links += LinkHeader::parse(header.second, response.url);
    }
    return links;
}

int pageNumberOf(const QUrl &url)
{
    bool ok = false;
    const int page = QUrlQuery(url).queryItemValue(QStringLiteral("page")).toInt(&ok);
    return ok && page > 0 ? page : 0;
}

qint64 headerNumber(const ApiResponse &response, QByteArrayView name)
{
    bool ok = false;
    const qint64 value = response.header(name).trimmed().toLongLong(&ok);
    return ok && value >= 0 ? value : -1;
}

// The page a URL asks for, whatever its spelling: without a fragment (never sent), with the
// scheme and host in lower case, the default port left out and the path's "."/".." resolved.
QUrl normalizedPageUrl(const QUrl &url)
{
    QUrl normal = url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments);
    normal.setScheme(normal.scheme().toLower());
    normal.setHost(normal.host().toLower());
    const int defaultPort = normal.scheme() == u"https" ? 443 : 80;
    if (normal.port() == defaultPort)
        normal.setPort(-1);
    return normal;
}

// A listing may not run away: at most this many pages (a million webhooks).
constexpr int MaximumPages = 10000;
// Cursor listings give up after this many empty pages in a row.
constexpr int MaximumEmptyPages = 3;

} // namespace

struct WebhookListing::Private
{
    enum class Mode { FirstPage, Pages, Cursor };

    WebhookListing *q = nullptr;
    ApiClient *client = nullptr;
    Mode mode = Mode::FirstPage;
    WebhookList rows;
    QHash<qint64, qsizetype> indexById;
    qint64 total = -1;
    QList<QUrl> queue; // pages still to request
    // Calls are children of the client: guarded, as the client may be deleted first.
    QList<QPointer<ApiCall>> inFlight;
    QSet<QUrl> requested; // normalised (normalizedPageUrl)
    qint64 announcedPages = -1; // pages the first answer announced; -1 when it did not
    QUrl firstPage;
    int emptyPagesInARow = 0;
    qint64 duplicates = 0;
    qint64 unreadable = 0;
    QStringList problems; // why the listing is incomplete
    QDateTime serverTime;
    bool finished = false;

    void request(const QUrl &url);
    void fill();
    void onPage(const ApiResponse &response);
    void planPages(const ApiResponse &first);
    void followNext(const ApiResponse &response);
    bool acceptLink(const QUrl &url);
    void addRows(const ApiResponse &response);
    void finishIfDone();
    void finish(const ApiError &error);
    void cancelAll();
};

void WebhookListing::Private::request(const QUrl &url)
{
    requested.insert(normalizedPageUrl(url));
    ApiCall *call = client->send({ApiRequest::Method::Get, url, {}, ApiRequest::Expect::Array});
    inFlight.append(call);
    QObject::connect(call, &ApiCall::finished, q, [this, call](const ApiResponse &response) {
        inFlight.removeOne(call);
        onPage(response);
    });
}

void WebhookListing::Private::fill()
{
    while (!finished && !queue.isEmpty() && inFlight.size() < MaxPagesInFlight)
        request(queue.takeFirst());
}

bool WebhookListing::Private::acceptLink(const QUrl &url)
{
    const QString refusal = client->refusalFor(url);
    if (refusal.isEmpty())
        return true;
    qCWarning(lcApi) << "listing: not following a pagination link:" << refusal;
    problems.append(tr("a page link pointed to another address (%1)").arg(url.host()));
    return false;
}

void WebhookListing::Private::addRows(const ApiResponse &response)
{
    WebhookList added;
    const QJsonArray array = response.json.array();
    for (const QJsonValue &value : array) {
        Webhook webhook;
        if (!value.isObject() || !Webhook::fromJson(value.toObject(), &webhook)) {
            ++unreadable;
            continue;
        }
        if (indexById.contains(webhook.id)) {
            ++duplicates;
            continue;
        }
        indexById.insert(webhook.id, rows.size());
        rows.append(webhook);
        added.append(webhook);
    }
    if (array.isEmpty())
        ++emptyPagesInARow;
    else
        emptyPagesInARow = 0;
    if (!added.isEmpty())
        Q_EMIT q->rowsArrived(added);
    Q_EMIT q->progress(rows.size(), total);
}

void WebhookListing::Private::onPage(const ApiResponse &response)
{
    if (finished)
        return;
    if (response.error) {
        const ApiError &error = response.error;
        const bool fatal = mode == Mode::FirstPage || error.kind == ApiError::Kind::Cancelled
                || (error.kind == ApiError::Kind::Http
                    && (error.httpStatus == 401 || error.httpStatus == 403));
        if (fatal) {
            cancelAll();
            finish(error);
            return;
        }
        problems.append(tr("a page failed: %1").arg(error.message));
        if (mode == Mode::Pages)
            fill();
        finishIfDone();
        return;
    }

    addRows(response);
    if (mode == Mode::FirstPage) {
        serverTime = RetryAfter::parseHttpDate(response.header("Date"));
        if (!serverTime.isValid())
            serverTime = QDateTime::currentDateTimeUtc();
        total = headerNumber(response, "X-Pagination-Total-Entries");
        announcedPages = headerNumber(response, "X-Pagination-Total-Pages");
        const qint64 perPage = headerNumber(response, "X-Pagination-Per-Page");
        if (announcedPages < 0 && total >= 0 && perPage > 0)
            announcedPages = std::max<qint64>(1, (total + perPage - 1) / perPage);
        Q_EMIT q->progress(rows.size(), total);
        planPages(response);
    } else if (mode == Mode::Cursor) {
        followNext(response);
    }
    fill();
    finishIfDone();
}

void WebhookListing::Private::planPages(const ApiResponse &first)
{
    const QList<LinkHeader::Link> links = linksOf(first);
    const QUrl next = LinkHeader::find(links, u"next");
    const QUrl last = LinkHeader::find(links, u"last");
    const qint64 totalPages = headerNumber(first, "X-Pagination-Total-Pages");

    // Page numbers: a rel=last link with ?page=N, or a total page count and a next link
    // with ?page=. Then every page is known and may be fetched concurrently.
    const int lastPage
            = std::max<qint64>(pageNumberOf(last), pageNumberOf(next) > 0 ? totalPages : 0);
    const QUrl pattern = pageNumberOf(last) > 0 ? last : next;
    if (lastPage > 1 && pageNumberOf(pattern) > 0) {
        mode = Mode::Pages;
        if (!acceptLink(pattern))
            return;
        if (lastPage > MaximumPages)
            problems.append(tr("the listing has more than %1 pages").arg(MaximumPages));
        for (int page = 2; page <= std::min(lastPage, MaximumPages); ++page) {
            QUrl url = pattern;
            QUrlQuery query(url);
            // Keep per_page and fields even when the server's links leave them out.
            for (const auto &item : QUrlQuery(firstPage).queryItems()) {
                if (!query.hasQueryItem(item.first))
                    query.addQueryItem(item.first, item.second);
            }
            query.removeAllQueryItems(QStringLiteral("page"));
            query.addQueryItem(QStringLiteral("page"), QString::number(page));
            url.setQuery(query);
            queue.append(url);
        }
        return;
    }
    // Cursors (or page numbers without a count): follow rel=next, one page at a time.
    mode = Mode::Cursor;
    followNext(first);
}

void WebhookListing::Private::followNext(const ApiResponse &response)
{
    const QUrl next = LinkHeader::find(linksOf(response), u"next");
    if (next.isEmpty())
        return;
    if (!acceptLink(next))
        return;
    if (requested.contains(normalizedPageUrl(next))) {
        problems.append(tr("the server's next-page link repeats an earlier page"));
        return;
    }
    // One page of slack, for webhooks created while the listing runs.
    if (announcedPages >= 0 && requested.size() >= announcedPages + 1) {
        problems.append(tr("the server's next-page links go on past the %1 pages it announced")
                                .arg(announcedPages));
        return;
    }
    if (emptyPagesInARow >= MaximumEmptyPages) {
        problems.append(tr("the server sent %1 empty pages in a row").arg(emptyPagesInARow));
        return;
    }
    if (requested.size() >= MaximumPages) {
        problems.append(tr("the listing has more than %1 pages").arg(MaximumPages));
        return;
    }
    queue.append(next);
}

void WebhookListing::Private::finishIfDone()
{
    if (finished || !inFlight.isEmpty() || !queue.isEmpty())
        return;
    if (unreadable > 0)
        problems.append(QCoreApplication::translate(
                "WebhookListing", "%n record(s) could not be read", nullptr, int(unreadable)));
    if (duplicates > 0)
        qCInfo(lcApi) << "listing: dropped" << duplicates << "duplicate rows";
    const qint64 count = rows.size();
    if (problems.isEmpty() && (total < 0 || count >= total)) {
        finish({});
        return;
    }
    const QLocale locale;
    ApiError error;
    error.kind = ApiError::Kind::Incomplete;
    error.requestPath = client->describe({ApiRequest::Method::Get, firstPage, {}, {}});
    if (total >= 0) {
        error.message = tr("%1 of %2 webhooks arrived")
                                .arg(locale.toString(count), locale.toString(total));
    } else {
        error.message = tr("%1 webhooks arrived").arg(locale.toString(count));
    }
    if (!problems.isEmpty())
        error.message += QStringLiteral("; ") + problems.first();
    finish(error);
}

void WebhookListing::Private::cancelAll()
{
    queue.clear();
    const QList<QPointer<ApiCall>> calls = std::exchange(inFlight, {});
    for (const QPointer<ApiCall> &call : calls) {
        if (!call)
            continue;
        call->disconnect(q);
        call->cancel();
    }
}

void WebhookListing::Private::finish(const ApiError &error)
{
    if (finished)
        return;
    finished = true;
    if (error)
        qCInfo(lcApi) << "listing ended:" << error.message;
    Q_EMIT q->finished(error);
    q->deleteLater();
}

WebhookListing::WebhookListing(QObject *parent) : QObject(parent), d(new Private)
{
    d->q = this;
}

WebhookListing::~WebhookListing()
{
    d->cancelAll();
    delete d;
}

QUrlQuery WebhookListing::firstPageQuery()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QString::number(PerPage));
    query.addQueryItem(
            QStringLiteral("fields"),
            QStringLiteral("id,name,event,uri,disabled,mail_exceptions_to,"
                           "description,last_error,created_at,updated_at,"
                           "webhook_policy,source,sourceID,nodeID,openid_connect_discovery,"
                           "app_offering_references"));
    return query;
}

WebhookList WebhookListing::rows() const
{
    return d->rows;
}

qint64 WebhookListing::received() const
{
    return d->rows.size();
}

qint64 WebhookListing::total() const
{
    return d->total;
}

bool WebhookListing::isFinished() const
{
    return d->finished;
}

QDateTime WebhookListing::serverTime() const
{
    return d->serverTime;
}

void WebhookListing::cancel()
{
    if (d->finished)
        return;
    d->cancelAll();
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = tr("cancelled");
    // Asynchronously, so that a caller's slot never re-enters itself.
    QTimer::singleShot(0, this, [this, error] { d->finish(error); });
}

void WebhookListing::start(ApiClient *client, const QUrl &firstPage)
{
    d->client = client;
    d->firstPage = firstPage;
    connect(client, &ApiClient::rateLimitWaiting, this, &WebhookListing::waiting);
    d->request(firstPage);
}
