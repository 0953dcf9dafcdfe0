#pragma once

#include "models/ConnectionProfile.h"
#include "models/receiver/DeliveryDecoder.h"
#include "models/receiver/SignedMessageCheck.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class ApiClient;
class QNetworkAccessManager;
class VerificationTracker;
struct Delivery;

// Answers webhook.verify messages that reach the built-in receiver: calls the message's
// payload.callback (a GET, without the token) and clears the webhook's mark in the
// VerificationTracker when the service accepts it (reference section 4).
//
// Only a callback on the profile's account host (https://<account>.<service domain>, e.g.
// wdc.4me.com for api.4me.com) or on the sandbox's own origin (a loopback service URL) is
// ever called; a signed message ({"jwt": ...}) only after its signature was verified and its
// checks passed (issue 11, section 3). Everything else is refused with a reason.
//
// The profile is read from `client` at each message. Neither `client` nor the tracker is
// owned; the tracker may be null. GUI thread (or any one thread).
class VerificationResponder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerificationResponder)

public:
    static constexpr int CallbackTimeoutMs = 10000;

    explicit VerificationResponder(const ApiClient *client, VerificationTracker *tracker,
                                   QObject *parent = nullptr);

    // Why `callback` must not be called for `profile`; empty when it may.
    static QString callbackRefusal(const QUrl &callback, const ConnectionProfile &profile);
    // "wdc.4me.com" for https://api.4me.com/v1 and account "wdc"; empty when the service
    // host does not start with "api.".
    static QString accountHost(const ConnectionProfile &profile);

    // Handles `delivery` when it is a webhook.verify message (anything else is ignored) and
    // returns true when the callback was called (the outcome follows as a signal). A signed
    // message ({"jwt": ...}) is answered only when `report` (SignedMessageVerifier::check()
    // of this delivery) trusts it and its keys verify the signature here again; a JWT with
    // alg none is never answered, since anyone could have sent it. An unsigned message needs
    // no report. Whatever is refused, notVerified() says why.
    bool respond(const Delivery &delivery, const SignedMessageCheck::Report &report = {});

Q_SIGNALS:
    // The service accepted the callback: `webhookId` is verified.
    void verified(qint64 webhookId);
    // The callback was refused by Hookbench or failed; `reason` is for a person.
    void notVerified(qint64 webhookId, const QString &reason);

private:
    // Why a signed `delivery` must not be answered; empty when it is unsigned or trusted.
    static QString signatureRefusal(const Delivery &delivery,
                                    const SignedMessageCheck::Report &report);

    const ApiClient *m_client;
    QPointer<VerificationTracker> m_tracker;
};
