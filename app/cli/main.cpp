// hookbench-cli: webhooks from the command line, for scripts and cron jobs.
// Composition root only: the process's streams and environment, then one command (CliMain).
#include "app/cli/CliContext.h"
#include "app/cli/CliMain.h"

#include <QCoreApplication>
#include <QFile>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hookbench-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Hookbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HB_VERSION_STRING));

    QFile out;
    QFile err;
    const int exitCode
            = CliMain::run(QCoreApplication::arguments(), CliContext::forProcess(&out, &err));
    out.flush();
    return exitCode;
}
