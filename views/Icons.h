#pragma once

#include <QIcon>
#include <QString>

// Icons of the GUI: the desktop theme's icon where it has one, otherwise the SVG shipped
// in resources/icons (compiled into hb_views under :/hookbench/icons).
class Icons
{
public:
    // A freedesktop icon name such as "document-new"; falls back to
    // :/hookbench/icons/actions/<name>.svg.
    static QIcon action(const QString &themeName);
    static QIcon application();
};
