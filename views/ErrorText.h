#pragma once

#include <QString>

struct ApiError;
struct ConnectionProfile;

// What the views say about an ApiError: ApiError::userMessage() with the profile's name and
// account (the texts live in ApiError only).
class ErrorText
{
public:
    static QString forUser(const ApiError &error, const ConnectionProfile &profile);
    static bool needsNewToken(const ApiError &error);
    static bool isForbidden(const ApiError &error);
};
