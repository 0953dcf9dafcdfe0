// Matching, comparing and planning (issue 13): PlanBuilder on values, no network.
#include "models/JsonKeys.h"
#include "models/plan/PlanBuilder.h"
#include "models/plan/WebhookFieldTable.h"

#include <QRegularExpression>
#include <QTest>

namespace {

Webhook hook(qint64 id, const QString &name, const QString &event, const QString &uri)
{
    Webhook webhook;
    webhook.id = id;
    webhook.name = name;
    webhook.event = event;
    webhook.uri = uri;
    return webhook;
}

DesiredState stateOf(const WebhookList &webhooks)
{
    return PlanBuilder::fromAccount(webhooks);
}

const PlanItem *itemFor(const Plan &plan, int sourceIndex)
{
    for (const PlanItem &item : plan.items) {
        if (item.sourceIndex == sourceIndex)
            return &item;
    }
    return nullptr;
}

const PlanItem *itemForTarget(const Plan &plan, qint64 targetId)
{
    for (const PlanItem &item : plan.items) {
        if (item.current.id == targetId)
            return &item;
    }
    return nullptr;
}

QStringList changedFields(const PlanItem &item)
{
    QStringList fields;
    for (const FieldChange &change : item.changes)
        fields.append(change.field);
    return fields;
}

} // namespace

class tst_PlanBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void matchesBySourceIdFirst();
    void matchesByNameAndEvent();
    void matchesByUriWhenNameAndEventRepeat();
    void reportsAmbiguousMatches();
    void reportsSharedSourceIds();
    void differentSourceIdsNeverMatch();
    void comparesEveryWritableField_data();
    void comparesEveryWritableField();
    void rewritesUrisBeforeComparing();
    void prunesOnlyWhenAsked();
    void mapsPolicies();
    void warnsWhenSigningIsLost();
    void skipsEventsTheTargetDoesNotOffer();
    void plansVerification();
    void leavesFieldsTheStateDoesNotGive();
    void emptyNameMeansTheEvent();
    void countsRequestsAndTime_data();
    void countsRequestsAndTime();
    void rewriteRuleParsing_data();
    void rewriteRuleParsing();
};

void tst_PlanBuilder::matchesBySourceIdFirst()
{
    Webhook source = hook(1, QStringLiteral("Renamed"), QStringLiteral("request.create"),
                          QStringLiteral("https://example.com/a"));
    source.sourceId = QStringLiteral("ext-1");
    Webhook target = hook(50, QStringLiteral("Old name"), QStringLiteral("request.create"),
                          QStringLiteral("https://example.com/a"));
    target.sourceId = QStringLiteral("ext-1");
    const Plan plan = PlanBuilder::build(stateOf({source}), {target}, {});
    QCOMPARE(plan.items.size(), 1);
    QCOMPARE(plan.items[0].action, PlanItem::Action::Update);
    QCOMPARE(plan.items[0].current.id, 50);
    QCOMPARE(plan.items[0].desired.id, 50);
    QCOMPARE(plan.items[0].changes,
             (QList<FieldChange>{{QStringLiteral("name"), QStringLiteral("Old name"),
                                  QStringLiteral("Renamed")}}));
}

void tst_PlanBuilder::matchesByNameAndEvent()
{
    const Webhook source = hook(1, QStringLiteral("Ops"), QStringLiteral("request.create"),
                                QStringLiteral("https://new.example.com/hook"));
    const Webhook target = hook(7, QStringLiteral("Ops"), QStringLiteral("request.create"),
                                QStringLiteral("https://old.example.com/hook"));
    const Plan plan = PlanBuilder::build(stateOf({source}), {target}, {});
    QCOMPARE(plan.items.size(), 1);
    const PlanItem &item = plan.items[0];
    QCOMPARE(item.action, PlanItem::Action::Update);
    QCOMPARE(item.current.id, 7);
    QCOMPARE(changedFields(item), QStringList{QStringLiteral("uri")});
    QCOMPARE(item.changes[0].before, QStringLiteral("https://old.example.com/hook"));
    QCOMPARE(item.changes[0].after, QStringLiteral("https://new.example.com/hook"));
    QCOMPARE(plan.requestCount(), 1);
}

