#pragma once

#include <QString>

struct ApiError;
struct ConnectionProfile;

// What the views say about an ApiError: ApiError::userMessage(), made specific for the
// errors a user can act on (a 401 asks for a new token, a 403 explains that the Webhooks
// API is for account administrators).
class ErrorText
{
public:
    static QString forUser(const ApiError &error, const ConnectionProfile &profile);
    static bool needsNewToken(const ApiError &error);
    static bool isForbidden(const ApiError &error);
};
