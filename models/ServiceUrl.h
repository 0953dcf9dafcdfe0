#pragma once

#include <QString>
#include <QUrl>

// Which service URLs Hookbench accepts, in one place: absolute https:// addresses, and plain
// http:// only to this computer (localhost, 127.0.0.0/8, ::1), e.g. the sandbox, because the
// token travels in every request. The connection dialog, the client and the command line
// all ask this class (see docs/protocol.md, "Addresses").
class ServiceUrl
{
public:
    enum class Problem {
        None,
        NotAnAddress, // empty, relative, without a host, or neither https nor http
        PlainHttpToAnotherComputer, // http:// to a host that is not this computer
    };

    static Problem check(const QUrl &url);
    static bool isAcceptable(const QUrl &url) { return check(url) == Problem::None; }
    // One sentence for a person (translated); empty for Problem::None.
    static QString problemText(Problem problem, const QUrl &url);
    // The sentence for `url`; empty when it is acceptable.
    static QString problemText(const QUrl &url) { return problemText(check(url), url); }

    // localhost, or an IPv4/IPv6 loopback address.
    static bool isLoopbackHost(const QString &host);
};
