// The filters of `hookbench-cli list` and `export`: --search, --event, --with-errors.
#include "app/cli/ListingFilter.h"

#include <QTest>

#include "tests/support/WarningGuard.h"

class tst_ListingFilter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { hb::test::failOnUnexpectedWarnings(); }
    void accepts_data();
    void accepts();
    void applyKeepsOrder();
};

void tst_ListingFilter::accepts_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<bool>("withErrors");
    QTest::addColumn<bool>("expected");

    // The webhook: name "Orders to ERP", event request.create, URI with host erp.example.com,
    // description "Für die Buchhaltung", last error "404 Not Found".
    QTest::newRow("empty filter") << QString() << QStringList() << false << true;
    QTest::newRow("name, other case")
            << QStringLiteral("orders TO") << QStringList() << false << true;
    QTest::newRow("URI") << QStringLiteral("ERP.EXAMPLE") << QStringList() << false << true;
    QTest::newRow("description, umlaut case")
            << QStringLiteral("FÜR DIE") << QStringList() << false << true;
    QTest::newRow("spaces around are ignored")
            << QStringLiteral("  orders ") << QStringList() << false << true;
    QTest::newRow("event is not searched")
            << QStringLiteral("request.create") << QStringList() << false << false;
    QTest::newRow("no match") << QStringLiteral("billing") << QStringList() << false << false;
    QTest::newRow("its event") << QString() << QStringList{QStringLiteral("request.create")}
                               << false << true;
    QTest::newRow("one of its events")
            << QString()
            << QStringList{QStringLiteral("task.update"), QStringLiteral("request.create")} << false
            << true;
    QTest::newRow("another event")
            << QString() << QStringList{QStringLiteral("task.update")} << false << false;
    QTest::newRow("with errors") << QString() << QStringList() << true << true;
    QTest::newRow("all at once") << QStringLiteral("erp")
                                 << QStringList{QStringLiteral("request.create")} << true << true;
}

void tst_ListingFilter::accepts()
{
    QFETCH(QString, search);
    QFETCH(QStringList, events);
    QFETCH(bool, withErrors);
    QFETCH(bool, expected);
    Webhook webhook;
    webhook.id = 4;
    webhook.name = QStringLiteral("Orders to ERP");
    webhook.event = QStringLiteral("request.create");
    webhook.uri = QStringLiteral("https://erp.example.com/in");
    webhook.description = QStringLiteral("Für die Buchhaltung");
    webhook.lastError = QStringLiteral("404 Not Found");
    const ListingFilter filter{search, events, withErrors};
    QCOMPARE(filter.accepts(webhook), expected);

    // Without a last error, --with-errors drops it and nothing else does.
    webhook.lastError.clear();
    QCOMPARE(filter.accepts(webhook), expected && !withErrors);
}

void tst_ListingFilter::applyKeepsOrder()
{
    WebhookList rows;
    for (int i = 1; i <= 6; ++i) {
        Webhook webhook;
        webhook.id = i;
        webhook.event = QStringLiteral("request.create");
        webhook.lastError = i % 2 ? QStringLiteral("500") : QString();
        rows.append(webhook);
    }
    ListingFilter filter;
    QCOMPARE(filter.apply(rows), rows);
    filter.withErrors = true;
    const WebhookList kept = filter.apply(rows);
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.at(0).id, 1);
    QCOMPARE(kept.at(1).id, 3);
    QCOMPARE(kept.at(2).id, 5);
}

QTEST_GUILESS_MAIN(tst_ListingFilter)
#include "tst_ListingFilter.moc"
