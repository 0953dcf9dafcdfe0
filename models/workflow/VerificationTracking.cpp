#include "models/workflow/VerificationTracking.h"

#include "models/VerificationTracker.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"

#include <QPointer>

void trackVerification(VerificationTracker *tracker, WebhookService *service)
{
    tracker->setProfileKeySource([service = QPointer<WebhookService>(service)]() -> QString {
        if (!service)
            return {};
        const ConnectionProfile profile = service->client()->profile();
        return VerificationTracker::profileKey(profile.serviceUrl, profile.account);
    });
    QObject::connect(service, &WebhookService::webhookCreated, tracker,
                     &VerificationTracker::noteCreated);
    QObject::connect(service, &WebhookService::webhookUpdated, tracker,
                     &VerificationTracker::noteUpdated);
    QObject::connect(service, &WebhookService::webhookRemoved, tracker,
                     &VerificationTracker::clear);
    QObject::connect(service, &QObject::destroyed, tracker,
                     [tracker] { tracker->setProfileKeySource({}); });
}
