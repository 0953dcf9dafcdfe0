#pragma once

#include <QString>

// Options of hookbench-sandbox, filled from its command line.
struct SandboxOptions
{
    quint16 port = 0;
    QString account = QStringLiteral("wdc");
};
