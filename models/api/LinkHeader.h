#pragma once

#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

// A parser for the HTTP Link header (RFC 8288), as the 4me API uses it for pagination:
// `<https://api.4me.com/v1/webhooks?page=2>; rel="next", <...>; rel="last"`.
//
// A pure function of its input: it never fails, never throws and never reads past the
// value; malformed link-values are skipped and parsing resumes at the next comma.
class LinkHeader
{
public:
    struct Link
    {
        QUrl target; // resolved against the base URL; always valid
        QStringList relations; // lower case, from the first rel parameter
        QList<QPair<QString, QString>> parameters; // other parameters, names lower case

        friend bool operator==(const Link &, const Link &) = default;
    };

    // Parses one Link header value (several headers may be joined with commas).
    // Relative targets are resolved against `base`; targets that are not valid URLs
    // are dropped.
    static QList<Link> parse(QByteArrayView value, const QUrl &base);

    // The target of the first link with relation `relation` (lower case), or an empty URL.
    static QUrl find(const QList<Link> &links, QStringView relation);
};
