#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <functional>

// One HTTP response of the sandbox, before it is written to the socket.
struct SandboxResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // without Content-Length
    QByteArray body;
    // Runs once the response has been written (e.g. the delivery of a test message).
    std::function<void()> afterSent;

    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
                header.second = value;
                return;
            }
        }
        headers.append({name, value});
    }
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return header.second;
        }
        return {};
    }
};
