// hookbench-cli: webhooks from the command line, for scripts and cron jobs.
#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hookbench-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Hookbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HB_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Administer the webhooks of a 4me account."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
