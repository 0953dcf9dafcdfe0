#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// Reads the body of a delivery for display: JSON pretty-printed, form fields
// (application/x-www-form-urlencoded, the ITRP-era format) one per line, and a signed
// message ({"jwt": "<compact JWS>"}) split into its header and claims, with the signature
// checked when a key is given: a PEM public key for RS256/384/512 and ES256/384/512
// (OpenSSL), a shared secret for HS256/384/512. Bodies that do not parse are shown as
// received; bodies that are not UTF-8 as a hex dump.
//
// Stateless; every function is thread-safe.
class DeliveryDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryDecoder)

public:
    // Limits on what is decoded for display; past them the body is shown as received, with
    // a note. They keep decoding any body of up to 1 MB linear in its size.
    static constexpr int MaxNestingDepth = 64; // form field brackets, JSON arrays/objects
    static constexpr int MaxFormFields = 10000;
    static constexpr int MaxJsonValues = 20000; // arrays, objects and separators counted

    enum class Format {
        Empty,
        Json,
        FormFields,
        Jwt,
        Text, // UTF-8 text that is no JSON or form body (or a malformed or too deep one)
        Binary, // not valid UTF-8
    };

    enum class Signature {
        NotSigned, // the body is no JWS
        Unsecured, // alg "none": nothing to verify
        NotVerified, // no key or secret given for the algorithm
        Valid,
        Invalid, // wrong signature, wrong key, or a malformed token
        Unsupported, // an algorithm other than none/HS*/RS*/ES*
    };

    // What to verify with. Either may be empty.
    struct Keys
    {
        QByteArray publicKeyPem; // "-----BEGIN PUBLIC KEY-----" or a certificate
        QByteArray secret; // HS256/384/512 shared secret
    };

    struct Result
    {
        Format format = Format::Empty;
        QString text; // the body to show, as plain text
        QString note; // why the body is shown raw, or empty
        QList<QPair<QString, QString>> fields; // Format::FormFields, decoded, in order

        // Format::Jwt
        QJsonObject jwtHeader;
        QJsonObject jwtClaims;
        QString algorithm; // as the header says, e.g. "RS256"
        Signature signature = Signature::NotSigned;
        QString signatureText; // e.g. "signature not verified"

        // The 4me message: the JSON body, the form fields (payload[...] nested), or the
        // claim "data" of a JWS. Empty when the body holds no JSON object.
        QJsonObject message;
    };

    // `contentType` is the Content-Type header (may be empty).
    static Result decode(const QByteArray &body, const QByteArray &contentType = {},
                         const Keys &keys = {});

    // True when `pem` holds a public key ("BEGIN PUBLIC KEY") or a certificate that OpenSSL
    // can read: anything else would make every signed message look tampered with.
    static bool isPublicKeyPem(const QByteArray &pem);
    // Checks the signature of a compact JWS ("header.payload.signature").
    // `detail` (optional) receives a short reason when the result is not Valid.
    static Signature verifyCompactJws(const QByteArray &token, const Keys &keys,
                                      QString *detail = nullptr);

    // "signature valid", "signature not verified", ... for display.
    static QString signatureText(Signature signature, const QString &algorithm,
                                 const QString &detail = {});

    // The application/x-www-form-urlencoded fields of `body` ('+' is a space).
    static QList<QPair<QString, QString>> parseFormFields(const QByteArray &body);

private:
    DeliveryDecoder() = delete;
};
