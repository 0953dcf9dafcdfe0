// How hookbench-cli shows webhooks as text: times in UTC, the table cut to a width.
#include "app/cli/WebhookText.h"

#include <QTest>

#include "tests/support/WarningGuard.h"

class tst_WebhookText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { hb::test::failOnUnexpectedWarnings(); }
    void timeText_data();
    void timeText();
    void detailsShowUtc();
    void tableWidth();
};

void tst_WebhookText::timeText_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("expected");
    QTest::newRow("negative offset") << QStringLiteral("2016-03-17T16:36:11-06:00")
                                     << QStringLiteral("2016-03-17T22:36:11Z");
    QTest::newRow("positive offset, next day back") << QStringLiteral("2026-12-03T00:30:00+01:00")
                                                    << QStringLiteral("2026-12-02T23:30:00Z");
    QTest::newRow("already UTC") << QStringLiteral("2026-12-02T14:05:00Z")
                                 << QStringLiteral("2026-12-02T14:05:00Z");
    QTest::newRow("milliseconds dropped")
            << QStringLiteral("2026-12-02T14:05:00.250Z") << QStringLiteral("2026-12-02T14:05:00Z");
    QTest::newRow("not a time") << QStringLiteral("yesterday") << QStringLiteral("yesterday");
    QTest::newRow("empty") << QString() << QString();
}

void tst_WebhookText::timeText()
{
    QFETCH(QString, server);
    QFETCH(QString, expected);
    QCOMPARE(WebhookText::timeText(server), expected);
}

void tst_WebhookText::detailsShowUtc()
{
    Webhook webhook;
    webhook.id = 7;
    webhook.event = QStringLiteral("request.create");
    webhook.uri = QStringLiteral("https://hooks.example.com/in");
    webhook.createdAt = QStringLiteral("2016-03-17T16:36:11-06:00");
    const QStringList lines = WebhookText::details(webhook).split(u'\n');
    QVERIFY2(lines.contains(QStringLiteral("Created: 2016-03-17T22:36:11Z")),
             qPrintable(lines.join(u'\n')));
    QVERIFY(!lines.join(u'\n').contains(QStringLiteral("Updated")));
}

void tst_WebhookText::tableWidth()
{
    Webhook webhook;
    webhook.id = 12;
    webhook.name = QString(80, u'n');
    webhook.event = QStringLiteral("request.status-changed");
    webhook.uri = QStringLiteral("https://hooks.example.com/") + QString(80, u'u');
    webhook.disabled = true;
    const WebhookList rows{webhook};

    const QStringList cut = WebhookText::table(rows, 100).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(cut.size(), 2);
    for (const QString &line : cut)
        QVERIFY2(line.size() <= 100, qPrintable(line));
    QVERIFY(cut.at(1).contains(QStringLiteral("request.status-changed")));
    QVERIFY(cut.at(1).contains(QStringLiteral("Disabled")));
    QVERIFY(cut.at(1).contains(u'…'));

    const QString whole = WebhookText::table(rows, 0);
    QVERIFY(whole.contains(QString(80, u'u')));
    QVERIFY(!whole.contains(u'…'));
    QCOMPARE(WebhookText::table({}, 0), QStringLiteral("No webhooks.\n"));
}

QTEST_GUILESS_MAIN(tst_WebhookText)
#include "tst_WebhookText.moc"
