#include "models/receiver/DeliveryDecoder.h"

#include "models/JsonKeys.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <QHash>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

// Hex dumps of binary bodies stop here: enough to recognise a format, cheap to show.
constexpr qsizetype HexDumpLimit = 16 * 1024;

struct OpenSslDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
    void operator()(X509 *certificate) const { X509_free(certificate); }
    void operator()(ECDSA_SIG *signature) const { ECDSA_SIG_free(signature); }
};
template<typename T>
using OpenSslPtr = std::unique_ptr<T, OpenSslDeleter>;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

QByteArray mimeTypeOf(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

bool decodeBase64Url(const QByteArray &text, QByteArray *out)
{
    auto result = QByteArray::fromBase64Encoding(text,
                                                 QByteArray::Base64UrlEncoding
                                                         | QByteArray::OmitTrailingEquals
                                                         | QByteArray::AbortOnBase64DecodingErrors);
    if (result.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return false;
    *out = std::move(result.decoded);
    return true;
}

// How deeply the arrays and objects of a JSON text nest, and how many values it holds (an
// upper bound: separators and openings), in one pass over the bytes. Strings are skipped.
struct JsonShape
{
    int depth = 0;
    qint64 values = 0;
};

JsonShape jsonShape(const QByteArray &body)
{
    JsonShape shape;
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            ++depth;
            ++shape.values;
            shape.depth = std::max(shape.depth, depth);
            break;
        case '}':
        case ']':
            --depth;
            break;
        case ',':
            ++shape.values;
            break;
        default:
            break;
        }
    }
    return shape;
}

bool decodeJsonPart(const QByteArray &part, QJsonObject *out)
{
    QByteArray json;
    if (!decodeBase64Url(part, &json))
        return false;
    if (jsonShape(json).depth > DeliveryDecoder::MaxNestingDepth)
        return false;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *out = document.object();
    return true;
}

QString hexDump(const QByteArray &body)
{
    QString text;
    const qsizetype shown = qMin(body.size(), HexDumpLimit);
    for (qsizetype offset = 0; offset < shown; offset += 16) {
        QString hex;
        QString ascii;
        for (qsizetype i = offset; i < offset + 16; ++i) {
            if (i < shown) {
                const auto byte = static_cast<unsigned char>(body.at(i));
                hex += QStringLiteral("%1 ").arg(byte, 2, 16, QLatin1Char('0'));
                ascii += (byte >= 0x20 && byte < 0x7f) ? QLatin1Char(char(byte)) : QLatin1Char('.');
            } else {
                hex += QStringLiteral("   ");
            }
        }
        text += QStringLiteral("%1  %2 %3\n").arg(offset, 8, 16, QLatin1Char('0')).arg(hex, ascii);
    }
    return text;
}

// "a=1&b=2" with no spaces or line breaks: what an untyped form body looks like.
bool looksLikeForm(const QByteArray &body)
{
    if (body.contains(' ') || body.contains('\n') || body.contains('{'))
        return false;
    const QList<QByteArray> parts = body.split('&');
    for (const QByteArray &part : parts) {
        if (part.indexOf('=') <= 0)
            return false;
    }
    return true;
}

// The nested form fields, payload[team][name]=x, as a tree built in one pass (each field
// costs its own length), turned into JSON once at the end. Depth is capped by the caller.
class FormTree
{
public:
    FormTree() { m_nodes.emplace_back(); }

    void insert(const QStringList &path, const QJsonValue &value)
    {
        int node = 0;
        for (qsizetype i = 0; i < path.size(); ++i) {
            const bool last = i + 1 == path.size();
            const QString &key = path.at(i);
            const auto found = m_nodes[size_t(node)].index.constFind(key);
            int child = -1;
            if (found != m_nodes[size_t(node)].index.cend()) {
                child = found.value();
            } else {
                child = int(m_nodes.size());
                m_nodes[size_t(node)].index.insert(key, child);
                m_nodes[size_t(node)].order.append(key);
                m_nodes.emplace_back();
            }
            if (last) {
                // A later field of the same name wins, as a form decoder's last value does.
                m_nodes[size_t(child)].value = value;
                m_nodes[size_t(child)].isLeaf = true;
            } else if (m_nodes[size_t(child)].isLeaf) {
                m_nodes[size_t(child)].isLeaf = false; // a leaf that gains children: an object
            }
            node = child;
        }
    }

    QJsonObject toJson() const { return objectOf(0); }

private:
    struct Node
    {
        QHash<QString, int> index;
        QStringList order;
        QJsonValue value;
        bool isLeaf = false;
    };

