#include "models/receiver/Delivery.h"
#include "models/receiver/DeliveryDecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>

#include "tests/support/WarningGuard.h"
#include <map>

using namespace Qt::StringLiterals;

using Format = DeliveryDecoder::Format;
using Signature = DeliveryDecoder::Signature;

namespace {

enum class Key { None, Rsa, OtherRsa, Ec256, OtherEc256, Ec384, Ec521 };

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray sampleMessage()
{
    return QByteArrayLiteral(R"({"webhook_id":42,"event":"request.update","object_id":12345,)"
                             R"("account_id":"wdc","person_name":"Howard Tanner",)"
                             R"("payload":{"status":"assigned"}})");
}

} // namespace

// The body decoder: JSON, form fields, raw and binary bodies, and JWS signature checks with
// keys made here with OpenSSL.
class tst_DeliveryDecoder : public QObject
{
    Q_OBJECT

private slots:
    // Any warning fails the test function; expected ones are declared with ignoreMessage.
    void init() { hb::test::failOnUnexpectedWarnings(); }
    void initTestCase();
    void cleanupTestCase();
    void decode_data();
    void decode();
    void formFieldsBecomeTheMessage();
    void hostileBodiesAreShownRaw_data();
    void hostileBodiesAreShownRaw();
    void manyNestedFieldsDecodeInOnePass();
    void signedMessage_data();
    void signedMessage();
    void signedMessageWithoutKeySaysNotVerified();
    void malformedJwtIsInvalid();
    void deliveryReadsMessageFromEveryFormat_data();
    void deliveryReadsMessageFromEveryFormat();

private:
    QByteArray sign(const QByteArray &algorithm, const QByteArray &signingInput, Key key,
                    const QByteArray &secret) const;
    QByteArray publicPem(Key key) const;

    std::map<Key, EVP_PKEY *> m_keys;
};

void tst_DeliveryDecoder::initTestCase()
{
    m_keys[Key::Rsa] = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
    m_keys[Key::OtherRsa] = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
    m_keys[Key::Ec256] = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    m_keys[Key::OtherEc256] = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    m_keys[Key::Ec384] = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384");
    m_keys[Key::Ec521] = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-521");
    for (const auto &[key, pkey] : m_keys)
        QVERIFY2(pkey, "OpenSSL could not generate a test key");
}

void tst_DeliveryDecoder::cleanupTestCase()
{
    for (const auto &[key, pkey] : m_keys)
        EVP_PKEY_free(pkey);
    m_keys.clear();
}

QByteArray tst_DeliveryDecoder::publicPem(Key key) const
{
    if (key == Key::None)
        return {};
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, m_keys.at(key));
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    const QByteArray pem(data, size);
    BIO_free(bio);
    return pem;
}

QByteArray tst_DeliveryDecoder::sign(const QByteArray &algorithm, const QByteArray &signingInput,
                                     Key key, const QByteArray &secret) const
{
    const auto *input = reinterpret_cast<const unsigned char *>(signingInput.constData());
    const int bits = algorithm.mid(2).toInt();
    const EVP_MD *digest = bits == 512 ? EVP_sha512() : bits == 384 ? EVP_sha384() : EVP_sha256();

    if (algorithm.startsWith("HS")) {
        unsigned char mac[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        HMAC(digest, secret.constData(), int(secret.size()), input, size_t(signingInput.size()),
             mac, &length);
        return QByteArray(reinterpret_cast<const char *>(mac), int(length));
    }
    if (!algorithm.startsWith("RS") && !algorithm.startsWith("ES"))
        return QByteArrayLiteral("not-a-signature");

    EVP_MD_CTX *context = EVP_MD_CTX_new();
    size_t length = 0;
    EVP_DigestSignInit(context, nullptr, digest, nullptr, m_keys.at(key));
    EVP_DigestSign(context, nullptr, &length, input, size_t(signingInput.size()));
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()), &length, input,
                   size_t(signingInput.size()));
    EVP_MD_CTX_free(context);
    signature.resize(qsizetype(length));
    if (algorithm.startsWith("RS"))
        return signature;

    // JWS wants ECDSA as R || S, each as wide as the curve.
    const auto *der = reinterpret_cast<const unsigned char *>(signature.constData());
    ECDSA_SIG *ecdsa = d2i_ECDSA_SIG(nullptr, &der, long(signature.size()));
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(ecdsa, &r, &s);
    const int width = (EVP_PKEY_bits(m_keys.at(key)) + 7) / 8;
    QByteArray raw(2 * width, Qt::Uninitialized);
    BN_bn2binpad(r, reinterpret_cast<unsigned char *>(raw.data()), width);
    BN_bn2binpad(s, reinterpret_cast<unsigned char *>(raw.data()) + width, width);
    ECDSA_SIG_free(ecdsa);
    return raw;
}

