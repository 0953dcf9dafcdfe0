#pragma once

#include <QLoggingCategory>

// The sandbox's own logging category, "hookbench.sandbox" (debug output off by default).
Q_DECLARE_LOGGING_CATEGORY(lcSandboxServer)
