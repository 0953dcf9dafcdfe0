#pragma once

#include "models/receiver/DeliveryDecoder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

// The checks of a signed message ({"jwt": "<compact JWS>"}, reference §4, Signing), each
// reported on its own with a reason a person can read:
// - the signature: valid, invalid, not verified (no key), or unsigned (alg none, which is
//   never valid);
// - aud against the policy's audience, when it is known;
// - exp and nbf against the time now, with LeewaySeconds of leeway for clocks that differ;
// - iss: the account URL, or with openid_connect_discovery the policy's URL under it (or on
//   the sandbox's origin).
// A signature checked with a key found through OpenID Connect discovery proves only that
// whoever serves the issuer signed the message: trusted() then needs the iss check to pass.
//
// Pure functions over a decoded delivery; any thread.
class SignedMessageCheck final
{
    Q_DECLARE_TR_FUNCTIONS(SignedMessageCheck)

public:
    static constexpr qint64 LeewaySeconds = 60;

    enum class Outcome { NotChecked, Passed, Failed };
    // Where the key that checked the signature came from.
    enum class KeySource { None, Lookup, Pasted, Discovery };

    struct Check
    {
        Outcome outcome = Outcome::NotChecked;
        QString reason; // for a person, e.g. "expired at 2026-12-02 15:00:00 UTC"
    };

    struct Expectations
    {
        // The policy's jwt_audience; an empty string when the policy sets none; nullopt when
        // the policy is not known (then aud is not checked).
        std::optional<QString> audience;
        // The account URL, e.g. https://wdc.4me.com; empty when not known.
        QString accountUrl;
        // The sandbox's origin (scheme, host, port): issuers on it are trusted. Empty when
        // not talking to a sandbox.
        QUrl sandboxOrigin;
        // UTC; invalid means the current time.
        QDateTime now;
    };

    struct Report
    {
        bool isSigned = false; // the body was {"jwt": ...}; nothing else is set otherwise
        DeliveryDecoder::Signature signature = DeliveryDecoder::Signature::NotSigned;
        QString signatureReason; // e.g. "signature valid (RS256)"
        KeySource keySource = KeySource::None;
        QString keyOrigin; // where the key came from, e.g. the JWKS URL; may be empty
        // What checked the signature. Holds a secret for HS*: never print or log it.
        DeliveryDecoder::Keys keys;
        Check audience;
        Check expires;
        Check notBefore;
        Check issuer;
        QJsonObject header;
        QJsonObject claims;

        // The signature is valid and no check failed (and, with a discovered key, the
        // issuer check passed).
        bool trusted() const;
        // Why the message is not trusted, for a person; empty when it is.
        QString distrustReason() const;
        // {"header", "claims", "signature": "valid"|"invalid"|"not verified"|"unsigned",
        //  "signature_reason", "key_source", "trusted",
        //  "checks": {"aud"|"exp"|"nbf"|"iss": {"result": "passed"|"failed"|"not checked",
        //  "reason"}}}. No key or secret.
        QJsonObject toJson() const;
        // One line per check, "iss: passed (the account URL)", for a terminal.
        QString toText() const;
    };

    SignedMessageCheck() = delete;

    // Checks `decoded` (decoded with `keys`, which came from `source`). Not signed: a
    // Report with isSigned false.
    static Report check(const DeliveryDecoder::Result &decoded, const DeliveryDecoder::Keys &keys,
                        KeySource source, const Expectations &expectations,
                        const QString &keyOrigin = {});

    // "valid", "invalid", "not verified" or "unsigned" (stable: scripts read them).
    static QString signatureName(DeliveryDecoder::Signature signature);
    // "passed", "failed" or "not checked" (stable: scripts read them).
    static QString outcomeName(Outcome outcome);
    // "lookup", "pasted", "discovery" or "none" (stable).
    static QString keySourceName(KeySource source);
    // The translated outcome, "passed", for display.
    static QString outcomeText(Outcome outcome);
    // The account URL of a service URL and account: https://wdc.4me.com for
    // https://api.4me.com/v1 and "wdc"; empty when the host does not start with "api.".
    static QString accountUrlFor(const QUrl &serviceUrl, const QString &account);
};

Q_DECLARE_METATYPE(SignedMessageCheck::Report)
