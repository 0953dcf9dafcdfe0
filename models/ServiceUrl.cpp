#include "models/ServiceUrl.h"

#include <QCoreApplication>
#include <QHostAddress>

ServiceUrl::Problem ServiceUrl::check(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()
        || (scheme != u"https" && scheme != u"http"))
        return Problem::NotAnAddress;
    if (scheme == u"http" && !isLoopbackHost(url.host()))
        return Problem::PlainHttpToAnotherComputer;
    return Problem::None;
}

QString ServiceUrl::problemText(Problem problem, const QUrl &url)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::NotAnAddress:
        return QCoreApplication::translate("ServiceUrl",
                                           "The service URL must be an absolute https:// "
                                           "address, such as https://api.4me.com/v1.");
    case Problem::PlainHttpToAnotherComputer:
        return QCoreApplication::translate("ServiceUrl",
                                           "Plain http:// is accepted only for this computer: "
                                           "the token would travel unencrypted to %1. Use "
                                           "https://.")
                .arg(url.host());
    }
    return {};
}

bool ServiceUrl::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
