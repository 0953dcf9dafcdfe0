#pragma once

#include "models/ConnectionProfile.h"
#include "models/api/ApiRequest.h"
#include "models/api/ApiResponse.h"

#include <QObject>
#include <QUrlQuery>

class ApiCall;
class QNetworkAccessManager;
class QNetworkReply;
class RequestPacer;

// The transport of the Webhooks API: builds authenticated requests for one profile,
// paces them under the rate limits, and maps each reply to a result or an ApiError.
//
// Ownership: the QNetworkAccessManager is injected and not owned. Replies are parented to
// the client and deleted with deleteLater(). GUI thread (or any one thread).
// The token is held in memory only; it is sent only to the profile's origin.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiClient() override;

    // When the new profile no longer pins the certificate the old one pinned, the network
    // manager's idle connections are closed (clearConnectionCache()), so that no
    // connection accepted under the old trust carries another request; a request of any
    // client of that manager still in flight at that moment fails (or is retried).
    void setProfile(const ConnectionProfile &profile, const QString &token);
    // Trusts exactly the certificate with this SHA-256 (hex) for the current profile, as
    // the user chose after a refusal (ApiError::certificateSha256).
    void setPinnedCertificate(const QByteArray &sha256);
    ConnectionProfile profile() const;

    int transferTimeoutMs() const;
    void setTransferTimeoutMs(int milliseconds); // default 30000
    // The longest one send may take from its start to the last byte of the answer, however
    // steadily a slow server trickles (the transfer timeout only catches silence). Default
    // 120000 ms.
    int requestDeadlineMs() const;
    void setRequestDeadlineMs(int milliseconds);
    // The largest answer accepted, in bytes (default MaxResponseBytes); a larger one ends the
    // request with a Network error before it is held in memory.
    qint64 maxResponseBytes() const;
    void setMaxResponseBytes(qint64 bytes);
    static constexpr qint64 MaxResponseBytes = 32 * 1024 * 1024;
    // The longest a request waits for the rate limit (a 429's Retry-After or a spent hourly
    // budget), in ms; a longer wait ends it at once as RateLimited, with the time the limit
    // resets in the message. Negative (the default): no limit.
    qint64 maxWaitMs() const;
    void setMaxWaitMs(qint64 milliseconds);

    // Sends a request (paced, retried where safe). The call is parented to the client,
    // emits finished() once and deletes itself afterwards.
    ApiCall *send(const ApiRequest &request);

    // The service URL joined with `path` ("/webhooks"), with `query`.
    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;
    // "GET /webhooks/12": the method and the path below the service URL, for error texts.
    QString describe(const ApiRequest &request) const;

    // Why `url` must not receive this profile's token (empty when it may): not http(s),
    // plain http to a host that is not loopback, or another origin than the service URL.
    QString refusalFor(const QUrl &url) const;
    static bool isSameOrigin(const QUrl &a, const QUrl &b);
    static bool isLoopbackHost(const QString &host);
    // A certificate fingerprint as ConnectionProfile stores it (hex, lower case), from
    // "AB:CD:..." or "ab cd ..." as people paste it; other characters are dropped.
    static QByteArray normalizedFingerprint(QByteArrayView text);
    // Whether `text` holds a control character (a line break, NUL, ...): such a value must
    // never go into a request header, where it would end the header and start another.
    static bool containsControlCharacters(QStringView text);
    // Why this profile and token cannot be sent (a control character in the account, the
    // token or the service URL), or empty.
    static QString headerRefusalFor(const ConnectionProfile &profile, const QString &token);

    // Maps a finished reply and its body to an ApiResponse (error kind None on success).
    // The one place where HTTP statuses, Qt network errors and bodies become ApiErrors.
    static ApiResponse mapReply(QNetworkReply *reply, const QByteArray &body,
                                ApiRequest::Expect expect);
    // A short plain-text summary of a non-JSON body: tags stripped, whitespace
    // collapsed, at most about 200 characters.
    static QString summarizeBody(const QByteArray &body);

    RequestPacer *pacer() const;
    QNetworkAccessManager *network() const;

    // Retry policy: at most `attempts` sends of a GET; the first backoff is `backoffMs`,
    // doubling, at most 4 s (defaults 3 and 500 ms). Tests shorten the backoff.
    int maxAttempts() const;
    void setMaxAttempts(int attempts);
    int retryBackoffMs() const;
    void setRetryBackoffMs(int milliseconds);
    // How many 429s in a row one request waits out before it fails as RateLimited (5).
    int maxRateLimitRetries() const;
    void setMaxRateLimitRetries(int retries);

    static QByteArray userAgent(); // "Hookbench/<version>"

Q_SIGNALS:
    // The client waits `seconds` before it sends more (rate limit); 0 when it goes on.
    void rateLimitWaiting(int seconds);

private:
    friend class ApiCall;
    QNetworkReply *startReply(const ApiRequest &request);
    // Replace the token with *** (servers and proxies may quote the request's
    // Authorization header in their error pages).
    QByteArray redactToken(const QByteArray &bytes) const;
    void redactToken(ApiError *error) const;
    void noteRateLimitHeaders(const ApiResponse &response);

    struct Private;
    Private *d;
};
