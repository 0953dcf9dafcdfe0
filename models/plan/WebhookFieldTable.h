#pragma once

#include "models/Webhook.h"

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

// The writable fields of a Webhook, as one table: what a plan compares, copies and shows.
//
// Each entry names the field's JSON key and the Webhook member that holds it; comparing,
// copying and showing follow from the member's type. A new writable field of Webhook is one
// line in writableFields(). A value type; the table is built once and is thread-safe.
class WebhookFieldTable
{
public:
    using Member = std::variant<QString Webhook::*, bool Webhook::*, qint64 Webhook::*,
                                QStringList Webhook::*>;

    struct Field
    {
        QLatin1StringView key; // the API's name, e.g. "mail_exceptions_to"
        Member member;
    };

    // Every writable field, in the order a plan lists changes.
    static const QList<Field> &writableFields();
    // The read-only fields of a record (id, last_error, timestamps, ...): known in a desired
    // state file, but never compared or sent.
    static const QList<QLatin1StringView> &readOnlyKeys();
    static const Field *find(QStringView key);

    static bool equal(const Field &field, const Webhook &a, const Webhook &b);
    static void copy(const Field &field, const Webhook &from, Webhook *to);
    // The value as a person reads it in a plan: strings as they are, booleans as
    // true/false, lists comma-separated, the policy as "name (id)" or "none".
    static QString text(const Field &field, const Webhook &webhook);
};
