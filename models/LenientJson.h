#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

// Lenient reading of the API's JSON values, for the records of webhooks and webhook
// policies: the reference asks clients to accept `true`, "true" and 1 alike, and ids as
// numbers or numeric strings. One place for these rules.
namespace LenientJson {
// An id written as a JSON integer or as a string of digits; -1 when it is neither. JSON
// numbers above 2^53 survive because Qt keeps integral JSON numbers as qint64.
qint64 readId(const QJsonValue &value);
// true, "true" (any case), "1" and non-zero numbers are true; anything else is false.
bool readBool(const QJsonValue &value);
// Strings as strings; numbers and booleans as their text; null, arrays, objects as empty.
QString readString(const QJsonValue &value);
// An array of strings; other element types are skipped, anything but an array is empty.
QStringList readStringList(const QJsonValue &value);
} // namespace LenientJson