void tst_PlanBuilder::matchesByUriWhenNameAndEventRepeat()
{
    const QString event = QStringLiteral("task.update");
    const WebhookList source{hook(1, QStringLiteral("Same"), event, QStringLiteral("https://a/1")),
                             hook(2, QStringLiteral("Same"), event, QStringLiteral("https://b/2"))};
    WebhookList target{hook(20, QStringLiteral("Same"), event, QStringLiteral("https://b/2")),
                       hook(10, QStringLiteral("Same"), event, QStringLiteral("https://a/1"))};
    target[0].description = QStringLiteral("differs");
    const Plan plan = PlanBuilder::build(stateOf(source), target, {});
    QCOMPARE(itemFor(plan, 0)->action, PlanItem::Action::Unchanged);
    QCOMPARE(itemFor(plan, 0)->current.id, 10);
    QCOMPARE(itemFor(plan, 1)->action, PlanItem::Action::Update);
    QCOMPARE(itemFor(plan, 1)->current.id, 20);
    QCOMPARE(changedFields(*itemFor(plan, 1)), QStringList{QStringLiteral("description")});
}

void tst_PlanBuilder::reportsAmbiguousMatches()
{
    const QString event = QStringLiteral("task.update");
    const WebhookList source{
            hook(1, QStringLiteral("Same"), event, QStringLiteral("https://c.example.com/3"))};
    const WebhookList target{
            hook(10, QStringLiteral("Same"), event, QStringLiteral("https://a.example.com/1")),
            hook(20, QStringLiteral("Same"), event, QStringLiteral("https://b.example.com/2"))};
    PlanOptions options;
    options.prune = true;
    const Plan plan = PlanBuilder::build(stateOf(source), target, options);
    const PlanItem *item = itemFor(plan, 0);
    QVERIFY(item);
    QCOMPARE(item->action, PlanItem::Action::Ambiguous);
    QVERIFY2(item->note.contains(QStringLiteral("10, 20")), qPrintable(item->note));
    // Nothing is guessed: the candidates are neither changed nor deleted, even with prune.
    QCOMPARE(itemForTarget(plan, 10)->action, PlanItem::Action::Keep);
    QCOMPARE(itemForTarget(plan, 20)->action, PlanItem::Action::Keep);
    QCOMPARE(plan.requestCount(), 0);
    QCOMPARE(plan.count(PlanItem::Action::Ambiguous), 1);
}

void tst_PlanBuilder::reportsSharedSourceIds()
{
    Webhook source = hook(1, QStringLiteral("A"), QStringLiteral("request.create"),
                          QStringLiteral("https://example.com/a"));
    source.sourceId = QStringLiteral("dup");
    WebhookList target{hook(10, QStringLiteral("A"), QStringLiteral("request.create"),
                            QStringLiteral("https://example.com/a")),
                       hook(11, QStringLiteral("B"), QStringLiteral("request.update"),
                            QStringLiteral("https://example.com/b"))};
    target[0].sourceId = QStringLiteral("dup");
    target[1].sourceId = QStringLiteral("dup");
    const Plan plan = PlanBuilder::build(stateOf({source}), target, {});
    QCOMPARE(itemFor(plan, 0)->action, PlanItem::Action::Ambiguous);
    QVERIFY(itemFor(plan, 0)->note.contains(QStringLiteral("dup")));
    QCOMPARE(plan.requestCount(), 0);
}

void tst_PlanBuilder::differentSourceIdsNeverMatch()
{
    Webhook source = hook(1, QStringLiteral("A"), QStringLiteral("request.create"),
                          QStringLiteral("https://example.com/a"));
    source.sourceId = QStringLiteral("one");
    Webhook target = source;
    target.id = 10;
    target.sourceId = QStringLiteral("two");
    const Plan plan = PlanBuilder::build(stateOf({source}), {target}, {});
    QCOMPARE(itemFor(plan, 0)->action, PlanItem::Action::Create);
    QCOMPARE(itemForTarget(plan, 10)->action, PlanItem::Action::Keep);
}

void tst_PlanBuilder::comparesEveryWritableField_data()
{
    QTest::addColumn<QString>("field");
    for (const WebhookFieldTable::Field &field : WebhookFieldTable::writableFields()) {
        // Name and event are how these two webhooks match; sourceID would unmatch them.
        if (field.key == JsonKeys::Name || field.key == JsonKeys::Event
            || field.key == JsonKeys::SourceId)
            continue;
        QTest::newRow(field.key.data()) << QString(field.key);
    }
}

