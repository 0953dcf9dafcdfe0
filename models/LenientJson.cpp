#include "models/LenientJson.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

qint64 LenientJson::readId(const QJsonValue &value)
{
    if (value.isDouble()) {
        const qint64 integer = value.toInteger(-1);
        if (integer >= 0)
            return integer;
        const double number = value.toDouble();
        if (number > 0 && number < 9.2e18 && std::floor(number) == number)
            return static_cast<qint64>(number);
        return -1;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 integer = value.toString().trimmed().toLongLong(&ok);
        return ok && integer >= 0 ? integer : -1;
    }
    return -1;
}

bool LenientJson::readBool(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0;
    case QJsonValue::String: {
        const QString text = value.toString().trimmed();
        return text.compare(u"true", Qt::CaseInsensitive) == 0 || text == u"1";
    }
    default:
        return false;
    }
}

QString LenientJson::readString(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const qint64 integer = value.toInteger(std::numeric_limits<qint64>::min());
        return integer != std::numeric_limits<qint64>::min() ? QString::number(integer)
                                                             : QString::number(value.toDouble());
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

QStringList LenientJson::readStringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &element : array) {
        const QString text = readString(element);
        if (!text.isEmpty())
            list.append(text);
    }
    return list;
}
