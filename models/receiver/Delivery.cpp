#include "models/receiver/Delivery.h"

#include "models/JsonKeys.h"
#include "models/receiver/DeliveryDecoder.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QStringDecoder>
#include <QUrlQuery>

namespace {

const QLatin1StringView VerifyEvent{"webhook.verify"};
const QByteArray Masked = QByteArrayLiteral("[redacted]");

// Ids arrive as numbers or, in form bodies and old data, as numeric strings.
qint64 readId(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInteger();
    if (value.isString()) {
        bool ok = false;
        const qint64 id = value.toString().trimmed().toLongLong(&ok);
        return ok ? id : 0;
    }
    return 0;
}

bool isCredentialHeader(const QByteArray &name)
{
    return name.compare("authorization", Qt::CaseInsensitive) == 0
            || name.compare("proxy-authorization", Qt::CaseInsensitive) == 0
            || name.compare("cookie", Qt::CaseInsensitive) == 0;
}

} // namespace

bool Delivery::isVerify() const
{
    return event == VerifyEvent;
}

QByteArray Delivery::headerValue(QByteArrayView name) const
{
    for (const auto &[headerName, value] : headers) {
        if (QByteArrayView(headerName).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString Delivery::redactedTarget() const
{
    if (query.isEmpty())
        return path;
    QStringList parts;
    const QStringList items = query.split(u'&', Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const qsizetype equals = item.indexOf(u'=');
        parts.append(equals < 0 ? item : item.left(equals) + QStringLiteral("=…"));
    }
    return path + u'?' + parts.join(u'&');
}

Delivery::HeaderList Delivery::redactedHeaders() const
{
    HeaderList result;
    result.reserve(headers.size());
    for (const auto &[name, value] : headers) {
        if (!isCredentialHeader(name)) {
            result.append({name, value});
            continue;
        }
        // Keep the scheme ("Basic", "Bearer"): it tells what arrived without revealing it.
        const qsizetype space = value.indexOf(' ');
        const QByteArray scheme = name.compare("cookie", Qt::CaseInsensitive) != 0 && space > 0
                ? value.left(space + 1)
                : QByteArray();
        result.append({name, scheme + Masked});
    }
    return result;
}

void Delivery::readMessage()
{
    webhookId = 0;
    event.clear();
    objectId = 0;
    accountId.clear();
    personName.clear();
    payload = {};
    verifyCallback = {};

    const DeliveryDecoder::Result decoded
            = DeliveryDecoder::decode(body, headerValue("content-type"));
    const QJsonObject &message = decoded.message;
    if (message.isEmpty())
        return;
    webhookId = readId(message.value(JsonKeys::MessageWebhookId));
    event = message.value(JsonKeys::Event).toString();
    objectId = readId(message.value(JsonKeys::MessageObjectId));
    accountId = message.value(JsonKeys::MessageAccountId).toString();
    personName = message.value(JsonKeys::MessagePersonName).toString();
    payload = message.value(JsonKeys::MessagePayload).toObject();
    if (isVerify()) {
        const QUrl callback(payload.value(JsonKeys::MessageCallback).toString());
        if (callback.isValid() && !callback.isRelative())
            verifyCallback = callback;
    }
}

QJsonObject Delivery::toJson() const
{
    QJsonObject headerObject;
    for (const auto &[name, value] : redactedHeaders()) {
        const QString key = QString::fromLatin1(name);
        const QString text = QString::fromLatin1(value);
        const QString previous = headerObject.value(key).toString();
        headerObject.insert(key,
                            previous.isEmpty() ? text : previous + QStringLiteral(", ") + text);
    }

    QJsonObject object{
            {JsonKeys::DeliveryReceivedAt, receivedAt.toString(Qt::ISODateWithMs)},
            {JsonKeys::DeliveryMethod, QString::fromLatin1(method)},
            {JsonKeys::DeliveryPath, path},
            {JsonKeys::DeliveryHeaders, headerObject},
            {JsonKeys::DeliverySize, size},
            {JsonKeys::DeliveryPeer, peer},
            {JsonKeys::DeliveryStatus, status},
    };
    const QString target = redactedTarget();
    if (!query.isEmpty())
        object.insert(JsonKeys::DeliveryQuery, target.mid(path.size() + 1));

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(body);
    if (decoder.hasError())
        object.insert(JsonKeys::DeliveryBodyBase64, QString::fromLatin1(body.toBase64()));
    else
        object.insert(JsonKeys::DeliveryBody, text);
    return object;
}
