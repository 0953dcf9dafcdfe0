#include "app/cli/CliContext.h"

#include "app/cli/Terminal.h"

#include <QFile>
#include <QSettings>

#include <cstdio>

CliContext CliContext::forProcess(QFile *out, QFile *err)
{
    out->open(stdout, QIODevice::WriteOnly);
    err->open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    CliContext context;
    context.out = out;
    context.err = err;
    context.environment = QProcessEnvironment::systemEnvironment();
    context.stdoutIsTerminal = Terminal::isStdoutTerminal();
    context.stderrIsTerminal = Terminal::isStderrTerminal();
    context.terminalColumns = Terminal::stdoutColumns();
    return context;
}

QString CliContext::variable(const char *name) const
{
    return environment.value(QLatin1StringView(name));
}

int CliContext::tableWidth() const
{
    if (stdoutIsTerminal && terminalColumns > 0)
        return terminalColumns;
    bool ok = false;
    const int columns = variable("COLUMNS").toInt(&ok);
    if (ok && columns > 0)
        return columns;
    return stdoutIsTerminal ? 80 : 0;
}

std::unique_ptr<QSettings> CliContext::openSettings() const
{
    if (!settingsFile.isEmpty())
        return std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);
    return std::make_unique<QSettings>(QStringLiteral("Hookbench"), QStringLiteral("hookbench"));
}
