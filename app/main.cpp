// hookbench: the desktop GUI. Composition root only: parse options, build objects, wire them.
#include "views/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hookbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("Hookbench"));
    QApplication::setOrganizationName(QStringLiteral("Hookbench"));
    QApplication::setApplicationVersion(QStringLiteral(HB_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QApplication::translate("main", "Administer the webhooks of a 4me account."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
            QStringLiteral("sandbox"),
            QApplication::translate("main", "Start hookbench-sandbox and connect to it."));
    parser.addOption(sandboxOption);
    parser.process(app);

    MainWindow window;
    window.show();
    return QApplication::exec();
}