void tst_DeliveryDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<Format>("format");
    QTest::addColumn<QString>("textContains");
    QTest::addColumn<bool>("hasNote");
    QTest::addColumn<QString>("event");

    QTest::newRow("json pretty-printed")
            << sampleMessage() << QByteArray("application/json; charset=utf-8") << Format::Json
            << u"\n    \"event\": \"request.update\""_s << false << u"request.update"_s;
    QTest::newRow("json without content type")
            << sampleMessage() << QByteArray() << Format::Json << u"\"object_id\": 12345"_s << false
            << u"request.update"_s;
    QTest::newRow("json array") << QByteArray("[1,2]") << QByteArray("application/json")
                                << Format::Json << u"[\n    1,"_s << false << QString();
    QTest::newRow("malformed json shown raw")
            << QByteArray("{\"event\": \"request.update\",") << QByteArray("application/json")
            << Format::Text << u"{\"event\": \"request.update\","_s << true << QString();
    QTest::newRow("form-urlencoded")
            << QByteArray("webhook_id=7&event=request.create&person_name=Howard+Tanner&note=a%26b")
            << QByteArray("application/x-www-form-urlencoded") << Format::FormFields
            << u"person_name = Howard Tanner\nnote = a&b"_s << false << u"request.create"_s;
    QTest::newRow("form-urlencoded without content type")
            << QByteArray("webhook_id=7&event=task.update") << QByteArray() << Format::FormFields
            << u"event = task.update"_s << false << u"task.update"_s;
    QTest::newRow("non-utf-8 shown in hex")
            << QByteArray("\xff\xfe\x00\x41 body", 8) << QByteArray("application/json")
            << Format::Binary << u"00000000  ff fe 00 41"_s << true << QString();
    QTest::newRow("empty") << QByteArray() << QByteArray("application/json") << Format::Empty
                           << QString() << false << QString();
    QTest::newRow("plain text") << QByteArray("hello there") << QByteArray("text/plain")
                                << Format::Text << u"hello there"_s << false << QString();
}

void tst_DeliveryDecoder::decode()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(Format, format);
    QFETCH(QString, textContains);
    QFETCH(bool, hasNote);
    QFETCH(QString, event);

    const DeliveryDecoder::Result result = DeliveryDecoder::decode(body, contentType);
    QCOMPARE(result.format, format);
    QVERIFY2(result.text.contains(textContains), qPrintable(result.text));
    QCOMPARE(!result.note.isEmpty(), hasNote);
    QCOMPARE(result.message.value(u"event").toString(), event);
    QCOMPARE(result.signature, Signature::NotSigned);
}

void tst_DeliveryDecoder::formFieldsBecomeTheMessage()
{
    const QByteArray body = "webhook_id=7&object_id=12345&payload%5Bteam%5D%5Bname%5D=Desk&"
                            "payload[status]=assigned";
    const DeliveryDecoder::Result result
            = DeliveryDecoder::decode(body, "application/x-www-form-urlencoded");
    QCOMPARE(result.fields.size(), 4);
    QCOMPARE(result.fields.at(2).first, u"payload[team][name]"_s);
    const QJsonObject payload = result.message.value(u"payload").toObject();
    QCOMPARE(payload.value(u"status").toString(), u"assigned"_s);
    QCOMPARE(payload.value(u"team").toObject().value(u"name").toString(), u"Desk"_s);
    QCOMPARE(result.message.value(u"object_id").toString(), u"12345"_s);
}

