#include "views/ErrorText.h"

#include "models/ConnectionProfile.h"
#include "models/api/ApiError.h"

#include <QMessageBox>

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

void ErrorText::showBox(QWidget *parent, const QString &title, const QString &text,
                        const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->open();
}
