// Fuzz target: the receiver's body decoders (DeliveryDecoder). Whatever the body, the
// content type and the keys, decoding must not crash, and a signature can only be "valid"
// when a key or secret was given.
//
// Input: byte 0 picks the Content-Type, byte 1 the keys (none, a shared secret, an RSA
// or EC public key, an EC certificate, an RSA key and a secret, a broken PEM), byte 2 the
// shape of the body: 0 the rest as it is; 1 {"jwt": "<the rest>"}; 2 the rest split at
// NUL bytes into a JWS header (JSON), claims (JSON) and signature (bytes), each base64url
// encoded and joined with dots into {"jwt": "<token>"}, so that the fuzzer reaches the
// signature checks with well-formed headers.
//
// The keys are public keys made for this target only; tests/fuzz/corpus/receiver_decoders
// holds messages signed with their private halves (RS256, ES256) and with the secret.
#include "models/JsonKeys.h"
#include "models/receiver/DeliveryDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

const char RsaPublicKey[] = "-----BEGIN PUBLIC KEY-----\n"
                            "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0vpL9IZdiGz82aPw8frU\n"
                            "LF3Kra2TRMiusez1Gmctg5RgYU4v4P9wOwJNTbmyDTYXpK8jCSWr4nweNWoV3E7O\n"
                            "3QQbTLJZzTr3VYopVeplpv3+9dMDoDyTEIIPAd7NCyQfioXw8m3pIRolmnIrlUUr\n"
                            "9SLWqLAXK53S2Fjf12OM3FJRmUyVq3S74uVdZm+nVeQKfheCBZlKLzKbuSe9TLDB\n"
                            "6uhUDCdZaLBzHARS3aSrDKMvjs/eRKWzw8vF+5RgPiDLmpoIVoF30sNDLbCEGqic\n"
                            "xAc9h1fxRmLEsGAWIJy12bhmmC8Le/0iuj7CdgvEbNXl8eXpqYxINlZg5DR8ydoH\n"
                            "KwIDAQAB\n"
                            "-----END PUBLIC KEY-----\n";

const char EcPublicKey[] = "-----BEGIN PUBLIC KEY-----\n"
                           "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEwJrrfYwZIfYHMyQfVWr0FFfpxZ4l\n"
                           "Jm/r7xwM9Am1bdwMwBBhYGWvDlZc/ygRKaGn9cAOWq8Ql+yZS4x8UigSCw==\n"
                           "-----END PUBLIC KEY-----\n";

const char EcCertificate[] = "-----BEGIN CERTIFICATE-----\n"
                             "MIIBiTCCAS+gAwIBAgIUSo+w6buB+ragEyrl+nUZl7sJKakwCgYIKoZIzj0EAwIw\n"
                             "GTEXMBUGA1UEAwwOaG9va2JlbmNoLWZ1enowIBcNMjYxMTI3MDg0NzIwWhgPMjEy\n"
                             "NjExMDMwODQ3MjBaMBkxFzAVBgNVBAMMDmhvb2tiZW5jaC1mdXp6MFkwEwYHKoZI\n"
                             "zj0CAQYIKoZIzj0DAQcDQgAEwJrrfYwZIfYHMyQfVWr0FFfpxZ4lJm/r7xwM9Am1\n"
                             "bdwMwBBhYGWvDlZc/ygRKaGn9cAOWq8Ql+yZS4x8UigSC6NTMFEwHQYDVR0OBBYE\n"
                             "FLnpejDlGh7gSxb6Olqu2qDYWEDsMB8GA1UdIwQYMBaAFLnpejDlGh7gSxb6Olqu\n"
                             "2qDYWEDsMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSAAwRQIhAIdarXVb\n"
                             "Qj6xoMRl3rS+eu0V7D6CPRqXAIoDck11M1wiAiAHsDtIIR1nBhUEYFW85jo5L62y\n"
                             "KiQ6XrGw9xvK49MZhQ==\n"
                             "-----END CERTIFICATE-----\n";

const char Secret[] = "hookbench-fuzz-secret";

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_receiver_decoders: %s\n", what);
    std::abort();
}