void tst_PlanBuilder::comparesEveryWritableField()
{
    QFETCH(QString, field);
    Webhook source = hook(1, QStringLiteral("Ops"), QStringLiteral("request.create"),
                          QStringLiteral("https://example.com/a"));
    Webhook target = source;
    target.id = 9;
    Webhook other = hook(0, QStringLiteral("x"), QStringLiteral("problem.create"),
                         QStringLiteral("https://other.example.com/z"));
    other.disabled = true;
    other.description = QStringLiteral("text");
    other.mailExceptionsTo = QStringLiteral("ops@example.com");
    other.webhookPolicyId = 4;
    other.source = QStringLiteral("terraform");
    other.openIdConnectDiscovery = true;
    other.appOfferingReferences = {QStringLiteral("crm"), QStringLiteral("wdc-app")};
    const WebhookFieldTable::Field *entry = WebhookFieldTable::find(field);
    QVERIFY(entry);
    WebhookFieldTable::copy(*entry, other, &source);
    PlanOptions options;
    QVERIFY(options.policies.add(QStringLiteral("4=4")));
    const Plan plan = PlanBuilder::build(stateOf({source}), {target}, options);
    QCOMPARE(plan.items.size(), 1);
    QCOMPARE(plan.items[0].action, PlanItem::Action::Update);
    QCOMPARE(changedFields(plan.items[0]), QStringList{field});
    QCOMPARE(plan.items[0].changes[0].after, WebhookFieldTable::text(*entry, other));
}

void tst_PlanBuilder::rewritesUrisBeforeComparing()
{
    const Webhook source = hook(1, QStringLiteral("Ops"), QStringLiteral("request.create"),
                                QStringLiteral("https://qa.example.com/hooks/ops?k=1"));
    const Webhook target = hook(9, QStringLiteral("Ops"), QStringLiteral("request.create"),
                                QStringLiteral("https://example.com/hooks/ops?k=1"));
    QCOMPARE(PlanBuilder::build(stateOf({source}), {target}, {}).items[0].action,
             PlanItem::Action::Update);

    PlanOptions options;
    options.rewrites.append(
            *UriRewriteRule::parse(QStringLiteral("https://qa.example.com/=https://example.com/")));
    const Plan plan = PlanBuilder::build(stateOf({source}), {target}, options);
    QCOMPARE(plan.items[0].action, PlanItem::Action::Unchanged);
    QCOMPARE(plan.items[0].desired.uri, QStringLiteral("https://example.com/hooks/ops?k=1"));

    // A rewritten URI is also what gets created.
    const Plan created = PlanBuilder::build(stateOf({source}), {}, options);
    QCOMPARE(created.items[0].action, PlanItem::Action::Create);
    QCOMPARE(created.items[0].desired.uri, QStringLiteral("https://example.com/hooks/ops?k=1"));
}

void tst_PlanBuilder::prunesOnlyWhenAsked()
{
    const Webhook extra = hook(30, QStringLiteral("Extra"), QStringLiteral("ci.update"),
                               QStringLiteral("https://example.com/x"));
    const Plan kept = PlanBuilder::build(stateOf({}), {extra}, {});
    QCOMPARE(kept.items.size(), 1);
    QCOMPARE(kept.items[0].action, PlanItem::Action::Keep);
    QVERIFY(!kept.hasChanges());

    PlanOptions options;
    options.prune = true;
    const Plan pruned = PlanBuilder::build(stateOf({}), {extra}, options);
    QCOMPARE(pruned.items[0].action, PlanItem::Action::Delete);
    QCOMPARE(pruned.items[0].current, extra);
    QCOMPARE(pruned.requestCount(), 1);
}

void tst_PlanBuilder::mapsPolicies()
{
    Webhook source = hook(1, QStringLiteral("Signed"), QStringLiteral("request.create"),
                          QStringLiteral("https://example.com/s"));
    source.webhookPolicyId = 3;
    source.webhookPolicyName = QStringLiteral("a3f9c0");
    const Webhook target = hook(9, QStringLiteral("Signed"), QStringLiteral("request.create"),
                                QStringLiteral("https://example.com/s"));

    for (const QString &entry : {QStringLiteral("3=17"), QStringLiteral("a3f9c0=17")}) {
        PlanOptions options;
        QVERIFY(options.policies.add(entry));
        const Plan plan = PlanBuilder::build(stateOf({source}), {target}, options);
        QCOMPARE(plan.items[0].action, PlanItem::Action::Update);
        QCOMPARE(plan.items[0].desired.webhookPolicyId, 17);
        QCOMPARE(changedFields(plan.items[0]), QStringList{QStringLiteral("webhook_policy_id")});
        QVERIFY(plan.warnings.isEmpty());
    }
    QString error;
    QVERIFY(!PolicyMap().add(QStringLiteral("3=abc"), &error));
    QVERIFY(error.contains(QStringLiteral("3=abc")));
}

