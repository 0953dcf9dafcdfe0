// The lists beside the webhook table (Recently deleted, Deliveries) have rows as tall as the
// table's, not cramped ones.
#include "models/receiver/DeliveryReceiver.h"
#include "tests/support/WarningGuard.h"
#include "tests/support/WidgetLookup.h"
#include "views/DeliveryInspector.h"
#include "views/RecentlyDeletedDialog.h"
#include "views/RowHeightDelegate.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

class tst_RowHeightDelegate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void recentlyDeletedRowsAreAsTallAsTheTables();
    void deliveryRowsAreAsTallAsTheTables();
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

void tst_RowHeightDelegate::deliveryRowsAreAsTallAsTheTables()
{
    DeliveryReceiver receiver;
    QVERIFY(receiver.listen());
    DeliveryInspector inspector(&receiver);
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(receiver.receiverUrlFor(7)));
    request.setTransferTimeout(20000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.post(request, QByteArrayLiteral(R"({"webhook_id":7})"));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    reply->deleteLater();
    HB_FIND_WIDGET(QTreeView, list, &inspector, "deliveryList");
    QCOMPARE(list->model()->rowCount(), 1);
    const int height = list->sizeHintForRow(0);
    QVERIFY2(height >= RowHeightDelegate::rowHeight(list->fontMetrics()),
             qPrintable(QString::number(height)));
}

QTEST_MAIN(tst_RowHeightDelegate)
#include "tst_RowHeightDelegate.moc"