    QJsonObject objectOf(int node) const
    {
        QJsonObject object;
        const Node &parent = m_nodes[size_t(node)];
        for (const QString &key : parent.order) {
            const int child = parent.index.value(key);
            const Node &entry = m_nodes[size_t(child)];
            object.insert(key, entry.isLeaf ? entry.value : QJsonValue(objectOf(child)));
        }
        return object;
    }

    std::vector<Node> m_nodes;
};

// The path of a field name: "payload[team][name]" is {"payload", "team", "name"}. Stops
// (returns false) at more than `maxDepth` parts, before splitting the rest.
bool fieldPath(const QString &name, int maxDepth, QStringList *path)
{
    path->clear();
    const qsizetype bracket = name.indexOf(u'[');
    if (bracket <= 0 || !name.endsWith(u']')) {
        path->append(name);
        return true;
    }
    path->append(name.left(bracket));
    qsizetype from = bracket + 1;
    const qsizetype end = name.size() - 1; // the final ']'
    while (from <= end) {
        qsizetype close = name.indexOf(QStringLiteral("]["), from);
        if (close < 0 || close > end)
            close = end;
        if (path->size() >= maxDepth)
            return false;
        path->append(name.mid(from, close - from));
        from = close + 2;
    }
    return true;
}

// The message of the form fields; false when a field nests deeper than `maxDepth`.
bool messageFromFields(const QList<QPair<QString, QString>> &fields, int maxDepth,
                       QJsonObject *message)
{
    FormTree tree;
    QStringList path;
    for (const auto &[name, value] : fields) {
        if (!fieldPath(name, maxDepth, &path))
            return false;
        QJsonValue jsonValue(value);
        // Some senders put the payload in one field, as JSON text.
        if (path.size() == 1 && value.startsWith(u'{')) {
            const QByteArray json = value.toUtf8();
            if (jsonShape(json).depth > maxDepth)
                return false;
            const QJsonDocument document = QJsonDocument::fromJson(json);
            if (document.isObject())
                jsonValue = document.object();
        }
        tree.insert(path, jsonValue);
    }
    *message = tree.toJson();
    return true;
}

const EVP_MD *digestFor(int bits)
{
    switch (bits) {
    case 256:
        return EVP_sha256();
    case 384:
        return EVP_sha384();
    case 512:
        return EVP_sha512();
    default:
        return nullptr;
    }
}

OpenSslPtr<EVP_PKEY> readPublicKey(const QByteArray &pem)
{
    OpenSslPtr<BIO> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    OpenSslPtr<EVP_PKEY> key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    if (!key) {
        OpenSslPtr<BIO> again(BIO_new_mem_buf(pem.constData(), int(pem.size())));
        OpenSslPtr<X509> certificate(PEM_read_bio_X509(again.get(), nullptr, nullptr, nullptr));
        if (certificate)
            key.reset(X509_get_pubkey(certificate.get()));
    }
    ERR_clear_error();
    return key;
}

bool digestVerify(EVP_PKEY *key, const EVP_MD *digest, const QByteArray &signingInput,
                  const QByteArray &signature)
{
    OpenSslPtr<EVP_MD_CTX> context(EVP_MD_CTX_new());
    const bool ok = context
            && EVP_DigestVerifyInit(context.get(), nullptr, digest, nullptr, key) == 1
            && EVP_DigestVerify(context.get(), bytes(signature), size_t(signature.size()),
                                bytes(signingInput), size_t(signingInput.size()))
                    == 1;
    ERR_clear_error();
    return ok;
}

