// The lists beside the webhook table (Recently deleted, Deliveries) have rows as tall as the
// table's, not cramped ones.
#include "models/receiver/DeliveryReceiver.h"
#include "tests/support/WarningGuard.h"
#include "tests/support/WidgetLookup.h"
#include "views/DeliveryInspector.h"
#include "views/RecentlyDeletedDialog.h"
#include "views/RowHeightDelegate.h"

#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

class tst_RowHeightDelegate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void recentlyDeletedRowsAreAsTallAsTheTables();
    void deliveryListUsesIt();
};

void tst_RowHeightDelegate::init()
{
    hb::test::failOnUnexpectedWarnings();
}

void tst_RowHeightDelegate::recentlyDeletedRowsAreAsTallAsTheTables()
{
    RecentlyDeletedDialog dialog;
    Webhook webhook;
    webhook.id = 7;
    webhook.name = QStringLiteral("Gone");
    webhook.event = QStringLiteral("request.create");
    webhook.uri = QStringLiteral("https://hooks.example.com/gone");
    dialog.setWebhooks({webhook});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    HB_FIND_WIDGET(QTreeWidget, list, &dialog, "deletedList");
    QCOMPARE(list->topLevelItemCount(), 1);
    const int height = list->visualItemRect(list->topLevelItem(0)).height();
    QVERIFY2(height >= RowHeightDelegate::rowHeight(list->fontMetrics()),
             qPrintable(QString::number(height)));
}

void tst_RowHeightDelegate::deliveryListUsesIt()
{
    DeliveryReceiver receiver;
    DeliveryInspector inspector(&receiver);
    HB_FIND_WIDGET(QTreeView, list, &inspector, "deliveryList");
    QVERIFY(qobject_cast<RowHeightDelegate *>(list->itemDelegate()));
}

QTEST_MAIN(tst_RowHeightDelegate)
#include "tst_RowHeightDelegate.moc"
