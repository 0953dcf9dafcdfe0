#include "models/Webhook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

class tst_Webhook final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Any warning fails the test function; expected ones are declared with ignoreMessage.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void readsEveryField();
    void readsDisabledLeniently_data();
    void readsDisabledLeniently();
    void readsIds_data();
    void readsIds();
    void ignoresUnknownFields();
    void roundTripsThroughJson();
    void keepsTimestampTextAndParsesOffset_data();
    void keepsTimestampTextAndParsesOffset();
    void createPayloadHasWritableFieldsOnly();
    void changedFieldsHoldsOnlyWhatChanged_data();
    void changedFieldsHoldsOnlyWhatChanged();
    void displayNameFallsBackToEvent();
    void redactsSecretsInUri_data();
    void redactsSecretsInUri();
};

static QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

void tst_Webhook::readsEveryField()
{
    const QJsonObject object = parse(R"({
        "id": 42, "name": "Sync, \"CMDB\" – Zürich", "event": "request.create",
        "uri": "https://hooks.example.com/in", "disabled": true,
        "description": "line 1\nline 2", "mail_exceptions_to": "a@example.com, b@example.com",
        "last_error": "404 Not Found", "created_at": "2016-03-17T16:36:11-06:00",
        "updated_at": "2016-03-18T08:00:00Z", "webhook_policy": {"id": 7, "name": "JWT"},
        "source": "ext", "sourceID": "S-1", "nodeID": "NG1lLmNvbS9XZWJob29rLzQy",
        "openid_connect_discovery": true, "app_offering_references": ["wdc-app", "pfx"]})");
    Webhook webhook;
    QVERIFY(Webhook::fromJson(object, &webhook));
    QCOMPARE(webhook.id, 42);
    QCOMPARE(webhook.name, QStringLiteral("Sync, \"CMDB\" – Zürich"));
    QCOMPARE(webhook.event, QStringLiteral("request.create"));
    QCOMPARE(webhook.uri, QStringLiteral("https://hooks.example.com/in"));
    QVERIFY(webhook.disabled);
    QCOMPARE(webhook.description, QStringLiteral("line 1\nline 2"));
    QCOMPARE(webhook.mailExceptionsTo, QStringLiteral("a@example.com, b@example.com"));
    QCOMPARE(webhook.lastError, QStringLiteral("404 Not Found"));
    QCOMPARE(webhook.createdAt, QStringLiteral("2016-03-17T16:36:11-06:00"));
    QCOMPARE(webhook.updatedAt, QStringLiteral("2016-03-18T08:00:00Z"));
    QCOMPARE(webhook.webhookPolicyId, 7);
    QCOMPARE(webhook.webhookPolicyName, QStringLiteral("JWT"));
    QCOMPARE(webhook.source, QStringLiteral("ext"));
    QCOMPARE(webhook.sourceId, QStringLiteral("S-1"));
    QCOMPARE(webhook.nodeId, QStringLiteral("NG1lLmNvbS9XZWJob29rLzQy"));
    QVERIFY(webhook.openIdConnectDiscovery);
    QCOMPARE(webhook.appOfferingReferences,
             QStringList({QStringLiteral("wdc-app"), QStringLiteral("pfx")}));
}

void tst_Webhook::readsDisabledLeniently_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("disabled");
    QTest::newRow("true") << QByteArray(R"({"id":1,"disabled":true})") << true;
    QTest::newRow("false") << QByteArray(R"({"id":1,"disabled":false})") << false;
    QTest::newRow("string true") << QByteArray(R"({"id":1,"disabled":"true"})") << true;
    QTest::newRow("string false") << QByteArray(R"({"id":1,"disabled":"false"})") << false;
    QTest::newRow("one") << QByteArray(R"({"id":1,"disabled":1})") << true;
    QTest::newRow("zero") << QByteArray(R"({"id":1,"disabled":0})") << false;
    QTest::newRow("absent") << QByteArray(R"({"id":1})") << false;
    QTest::newRow("null") << QByteArray(R"({"id":1,"disabled":null})") << false;
}

void tst_Webhook::readsDisabledLeniently()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, disabled);
    Webhook webhook;
    QVERIFY(Webhook::fromJson(QJsonDocument::fromJson(json).object(), &webhook));
    QCOMPARE(webhook.disabled, disabled);
}

void tst_Webhook::readsIds_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("id");
    QTest::newRow("small") << QByteArray(R"({"id":1})") << true << qint64(1);
    QTest::newRow("above 2^53") << QByteArray(R"({"id":9007199254740993})") << true
                                << qint64(9007199254740993LL);
    QTest::newRow("max 64-bit") << QByteArray(R"({"id":9223372036854775807})") << true
                                << qint64(9223372036854775807LL);
    QTest::newRow("numeric string") << QByteArray(R"({"id":"123"})") << true << qint64(123);
    QTest::newRow("missing") << QByteArray(R"({"name":"x"})") << false << qint64(0);
    QTest::newRow("zero") << QByteArray(R"({"id":0})") << false << qint64(0);
    QTest::newRow("negative") << QByteArray(R"({"id":-5})") << false << qint64(0);
    QTest::newRow("fraction") << QByteArray(R"({"id":1.5})") << false << qint64(0);
    QTest::newRow("text") << QByteArray(R"({"id":"abc"})") << false << qint64(0);
    QTest::newRow("object") << QByteArray(R"({"id":{}})") << false << qint64(0);
}

