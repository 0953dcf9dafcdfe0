// Desired-state files (issue 13): what `export` writes reads back; bad input names its place.
#include "models/CsvWriter.h"
#include "models/JsonKeys.h"
#include "models/plan/DesiredState.h"

#include "tests/support/WarningGuard.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {

WebhookList sampleWebhooks()
{
    Webhook plain;
    plain.id = 11;
    plain.name = QStringLiteral("Requests to ops");
    plain.event = QStringLiteral("request.create");
    plain.uri = QStringLiteral("https://hooks.example.com/ops?team=1");
    plain.createdAt = QStringLiteral("2024-01-02T03:04:05Z");

    Webhook tricky;
    tricky.id = 12;
    tricky.name = QStringLiteral("=SUM(A1) \"quoted\", with comma");
    tricky.event = QStringLiteral("change.update"); // legacy: valid in a file
    tricky.uri = QStringLiteral("https://user:pass@example.com/x");
    tricky.disabled = true;
    tricky.description = QStringLiteral("two\r\nlines, -and a dash\nend");
    tricky.mailExceptionsTo = QStringLiteral("a@example.com, b@example.com");
    tricky.lastError = QStringLiteral("404 Not Found");
    tricky.webhookPolicyId = 3;
    tricky.webhookPolicyName = QStringLiteral("c0ffee");
    tricky.source = QStringLiteral("terraform");
    tricky.sourceId = QStringLiteral("ext-12");
    tricky.nodeId = QStringLiteral("NG1lLmNvbS9XZWJob29rLzEy");
    tricky.openIdConnectDiscovery = true;
    tricky.appOfferingReferences = {QStringLiteral("crm"), QStringLiteral("wdc app")};
    return {plain, tricky};
}

QByteArray jsonExport(const WebhookList &webhooks)
{
    QJsonArray array;
    for (const Webhook &webhook : webhooks)
        array.append(webhook.toJson());
    return QJsonDocument(array).toJson();
}

} // namespace

class tst_DesiredState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Any warning fails the test function; expected ones are declared with ignoreMessage.
    void init() { hb::test::failOnUnexpectedWarnings(); }
    void readsJsonExport();
    void readsCsvExport_data();
    void readsCsvExport();
    void readsFilesBySuffix();
    void refusesBadInput_data();
    void refusesBadInput();
};

void tst_DesiredState::readsJsonExport()
{
    const WebhookList webhooks = sampleWebhooks();
    QString error;
    const std::optional<DesiredState> state
            = DesiredState::parse(jsonExport(webhooks), DesiredState::Format::Detect, &error);
    QVERIFY2(state, qPrintable(error));
    QCOMPARE(state->webhooks, webhooks);
    QVERIFY(state->isGiven(JsonKeys::WebhookPolicyId));
    QVERIFY(state->isGiven(JsonKeys::SourceId));
    QCOMPARE(state->locations, (QStringList{QStringLiteral("index 0"), QStringLiteral("index 1")}));
}

void tst_DesiredState::readsCsvExport_data()
{
    QTest::addColumn<bool>("byteOrderMark");
    QTest::addColumn<bool>("formulaGuard");
    QTest::newRow("plain") << false << true;
    QTest::newRow("bom") << true << true;
    QTest::newRow("no formula guard") << false << false;
}

void tst_DesiredState::readsCsvExport()
{
    QFETCH(bool, byteOrderMark);
    QFETCH(bool, formulaGuard);
    const WebhookList webhooks = sampleWebhooks();
    const QByteArray csv = CsvWriter::toCsv(webhooks, {byteOrderMark, formulaGuard});
    QString error;
    const std::optional<DesiredState> state
            = DesiredState::parse(csv, DesiredState::Format::Detect, &error);
    QVERIFY2(state, qPrintable(error));
    QCOMPARE(state->webhooks.size(), webhooks.size());
    for (qsizetype i = 0; i < webhooks.size(); ++i) {
        const Webhook &read = state->webhooks.at(i);
        const Webhook &written = webhooks.at(i);
        QCOMPARE(read.id, written.id);
        QCOMPARE(read.name, written.name);
        QCOMPARE(read.event, written.event);
        QCOMPARE(read.uri, written.uri);
        QCOMPARE(read.disabled, written.disabled);
        QCOMPARE(read.description, written.description);
        QCOMPARE(read.mailExceptionsTo, written.mailExceptionsTo);
        QCOMPARE(read.source, written.source);
        QCOMPARE(read.sourceId, written.sourceId);
        QCOMPARE(read.openIdConnectDiscovery, written.openIdConnectDiscovery);
        QCOMPARE(read.appOfferingReferences, written.appOfferingReferences);
    }
    // The CSV names a webhook's policy, which is per account, not its id: a plan leaves the
    // policy link as it is.
    QVERIFY(state->isGiven(JsonKeys::Description));
    QVERIFY(state->isGiven(JsonKeys::SourceId));
    QVERIFY(!state->isGiven(JsonKeys::WebhookPolicyId));
    // The second record starts on line 3 (the header is line 1).
    QCOMPARE(state->locations.at(1), QStringLiteral("line 3"));
}

