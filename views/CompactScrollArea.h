#pragma once

#include <QScrollArea>

// A scroll area that asks for little room: a dock holding it opens compact at first start
// (QMainWindow sizes a new dock from its widget's size hint), and the user can make it as
// large as the content wants. What the user makes of it is kept by saveState().
class CompactScrollArea final : public QScrollArea
{
public:
    CompactScrollArea(const QSize &compactSize, QWidget *parent = nullptr)
        : QScrollArea(parent), m_compactSize(compactSize)
    { }

    QSize sizeHint() const override { return m_compactSize; }

private:
    QSize m_compactSize;
};
