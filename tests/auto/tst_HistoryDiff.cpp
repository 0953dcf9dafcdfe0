// HistoryDiff: what an administrator sees as created, changed (field by field) and removed.
#include "models/Webhook.h"
#include "models/history/HistoryDiff.h"

#include "tests/support/WarningGuard.h"
#include <QJsonArray>
#include <QTest>

namespace {

Webhook webhook(qint64 id, const QString &name = QStringLiteral("Hook"))
{
    Webhook hook;
    hook.id = id;
    hook.name = name;
    hook.event = QStringLiteral("request.create");
    hook.uri = QStringLiteral("https://example.com/hooks/%1").arg(id);
    hook.createdAt = QStringLiteral("2026-11-01T08:00:00Z");
    return hook;
}

QStringList fieldNames(const QList<HistoryDiff::FieldChange> &changes)
{
    QStringList names;
    for (const HistoryDiff::FieldChange &change : changes)
        names.append(change.field);
    return names;
}

} // namespace

class tst_HistoryDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Any warning fails the test function; expected ones are declared with ignoreMessage.
    void init() { hb::test::failOnUnexpectedWarnings(); }
    void unchangedIsEmpty();
    void createdChangedRemoved();
    void changedPerField_data();
    void changedPerField();
    void recreatedWithNewIdIsNewWebhook();
    void fieldsUnknownToWebhookAreCompared();
    void json();
};

void tst_HistoryDiff::unchangedIsEmpty()
{
    const WebhookList list{webhook(1), webhook(2)};
    const HistoryDiff diff
            = HistoryDiff::compute(HistoryDiff::stateOf(list), HistoryDiff::stateOf(list));
    QVERIFY(diff.isEmpty());
}

void tst_HistoryDiff::createdChangedRemoved()
{
    const WebhookList before{webhook(1), webhook(2), webhook(3)};
    WebhookList after{webhook(1), webhook(3, QStringLiteral("Renamed")), webhook(4)};
    const HistoryDiff diff
            = HistoryDiff::compute(HistoryDiff::stateOf(before), HistoryDiff::stateOf(after));
    QCOMPARE(diff.created().size(), 1);
    QCOMPARE(diff.created().constFirst().value(QLatin1StringView("id")).toInteger(), 4);
    QCOMPARE(diff.removed().size(), 1);
    QCOMPARE(diff.removed().constFirst().value(QLatin1StringView("id")).toInteger(), 2);
    // Removed webhooks keep what they were, so they can be shown (and re-created).
    QCOMPARE(diff.removed().constFirst().value(QLatin1StringView("uri")).toString(),
             QStringLiteral("https://example.com/hooks/2"));
    QCOMPARE(diff.changed().size(), 1);
    const HistoryDiff::WebhookChange &change = diff.changed().constFirst();
    QCOMPARE(change.id, 3);
    QCOMPARE(change.fields.size(), 1);
    QCOMPARE(change.fields.constFirst().field, QStringLiteral("name"));
    QCOMPARE(change.fields.constFirst().before.toString(), QStringLiteral("Hook"));
    QCOMPARE(change.fields.constFirst().after.toString(), QStringLiteral("Renamed"));
}

void tst_HistoryDiff::changedPerField_data()
{
    QTest::addColumn<Webhook>("after");
    QTest::addColumn<QStringList>("fields");

    const Webhook base = webhook(7);
    Webhook uri = base;
    uri.uri = QStringLiteral("https://example.com/other");
    QTest::newRow("uri") << uri << QStringList{QStringLiteral("uri")};
    Webhook disabled = base;
    disabled.disabled = true;
    QTest::newRow("disabled") << disabled << QStringList{QStringLiteral("disabled")};
    Webhook description = base;
    description.description = QStringLiteral("now described");
    QTest::newRow("field newly set") << description << QStringList{QStringLiteral("description")};
    Webhook unnamed = base;
    unnamed.name.clear();
    QTest::newRow("field no longer set") << unnamed << QStringList{QStringLiteral("name")};
    Webhook policy = base;
    policy.webhookPolicyId = 12;
    policy.webhookPolicyName = QStringLiteral("Signed");
    QTest::newRow("nested policy") << policy << QStringList{QStringLiteral("webhook_policy")};
    Webhook several = base;
    several.event = QStringLiteral("request.update");
    several.lastError = QStringLiteral("HTTP 500");
    several.updatedAt = QStringLiteral("2026-12-01T08:00:00Z");
    QTest::newRow("several, in key order")
            << several
            << QStringList{QStringLiteral("event"), QStringLiteral("last_error"),
                           QStringLiteral("updated_at")};
}

