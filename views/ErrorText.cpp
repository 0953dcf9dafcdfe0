#include "views/ErrorText.h"

#include "models/ConnectionProfile.h"
#include "models/api/ApiError.h"

bool ErrorText::needsNewToken(const ApiError &error)
{
    return error.isUnauthorized();
}

bool ErrorText::isForbidden(const ApiError &error)
{
    return error.isForbidden();
}

QString ErrorText::forUser(const ApiError &error, const ConnectionProfile &profile)
{
    return error.userMessage(profile.name, profile.account);
}
