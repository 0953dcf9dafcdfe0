#include "views/StatusColors.h"

#include <QPalette>
#include <QWidget>

QColor StatusColors::errorText()
{
    return {0xb3, 0x26, 0x1e};
}

QColor StatusColors::warningText()
{
    return {0x8a, 0x5a, 0x00};
}

QColor StatusColors::okText()
{
    return {0x2a, 0x7a, 0x2a};
}

QColor StatusColors::errorBackground()
{
    return {0xfb, 0xe4, 0xe2};
}

QColor StatusColors::errorOnBackground()
{
    return {0x8c, 0x1d, 0x18};
}

QColor StatusColors::warningBackground()
{
    return {0xfd, 0xf3, 0xd6};
}

QColor StatusColors::informationBackground()
{
    return {0xe3, 0xee, 0xfb};
}

QColor StatusColors::textOnBackground()
{
    return {0x20, 0x20, 0x20};
}

QColor StatusColors::createdBackground()
{
    return {0xe2, 0xf3, 0xe2};
}

QColor StatusColors::changedBackground()
{
    return {0xfb, 0xf0, 0xd0};
}

void StatusColors::setTextColor(QWidget *widget, const QColor &color)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, color);
    widget->setPalette(palette);
}