void tst_PlanBuilder::warnsWhenSigningIsLost()
{
    Webhook source = hook(1, QStringLiteral("Signed"), QStringLiteral("request.create"),
                          QStringLiteral("https://example.com/s"));
    source.webhookPolicyId = 3;
    source.webhookPolicyName = QStringLiteral("a3f9c0");
    Webhook signedTarget = hook(9, QStringLiteral("Signed"), QStringLiteral("request.create"),
                                QStringLiteral("https://example.com/s"));
    signedTarget.webhookPolicyId = 40;

    // Without a mapping the target links no policy: its own is unlinked, with a warning.
    const Plan plan = PlanBuilder::build(stateOf({source}), {signedTarget}, {});
    QCOMPARE(plan.items[0].action, PlanItem::Action::Update);
    QCOMPARE(plan.items[0].desired.webhookPolicyId, 0);
    QVERIFY(plan.items[0].losesSigning);
    QCOMPARE(plan.warnings.size(), 1);
    QVERIFY2(plan.warnings[0].contains(QStringLiteral("a3f9c0")), qPrintable(plan.warnings[0]));

    // A created webhook is warned about as well.
    const Plan created = PlanBuilder::build(stateOf({source}), {}, {});
    QCOMPARE(created.items[0].action, PlanItem::Action::Create);
    QCOMPARE(created.items[0].desired.webhookPolicyId, 0);
    QCOMPARE(created.warnings.size(), 1);
}

void tst_PlanBuilder::skipsEventsTheTargetDoesNotOffer()
{
    const Webhook legacy = hook(1, QStringLiteral("Old"), QStringLiteral("change.create"),
                                QStringLiteral("https://example.com/c"));
    const Plan plan = PlanBuilder::build(stateOf({legacy}), {}, {});
    QCOMPARE(plan.items[0].action, PlanItem::Action::Skip);
    QVERIFY(plan.items[0].note.contains(QStringLiteral("change.create")));
    QVERIFY(!plan.hasChanges());

    // A target webhook that already has the legacy event keeps it.
    Webhook existing = legacy;
    existing.id = 5;
    Webhook changed = legacy;
    changed.description = QStringLiteral("still used");
    const Plan update = PlanBuilder::build(stateOf({changed}), {existing}, {});
    QCOMPARE(update.items[0].action, PlanItem::Action::Update);
    QCOMPARE(changedFields(update.items[0]), QStringList{QStringLiteral("description")});
}

void tst_PlanBuilder::plansVerification()
{
    const WebhookList source{hook(1, QStringLiteral("New"), QStringLiteral("request.create"),
                                  QStringLiteral("https://fresh.example.com/")),
                             hook(2, QStringLiteral("Shared"), QStringLiteral("request.update"),
                                  QStringLiteral("https://known.example.com/")),
                             hook(3, QStringLiteral("Moved"), QStringLiteral("task.create"),
                                  QStringLiteral("https://moved.example.com/")),
                             hook(4, QStringLiteral("Same uri"), QStringLiteral("task.update"),
                                  QStringLiteral("https://known.example.com/"))};
    const WebhookList target{hook(10, QStringLiteral("Known"), QStringLiteral("ci.create"),
                                  QStringLiteral("https://known.example.com/")),
                             hook(11, QStringLiteral("Moved"), QStringLiteral("task.create"),
                                  QStringLiteral("https://before.example.com/")),
                             hook(12, QStringLiteral("Same uri"), QStringLiteral("task.update"),
                                  QStringLiteral("https://known.example.com/"))};
    const Plan plan = PlanBuilder::build(stateOf(source), target, {});
    QVERIFY(itemFor(plan, 0)->needsVerification); // created, a new URI
    QCOMPARE(itemFor(plan, 1)->action, PlanItem::Action::Create);
    QVERIFY(!itemFor(plan, 1)->needsVerification); // the target has exactly that URI
    QCOMPARE(itemFor(plan, 2)->action, PlanItem::Action::Update);
    QVERIFY(itemFor(plan, 2)->needsVerification); // its URI changes
    QCOMPARE(itemFor(plan, 3)->action, PlanItem::Action::Unchanged);
    QVERIFY(!itemFor(plan, 3)->needsVerification);
    QCOMPARE(plan.verificationCount(), 2);
}