void tst_DeliveryDecoder::signedMessage_data()
{
    QTest::addColumn<QByteArray>("algorithm"); // in the JWS header
    QTest::addColumn<Key>("signWith");
    QTest::addColumn<QByteArray>("signSecret");
    QTest::addColumn<Key>("verifyWith"); // the public key given to the decoder
    QTest::addColumn<QByteArray>("verifySecret");
    QTest::addColumn<QString>("tamper"); // "", "signature", "claims"
    QTest::addColumn<Signature>("expected");

    const QByteArray secret = "s3cret-of-the-policy";
    QTest::newRow("none") << QByteArray("none") << Key::None << QByteArray() << Key::None
                          << QByteArray() << QString() << Signature::Unsecured;
    QTest::newRow("HS256 right secret") << QByteArray("HS256") << Key::None << secret << Key::None
                                        << secret << QString() << Signature::Valid;
    QTest::newRow("HS384 right secret") << QByteArray("HS384") << Key::None << secret << Key::None
                                        << secret << QString() << Signature::Valid;
    QTest::newRow("HS512 right secret") << QByteArray("HS512") << Key::None << secret << Key::None
                                        << secret << QString() << Signature::Valid;
    QTest::newRow("hs256 lower-case alg") << QByteArray("hs256") << Key::None << secret << Key::None
                                          << secret << QString() << Signature::Valid;
    QTest::newRow("HS256 no secret") << QByteArray("HS256") << Key::None << secret << Key::None
                                     << QByteArray() << QString() << Signature::NotVerified;
    QTest::newRow("HS256 wrong secret") << QByteArray("HS256") << Key::None << secret << Key::None
                                        << QByteArray("guess") << QString() << Signature::Invalid;
    QTest::newRow("HS256 tampered claims")
            << QByteArray("HS256") << Key::None << secret << Key::None << secret << u"claims"_s
            << Signature::Invalid;
    QTest::newRow("RS256 right key") << QByteArray("RS256") << Key::Rsa << QByteArray() << Key::Rsa
                                     << QByteArray() << QString() << Signature::Valid;
    QTest::newRow("RS384 right key") << QByteArray("RS384") << Key::Rsa << QByteArray() << Key::Rsa
                                     << QByteArray() << QString() << Signature::Valid;
    QTest::newRow("RS512 right key") << QByteArray("RS512") << Key::Rsa << QByteArray() << Key::Rsa
                                     << QByteArray() << QString() << Signature::Valid;
    QTest::newRow("RS256 no key") << QByteArray("RS256") << Key::Rsa << QByteArray() << Key::None
                                  << QByteArray() << QString() << Signature::NotVerified;
    QTest::newRow("RS256 tampered signature")
            << QByteArray("RS256") << Key::Rsa << QByteArray() << Key::Rsa << QByteArray()
            << u"signature"_s << Signature::Invalid;
    QTest::newRow("RS256 tampered claims")
            << QByteArray("RS256") << Key::Rsa << QByteArray() << Key::Rsa << QByteArray()
            << u"claims"_s << Signature::Invalid;
    QTest::newRow("RS256 wrong key")
            << QByteArray("RS256") << Key::Rsa << QByteArray() << Key::OtherRsa << QByteArray()
            << QString() << Signature::Invalid;
    QTest::newRow("RS256 with an EC key")
            << QByteArray("RS256") << Key::Rsa << QByteArray() << Key::Ec256 << QByteArray()
            << QString() << Signature::Invalid;
    QTest::newRow("ES256 right key") << QByteArray("ES256") << Key::Ec256 << QByteArray()
                                     << Key::Ec256 << QByteArray() << QString() << Signature::Valid;
    QTest::newRow("ES384 right key") << QByteArray("ES384") << Key::Ec384 << QByteArray()
                                     << Key::Ec384 << QByteArray() << QString() << Signature::Valid;
    QTest::newRow("ES512 right key") << QByteArray("ES512") << Key::Ec521 << QByteArray()
                                     << Key::Ec521 << QByteArray() << QString() << Signature::Valid;
    QTest::newRow("ES256 tampered signature")
            << QByteArray("ES256") << Key::Ec256 << QByteArray() << Key::Ec256 << QByteArray()
            << u"signature"_s << Signature::Invalid;
    QTest::newRow("ES256 wrong key")
            << QByteArray("ES256") << Key::Ec256 << QByteArray() << Key::OtherEc256 << QByteArray()
            << QString() << Signature::Invalid;
    QTest::newRow("ES384 with a P-256 key")
            << QByteArray("ES384") << Key::Ec384 << QByteArray() << Key::Ec256 << QByteArray()
            << QString() << Signature::Invalid;
    QTest::newRow("ES256 with an RSA key")
            << QByteArray("ES256") << Key::Ec256 << QByteArray() << Key::Rsa << QByteArray()
            << QString() << Signature::Invalid;
    // Algorithm confusion: HMAC keyed with the public key must not pass as verified.
    QTest::newRow("HS256 keyed with the public PEM")
            << QByteArray("HS256") << Key::None << QByteArray("PEM") << Key::Rsa << QByteArray()
            << QString() << Signature::NotVerified;
    QTest::newRow("PS256 unsupported")
            << QByteArray("PS256") << Key::Rsa << QByteArray() << Key::Rsa << QByteArray()
            << QString() << Signature::Unsupported;
}

