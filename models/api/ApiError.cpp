#include "models/api/ApiError.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
}

// The server's message with a full stop, or nothing.
QString detail(const QString &message)
{
    if (message.isEmpty())
        return {};
    return message.endsWith(u'.') || message.endsWith(u'…') ? message : message + u'.';
}

} // namespace

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        if (message.contains(u"certificate")) {
            return tr("The secure connection to the 4me service was refused: %1 If you trust "
                      "this server, pin its certificate in the connection settings.")
                    .arg(detail(message));
        }
        return tr("Could not reach the 4me service: %1 Check the service URL and the network "
                  "connection, then try again.")
                .arg(detail(message));
    case Kind::Timeout:
        return tr("The 4me service did not answer in time. Try again; if it keeps happening, "
                  "check the network connection.");
    case Kind::Http:
        if (httpStatus == 401 || httpStatus == 403)
            return userMessage(QString(), QString());
        if (httpStatus == 404 && requestPath.startsWith(u"DELETE")) {
            return tr("The webhook was already deleted, perhaps by someone else. Refresh the "
                      "list.");
        }
        if (httpStatus == 404) {
            return tr("The webhook was not found; it may have been deleted. Refresh the list.");
        }
        if (httpStatus >= 500) {
            QString summary = message;
            while (summary.endsWith(u'.'))
                summary.chop(1);
            return tr("The 4me service had a problem (HTTP %1%2). Try again in a few minutes.")
                    .arg(httpStatus)
                    .arg(summary.isEmpty() ? QString() : QStringLiteral(": ") + summary);
        }
        return tr("The 4me service answered with HTTP %1: %2 Check the connection settings "
                  "and try again.")
                .arg(httpStatus)
                .arg(detail(message));
    case Kind::Parse:
        return tr("The 4me service sent an answer Hookbench cannot read: %1 Try again; if it "
                  "keeps happening, check for a proxy between you and the service.")
                .arg(detail(message));
    case Kind::Validation: {
        QStringList parts;
        for (const FieldError &error : fieldErrors)
            parts.append(error.field.isEmpty()
                                 ? error.message
                                 : error.field + QStringLiteral(": ") + error.message);
        const QString details = parts.isEmpty() ? message : parts.join(QStringLiteral("; "));
        return tr("The 4me service did not accept the webhook: %1 Correct the marked fields "
                  "and save again.")
                .arg(detail(details));
    }
    case Kind::RateLimited:
        return tr("The 4me service's rate limit was reached. Wait a minute, then try again.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Incomplete:
        return tr("Not every webhook could be loaded: %1 Refresh to try again.")
                .arg(detail(message));
    }
    return {};
}

QString ApiError::userMessage(const QString &profileName, const QString &account) const
{
    // docs/protocol.md, "Who may call the API": 401 is the token, 403 the role or a scope.
    if (isUnauthorized()) {
        if (profileName.isEmpty()) {
            return tr("The 4me service refused the API token. Enter a new token for this "
                      "connection.");
        }
        return QCoreApplication::translate("ApiError",
                                           "The service did not accept the API token of "
                                           "profile “%1”. Enter a new token for it.")
                .arg(profileName);
    }
    if (isForbidden()) {
        const QString who = account.isEmpty()
                ? tr("The account refused access (403).")
                : QCoreApplication::translate("ApiError", "The account “%1” refused access (403).")
                          .arg(account);
        return who + u' '
                + tr("The Webhooks API is only for Account Administrators and Directory "
                     "Administrators, and a personal access token also needs the scope for "
                     "webhooks. Use the token of such an administrator, or a token that has "
                     "the scope it lacks.");
    }
    return userMessage();
}
