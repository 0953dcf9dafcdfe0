#include "views/ErrorText.h"

#include "models/ConnectionProfile.h"
#include "models/api/ApiError.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ErrorText", text);
}
} // namespace

bool ErrorText::needsNewToken(const ApiError &error)
{
    return error.kind == ApiError::Kind::Http && error.httpStatus == 401;
}

bool ErrorText::isForbidden(const ApiError &error)
{
    return error.kind == ApiError::Kind::Http && error.httpStatus == 403;
}

QString ErrorText::forUser(const ApiError &error, const ConnectionProfile &profile)
{
    if (needsNewToken(error)) {
        return tr("The service did not accept the API token of profile “%1”. "
                  "Enter a new token for it.")
                .arg(profile.name);
    }
    if (isForbidden(error)) {
        return tr("The account “%1” refused access (403): the Webhooks API is only for account "
                  "administrators. Use the token of a person with the Account Administrator "
                  "role.")
                .arg(profile.account);
    }
    return error.userMessage();
}
