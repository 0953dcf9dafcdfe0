#include "views/MessageBanner.h"

#include "views/StatusColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent),
      m_icon(new QLabel(this)),
      m_text(new QLabel(this)),
      m_action(new QPushButton(this)),
      m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("bannerActionButton"));
    m_close->setObjectName(QStringLiteral("bannerCloseButton"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, [this] {
        dismiss();
        Q_EMIT dismissed();
    });
    hide();
}

void MessageBanner::showMessage(Level level, const QString &text, const QString &actionText)
{
    m_level = level;
    QColor background;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    switch (level) {
    case Level::Information:
        background = StatusColors::informationBackground();
        pixmap = QStyle::SP_MessageBoxInformation;
        break;
    case Level::Warning:
        background = StatusColors::warningBackground();
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case Level::Error:
        background = StatusColors::errorBackground();
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    }
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, StatusColors::textOnBackground());
    setPalette(palette);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

void MessageBanner::dismiss()
{
    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

QString MessageBanner::actionText() const
{
    return m_action->isVisibleTo(this) ? m_action->text() : QString();
}
