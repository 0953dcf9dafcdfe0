#pragma once

#include "models/FieldError.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

// What went wrong with one API request, typed so that callers can react (retry, ask for a
// token, show field errors) and so that views can say what failed and what to do next.
// kind == None means success. Never holds a token or an Authorization header.
struct ApiError
{
    enum class Kind {
        None, // success
        Network, // connection refused, reset, DNS, TLS (see message)
        Timeout, // no complete answer within the transfer timeout
        Http, // an HTTP error status (401, 403, 404, 5xx, ...)
        Parse, // a 2xx answer whose body is not the JSON expected (truncated, HTML, ...)
        Validation, // 422 (or 400) with field errors
        RateLimited, // 429 after the client gave up waiting
        Cancelled, // the caller cancelled
        Incomplete, // a listing that did not get every page (see message and counts)
    };

    Kind kind = Kind::None;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString message; // the server's "message", or a short clean summary of its body
    FieldErrors fieldErrors; // 422 errors, in the API's field names
    QString requestPath; // e.g. "PATCH /webhooks/12", for context (no host, no query)
    // When the server's TLS certificate was refused (kind Network): that certificate, so
    // that a person can choose to trust exactly it by storing certificateSha256 in
    // ConnectionProfile::pinnedCertificateSha256. Both empty for every other error.
    QByteArray certificateSha256; // SHA-256 of the DER certificate, hex, lower case
    QString certificateSummary; // subject, issuer, validity, fingerprint; plain text lines

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // One sentence for a person: what failed and what to do next (translated).
    QString userMessage() const;
    // The same, naming the connection profile and the account where that helps the person
    // act (401: which profile needs a new token; 403: which account refused access). The one
    // place of the 401 and 403 texts: the window and the command line both call it.
    QString userMessage(const QString &profileName, const QString &account) const;

    bool isUnauthorized() const { return kind == Kind::Http && httpStatus == 401; }
    bool isForbidden() const { return kind == Kind::Http && httpStatus == 403; }

    friend bool operator==(const ApiError &, const ApiError &) = default;
};

Q_DECLARE_METATYPE(ApiError)
