#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// An inline message at the top of a window: what happened and one button to act on it
// (Retry, Enter token, ...). Shows its text as plain text. Hidden until show*() is called.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Level { Information, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    // Shows `text`; `actionText` empty hides the action button.
    void showMessage(Level level, const QString &text, const QString &actionText = {});
    void dismiss();

    QString text() const;
    QString actionText() const; // empty when there is no action button
    Level level() const { return m_level; }

Q_SIGNALS:
    void actionTriggered();
    void dismissed();

private:
    Level m_level = Level::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
};
