#pragma once

class VerificationTracker;
class WebhookService;

// Lets `tracker` follow `service`: its current profile is the profile of the service's
// client, and the service's creates, updates and deletions mark or clear webhooks (see
// VerificationTracker). Neither object is owned; the connections end with either of them.
void trackVerification(VerificationTracker *tracker, WebhookService *service);
