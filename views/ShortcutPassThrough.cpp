#include "views/ShortcutPassThrough.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QKeyEvent>
#include <QWidget>

ShortcutPassThrough::ShortcutPassThrough(QWidget *window) : QObject(window), m_window(window)
{
    Q_ASSERT(window);
    // On the application, not on each field: panels added later are covered as well.
    qApp->installEventFilter(this);
}

ShortcutPassThrough::~ShortcutPassThrough() = default;

bool ShortcutPassThrough::isInWindow(const QWidget *widget) const
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w == m_window)
            return true;
        // A dialog is a window of its own, where the window's shortcuts do not apply; a
        // floating panel still belongs to the window.
        if (w->isWindow() && !qobject_cast<const QDockWidget *>(w))
            return false;
    }
    return false;
}

bool ShortcutPassThrough::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !watched->isWidgetType()
        || !isInWindow(static_cast<QWidget *>(watched)))
        return false;
    const QKeySequence pressed(static_cast<QKeyEvent *>(event)->keyCombination());
    const QList<QAction *> actions = m_window->actions();
    for (const QAction *action : actions) {
        if (action->isEnabled() && action->shortcuts().contains(pressed)) {
            event->ignore(); // not the field's: the window's shortcut runs
            return true;
        }
    }
    return false;
}
