#include "sandbox/SandboxSeeder.h"

#include "sandbox/SandboxEvents.h"
#include "sandbox/SandboxFields.h"
#include "sandbox/SandboxPolicies.h"

#include <QJsonObject>

#include <QDateTime>
#include <QRandomGenerator>
#include <QStringList>

#include <array>

namespace {

// Name patterns; %1 is a running number. Commas, quotes and non-ASCII on purpose.
const std::array<const char16_t *, 16> NamePatterns = {
        u"Sync to Jira, staging #%1",
        u"\"Critical\" incidents → PagerDuty %1",
        u"Équipe réseau – changements %1",
        u"Störungsmeldungen München %1",
        u"東京サービスデスク %1",
        u"Ops team's pager (%1)",
        u"Slack #service-desk %1",
        u"CMDB export; nightly %1",
        u"Teams: \"Major incident\" bridge %1",
        u"Data warehouse feed %1",
        u"Zoë's approval bot %1",
        u"Audit log, EU region %1",
        u"ServiceNow bridge %1",
        u"Billing – time entries %1",
        u"Łódź field engineers %1",
        u"Grafana annotations %1",
};

const std::array<const char16_t *, 10> UriPatterns = {
        u"https://hooks.example.com/4me/%1",
        u"https://integrations.example.org/webhooks/4me?token=s3cr3t-%1",
        u"https://bot:Pa55word@intranet.example.net/hooks/%1",
        u"https://api.example.com/v2/events/%1",
        u"http://automation.example.internal:8080/4me/%1",
        u"https://example.eu/xurrent/incoming/%1",
        u"https://relay.example.com/hook/%1?secret=abc%1&format=json",
        u"https://hooks.example.jp/受信/%1",
        u"https://ci.example.org/generic-webhook-trigger/invoke/%1",
        u"https://eventbus.example.com/publish/%1",
};

const std::array<const char16_t *, 6> Errors = {
        u"404 Not Found",
        u"Connection refused",
        u"Timeout",
        u"500 Internal Server Error",
        u"503 Service Unavailable",
        u"SSL certificate problem: certificate has expired",
};

const std::array<const char16_t *, 6> Descriptions = {
        u"Forwards every change to the ticketing bridge.\nOwner: integration team.",
        u"Used by the on-call rotation. Do not disable without asking #ops, please.",
        u"Temporary hook for the migration project (Q3). Remove after cut-over.",
        u"Sends updates to the BI pipeline; payloads are archived for 90 days.",
        u"Déclenche la synchronisation avec l’outil de supervision.",
        u"\"Quoted\" description, with commas, and a line break\nsecond line.",
};

const std::array<const char16_t *, 4> Mails = {
        u"ops@example.com",
        u"integration@example.org, oncall@example.com",
        u"jane.doe@example.net",
        u"service-desk+alerts@example.co.uk",
};

QString pattern(const char16_t *text, qint64 number)
{
    return QString::fromUtf16(text).arg(number);
}

} // namespace

QJsonArray SandboxSeeder::policies()
{
    // Real hs256 policies with their secrets, so that the seeded webhooks' messages are
    // signed like any other linked webhook's.
    QJsonArray result;
    const QDateTime created
            = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    for (int id = 1; id <= PolicyCount; ++id) {
        SandboxPolicy policy;
        policy.id = id;
        policy.name = QStringLiteral("Signing policy %1").arg(id);
        policy.algorithm = SandboxJwsSigner::Algorithm::Hs256;
        policy.keys = SandboxPolicyKeys::generate(policy.algorithm);
        policy.createdAt = created;
        policy.updatedAt = created;
        result.append(SandboxPolicies::storeJson(policy));
    }
    return result;
}

