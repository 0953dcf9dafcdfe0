#pragma once

#include <QLoggingCategory>

// One logging category per layer. Never log a token, an Authorization header or the
// userinfo or query of a webhook URI (use Webhook::redactedUri()).
Q_DECLARE_LOGGING_CATEGORY(lcApi) // hookbench.api
Q_DECLARE_LOGGING_CATEGORY(lcModel) // hookbench.model
Q_DECLARE_LOGGING_CATEGORY(lcUi) // hookbench.ui
Q_DECLARE_LOGGING_CATEGORY(lcSandbox) // hookbench.sandbox
