#include "models/history/HistoryProfile.h"

HistoryProfile HistoryProfile::from(const QUrl &serviceUrl, const QString &account)
{
    HistoryProfile profile;
    profile.account = account.trimmed();
    if (!serviceUrl.isValid() || serviceUrl.host().isEmpty())
        return profile;
    QUrl url = serviceUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                                   | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    profile.serviceUrl = url.toString(QUrl::FullyEncoded);
    return profile;
}

QString HistoryProfile::displayName() const
{
    return QStringLiteral("%1 (%2)").arg(serviceUrl, account);
}
