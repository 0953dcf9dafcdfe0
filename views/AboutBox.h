#pragma once

class QWidget;

// Help ▸ About Hookbench: a window-modal message box (objectName "aboutBox") with the
// version and what Hookbench does, opened with open() and deleted when closed.
class AboutBox final
{
public:
    static void open(QWidget *parent);
};