void tst_PlanBuilder::leavesFieldsTheStateDoesNotGive()
{
    Webhook target = hook(9, QStringLiteral("Ops"), QStringLiteral("request.create"),
                          QStringLiteral("https://example.com/a"));
    target.sourceId = QStringLiteral("ext-9");
    target.webhookPolicyId = 4;
    DesiredState state;
    state.webhooks = {hook(0, QStringLiteral("Ops"), QStringLiteral("request.create"),
                           QStringLiteral("https://example.com/a"))};
    state.webhooks[0].description = QStringLiteral("ignored: no such column");
    for (const QLatin1StringView key :
         {JsonKeys::Name, JsonKeys::Event, JsonKeys::Uri, JsonKeys::Disabled})
        state.givenFields.insert(QString(key));
    const Plan plan = PlanBuilder::build(state, {target}, {});
    QCOMPARE(plan.items[0].action, PlanItem::Action::Unchanged);
    QVERIFY(plan.warnings.isEmpty());
}

void tst_PlanBuilder::emptyNameMeansTheEvent()
{
    const Webhook source = hook(1, QString(), QStringLiteral("request.create"),
                                QStringLiteral("https://example.com/a"));
    const Webhook target
            = hook(9, QStringLiteral("request.create"), QStringLiteral("request.create"),
                   QStringLiteral("https://example.com/a"));
    QCOMPARE(PlanBuilder::build(stateOf({source}), {target}, {}).items[0].action,
             PlanItem::Action::Unchanged);
}

void tst_PlanBuilder::countsRequestsAndTime_data()
{
    QTest::addColumn<int>("requests");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("none") << 0 << qint64(0);
    QTest::newRow("one burst") << 20 << qint64(0);
    QTest::newRow("second burst") << 21 << qint64(2);
    QTest::newRow("hourly budget") << 3600 << qint64(358);
    QTest::newRow("next hour") << 3601 << qint64(3600);
}

void tst_PlanBuilder::countsRequestsAndTime()
{
    QFETCH(int, requests);
    QFETCH(qint64, seconds);
    QCOMPARE(Plan::secondsFor(requests), seconds);
    WebhookList source;
    for (int i = 0; i < requests && i < 50; ++i) {
        source.append(hook(i + 1, QStringLiteral("w%1").arg(i), QStringLiteral("request.create"),
                           QStringLiteral("https://example.com/%1").arg(i)));
    }
    const Plan plan = PlanBuilder::build(stateOf(source), {}, {});
    QCOMPARE(plan.requestCount(), int(source.size()));
    QCOMPARE(plan.estimatedSeconds(), Plan::secondsFor(int(source.size())));
}

void tst_PlanBuilder::rewriteRuleParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("hosts") << QStringLiteral("https://qa.example.com/=https://example.com/") << true
                           << QStringLiteral("https://qa.example.com/")
                           << QStringLiteral("https://example.com/");
    QTest::newRow("query with =") << QStringLiteral("https://a.example.com/?k=1=https://b/?k=2")
                                  << true << QStringLiteral("https://a.example.com/?k=1")
                                  << QStringLiteral("https://b/?k=2");
    QTest::newRow("no =") << QStringLiteral("https://a.example.com/") << false << QString()
                          << QString();
    QTest::newRow("not a URI") << QStringLiteral("qa=prod") << false << QString() << QString();
}

void tst_PlanBuilder::rewriteRuleParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QString error;
    const std::optional<UriRewriteRule> rule = UriRewriteRule::parse(text, &error);
    QCOMPARE(rule.has_value(), valid);
    if (valid) {
        QCOMPARE(rule->from, from);
        QCOMPARE(rule->to, to);
    } else {
        QVERIFY(error.contains(text));
    }
}

QTEST_GUILESS_MAIN(tst_PlanBuilder)
#include "tst_PlanBuilder.moc"
