#pragma once

#include <QColor>

class QWidget;

// The colours that mark errors, warnings and success in every window, in one place. Each
// reads on the default light window background.
class StatusColors
{
public:
    static QColor errorText(); // an error under a field or in a dialog
    static QColor warningText(); // a warning, or a list that may be out of date
    static QColor okText(); // a check that passed
    static QColor errorBackground(); // behind an error (banner, last error)
    static QColor errorOnBackground(); // text on errorBackground()
    static QColor warningBackground();
    static QColor informationBackground();
    static QColor textOnBackground(); // text on the backgrounds above
    // The tints of table rows created or changed since the previous snapshot.
    static QColor createdBackground();
    static QColor changedBackground();

    // Sets the widget's text colour (QPalette::WindowText).
    static void setTextColor(QWidget *widget, const QColor &color);
};
