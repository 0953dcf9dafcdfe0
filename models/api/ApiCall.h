#pragma once

#include "models/api/ApiRequest.h"
#include "models/api/ApiResponse.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class QNetworkReply;
class QTimer;

// One ApiRequest in flight: paced, sent, retried where that is safe, and mapped to an
// ApiResponse. Created by ApiClient::send(), parented to the client; it emits finished()
// exactly once and then deletes itself (deleteLater).
//
// Retries: a GET is retried on network errors, timeouts and 5xx with a capped backoff,
// at most ApiClient::maxAttempts() sends. A 429 is retried for every method (the server
// did not process the request) after Retry-After. POST, PATCH and DELETE are otherwise
// sent once; Qt's own silent re-send is disabled for them (see ApiClient.cpp).
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    ~ApiCall() override;

    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }

    // Finishes with ApiError::Cancelled (asynchronously); a no-op after finished().
    void cancel();

Q_SIGNALS:
    void finished(const ApiResponse &response);

private:
    friend class ApiClient;
    ApiCall(ApiClient *client, const ApiRequest &request);

    void start();
    void enqueue();
    void send();
    void onReplyFinished();
    bool followRedirect(QNetworkReply *reply);
    void finish(const ApiResponse &response);
    void finishLater(const ApiResponse &response);
    ApiResponse errorResponse(ApiError::Kind kind, const QString &message) const;

    ApiClient *m_client;
    ApiRequest m_request;
    QString m_requestPath;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_backoffTimer = nullptr;
    quint64 m_ticket = 0;
    quint64 m_slot = 0; // the pacer's slot of the request in flight
    int m_attempts = 0;
    int m_rateLimitRetries = 0;
    int m_redirects = 0;
    bool m_cancelled = false;
    bool m_finished = false;
    // Ends the current reply as `kind` with `message` (deadline, size cap).
    void abortReply(ApiError::Kind kind, const QString &message);
    // Whether a wait of `waitMs` for the rate limit is longer than the client allows; if so
    // the call finishes as RateLimited.
    bool refuseWait(qint64 waitMs, const QString &why);

    QTimer *m_deadlineTimer = nullptr;
    ApiError::Kind m_abortKind = ApiError::Kind::None;
    QString m_refusal; // why the client aborted the current reply (redirect, TLS)
    QByteArray m_refusedCertificateSha256; // the refused TLS certificate (ApiError fields)
    QString m_refusedCertificateSummary;
};
