#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

// One HTTP request recorded by DeliveryReceiver (a "delivery"), plus the fields of the 4me
// webhook message (docs/protocol.md, "Messages a receiver gets") when its body is one.
//
// A plain value type, safe to copy across threads. `query` and the Authorization,
// Proxy-Authorization and Cookie headers may carry secrets: show or print them only
// through redactedTarget(), redactedHeaders() and toJson().
struct Delivery
{
    // Whether the answer has gone out: an answer can wait for the receiver's delay.
    enum class Answer { Pending, Answered, ClientGone };
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    quint64 sequence = 0; // 1, 2, 3, ... per receiver; 0 when not recorded by one
    QDateTime receivedAt; // UTC
    QByteArray method; // "POST"
    QString path; // decoded path, without the query
    QString query; // the query as received, without '?'
    HeaderList headers; // in arrival order, names as sent
    QByteArray body; // empty when the body was over the size cap (bodyDiscarded)
    qint64 size = 0; // body size in bytes as received
    bool bodyDiscarded = false; // over the receiver's size cap: not stored, answered 413
    QString peer; // the sender's address
    int status = 0; // the HTTP status answered (or to be answered after the delay)
    Answer answer = Answer::Pending;

    // From the 4me message; empty or 0 when the body is none (or a field is missing).
    qint64 webhookId = 0;
    QString event;
    qint64 objectId = 0;
    QString accountId;
    QString personName;
    QJsonObject payload;
    QUrl verifyCallback; // payload.callback of a webhook.verify message

    bool isVerify() const;
    // The value of the first header called `name` (case-insensitive); empty if none.
    QByteArray headerValue(QByteArrayView name) const;
    // Path and query with every query value masked: safe to show and print.
    QString redactedTarget() const;
    // The headers with credential values (Authorization, Proxy-Authorization, Cookie) masked.
    HeaderList redactedHeaders() const;

    // Fills the message fields above from `body` (JSON, form fields or the unverified
    // claims of a {"jwt": ...} body). Leaves them empty when the body is no 4me message.
    void readMessage();

    // The delivery as one JSON object (keys in JsonKeys: received_at, method, path, query,
    // headers, body or body_base64, size, peer, status), redacted like redactedTarget()
    // and redactedHeaders(). `body` holds the text when it is valid UTF-8, otherwise
    // `body_base64` holds the bytes.
    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(Delivery)
