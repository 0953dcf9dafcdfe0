#pragma once

#include <QString>

class QWidget;
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
    // A window-modal warning box over `parent` (objectName "errorBox"), plain text, with the
    // details behind "Show Details…" when there are any; it deletes itself when closed.
    static void showBox(QWidget *parent, const QString &title, const QString &text,
                        const QString &details = {});
};
