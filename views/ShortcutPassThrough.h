#pragma once

#include <QObject>

class QWidget;

// Gives the shortcuts of a window's own actions to the window wherever the focus is in it,
// docked or floating panels included, also where a field would take the key for itself: with
// X11 key bindings a line edit or spin box moves to the end of the line on Ctrl+E, which is
// Export. Keys that no enabled action of the window uses stay with the field, and so does Del,
// which is not a window action. Dialogs of the window are left alone.
class ShortcutPassThrough final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutPassThrough)

public:
    // A child of `window`; it watches the application's shortcut overrides while it lives.
    explicit ShortcutPassThrough(QWidget *window);
    ~ShortcutPassThrough() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isInWindow(const QWidget *widget) const;

    QWidget *m_window;
};
