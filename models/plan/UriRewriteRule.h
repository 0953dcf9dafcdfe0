#pragma once

#include <QList>
#include <QString>

#include <optional>

// A URI rewrite of a plan: every URI that starts with `from` gets `to` instead of that
// prefix, e.g. the QA receiver's host for production's. Rules apply to the desired state
// before it is compared with the target; the first rule whose prefix matches wins.
struct UriRewriteRule
{
    QString from;
    QString to;

    // Parses "FROM=TO" (split at the first '=' that is followed by an absolute URI, so that
    // a FROM with a query may hold '='). nullopt and *error for a person when malformed.
    static std::optional<UriRewriteRule> parse(const QString &text, QString *error = nullptr);
    // `uri` after the first matching rule; unchanged when none matches.
    static QString apply(const QList<UriRewriteRule> &rules, const QString &uri);

    friend bool operator==(const UriRewriteRule &, const UriRewriteRule &) = default;
};