// JWS carries ECDSA signatures as R || S of fixed width; OpenSSL verifies DER.
QByteArray ecdsaRawToDer(const QByteArray &raw)
{
    const int half = int(raw.size() / 2);
    OpenSslPtr<ECDSA_SIG> signature(ECDSA_SIG_new());
    BIGNUM *r = BN_bin2bn(bytes(raw), half, nullptr);
    BIGNUM *s = BN_bin2bn(bytes(raw) + half, half, nullptr);
    if (!signature || !r || !s || ECDSA_SIG_set0(signature.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    const int length = i2d_ECDSA_SIG(signature.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_ECDSA_SIG(signature.get(), &out);
    return der;
}

} // namespace

DeliveryDecoder::Result DeliveryDecoder::decode(const QByteArray &body,
                                                const QByteArray &contentType, const Keys &keys)
{
    Result result;
    if (body.isEmpty())
        return result;

    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(body);
    if (utf8.hasError()) {
        result.format = Format::Binary;
        result.text = hexDump(body);
        result.note = body.size() > HexDumpLimit
                ? tr("The body is not valid UTF-8; the first %1 of %2 bytes are shown in hex.")
                          .arg(HexDumpLimit)
                          .arg(body.size())
                : tr("The body is not valid UTF-8; it is shown in hex.");
        return result;
    }

    const QByteArray mimeType = mimeTypeOf(contentType);
    if (mimeType == "application/x-www-form-urlencoded"
        || (mimeType.isEmpty() && looksLikeForm(body))) {
        if (body.count('&') >= MaxFormFields) {
            result.format = Format::Text;
            result.text = text;
            result.note = tr("The form has more than %1 fields; it is shown as received.")
                                  .arg(MaxFormFields);
            return result;
        }
        QList<QPair<QString, QString>> fields = parseFormFields(body);
        QJsonObject message;
        if (!messageFromFields(fields, MaxNestingDepth, &message)) {
            result.format = Format::Text;
            result.text = text;
            result.note = tr("A form field nests deeper than %1 levels; the body is shown as "
                             "received.")
                                  .arg(MaxNestingDepth);
            return result;
        }
        result.format = Format::FormFields;
        result.fields = std::move(fields);
        QStringList lines;
        lines.reserve(result.fields.size());
        for (const auto &[name, value] : std::as_const(result.fields))
            lines.append(name + QStringLiteral(" = ") + value);
        result.text = lines.join(u'\n');
        result.message = std::move(message);
        return result;
    }

    const QString trimmed = text.trimmed();
    const bool looksLikeJson
            = mimeType.contains("json") || trimmed.startsWith(u'{') || trimmed.startsWith(u'[');
    if (!looksLikeJson) {
        result.format = Format::Text;
        result.text = text;
        return result;
    }

    // Parsing and indenting cost the values times the depth: past these limits the body is
    // shown as received, which is what a person can read anyway.
    const JsonShape shape = jsonShape(body);
    if (shape.depth > MaxNestingDepth) {
        result.format = Format::Text;
        result.text = text;
        result.note = tr("The JSON nests deeper than %1 levels; it is shown as received.")
                              .arg(MaxNestingDepth);
        return result;
    }
    if (shape.values > MaxJsonValues) {
        result.format = Format::Text;
        result.text = text;
        result.note = tr("The JSON holds more than %1 values; it is shown as received.")
                              .arg(MaxJsonValues);
        return result;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        result.format = Format::Text;
        result.text = text;
        result.note = tr("The body is not valid JSON (%1 at byte %2); it is shown as received.")
                              .arg(error.errorString())
                              .arg(error.offset);
        return result;
    }

    result.format = Format::Json;
    result.text = QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
    if (!document.isObject())
        return result;
    const QJsonObject object = document.object();
    const QJsonValue jwt = object.value(JsonKeys::MessageJwt);
    if (!jwt.isString()) {
        result.message = object;
        return result;
    }

    // A signed message: {"jwt": "<header>.<claims>.<signature>"}.
    result.format = Format::Jwt;
    const QByteArray token = jwt.toString().trimmed().toLatin1();
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || !decodeJsonPart(parts.at(0), &result.jwtHeader)
        || !decodeJsonPart(parts.at(1), &result.jwtClaims)) {
        result.signature = Signature::Invalid;
        result.note = tr("The jwt value is no compact JWS (header.claims.signature).");
        result.signatureText = signatureText(result.signature, {}, result.note);
        return result;
    }
    result.algorithm = result.jwtHeader.value(JsonKeys::JwtAlgorithm).toString();
    const QJsonValue data = result.jwtClaims.value(JsonKeys::JwtData);
    if (data.isObject()) {
        result.message = data.toObject();
    } else if (data.isString() && jsonShape(data.toString().toUtf8()).depth <= MaxNestingDepth) {
        const QJsonDocument inner = QJsonDocument::fromJson(data.toString().toUtf8());
        if (inner.isObject())
            result.message = inner.object();
    }
    QString detail;
    result.signature = verifyCompactJws(token, keys, &detail);
    result.signatureText = signatureText(result.signature, result.algorithm, detail);
    return result;
}

bool DeliveryDecoder::isPublicKeyPem(const QByteArray &pem)
{
    return readPublicKey(pem) != nullptr;
}

DeliveryDecoder::Signature DeliveryDecoder::verifyCompactJws(const QByteArray &token,
                                                             const Keys &keys, QString *detail)
{
    auto fail = [detail](Signature signature, const QString &why) {
        if (detail)
            *detail = why;
        return signature;
    };

    const QList<QByteArray> parts = token.split('.');
    QJsonObject header;
    if (parts.size() != 3 || !decodeJsonPart(parts.at(0), &header))
        return fail(Signature::Invalid, tr("not a compact JWS"));
    const QString algorithm = header.value(JsonKeys::JwtAlgorithm).toString().toUpper();
    QByteArray signature;
    if (!decodeBase64Url(parts.at(2), &signature))
        return fail(Signature::Invalid, tr("the signature is not base64url"));

    if (algorithm == u"NONE") {
        return signature.isEmpty() ? Signature::Unsecured
                                   : fail(Signature::Invalid, tr("alg none with a signature"));
    }

    const QString family = algorithm.left(2);
    const int bits = algorithm.mid(2).toInt();
    const EVP_MD *digest = digestFor(bits);
    if (!digest || (family != u"HS" && family != u"RS" && family != u"ES"))
        return fail(Signature::Unsupported, tr("algorithm %1 is not supported").arg(algorithm));

    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);

    if (family == u"HS") {
        if (keys.secret.isEmpty())
            return fail(Signature::NotVerified, tr("no secret given"));
        unsigned char mac[EVP_MAX_MD_SIZE];
        unsigned int macLength = 0;
        if (!HMAC(digest, keys.secret.constData(), int(keys.secret.size()), bytes(signingInput),
                  size_t(signingInput.size()), mac, &macLength)) {
            ERR_clear_error();
            return fail(Signature::Invalid, tr("HMAC failed"));
        }
        const bool match = qsizetype(macLength) == signature.size()
                && CRYPTO_memcmp(mac, signature.constData(), macLength) == 0;
        return match ? Signature::Valid
                     : fail(Signature::Invalid, tr("the signature does not match the secret"));
    }

    if (keys.publicKeyPem.trimmed().isEmpty())
        return fail(Signature::NotVerified, tr("no public key given"));
    const OpenSslPtr<EVP_PKEY> key = readPublicKey(keys.publicKeyPem);
    if (!key)
        return fail(Signature::Invalid, tr("the public key is no PEM public key or certificate"));

    if (family == u"RS") {
        if (EVP_PKEY_base_id(key.get()) != EVP_PKEY_RSA)
            return fail(Signature::Invalid, tr("%1 needs an RSA key").arg(algorithm));
        return digestVerify(key.get(), digest, signingInput, signature)
                ? Signature::Valid
                : fail(Signature::Invalid, tr("the signature does not match the public key"));
    }

    // ES256 uses P-256, ES384 P-384, ES512 P-521 (66-byte coordinates).
    const int curveBits = bits == 512 ? 521 : bits;
    if (EVP_PKEY_base_id(key.get()) != EVP_PKEY_EC || EVP_PKEY_bits(key.get()) != curveBits)
        return fail(Signature::Invalid, tr("%1 needs a P-%2 key").arg(algorithm).arg(curveBits));
    const qsizetype width = (curveBits + 7) / 8;
    if (signature.size() != 2 * width)
        return fail(Signature::Invalid, tr("the signature has the wrong length"));
    const QByteArray der = ecdsaRawToDer(signature);
    return !der.isEmpty() && digestVerify(key.get(), digest, signingInput, der)
            ? Signature::Valid
            : fail(Signature::Invalid, tr("the signature does not match the public key"));
}

QString DeliveryDecoder::signatureText(Signature signature, const QString &algorithm,
                                       const QString &detail)
{
    switch (signature) {
    case Signature::NotSigned:
        return {};
    case Signature::Unsecured:
        return tr("unsigned (alg none)");
    case Signature::NotVerified:
        return detail.isEmpty() ? tr("signature not verified")
                                : tr("signature not verified (%1)").arg(detail);
    case Signature::Valid:
        return tr("signature valid (%1)").arg(algorithm);
    case Signature::Invalid:
        return tr("signature INVALID: %1").arg(detail);
    case Signature::Unsupported:
        return tr("signature not verified: %1").arg(detail);
    }
    return {};
}

QList<QPair<QString, QString>> DeliveryDecoder::parseFormFields(const QByteArray &body)
{
    auto decodePart = [](QByteArray part) {
        part.replace('+', ' ');
        return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
    };
    QList<QPair<QString, QString>> fields;
    const QList<QByteArray> parts = body.split('&');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        if (equals < 0)
            fields.append({decodePart(part), QString()});
        else
            fields.append({decodePart(part.left(equals)), decodePart(part.mid(equals + 1))});
    }
    return fields;
}
