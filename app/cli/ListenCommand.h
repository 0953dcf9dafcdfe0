#pragma once

#include <QStringList>

// `hookbench-cli listen`: a webhook receiver without a window (see DeliveryReceiver).
// `arguments` are the command's own arguments (after "listen"). Returns the exit code.
int runListenCommand(const QStringList &arguments);
