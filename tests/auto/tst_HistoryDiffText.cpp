// HistoryDiffText: a difference as people read it, and as CSV.
#include "models/Webhook.h"
#include "models/history/HistoryDiff.h"
#include "models/history/HistoryDiffText.h"
#include "tests/support/CsvReader.h"
#include "tests/support/WarningGuard.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {

Webhook webhook(qint64 id, const QString &name)
{
    Webhook hook;
    hook.id = id;
    hook.name = name;
    hook.event = QStringLiteral("request.create");
    hook.uri = QStringLiteral("https://user:secret@example.com/hooks/%1?key=abc").arg(id);
    return hook;
}

HistoryDiff sampleDiff()
{
    const WebhookList before{webhook(1, QStringLiteral("Kept")), webhook(2, QStringLiteral("Old")),
                             webhook(3, QStringLiteral("=Gone"))};
    WebhookList after{webhook(1, QStringLiteral("Kept")),
                      webhook(2, QStringLiteral("New, \"quoted\"")),
                      webhook(4, QStringLiteral("Fresh"))};
    after[1].disabled = true;
    return HistoryDiff::compute(HistoryDiff::stateOf(before), HistoryDiff::stateOf(after));
}

} // namespace

class tst_HistoryDiffText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { hb::test::failOnUnexpectedWarnings(); }
    void valueText_data();
    void valueText();
    void fieldLinesRedactUris();
    void csvHasOneRowPerWebhookAndField();
    void writeCsvReportsAFailure();
};

void tst_HistoryDiffText::valueText_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("string") << QStringLiteral("name") << QJsonValue(QStringLiteral("A \"b\""))
                            << QStringLiteral("\"A \\\"b\\\"\"");
    QTest::newRow("unset") << QStringLiteral("name") << QJsonValue(QJsonValue::Undefined)
                           << QStringLiteral("(not set)");
    QTest::newRow("null") << QStringLiteral("name") << QJsonValue(QJsonValue::Null)
                          << QStringLiteral("(not set)");
    QTest::newRow("bool") << QStringLiteral("disabled") << QJsonValue(true)
                          << QStringLiteral("true");
    QTest::newRow("number") << QStringLiteral("webhook_policy_id") << QJsonValue(qint64(42))
                            << QStringLiteral("42");
    QTest::newRow("array") << QStringLiteral("app_offering_references")
                           << QJsonValue(QJsonArray{QStringLiteral("a"), QStringLiteral("b")})
                           << QStringLiteral("[\"a\",\"b\"]");
}

void tst_HistoryDiffText::valueText()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QCOMPARE(HistoryDiffText::valueText(field, value), expected);
}

void tst_HistoryDiffText::fieldLinesRedactUris()
{
    HistoryDiff::WebhookChange change;
    change.id = 7;
    change.fields.append({QStringLiteral("uri"),
                          QJsonValue(QStringLiteral("https://user:secret@a.example/x?key=one")),
                          QJsonValue(QStringLiteral("https://b.example/y"))});
    change.fields.append({QStringLiteral("name"), QJsonValue(QJsonValue::Undefined),
                          QJsonValue(QStringLiteral("Named"))});
    const QStringList lines = HistoryDiffText::fieldLines(change);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("uri: ")));
    QVERIFY2(!lines.at(0).contains(QStringLiteral("secret")), qPrintable(lines.at(0)));
    QVERIFY(!lines.at(0).contains(QStringLiteral("one")));
    QVERIFY(lines.at(0).contains(QStringLiteral("→ \"https://b.example/y\"")));
    QCOMPARE(lines.at(1), QStringLiteral("name: (not set) → \"Named\""));

    // Only a hidden part changed: the line says so instead of showing equal texts.
    HistoryDiff::FieldChange secretOnly{QStringLiteral("uri"),
                                        QJsonValue(QStringLiteral("https://a.example/x?key=one")),
                                        QJsonValue(QStringLiteral("https://a.example/x?key=two"))};
    QVERIFY(HistoryDiffText::fieldLine(secretOnly).contains(QStringLiteral("hidden part")));
}

void tst_HistoryDiffText::csvHasOneRowPerWebhookAndField()
{
    const QList<QStringList> rows = CsvReader::read(HistoryDiffText::toCsv(sampleDiff()));
    QCOMPARE(rows.size(), 5); // header, 1 created, 2 changed fields, 1 removed
    QCOMPARE(rows.at(0), HistoryDiffText::csvHeaders());
    QCOMPARE(
            rows.at(1).mid(0, 3),
            (QStringList{QStringLiteral("created"), QStringLiteral("4"), QStringLiteral("Fresh")}));
    QCOMPARE(rows.at(2).at(0), QStringLiteral("changed"));
    QCOMPARE(rows.at(2).at(4), QStringLiteral("disabled"));
    QCOMPARE(rows.at(2).at(5), QStringLiteral("false"));
    QCOMPARE(rows.at(2).at(6), QStringLiteral("true"));
    QCOMPARE(rows.at(3).at(4), QStringLiteral("name"));
    QCOMPARE(rows.at(3).at(5), QStringLiteral("Old"));
    QCOMPARE(rows.at(3).at(6), QStringLiteral("New, \"quoted\""));
    QCOMPARE(rows.at(4).at(0), QStringLiteral("removed"));
    // A cell that a spreadsheet would run as a formula is guarded, as in the CSV export.
    QCOMPARE(rows.at(4).at(2), QStringLiteral("'=Gone"));
}

void tst_HistoryDiffText::writeCsvReportsAFailure()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("changes.csv"));
    QString error;
    QVERIFY2(HistoryDiffText::writeCsv(file, sampleDiff(), &error), qPrintable(error));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(CsvReader::read(written.readAll()).size(), 5);

    // A folder where the file should go: a clear error, nothing written.
    const QString blocked = dir.filePath(QStringLiteral("blocked"));
    QVERIFY(QDir().mkpath(blocked));
    QVERIFY(!HistoryDiffText::writeCsv(blocked, sampleDiff(), &error));
    QVERIFY2(error.contains(QStringLiteral("Could not save")), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_HistoryDiffText)
#include "tst_HistoryDiffText.moc"
