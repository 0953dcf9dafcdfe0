#include "views/AboutBox.h"

#include "views/Icons.h"

#include <QApplication>
#include <QMessageBox>

void AboutBox::open(QWidget *parent)
{
    // The texts keep the context they always had (MainWindow), so their translations stay.
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(QCoreApplication::translate("MainWindow", "About Hookbench"));
    box->setIconPixmap(Icons::application().pixmap(64, 64));
    box->setTextFormat(Qt::PlainText);
    box->setText(QCoreApplication::translate("MainWindow", "Hookbench %1")
                         .arg(QApplication::applicationVersion()));
    box->setInformativeText(QCoreApplication::translate(
            "MainWindow",
            "Administer the webhooks of a 4me, Xurrent or ITRP account: list, create, edit, "
            "test, enable, disable, delete and export them."));
    box->open();
}
