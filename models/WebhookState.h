#pragma once

// Which webhooks a listing asks for: GET /webhooks, /webhooks/enabled, /webhooks/disabled.
// Also the state filter of the table.
enum class WebhookState { All, Enabled, Disabled };
