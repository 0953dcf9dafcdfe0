#pragma once

#include <QList>
#include <QString>

// A message about one field of a webhook, from local validation or from a 422 answer.
// `field` uses the API's names ("event", "uri", "mail_exceptions_to", ...).
struct FieldError
{
    QString field;
    QString message;

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

using FieldErrors = QList<FieldError>;
