#pragma once

#include <QByteArray>
#include <QUrl>

// One request of the Webhooks API, as ApiClient::send() takes it. A plain value type.
struct ApiRequest
{
    enum class Method { Get, Post, Patch, Delete };
    // What a 2xx answer must carry; anything else is a Parse error.
    enum class Expect {
        Nothing, // the body is ignored (204 of DELETE and of the test endpoint)
        Object, // a JSON object without a top-level "message"
        Array, // a JSON array
    };

    Method method = Method::Get;
    QUrl url; // absolute, on the profile's origin (ApiClient::urlFor() or a Link header)
    QByteArray body; // JSON for POST and PATCH; empty for none
    Expect expect = Expect::Object;

    QByteArray verb() const
    {
        switch (method) {
        case Method::Get:
            return QByteArrayLiteral("GET");
        case Method::Post:
            return QByteArrayLiteral("POST");
        case Method::Patch:
            return QByteArrayLiteral("PATCH");
        case Method::Delete:
            return QByteArrayLiteral("DELETE");
        }
        return {};
    }
};
