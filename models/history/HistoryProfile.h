#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

// The key under which the history of one account is kept: the service URL and the account.
// The URL is normalised (scheme and host in lower case, no userinfo, query, fragment or
// trailing slash), so that two spellings of one service share a history and no secret that a
// URL may carry reaches the database.
// Threading: a value type, safe to copy across threads.
struct HistoryProfile
{
    QString serviceUrl;
    QString account;

    static HistoryProfile from(const QUrl &serviceUrl, const QString &account);
    bool isValid() const { return !serviceUrl.isEmpty() && !account.isEmpty(); }
    // "https://api.4me.com/v1 (wdc)", for messages.
    QString displayName() const;

    friend bool operator==(const HistoryProfile &, const HistoryProfile &) = default;
};

Q_DECLARE_METATYPE(HistoryProfile)