void tst_DeliveryDecoder::signedMessage()
{
    QFETCH(QByteArray, algorithm);
    QFETCH(Key, signWith);
    QFETCH(QByteArray, signSecret);
    QFETCH(Key, verifyWith);
    QFETCH(QByteArray, verifySecret);
    QFETCH(QString, tamper);
    QFETCH(Signature, expected);

    if (signSecret == "PEM")
        signSecret = publicPem(verifyWith);

    const QByteArray header = base64Url(R"({"alg":")" + algorithm + R"(","typ":"JWT"})");
    const QByteArray claims = base64Url(R"({"iss":"https://wdc.example","sub":"42","data":)"
                                        + sampleMessage() + "}");
    const QByteArray signingInput = header + '.' + claims;
    QByteArray signature = algorithm == "none"
            ? QByteArray()
            : sign(algorithm.toUpper(), signingInput, signWith, signSecret);
    if (tamper == u"signature")
        signature[signature.size() / 2] = char(signature.at(signature.size() / 2) ^ 0x01);
    QByteArray sentClaims = claims;
    if (tamper == u"claims")
        sentClaims = base64Url(R"({"iss":"https://wdc.example","sub":"42","data":{"event":"x"}})");
    const QByteArray token = header + '.' + sentClaims + '.' + base64Url(signature);
    const QByteArray body = R"({"jwt":")" + token + R"("})";

    DeliveryDecoder::Keys keys;
    keys.publicKeyPem = publicPem(verifyWith);
    keys.secret = verifySecret;
    const DeliveryDecoder::Result result
            = DeliveryDecoder::decode(body, "application/json; charset=utf-8", keys);

    QCOMPARE(result.format, Format::Jwt);
    QCOMPARE(result.algorithm, QString::fromLatin1(algorithm));
    QCOMPARE(result.signature, expected);
    QVERIFY(!result.signatureText.isEmpty());
    QCOMPARE(result.jwtClaims.value(u"sub").toString(), u"42"_s);
    // The message is what the claims carried: the sample, or the tampered claims' data.
    QCOMPARE(result.message.value(u"object_id").toInteger(), tamper == u"claims" ? 0 : 12345);
}

void tst_DeliveryDecoder::signedMessageWithoutKeySaysNotVerified()
{
    const QByteArray token = base64Url(R"({"alg":"RS256"})") + '.'
            + base64Url("{\"data\":" + sampleMessage() + "}") + '.' + base64Url("sig");
    const DeliveryDecoder::Result result = DeliveryDecoder::decode(R"({"jwt":")" + token + "\"}");
    QCOMPARE(result.signature, Signature::NotVerified);
    QVERIFY2(result.signatureText.startsWith(u"signature not verified"),
             qPrintable(result.signatureText));
    QCOMPARE(result.jwtHeader.value(u"alg").toString(), u"RS256"_s);
    QCOMPARE(result.message.value(u"event").toString(), u"request.update"_s);
}

void tst_DeliveryDecoder::malformedJwtIsInvalid()
{
    const DeliveryDecoder::Result result = DeliveryDecoder::decode(R"({"jwt":"abc.def"})");
    QCOMPARE(result.format, Format::Jwt);
    QCOMPARE(result.signature, Signature::Invalid);
    QVERIFY(!result.note.isEmpty());
    QVERIFY(result.text.contains(u"abc.def"));
}

