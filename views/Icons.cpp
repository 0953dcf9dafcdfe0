#include "views/Icons.h"

#include <QFile>

QIcon Icons::action(const QString &themeName)
{
    const QString fallbackPath = QStringLiteral(":/hookbench/icons/actions/%1.svg").arg(themeName);
    QIcon fallback;
    if (QFile::exists(fallbackPath))
        fallback = QIcon(fallbackPath);
    return QIcon::fromTheme(themeName, fallback);
}

QIcon Icons::application()
{
    return QIcon(QStringLiteral(":/hookbench/icons/hookbench.svg"));
}
