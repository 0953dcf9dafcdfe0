#pragma once

#include "models/api/ApiError.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QUrl>

// The outcome of one ApiRequest after pacing and retries: the mapped error (kind None on
// success), the HTTP facts and the parsed body. A plain value type.
struct ApiResponse
{
    ApiError error;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QUrl url; // the URL that answered (after same-origin redirects)
    QByteArray body; // the raw body
    QJsonDocument json; // the parsed body, when the request expected JSON and got it
    QList<QPair<QByteArray, QByteArray>> headers; // raw response headers, in order
    // For Network and Timeout errors: whether the server may have received the request
    // (false when the connection was refused or the request was never sent).
    bool requestMayHaveArrived = false;
    int attempts = 0; // how often the request was sent

    // The first header of that name (case-insensitive), or a null QByteArray.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &pair : headers) {
            if (name.compare(pair.first, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return {};
    }
};

Q_DECLARE_METATYPE(ApiResponse)
