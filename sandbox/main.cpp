// hookbench-sandbox: a local stand-in for the 4me Webhooks API.
#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hookbench-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HB_VERSION_STRING));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A local stand-in for the 4me Webhooks API."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
