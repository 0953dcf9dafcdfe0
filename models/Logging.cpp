#include "models/Logging.h"

Q_LOGGING_CATEGORY(lcApi, "hookbench.api")
Q_LOGGING_CATEGORY(lcModel, "hookbench.model")
Q_LOGGING_CATEGORY(lcUi, "hookbench.ui")
Q_LOGGING_CATEGORY(lcSandbox, "hookbench.sandbox")