void tst_HistoryDiff::changedPerField()
{
    QFETCH(Webhook, after);
    QFETCH(QStringList, fields);
    const Webhook before = webhook(7);
    const HistoryDiff diff
            = HistoryDiff::compute(HistoryDiff::stateOf({before}), HistoryDiff::stateOf({after}));
    QVERIFY(diff.created().isEmpty());
    QVERIFY(diff.removed().isEmpty());
    QCOMPARE(diff.changed().size(), 1);
    QCOMPARE(fieldNames(diff.changed().constFirst().fields), fields);
    for (const HistoryDiff::FieldChange &change : diff.changed().constFirst().fields) {
        QCOMPARE(change.before, before.toJson().value(change.field));
        QCOMPARE(change.after, after.toJson().value(change.field));
    }
}

void tst_HistoryDiff::recreatedWithNewIdIsNewWebhook()
{
    // Deleted and created again with the same settings: a new id is a new webhook.
    const Webhook original = webhook(10);
    Webhook again = original;
    again.id = 11;
    const HistoryDiff diff
            = HistoryDiff::compute(HistoryDiff::stateOf({original}), HistoryDiff::stateOf({again}));
    QVERIFY(diff.changed().isEmpty());
    QCOMPARE(diff.created().size(), 1);
    QCOMPARE(diff.created().constFirst().value(QLatin1StringView("id")).toInteger(), 11);
    QCOMPARE(diff.removed().size(), 1);
    QCOMPARE(diff.removed().constFirst().value(QLatin1StringView("id")).toInteger(), 10);
}

void tst_HistoryDiff::fieldsUnknownToWebhookAreCompared()
{
    // Fields that Webhook learns later are compared by their JSON keys, with no change here.
    QJsonObject before = webhook(5).toJson();
    QJsonObject after = before;
    QVERIFY(!before.contains(QLatin1StringView("zz_later_text")));
    after.insert(QLatin1StringView("zz_later_text"), QStringLiteral("https://id"));
    before.insert(QLatin1StringView("zz_later_list"), QJsonArray{1, 2});
    after.insert(QLatin1StringView("zz_later_list"), QJsonArray{1, 3});
    const QList<HistoryDiff::FieldChange> changes = HistoryDiff::fieldChanges(before, after);
    QCOMPARE(fieldNames(changes),
             (QStringList{QStringLiteral("zz_later_list"), QStringLiteral("zz_later_text")}));
    QVERIFY(changes.at(1).before.isUndefined());
    QCOMPARE(changes.at(1).after.toString(), QStringLiteral("https://id"));
}

void tst_HistoryDiff::json()
{
    const WebhookList before{webhook(1), webhook(2)};
    const WebhookList after{webhook(1, QStringLiteral("New")), webhook(3)};
    const QJsonObject json
            = HistoryDiff::compute(HistoryDiff::stateOf(before), HistoryDiff::stateOf(after))
                      .toJson();
    QCOMPARE(json.value(QLatin1StringView("created")).toArray().size(), 1);
    QCOMPARE(json.value(QLatin1StringView("removed")).toArray().size(), 1);
    const QJsonObject changed = json.value(QLatin1StringView("changed")).toArray().at(0).toObject();
    QCOMPARE(changed.value(QLatin1StringView("id")).toInteger(), 1);
    const QJsonObject field = changed.value(QLatin1StringView("fields")).toArray().at(0).toObject();
    QCOMPARE(field.value(QLatin1StringView("field")).toString(), QStringLiteral("name"));
    QCOMPARE(field.value(QLatin1StringView("old")).toString(), QStringLiteral("Hook"));
    QCOMPARE(field.value(QLatin1StringView("new")).toString(), QStringLiteral("New"));
}

QTEST_GUILESS_MAIN(tst_HistoryDiff)
#include "tst_HistoryDiff.moc"
