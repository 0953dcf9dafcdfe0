#include "models/EventCatalog.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

class tst_EventCatalog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Any warning fails the test function; expected ones are declared with ignoreMessage.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void builtInHas83CurrentAnd5Legacy();
    void builtInCodesMatchTheReference_data();
    void builtInCodesMatchTheReference();
    void groupsByNounInOrder();
    void groupLabels_data();
    void groupLabels();
    void selectableEventsLeaveOutLegacyAndInternal();
    void replacedByServerEnums();
    void rejectsMalformedCatalogue_data();
    void rejectsMalformedCatalogue();
};

void tst_EventCatalog::builtInHas83CurrentAnd5Legacy()
{
    const EventCatalog &catalog = EventCatalog::builtIn();
    QCOMPARE(catalog.currentCount(), 83);
    QCOMPARE(catalog.events().size(), 88);
    const QStringList legacy{QStringLiteral("change.create"), QStringLiteral("change.update"),
                             QStringLiteral("change.note-added"),
                             QStringLiteral("change.status-changed"),
                             QStringLiteral("change.manager-changed")};
    for (const QString &id : legacy)
        QVERIFY2(catalog.isLegacy(id), qPrintable(id));
    QVERIFY(!catalog.isLegacy(QStringLiteral("request.create")));
    QVERIFY(!catalog.contains(QStringLiteral("request.delete")));
}

void tst_EventCatalog::builtInCodesMatchTheReference_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("code");
    QTest::newRow("request.create") << QStringLiteral("request.create") << 20000;
    QTest::newRow("request.member-changed") << QStringLiteral("request.member-changed") << 20040;
    QTest::newRow("change.manager-changed") << QStringLiteral("change.manager-changed") << 20230;
    QTest::newRow("workflow.manager-changed")
            << QStringLiteral("workflow.manager-changed") << 20241;
    QTest::newRow("project_task.delete") << QStringLiteral("project_task.delete") << 21515;
    QTest::newRow("out_of_office_period.update")
            << QStringLiteral("out_of_office_period.update") << 22210;
    QTest::newRow("automation_rule") << QStringLiteral("automation_rule") << 22400;
    QTest::newRow("webhook.verify") << QStringLiteral("webhook.verify") << 22500;
    QTest::newRow("app_instance.secrets-update")
            << QStringLiteral("app_instance.secrets-update") << 22530;
}

void tst_EventCatalog::builtInCodesMatchTheReference()
{
    QFETCH(QString, id);
    QFETCH(int, code);
    const EventInfo *info = EventCatalog::builtIn().find(id);
    QVERIFY(info);
    QCOMPARE(info->code, code);
}

void tst_EventCatalog::groupsByNounInOrder()
{
    const EventCatalog &catalog = EventCatalog::builtIn();
    const QStringList groups = catalog.groups();
    QCOMPARE(groups.first(), QStringLiteral("request"));
    QVERIFY(groups.contains(QStringLiteral("project_task")));
    QVERIFY(groups.contains(QStringLiteral("other")));
    QCOMPARE(catalog.eventsInGroup(QStringLiteral("request")).size(), 8);
    QCOMPARE(catalog.eventsInGroup(QStringLiteral("app_instance")).size(), 4);
    QCOMPARE(catalog.eventsInGroup(QStringLiteral("other")).size(), 2);
    QCOMPARE(EventCatalog::groupOf(QStringLiteral("automation_rule")), QStringLiteral("other"));
    QCOMPARE(EventCatalog::groupOf(QStringLiteral("sla.update")), QStringLiteral("sla"));
}

void tst_EventCatalog::groupLabels_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("label");
    QTest::newRow("request") << QStringLiteral("request") << QStringLiteral("Request");
    QTest::newRow("project_task") << QStringLiteral("project_task")
                                  << QStringLiteral("Project task");
    QTest::newRow("out_of_office_period")
            << QStringLiteral("out_of_office_period") << QStringLiteral("Out of office period");
    QTest::newRow("ci") << QStringLiteral("ci") << QStringLiteral("CI");
    QTest::newRow("sla") << QStringLiteral("sla") << QStringLiteral("SLA");
    QTest::newRow("other") << QStringLiteral("other") << QStringLiteral("Other");
}

void tst_EventCatalog::groupLabels()
{
    QFETCH(QString, group);
    QFETCH(QString, label);
    QCOMPARE(EventCatalog::groupLabel(group), label);
}

void tst_EventCatalog::selectableEventsLeaveOutLegacyAndInternal()
{
    const QList<EventInfo> selectable = EventCatalog::builtIn().selectableEvents();
    QCOMPARE(selectable.size(), 82); // 83 current less webhook.verify
    for (const EventInfo &info : selectable) {
        QVERIFY2(!info.legacy, qPrintable(info.id));
        QVERIFY(info.id != u"webhook.verify");
    }
}

void tst_EventCatalog::replacedByServerEnums()
{
    const QByteArray json = R"({"webhook.event": [
        {"id": "request.create", "txt": "Request created", "code": 20000},
        {"id": "change.create", "txt": "Change created", "code": 20200},
        {"id": "gizmo.spin", "txt": "A new event", "code": 29999}],
        "other.enum": []})";
    QString error;
    const EventCatalog catalog
            = EventCatalog::fromEnums(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(catalog.events().size(), 3);
    QVERIFY(catalog.isLegacy(QStringLiteral("change.create")));
    QVERIFY(catalog.contains(QStringLiteral("gizmo.spin")));
    QCOMPARE(catalog.find(QStringLiteral("gizmo.spin"))->group, QStringLiteral("gizmo"));
    QCOMPARE(catalog.currentCount(), 2);
}

void tst_EventCatalog::rejectsMalformedCatalogue_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("[{");
    QTest::newRow("object") << QByteArray(R"({"id":"a.b"})");
    QTest::newRow("no id") << QByteArray(R"([{"code":1}])");
}

void tst_EventCatalog::rejectsMalformedCatalogue()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(EventCatalog::fromCatalogJson(json, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_EventCatalog)
#include "tst_EventCatalog.moc"