void tst_DesiredState::readsFilesBySuffix()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("state.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(jsonExport(sampleWebhooks()));
    file.close();
    QString error;
    QVERIFY2(DesiredState::readFile(path, &error), qPrintable(error));
    QVERIFY(!DesiredState::readFile(dir.filePath(QStringLiteral("missing.csv")), &error));
    QVERIFY2(error.contains(QStringLiteral("missing.csv")), qPrintable(error));
}

void tst_DesiredState::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message"); // fragments of the error, separated by |

    const QByteArray header = "id,name,event,uri,disabled\r\n";
    QTest::newRow("unknown column")
            << QByteArray("id,name,event,uri,colour\r\n1,a,request.create,https://e.com/,red\r\n")
            << QStringLiteral("line 1|colour");
    QTest::newRow("missing uri column")
            << QByteArray("name,event\r\na,request.create\r\n") << QStringLiteral("line 1|uri");
    QTest::newRow("bad event in CSV") << header
                    + "1,a,request.create,https://e.com/a,false\r\n"
                      "2,b,request.explode,https://e.com/b,false\r\n"
                                      << QStringLiteral("line 3|request.explode");
    QTest::newRow("bad uri in CSV") << header + "1,a,request.create,ftp://e.com/a,false\r\n"
                                    << QStringLiteral("line 2|uri");
    QTest::newRow("bad disabled") << header + "1,a,request.create,https://e.com/a,maybe\r\n"
                                  << QStringLiteral("line 2|maybe");
    QTest::newRow("cell count") << header + "1,a,request.create\r\n"
                                << QStringLiteral("line 2|3 cells");
    QTest::newRow("multi-line cell counts lines") << header
                    + "1,\"a\r\nb\",request.create,https://e.com/a,false\r\n"
                      "2,c,nope,https://e.com/c,false\r\n"
                                                  << QStringLiteral("line 4|nope");
    QTest::newRow("open quote") << header + "1,\"a,request.create,https://e.com/a,false\r\n"
                                << QStringLiteral("line 2|never closed");
    QTest::newRow("masked uri in CSV")
            << header + "1,a,request.create,https://e.com/a?secret=***,false\r\n"
            << QStringLiteral("line 2|masked");
    QTest::newRow("unknown field")
            << QByteArray(R"([{"event":"request.create","uri":"https://e.com/"},)"
                          R"({"event":"request.create","uri":"https://e.com/","colour":"red"}])")
            << QStringLiteral("index 1|colour");
    QTest::newRow("bad event in JSON") << QByteArray(R"([{"event":"nope","uri":"https://e.com/"}])")
                                       << QStringLiteral("index 0|nope");
    QTest::newRow("missing event")
            << QByteArray(R"([{"uri":"https://e.com/"}])") << QStringLiteral("index 0|event");
    QTest::newRow("bad uri in JSON")
            << QByteArray(R"([{"event":"request.create","uri":"not a uri"}])")
            << QStringLiteral("index 0|uri");
    QTest::newRow("masked uri in JSON")
            << QByteArray(R"([{"event":"request.create","uri":"https://***@e.com/"}])")
            << QStringLiteral("index 0|masked");
    QTest::newRow("wrong type") << QByteArray(
            R"([{"event":"request.create","uri":"https://e.com/","name":5}])")
                                << QStringLiteral("index 0|name");
    QTest::newRow("not an array") << QByteArray(R"({"event":"request.create"})")
                                  << QStringLiteral("array");
    QTest::newRow("broken JSON") << QByteArray("[{\"event\":") << QStringLiteral("JSON");
}

void tst_DesiredState::refusesBadInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!DesiredState::parse(bytes, DesiredState::Format::Detect, &error));
    for (const QString &fragment : message.split(u'|'))
        QVERIFY2(error.contains(fragment), qPrintable(fragment + QStringLiteral(" in: ") + error));
}

QTEST_GUILESS_MAIN(tst_DesiredState)
#include "tst_DesiredState.moc"