SandboxWebhookList SandboxSeeder::generate(int count, qint64 firstId, const QUrl &receiverUrl)
{
    SandboxWebhookList result;
    if (count <= 0)
        return result;
    result.reserve(count);

    QStringList events;
    QStringList legacyEvents;
    for (const SandboxEvents::Event &event : SandboxEvents::instance().events()) {
        if (event.legacy)
            legacyEvents.append(event.id);
        else if (event.id != u"webhook.verify")
            events.append(event.id);
    }
    if (events.isEmpty())
        events.append(QStringLiteral("request.create"));

    QRandomGenerator random(20160317u);
    // Spread creation over the last two years, oldest first.
    const qint64 nowSecs = QDateTime::currentSecsSinceEpoch();
    const qint64 spanSecs = 2 * 365 * 24 * 3600;
    const bool withReceiver = receiverUrl.isValid() && !receiverUrl.isRelative();

    for (int i = 0; i < count; ++i) {
        SandboxWebhook webhook;
        webhook.id = firstId + i;
        const qint64 number = webhook.id;
        if (!legacyEvents.isEmpty() && i % 41 == 7)
            webhook.event = legacyEvents.at(random.bounded(int(legacyEvents.size())));
        else
            webhook.event = events.at(random.bounded(int(events.size())));
        // About one in eight keeps the default name (the event).
        webhook.name = i % 8 == 3
                ? webhook.event
                : pattern(NamePatterns[std::size_t(i) % NamePatterns.size()], number);
        if (withReceiver && i % 5 == 0) {
            QUrl url = receiverUrl;
            QString path = url.path();
            if (!path.endsWith(u'/'))
                path += u'/';
            url.setPath(path + QStringLiteral("sandbox/%1").arg(number));
            webhook.uri = url.toString();
        } else {
            webhook.uri = pattern(UriPatterns[std::size_t(random.bounded(int(UriPatterns.size())))],
                                  number);
        }
        if (i % 10 == 4) {
            webhook.disabled = true;
            webhook.lastError = QString::fromUtf16(Errors[std::size_t(i / 10) % Errors.size()]);
        } else if (i % 23 == 11) {
            webhook.disabled = true; // disabled by hand, no error
        }
        if (i % 3 == 1)
            webhook.description = QString::fromUtf16(
                    Descriptions[std::size_t(random.bounded(int(Descriptions.size())))]);
        if (i % 5 == 2)
            webhook.mailExceptionsTo = QString::fromUtf16(Mails[std::size_t(i) % Mails.size()]);
        if (i % 17 == 5) {
            webhook.source = QStringLiteral("terraform");
            webhook.sourceId = QStringLiteral("module.webhooks[%1]").arg(number);
        }
        if (i % 29 == 13) {
            webhook.webhookPolicyId = 1 + (i % PolicyCount);
        }
        const qint64 created = nowSecs - spanSecs + (spanSecs * i) / count;
        const qint64 updated = created + random.bounded(30 * 24 * 3600);
        webhook.createdAt = QDateTime::fromSecsSinceEpoch(created, Qt::UTC).toString(Qt::ISODate);
        webhook.updatedAt = QDateTime::fromSecsSinceEpoch(qMin(updated, nowSecs), Qt::UTC)
                                    .toString(Qt::ISODate);
        result.append(std::move(webhook));
    }
    return result;
}

SandboxWebhookList SandboxSeeder::variant(int count, qint64 firstId, const QUrl &receiverUrl)
{
    SandboxWebhookList result;
    if (count <= 0)
        return result;
    const SandboxWebhookList base = generate(count, firstId, receiverUrl);
    qint64 nextId = firstId;
    for (qsizetype i = 0; i < base.size(); ++i) {
        if (i % 7 == 2)
            continue; // only in the first account
        SandboxWebhook webhook = base.at(i);
        webhook.id = nextId++;
        if (i % 5 == 1) {
            webhook.disabled = !webhook.disabled;
            if (!webhook.disabled)
                webhook.lastError.clear();
        }
        if (i % 6 == 3 && webhook.uri.contains(u"example.")) {
            webhook.uri.replace(webhook.uri.indexOf(u"example."), 8, QStringLiteral("qa.example."));
        }
        result.append(std::move(webhook));
    }
    // Webhooks of the second account only.
    const std::array<std::pair<const char16_t *, const char16_t *>, 3> own = {{
            {u"QA smoke test %1", u"request.create"},
            {u"QA regression feed %1", u"task.update"},
            {u"QA release notes %1", u"release.update"},
    }};
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const auto &[name, event] : own) {
        SandboxWebhook webhook;
        webhook.id = nextId++;
        webhook.name = pattern(name, webhook.id);
        webhook.event = QString::fromUtf16(event);
        webhook.uri = QStringLiteral("https://qa-receiver.example.com/hooks/%1").arg(webhook.id);
        webhook.createdAt = now;
        webhook.updatedAt = now;
        result.append(std::move(webhook));
    }
    return result;
}