void tst_Webhook::readsIds()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(qint64, id);
    Webhook webhook;
    QString error;
    QCOMPARE(Webhook::fromJson(QJsonDocument::fromJson(json).object(), &webhook, &error), valid);
    if (valid)
        QCOMPARE(webhook.id, id);
    else
        QVERIFY(!error.isEmpty());
}

void tst_Webhook::ignoresUnknownFields()
{
    Webhook webhook;
    QVERIFY(Webhook::fromJson(parse(R"({"id":3,"event":"ci.create","colour":"blue",
                                       "nested":{"a":[1,2]},"name":12})"),
                              &webhook));
    QCOMPARE(webhook.event, QStringLiteral("ci.create"));
    QCOMPARE(webhook.name, QStringLiteral("12")); // a number where a string belongs
}

void tst_Webhook::roundTripsThroughJson()
{
    Webhook original;
    original.id = 9007199254740993LL;
    original.name = QStringLiteral("Émoji 🚀 and عربى");
    original.event = QStringLiteral("project_task.status-changed");
    original.uri = QStringLiteral("https://user:secret@example.com/hook?token=abc");
    original.disabled = true;
    original.description = QStringLiteral("a\r\nb\tc");
    original.mailExceptionsTo = QStringLiteral("ops@example.com");
    original.lastError = QStringLiteral("500 Internal Server Error");
    original.createdAt = QStringLiteral("2020-01-02T03:04:05+01:00");
    original.updatedAt = QStringLiteral("2020-01-02T03:04:05.123Z");
    original.webhookPolicyId = 11;
    original.webhookPolicyName = QStringLiteral("Signing");
    original.source = QStringLiteral("src");
    original.sourceId = QStringLiteral("sid");
    original.nodeId = QStringLiteral("node");
    original.openIdConnectDiscovery = true;
    original.appOfferingReferences = {QStringLiteral("a"), QStringLiteral("b, c")};

    const QByteArray json = QJsonDocument(original.toJson()).toJson(QJsonDocument::Compact);
    Webhook copy;
    QVERIFY(Webhook::fromJson(QJsonDocument::fromJson(json).object(), &copy));
    QCOMPARE(copy, original);
}

void tst_Webhook::keepsTimestampTextAndParsesOffset_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("utc");
    QTest::newRow("negative offset") << QStringLiteral("2016-03-17T16:36:11-06:00")
                                     << QDateTime(QDate(2016, 3, 17), QTime(22, 36, 11), Qt::UTC);
    QTest::newRow("zulu") << QStringLiteral("2016-03-17T16:36:11Z")
                          << QDateTime(QDate(2016, 3, 17), QTime(16, 36, 11), Qt::UTC);
    QTest::newRow("milliseconds") << QStringLiteral("2016-03-17T16:36:11.250+02:00")
                                  << QDateTime(QDate(2016, 3, 17), QTime(14, 36, 11, 250), Qt::UTC);
    QTest::newRow("no zone is UTC") << QStringLiteral("2016-03-17T16:36:11")
                                    << QDateTime(QDate(2016, 3, 17), QTime(16, 36, 11), Qt::UTC);
    QTest::newRow("invalid") << QStringLiteral("yesterday") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void tst_Webhook::keepsTimestampTextAndParsesOffset()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, utc);
    Webhook webhook;
    QJsonObject object{{QStringLiteral("id"), 1}};
    if (!text.isNull())
        object.insert(QStringLiteral("created_at"), text);
    QVERIFY(Webhook::fromJson(object, &webhook));
    QCOMPARE(webhook.createdAt, text);
    const QDateTime parsed = webhook.createdAtTime();
    QCOMPARE(parsed.isValid(), utc.isValid());
    if (utc.isValid())
        QCOMPARE(parsed.toUTC(), utc);
}

void tst_Webhook::createPayloadHasWritableFieldsOnly()
{
    Webhook webhook;
    webhook.id = 5;
    webhook.event = QStringLiteral("request.create");
    webhook.uri = QStringLiteral("https://example.com/");
    webhook.lastError = QStringLiteral("404 Not Found");
    webhook.createdAt = QStringLiteral("2020-01-01T00:00:00Z");
    webhook.disabled = true;
    const QJsonObject payload = webhook.createPayload();
    QCOMPARE(payload.value(u"event").toString(), webhook.event);
    QCOMPARE(payload.value(u"uri").toString(), webhook.uri);
    QCOMPARE(payload.value(u"disabled").toBool(), true);
    QVERIFY(!payload.contains(u"id"));
    QVERIFY(!payload.contains(u"last_error"));
    QVERIFY(!payload.contains(u"created_at"));
    QVERIFY(!payload.contains(u"name"));
    QVERIFY(!payload.contains(u"openid_connect_discovery"));
    QVERIFY(!payload.contains(u"app_offering_references"));

    webhook.event = QStringLiteral("app_instance.create");
    webhook.appOfferingReferences = {QStringLiteral("offering-1")};
    webhook.openIdConnectDiscovery = true;
    const QJsonObject full = webhook.createPayload();
    QCOMPARE(full.value(u"openid_connect_discovery"), QJsonValue(true));
    QCOMPARE(full.value(u"app_offering_references"),
             QJsonValue(QJsonArray{QStringLiteral("offering-1")}));
}

