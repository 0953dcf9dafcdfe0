#include "models/receiver/DeliveryListModel.h"
#include "models/receiver/DeliveryReceiver.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Delivery makeDelivery(quint64 sequence, qint64 webhookId = 42)
{
    Delivery delivery;
    delivery.sequence = sequence;
    delivery.receivedAt = QDateTime(QDate(2024, 5, 1), QTime(9, 30, 15), Qt::UTC);
    delivery.method = "POST";
    delivery.path = u"/webhooks/%1"_s.arg(webhookId);
    delivery.webhookId = webhookId;
    delivery.event = u"request.update"_s;
    delivery.objectId = 12345;
    delivery.status = 200;
    delivery.answer = Delivery::Answer::Answered;
    return delivery;
}

QString text(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

// The inspector's list of deliveries, under QAbstractItemModelTester.
class tst_DeliveryListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void columnsShowTheMessage();
    void newestIsOnTop();
    void answerUpdatesItsRowOnly();
    void keepsTheNewestThousand();
    void clearRemovesEveryRow();
    void followsAReceiver();
    void rowWithoutMessageShowsThePath();
};

void tst_DeliveryListModel::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void tst_DeliveryListModel::columnsShowTheMessage()
{
    DeliveryListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addDelivery(makeDelivery(1));

    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(DeliveryListModel::ColumnCount));
    QCOMPARE(model.headerData(DeliveryListModel::ObjectColumn, Qt::Horizontal).toString(),
             u"Object"_s);
    const QString time = makeDelivery(1).receivedAt.toLocalTime().toString(u"HH:mm:ss"_s);
    QCOMPARE(text(model, 0, DeliveryListModel::TimeColumn), time);
    QCOMPARE(text(model, 0, DeliveryListModel::WebhookColumn), u"42"_s);
    QCOMPARE(text(model, 0, DeliveryListModel::EventColumn), u"request.update"_s);
    QCOMPARE(text(model, 0, DeliveryListModel::ObjectColumn), u"12345"_s);
    QCOMPARE(text(model, 0, DeliveryListModel::StatusColumn), u"200"_s);
    QCOMPARE(model.index(0, 0).data(DeliveryListModel::SequenceRole).toULongLong(), 1u);
}

void tst_DeliveryListModel::newestIsOnTop()
{
    DeliveryListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.addDelivery(makeDelivery(1, 10));
    model.addDelivery(makeDelivery(2, 20));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(text(model, 0, DeliveryListModel::WebhookColumn), u"20"_s);
    QCOMPARE(text(model, 1, DeliveryListModel::WebhookColumn), u"10"_s);
    QCOMPARE(model.delivery(1).sequence, 1u);
    QCOMPARE(model.rowOf(2), 0);
    QCOMPARE(model.rowOf(99), -1);
}

void tst_DeliveryListModel::answerUpdatesItsRowOnly()
{
    DeliveryListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Delivery waiting = makeDelivery(1);
    waiting.status = 500;
    waiting.answer = Delivery::Answer::Pending;
    model.addDelivery(waiting);
    model.addDelivery(makeDelivery(2));
    QCOMPARE(text(model, 1, DeliveryListModel::StatusColumn), u"500 (waiting)"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    waiting.answer = Delivery::Answer::ClientGone;
    model.updateDelivery(waiting);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(text(model, 1, DeliveryListModel::StatusColumn), u"500 (sender left)"_s);
    QCOMPARE(text(model, 0, DeliveryListModel::StatusColumn), u"200"_s);
}

void tst_DeliveryListModel::keepsTheNewestThousand()
{
    DeliveryListModel model;
    for (quint64 i = 1; i <= DeliveryListModel::MaxRows - 1; ++i)
        model.addDelivery(makeDelivery(i, qint64(i)));
    // The tester checks every row on each change: attach it for the last rows only.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    for (quint64 i = DeliveryListModel::MaxRows; i <= DeliveryListModel::MaxRows + 3; ++i)
        model.addDelivery(makeDelivery(i, qint64(i)));
    QCOMPARE(removed.size(), 3);
    QCOMPARE(model.rowCount(), DeliveryListModel::MaxRows);
    QCOMPARE(model.delivery(0).sequence, quint64(DeliveryListModel::MaxRows + 3));
    QCOMPARE(model.delivery(DeliveryListModel::MaxRows - 1).sequence, 4u);
    QCOMPARE(model.rowOf(3), -1);
}

void tst_DeliveryListModel::clearRemovesEveryRow()
{
    DeliveryListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addDelivery(makeDelivery(1));
    model.addDelivery(makeDelivery(2));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.delivery(0).sequence, 0u);
}

void tst_DeliveryListModel::followsAReceiver()
{
    DeliveryReceiver receiver;
    QVERIFY(receiver.listen());
    QNetworkAccessManager network;
    auto postOne = [&](qint64 webhookId) {
        QNetworkRequest request(QUrl(receiver.receiverUrlFor(webhookId)));
        request.setTransferTimeout(20000);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = network.post(
                request, u"{\"webhook_id\":%1,\"object_id\":12345}"_s.arg(webhookId).toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        reply->deleteLater();
    };
    postOne(1); // before the model attaches

    DeliveryListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReceiver(&receiver);
    QCOMPARE(model.rowCount(), 1);
    postOne(2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(text(model, 0, DeliveryListModel::WebhookColumn), u"2"_s);
    QCOMPARE(text(model, 0, DeliveryListModel::ObjectColumn), u"12345"_s);

    receiver.clear();
    QCOMPARE(model.rowCount(), 0);

    model.setReceiver(nullptr);
    postOne(3);
    QCOMPARE(model.rowCount(), 0);
}

void tst_DeliveryListModel::rowWithoutMessageShowsThePath()
{
    DeliveryListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Delivery delivery = makeDelivery(1, 0);
    delivery.path = u"/anything"_s;
    delivery.query = u"secret=abc"_s;
    delivery.event.clear();
    delivery.objectId = 0;
    model.addDelivery(delivery);
    QCOMPARE(text(model, 0, DeliveryListModel::WebhookColumn), u"/anything?secret=…"_s);
    QCOMPARE(text(model, 0, DeliveryListModel::ObjectColumn), QString());
}

QTEST_GUILESS_MAIN(tst_DeliveryListModel)
#include "tst_DeliveryListModel.moc"