DeliveryDecoder::Keys keysFor(uint8_t selector)
{
    DeliveryDecoder::Keys keys;
    switch (selector % 7) {
    case 0:
        break;
    case 1:
        keys.secret = Secret;
        break;
    case 2:
        keys.publicKeyPem = RsaPublicKey;
        break;
    case 3:
        keys.publicKeyPem = EcPublicKey;
        break;
    case 4:
        keys.publicKeyPem = EcCertificate;
        break;
    case 5:
        keys.publicKeyPem = RsaPublicKey;
        keys.secret = Secret;
        break;
    case 6:
        keys.publicKeyPem = "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n";
        break;
    }
    return keys;
}

QByteArray contentTypeFor(uint8_t selector)
{
    static const char *const types[] = {
            "",
            "application/json",
            "application/json; charset=utf-8",
            "application/x-www-form-urlencoded",
            "APPLICATION/X-WWW-FORM-URLENCODED ; charset=UTF-8",
            "text/plain",
            "application/jwt",
            "multipart/form-data; boundary=x",
    };
    return types[selector % std::size(types)];
}

int depthOf(const QJsonValue &value)
{
    int depth = 0;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            depth = std::max(depth, depthOf(it.value()));
        return depth + 1;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            depth = std::max(depth, depthOf(item));
        return depth + 1;
    }
    return 0;
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray jwtBody(const QByteArray &token)
{
    QJsonObject object;
    object.insert(JsonKeys::MessageJwt, QString::fromLatin1(token));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    const QByteArray contentType = contentTypeFor(data[0]);
    const DeliveryDecoder::Keys keys = keysFor(data[1]);
    const uint8_t shape = data[2] % 3;
    const QByteArray rest(reinterpret_cast<const char *>(data + 3), qsizetype(size - 3));

    QByteArray body = rest;
    QByteArray token;
    if (shape == 1) {
        token = rest;
        body = jwtBody(token);
    } else if (shape == 2) {
        const QList<QByteArray> parts = rest.split('\0');
        token = base64Url(parts.value(0)) + '.' + base64Url(parts.value(1)) + '.'
                + base64Url(parts.value(2));
        body = jwtBody(token);
    }

    const DeliveryDecoder::Result result = DeliveryDecoder::decode(body, contentType, keys);
    (void)DeliveryDecoder::parseFormFields(rest);

    const bool noKeys = keys.secret.isEmpty() && keys.publicKeyPem.isEmpty();
    if (noKeys && result.signature == DeliveryDecoder::Signature::Valid)
        fail("a signature is valid without any key");

    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8(body); // decodes lazily: keep the result
    (void)decoded;
    if (!body.isEmpty() && (result.format == DeliveryDecoder::Format::Binary) != utf8.hasError())
        fail("Binary is not the same as invalid UTF-8");

    if (result.format == DeliveryDecoder::Format::Jwt
        && result.signature != DeliveryDecoder::Signature::Invalid) {
        // The token decoded: verifying it directly must give the same answer.
        const QByteArray decodedToken = QJsonDocument::fromJson(body)
                                                .object()
                                                .value(JsonKeys::MessageJwt)
                                                .toString()
                                                .trimmed()
                                                .toLatin1();
        if (DeliveryDecoder::verifyCompactJws(decodedToken, keys) != result.signature)
            fail("decode() and verifyCompactJws() disagree");
    }
    // The limits: no decoded form holds more fields than allowed, no message nests deeper
    // than allowed, and a body shown raw because of them loses nothing.
    if (result.format == DeliveryDecoder::Format::FormFields
        && result.fields.size() > DeliveryDecoder::MaxFormFields)
        fail("more form fields decoded than MaxFormFields");
    if (depthOf(QJsonValue(result.message)) > DeliveryDecoder::MaxNestingDepth + 1)
        fail("a decoded message nests deeper than MaxNestingDepth");
    if (result.format == DeliveryDecoder::Format::Text && !result.note.isEmpty()
        && result.text != decoded)
        fail("a body shown raw differs from the body");

    if (shape != 0 && !token.isEmpty()) {
        QString detail;
        const DeliveryDecoder::Signature direct
                = DeliveryDecoder::verifyCompactJws(token, keys, &detail);
        (void)DeliveryDecoder::signatureText(direct, result.algorithm, detail);
        if (noKeys && direct == DeliveryDecoder::Signature::Valid)
            fail("verifyCompactJws() calls a signature valid without any key");
    }
    return 0;
}