void tst_DeliveryDecoder::deliveryReadsMessageFromEveryFormat_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");

    QTest::newRow("json") << sampleMessage() << QByteArray("application/json");
    QTest::newRow("form") << QByteArray("webhook_id=42&event=request.update&object_id=12345&"
                                        "account_id=wdc&person_name=Howard%20Tanner&"
                                        "payload[status]=assigned")
                          << QByteArray("application/x-www-form-urlencoded");
    const QByteArray token = base64Url(R"({"alg":"none"})") + '.'
            + base64Url("{\"data\":" + sampleMessage() + "}") + '.';
    QTest::newRow("jwt") << QByteArray(R"({"jwt":")" + token + "\"}")
                         << QByteArray("application/json");
}

void tst_DeliveryDecoder::deliveryReadsMessageFromEveryFormat()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);

    Delivery delivery;
    delivery.headers = {{"Content-Type", contentType}};
    delivery.body = body;
    delivery.readMessage();
    QCOMPARE(delivery.webhookId, 42);
    QCOMPARE(delivery.event, u"request.update"_s);
    QCOMPARE(delivery.objectId, 12345);
    QCOMPARE(delivery.accountId, u"wdc"_s);
    QCOMPARE(delivery.personName, u"Howard Tanner"_s);
    QCOMPARE(delivery.payload.value(u"status").toString(), u"assigned"_s);
    QVERIFY(!delivery.isVerify());
}

// Bodies built to make decoding slow or huge (issue 15): too deep or too many fields are
// shown as received, with a note, instead of being decoded.
void tst_DeliveryDecoder::hostileBodiesAreShownRaw_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("noteHas");

    QByteArray brackets = "p";
    for (int i = 0; i < 15000; ++i)
        brackets += "[a]";
    QTest::newRow("form nested 15000 levels")
            << (brackets + "=1") << QByteArray("application/x-www-form-urlencoded")
            << QStringLiteral("deeper than");
    QByteArray fields;
    for (int i = 0; i < 20000; ++i)
        fields += "f" + QByteArray::number(i) + "=1&";
    QTest::newRow("form with 20000 fields")
            << fields << QByteArray("application/x-www-form-urlencoded")
            << QStringLiteral("more than");
    QTest::newRow("json nested 900 levels")
            << (QByteArray(900, '[') + QByteArray(900, ']')) << QByteArray("application/json")
            << QStringLiteral("deeper than");
    QByteArray wide = QByteArray(60, '[');
    for (int i = 0; i < 200000; ++i)
        wide += "1,";
    wide += "1" + QByteArray(60, ']');
    QTest::newRow("json wide and deep")
            << wide << QByteArray("application/json") << QStringLiteral("more than 20000 values");
}

void tst_DeliveryDecoder::hostileBodiesAreShownRaw()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, noteHas);
    const DeliveryDecoder::Result result = DeliveryDecoder::decode(body, contentType);
    QCOMPARE(result.format, DeliveryDecoder::Format::Text);
    QVERIFY2(result.note.contains(noteHas), qPrintable(result.note));
    QCOMPARE(result.text.toUtf8(), body); // nothing lost: the body as received
    QVERIFY(result.message.isEmpty());
}

void tst_DeliveryDecoder::manyNestedFieldsDecodeInOnePass()
{
    // 5000 fields below one parent, within the limits: all decoded, in order, the last
    // value of a repeated name winning.
    QByteArray body;
    for (int i = 0; i < 5000; ++i)
        body += "payload[team][f" + QByteArray::number(i) + "]=" + QByteArray::number(i) + '&';
    body += "payload[team][f7]=seven&event=request.update";
    const DeliveryDecoder::Result result
            = DeliveryDecoder::decode(body, "application/x-www-form-urlencoded");
    QCOMPARE(result.format, DeliveryDecoder::Format::FormFields);
    QCOMPARE(result.fields.size(), 5002);
    const QJsonObject team = result.message.value(QStringLiteral("payload"))
                                     .toObject()
                                     .value(QStringLiteral("team"))
                                     .toObject();
    QCOMPARE(team.size(), 5000);
    QCOMPARE(team.value(QStringLiteral("f4999")).toString(), QStringLiteral("4999"));
    QCOMPARE(team.value(QStringLiteral("f7")).toString(), QStringLiteral("seven"));
    QCOMPARE(result.message.value(QStringLiteral("event")).toString(),
             QStringLiteral("request.update"));
}

QTEST_GUILESS_MAIN(tst_DeliveryDecoder)
#include "tst_DeliveryDecoder.moc"