void tst_Webhook::changedFieldsHoldsOnlyWhatChanged_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("nothing") << QString() << QJsonValue();
    QTest::newRow("name") << QStringLiteral("name") << QJsonValue(QStringLiteral("New"));
    QTest::newRow("name cleared") << QStringLiteral("name-cleared") << QJsonValue(QString());
    QTest::newRow("event") << QStringLiteral("event") << QJsonValue(QStringLiteral("ci.update"));
    QTest::newRow("uri") << QStringLiteral("uri") << QJsonValue(QStringLiteral("https://b/"));
    QTest::newRow("disabled") << QStringLiteral("disabled") << QJsonValue(false);
    QTest::newRow("description") << QStringLiteral("description")
                                 << QJsonValue(QStringLiteral("d"));
    QTest::newRow("mail_exceptions_to")
            << QStringLiteral("mail_exceptions_to") << QJsonValue(QStringLiteral("x@example.org"));
    QTest::newRow("openid_connect_discovery")
            << QStringLiteral("openid_connect_discovery") << QJsonValue(true);
    QTest::newRow("app_offering_references")
            << QStringLiteral("app_offering_references")
            << QJsonValue(QJsonArray{QStringLiteral("o1"), QStringLiteral("o2")});
    QTest::newRow("app_offering_references cleared")
            << QStringLiteral("app_offering_references-cleared") << QJsonValue(QJsonArray());
}

void tst_Webhook::changedFieldsHoldsOnlyWhatChanged()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, expected);

    Webhook before;
    before.id = 1;
    before.name = QStringLiteral("Old");
    before.event = QStringLiteral("ci.create");
    before.uri = QStringLiteral("https://a/");
    before.disabled = true;
    before.lastError = QStringLiteral("500");
    if (field == u"app_offering_references-cleared")
        before.appOfferingReferences = {QStringLiteral("o0")};
    Webhook after = before;
    after.lastError.clear(); // read-only: never sent
    if (field == u"name")
        after.name = QStringLiteral("New");
    else if (field == u"name-cleared")
        after.name.clear();
    else if (field == u"event")
        after.event = QStringLiteral("ci.update");
    else if (field == u"uri")
        after.uri = QStringLiteral("https://b/");
    else if (field == u"disabled")
        after.disabled = false;
    else if (field == u"description")
        after.description = QStringLiteral("d");
    else if (field == u"mail_exceptions_to")
        after.mailExceptionsTo = QStringLiteral("x@example.org");
    else if (field == u"openid_connect_discovery")
        after.openIdConnectDiscovery = true;
    else if (field == u"app_offering_references")
        after.appOfferingReferences = {QStringLiteral("o1"), QStringLiteral("o2")};
    else if (field == u"app_offering_references-cleared")
        after.appOfferingReferences.clear();

    const QJsonObject payload = Webhook::changedFields(before, after);
    if (field.isEmpty()) {
        QVERIFY(payload.isEmpty());
        return;
    }
    QString key = field;
    key.remove(QStringLiteral("-cleared"));
    QCOMPARE(payload.size(), 1);
    QCOMPARE(payload.value(key), expected);
}

void tst_Webhook::displayNameFallsBackToEvent()
{
    Webhook webhook;
    webhook.event = QStringLiteral("team.update");
    QCOMPARE(webhook.displayName(), QStringLiteral("team.update"));
    webhook.name = QStringLiteral("Teams");
    QCOMPARE(webhook.displayName(), QStringLiteral("Teams"));
}

void tst_Webhook::redactsSecretsInUri_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("redacted");
    QTest::newRow("plain") << QStringLiteral("https://example.com/in")
                           << QStringLiteral("https://example.com/in");
    QTest::newRow("userinfo") << QStringLiteral("https://bob:pw@example.com/in")
                              << QStringLiteral("https://example.com/in");
    QTest::newRow("query") << QStringLiteral("https://example.com/in?secret=s3&x=1")
                           << QStringLiteral("https://example.com/in?secret=***&x=***");
}

void tst_Webhook::redactsSecretsInUri()
{
    QFETCH(QString, uri);
    QFETCH(QString, redacted);
    QCOMPARE(Webhook::redactUri(uri), redacted);
}

QTEST_GUILESS_MAIN(tst_Webhook)
#include "tst_Webhook.moc"
