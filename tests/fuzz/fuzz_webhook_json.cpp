// Fuzz target: the webhook JSON codec. Whatever the bytes, reading must not crash; a
// webhook that was read keeps its id and state through toJson(), and a second round trip
// changes nothing (the first may only normalise text that UTF-8 cannot carry, such as a
// lone surrogate).
#include "models/EventCatalog.h"
#include "models/Webhook.h"
#include "models/WebhookValidator.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

namespace {
void checkObject(const QJsonObject &object)
{
    Webhook webhook;
    if (!Webhook::fromJson(object, &webhook))
        return;
    const auto roundTrip = [](const Webhook &in) {
        Webhook out;
        const QByteArray written = QJsonDocument(in.toJson()).toJson(QJsonDocument::Compact);
        if (!Webhook::fromJson(QJsonDocument::fromJson(written).object(), &out))
            std::abort(); // a webhook that was read could not be read back
        return out;
    };
    const Webhook once = roundTrip(webhook);
    if (once.id != webhook.id || once.disabled != webhook.disabled)
        std::abort();
    if (!(roundTrip(once) == once))
        std::abort(); // the codec is not stable
    (void)webhook.createdAtTime();
    (void)webhook.redactedUri();
    (void)Webhook::changedFields(webhook, Webhook());
    (void)WebhookValidator::validate(webhook, EventCatalog::builtIn());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     static_cast<qsizetype>(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isObject()) {
        checkObject(document.object());
    } else if (document.isArray()) {
        const QJsonArray array = document.array();
        for (const QJsonValue &value : array)
            checkObject(value.toObject());
    }
    return 0;
}
