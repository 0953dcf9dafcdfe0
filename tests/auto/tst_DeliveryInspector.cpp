#include "models/receiver/DeliveryReceiver.h"
#include "tests/support/WidgetLookup.h"
#include "views/DeliveryInspector.h"
#include "views/MessageBanner.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QByteArray message(qint64 webhookId, const QString &event, const QJsonObject &payload = {})
{
    return QJsonDocument(QJsonObject{{u"webhook_id"_s, webhookId},
                                     {u"event"_s, event},
                                     {u"object_id"_s, 12345},
                                     {u"payload"_s, payload}})
            .toJson(QJsonDocument::Compact);
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

// The delivery inspector, offscreen: the list, the details, the buttons and the notice
// after a test-fire that delivers nothing.
class tst_DeliveryInspector : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void deliveryAppearsWithItsBodyAsPlainText();
    void arrivalIsSelectedOnlyWhenNoneWas();
    void filterNarrowsTheList();
    void clearEmptiesTheList();
    void noticeWhenNothingArrives();
    void arrivalCancelsTheNotice();
    void arrivalBeforeTheExpectationCounts();
    void controlsSetTheReceiversAnswer();
    void verifyMessageEnablesOpenCallback();
    void signedMessageShowsClaimsAndSignature();
    void signedMessageShowsEachCheck();
    void saveAsJsonWritesTheListedDeliveries();
    void copyPutsTheDeliveryOnTheClipboard();

private:
    void postAndWait(qint64 webhookId, const QByteArray &body,
                     const QByteArray &contentType = "application/json");
    template<typename T>
    T *child(const QString &name) const
    {
        auto *widget = m_inspector->findChild<T *>(name);
        if (!widget)
            qFatal("no child %s", qPrintable(name));
        return widget;
    }
    int listedRows() const { return child<QTreeView>(u"deliveryList"_s)->model()->rowCount(); }
    QString bodyText() const { return child<QPlainTextEdit>(u"bodyView"_s)->toPlainText(); }

    std::unique_ptr<DeliveryReceiver> m_receiver;
    std::unique_ptr<DeliveryInspector> m_inspector;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void tst_DeliveryInspector::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_receiver = std::make_unique<DeliveryReceiver>();
    QVERIFY(m_receiver->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_inspector = std::make_unique<DeliveryInspector>(m_receiver.get());
    // Not shown: the offscreen platform warns on show(), and nothing here needs a window.
}

void tst_DeliveryInspector::cleanup()
{
    m_inspector.reset();
    m_network.reset();
    m_receiver.reset();
}

void tst_DeliveryInspector::postAndWait(qint64 webhookId, const QByteArray &body,
                                        const QByteArray &contentType)
{
    QNetworkRequest request(QUrl(m_receiver->receiverUrlFor(webhookId)));
    request.setTransferTimeout(20000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = m_network->post(request, body);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    reply->deleteLater();
}

void tst_DeliveryInspector::deliveryAppearsWithItsBodyAsPlainText()
{
    HB_FIND_WIDGET(QLabel, receiverUrlLabel, m_inspector, "receiverUrlLabel");
    QVERIFY(receiverUrlLabel->text().contains(m_receiver->baseUrl().toString()));
    QCOMPARE(listedRows(), 0);

    const QJsonObject payload{{u"note"_s, u"<b>not bold</b>"_s}};
    postAndWait(42, message(42, u"request.note-added"_s, payload));
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(listedRows(), 1);
    HB_FIND_WIDGET(QTreeView, deliveryList, m_inspector, "deliveryList");
    const QAbstractItemModel *model = deliveryList->model();
    QCOMPARE(model->index(0, 1).data().toString(), u"42"_s);
    QCOMPARE(model->index(0, 2).data().toString(), u"request.note-added"_s);
    QCOMPARE(model->index(0, 3).data().toString(), u"12345"_s);
    QCOMPARE(model->index(0, 4).data().toString(), u"200"_s);

    // The newest is shown at once; its body pretty-printed and as plain text.
    QCOMPARE(m_inspector->currentDelivery().webhookId, 42);
    QVERIFY2(bodyText().contains(u"\"object_id\": 12345"_s), qPrintable(bodyText()));
    QVERIFY(bodyText().contains(u"<b>not bold</b>"_s));
    HB_FIND_WIDGET(QLabel, summaryLabel, m_inspector, "summaryLabel");
    QVERIFY(summaryLabel->text().contains(u"/webhooks/42"_s));
    QCOMPARE(summaryLabel->textFormat(), Qt::PlainText);
    HB_FIND_WIDGET(QPlainTextEdit, headersView, m_inspector, "headersView");
    QVERIFY(headersView->toPlainText().contains(u"Content-Type: application/json"_s));
}

void tst_DeliveryInspector::arrivalIsSelectedOnlyWhenNoneWas()
{
    HB_FIND_WIDGET(QTreeView, list, m_inspector, "deliveryList");
    QVERIFY(!list->selectionModel()->hasSelection());

    // Nothing selected: the delivery that arrives is selected and shown.
    postAndWait(1, message(1, u"request.create"_s));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_inspector->currentDelivery().webhookId, 1);
    QCOMPARE(list->selectionModel()->selectedRows().size(), 1);
    QVERIFY(bodyText().contains(u"\"webhook_id\": 1"_s));

    // The user looks at one delivery: a newer one is listed on top, and the selection and
    // the details stay where the user put them.
    postAndWait(2, message(2, u"request.update"_s));
    if (QTest::currentTestFailed())
        return;
    list->selectionModel()->setCurrentIndex(list->model()->index(1, 0),
                                            QItemSelectionModel::ClearAndSelect
                                                    | QItemSelectionModel::Rows);
    QCOMPARE(m_inspector->currentDelivery().webhookId, 1);
    postAndWait(3, message(3, u"task.update"_s));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(listedRows(), 3);
    QCOMPARE(list->model()->index(0, 1).data().toString(), u"3"_s);
    QCOMPARE(m_inspector->currentDelivery().webhookId, 1);
    const QModelIndexList selected = list->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().row(), 2);
    QVERIFY2(bodyText().contains(u"\"webhook_id\": 1"_s), qPrintable(bodyText()));

    // Once the list is cleared nothing is selected, and the next arrival is selected again.
    HB_FIND_WIDGET(QPushButton, clearButton, m_inspector, "clearButton");
    clearButton->click();
    postAndWait(4, message(4, u"request.create"_s));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_inspector->currentDelivery().webhookId, 4);
    QCOMPARE(list->selectionModel()->selectedRows().size(), 1);

    // What arrives is selected, never an older delivery: one that the filter hides leaves
    // the selection empty.
    clearButton->click();
    HB_FIND_WIDGET(QLineEdit, filter, m_inspector, "filterEdit");
    QTest::keyClicks(filter, u"task"_s);
    postAndWait(5, message(5, u"task.update"_s));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_inspector->currentDelivery().webhookId, 5);
    list->selectionModel()->clear();
    postAndWait(6, message(6, u"request.create"_s));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(listedRows(), 1);
    QVERIFY(!list->currentIndex().isValid());
    QVERIFY(!list->selectionModel()->hasSelection());
}

void tst_DeliveryInspector::filterNarrowsTheList()
{
    postAndWait(1, message(1, u"request.create"_s));
    if (QTest::currentTestFailed())
        return;
    postAndWait(2, message(2, u"task.update"_s));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(listedRows(), 2);
    HB_FIND_WIDGET(QLineEdit, filter, m_inspector, "filterEdit");
    QTest::keyClicks(filter, u"task"_s);
    QCOMPARE(listedRows(), 1);
    filter->clear();
    QCOMPARE(listedRows(), 2);
}

void tst_DeliveryInspector::clearEmptiesTheList()
{
    postAndWait(1, message(1, u"request.create"_s));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(listedRows(), 1);
    QVERIFY(!bodyText().isEmpty());

    HB_FIND_WIDGET(QPushButton, clearButton, m_inspector, "clearButton");
    clearButton->click();
    QCOMPARE(listedRows(), 0);
    QVERIFY(m_receiver->deliveries().isEmpty());
    QVERIFY(bodyText().isEmpty());
    HB_FIND_WIDGET(QPushButton, copyButton, m_inspector, "copyButton");
    QVERIFY(!copyButton->isEnabled());
}

void tst_DeliveryInspector::noticeWhenNothingArrives()
{
    HB_FIND_WIDGET(MessageBanner, notice, m_inspector, "noticeBanner");
    QVERIFY(!notice->isVisibleTo(m_inspector.get()));
    QSignalSpy missing(m_inspector.get(), &DeliveryInspector::expectedDeliveryMissing);
    m_inspector->setExpectTimeout(50ms);
    m_inspector->expectDelivery(77);

    QTRY_COMPARE_WITH_TIMEOUT(missing.size(), 1, 10000);
    QCOMPARE(missing.at(0).at(0).toLongLong(), 77);
    QVERIFY(notice->isVisibleTo(m_inspector.get()));
    QVERIFY(notice->text().contains(u"webhook 77"_s));
    QVERIFY2(notice->text().contains(m_receiver->receiverUrlFor(77)), qPrintable(notice->text()));
}

void tst_DeliveryInspector::arrivalCancelsTheNotice()
{
    HB_FIND_WIDGET(MessageBanner, notice, m_inspector, "noticeBanner");
    QSignalSpy missing(m_inspector.get(), &DeliveryInspector::expectedDeliveryMissing);
    QSignalSpy arrived(m_inspector.get(), &DeliveryInspector::expectedDeliveryArrived);
    m_inspector->setExpectTimeout(50ms);
    m_inspector->expectDelivery(5);
    QTRY_COMPARE_WITH_TIMEOUT(missing.size(), 1, 10000);
    QVERIFY(notice->isVisibleTo(m_inspector.get()));

    // A later test-fire that does arrive takes the notice away.
    m_inspector->setExpectTimeout(DeliveryInspector::DefaultExpectTimeout);
    m_inspector->expectDelivery(5);
    postAndWait(5, message(5, u"request.update"_s));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(arrived.size(), 1);
    QCOMPARE(arrived.at(0).at(0).toLongLong(), 5);
    QVERIFY(!notice->isVisibleTo(m_inspector.get()));
    QCOMPARE(missing.size(), 1);
}

void tst_DeliveryInspector::arrivalBeforeTheExpectationCounts()
{
    // The service sends the test message right after answering the test request: the
    // message can be here before the window has the answer and starts to wait for it.
    auto *notice = child<MessageBanner>(u"noticeBanner"_s);
    QSignalSpy missing(m_inspector.get(), &DeliveryInspector::expectedDeliveryMissing);
    QSignalSpy arrived(m_inspector.get(), &DeliveryInspector::expectedDeliveryArrived);
    postAndWait(9, message(9, u"request.create"_s)); // from before the test: does not count
    const quint64 beforeTest = m_receiver->lastSequence();
    QCOMPARE(beforeTest, m_receiver->deliveries().last().sequence);
    postAndWait(8, message(8, u"request.create"_s)); // another webhook's
    postAndWait(9, message(9, u"request.create"_s)); // the test message

    m_inspector->expectDelivery(9, beforeTest);
    QCOMPARE(arrived.size(), 1);
    QCOMPARE(arrived.at(0).at(0).toLongLong(), 9);
    QVERIFY(!notice->isVisibleTo(m_inspector.get()));

    // Only a delivery for the webhook after the mark counts.
    m_inspector->setExpectTimeout(50ms);
    m_inspector->expectDelivery(7, beforeTest);
    m_inspector->expectDelivery(9, m_receiver->lastSequence());
    QTRY_COMPARE_WITH_TIMEOUT(missing.size(), 2, 10000);
    QCOMPARE(arrived.size(), 1);
    QVERIFY(notice->isVisibleTo(m_inspector.get()));

    // Clearing the list does not reuse sequences: a mark stays a mark.
    m_receiver->clear();
    QCOMPARE(m_receiver->lastSequence(), beforeTest + 2);
}

void tst_DeliveryInspector::controlsSetTheReceiversAnswer()
{
    HB_FIND_WIDGET(QSpinBox, status, m_inspector, "statusSpinBox");
    HB_FIND_WIDGET(QDoubleSpinBox, delay, m_inspector, "delaySpinBox");
    QCOMPARE(status->value(), 200);
    status->setValue(500);
    QCOMPARE(m_receiver->responseStatus(), 500);
    delay->setValue(2.5);
    QCOMPARE(m_receiver->responseDelayMs(), 2500);

    m_receiver->setResponseStatus(404); // changed elsewhere: the control follows
    QCOMPARE(status->value(), 404);
}

void tst_DeliveryInspector::verifyMessageEnablesOpenCallback()
{
    HB_FIND_WIDGET(QPushButton, open, m_inspector, "openCallbackButton");
    postAndWait(3, message(3, u"request.update"_s));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!open->isEnabled());

    const QJsonObject payload{
            {u"callback"_s, u"https://wdc.4me.com/webhooks/3/verify?code=x&expires_at=1"_s}};
    postAndWait(3, message(3, u"webhook.verify"_s, payload));
    if (QTest::currentTestFailed())
        return;
    HB_FIND_WIDGET(QTreeView, list, m_inspector, "deliveryList");
    list->setCurrentIndex(list->model()->index(0, 0));
    QCOMPARE(m_inspector->currentDelivery().event, u"webhook.verify"_s);
    QVERIFY(open->isEnabled());
}

void tst_DeliveryInspector::signedMessageShowsClaimsAndSignature()
{
    const QByteArray header = base64Url(R"({"alg":"HS256","typ":"JWT"})");
    const QByteArray claims
            = base64Url("{\"sub\":\"9\",\"data\":" + message(9, u"ci.update"_s) + "}");
    const QByteArray signature = QMessageAuthenticationCode::hash(
            header + '.' + claims, "policy-secret", QCryptographicHash::Sha256);
    const QByteArray body
            = R"({"jwt":")" + header + '.' + claims + '.' + base64Url(signature) + R"("})";
    postAndWait(9, body);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(m_inspector->currentDelivery().event, u"ci.update"_s);
    HB_FIND_WIDGET(QLabel, signatureLabel, m_inspector, "signatureLabel");
    QVERIFY2(signatureLabel->text().startsWith(u"signature not verified"_s),
             qPrintable(signatureLabel->text()));
    HB_FIND_WIDGET(QPlainTextEdit, jwtView, m_inspector, "jwtView");
    QVERIFY(jwtView->toPlainText().contains(u"\"sub\": \"9\""_s));

    HB_FIND_WIDGET(QLineEdit, secretEdit, m_inspector, "secretEdit");
    QTest::keyClicks(secretEdit, u"policy-secret"_s);
    QCOMPARE(signatureLabel->text(), u"signature valid (HS256)"_s);
    QTest::keyClick(secretEdit, Qt::Key_Backspace);
    QVERIFY(signatureLabel->text().startsWith(u"signature INVALID"_s));
}

void tst_DeliveryInspector::signedMessageShowsEachCheck()
{
    // An old token for another audience, verified with the key the lookup gives.
    const QByteArray header = base64Url(R"({"alg":"HS512"})");
    const QByteArray claims
            = base64Url("{\"sub\":\"9\",\"iss\":\"https://wdc.4me.com\",\"aud\":\"someone-else\","
                        "\"iat\":1600000000,\"nbf\":1600000000,\"exp\":1600000300,\"data\":"
                        + message(9, u"ci.update"_s) + "}");
    const QByteArray signature = QMessageAuthenticationCode::hash(
            header + '.' + claims, "stored-secret", QCryptographicHash::Sha512);
    SignedMessageVerifier *verifier = m_inspector->signedMessageVerifier();
    verifier->setProfile(QUrl(u"https://api.4me.com/v1"_s), u"wdc"_s);
    verifier->setAudience(u"hookbench"_s);
    qint64 askedFor = 0;
    m_inspector->setKeyLookup([&askedFor](const SignedMessageVerifier::KeyQuery &query) {
        askedFor = query.webhookId;
        DeliveryDecoder::Keys keys;
        keys.secret = "stored-secret";
        return keys;
    });
    postAndWait(9, R"({"jwt":")" + header + '.' + claims + '.' + base64Url(signature) + R"("})");
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(askedFor, 9);
    HB_FIND_WIDGET(QLabel, signatureLabel, m_inspector, "signatureLabel");
    QCOMPARE(signatureLabel->text(), u"signature valid (HS512)"_s);
    HB_FIND_WIDGET(QLabel, audCheckLabel, m_inspector, "audCheckLabel");
    HB_FIND_WIDGET(QLabel, expCheckLabel, m_inspector, "expCheckLabel");
    HB_FIND_WIDGET(QLabel, nbfCheckLabel, m_inspector, "nbfCheckLabel");
    HB_FIND_WIDGET(QLabel, issCheckLabel, m_inspector, "issCheckLabel");
    QVERIFY2(audCheckLabel->text().startsWith(u"FAILED"_s), qPrintable(audCheckLabel->text()));
    QVERIFY(audCheckLabel->text().contains(u"someone-else"_s));
    QVERIFY2(expCheckLabel->text().startsWith(u"FAILED: expired at 2020-09-13"_s),
             qPrintable(expCheckLabel->text()));
    QVERIFY2(nbfCheckLabel->text().startsWith(u"passed"_s), qPrintable(nbfCheckLabel->text()));
    QVERIFY2(issCheckLabel->text().startsWith(u"passed"_s), qPrintable(issCheckLabel->text()));
    QCOMPARE(audCheckLabel->textFormat(), Qt::PlainText);

    // Another account's issuer fails, shown at once after the change.
    verifier->setProfile(QUrl(u"https://api.4me.com/v1"_s), u"other"_s);
    HB_FIND_WIDGET(QLineEdit, secretEdit, m_inspector, "secretEdit");
    QTest::keyClicks(secretEdit, u"x"_s); // re-checks; the lookup still comes first
    QVERIFY2(issCheckLabel->text().startsWith(u"FAILED"_s), qPrintable(issCheckLabel->text()));
    QCOMPARE(signatureLabel->text(), u"signature valid (HS512)"_s);

    // Discovery beyond this computer and the sandbox is off until the user turns it on.
    HB_FIND_WIDGET(QCheckBox, discoveryCheck, m_inspector, "discoveryCheck");
    QVERIFY(!discoveryCheck->isChecked());
    QVERIFY(!verifier->discoveryForAnyHost());
    discoveryCheck->click();
    QVERIFY(verifier->discoveryForAnyHost());
}

void tst_DeliveryInspector::saveAsJsonWritesTheListedDeliveries()
{
    postAndWait(1, message(1, u"request.create"_s));
    if (QTest::currentTestFailed())
        return;
    postAndWait(2, message(2, u"task.update"_s));
    if (QTest::currentTestFailed())
        return;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(u"deliveries.json"_s);
    QString error;
    QVERIFY2(m_inspector->saveAsJson(fileName, &error), qPrintable(error));

    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toObject().value(u"path"_s).toString(), u"/webhooks/1"_s);
    QCOMPARE(array.at(1).toObject().value(u"method"_s).toString(), u"POST"_s);
    QVERIFY(array.at(1).toObject().value(u"body"_s).toString().contains(u"task.update"_s));

    QVERIFY(!m_inspector->saveAsJson(dir.filePath(u"missing/dir/x.json"_s), &error));
    QVERIFY(error.contains(u"missing"_s));
}

void tst_DeliveryInspector::copyPutsTheDeliveryOnTheClipboard()
{
    postAndWait(4, message(4, u"request.create"_s));
    if (QTest::currentTestFailed())
        return;
    HB_FIND_WIDGET(QPushButton, copyButton, m_inspector, "copyButton");
    copyButton->click();
    const QJsonObject copied
            = QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).object();
    QCOMPARE(copied.value(u"path"_s).toString(), u"/webhooks/4"_s);
    QVERIFY(copied.value(u"body"_s).toString().contains(u"request.create"_s));
}

QTEST_MAIN(tst_DeliveryInspector)
#include "tst_DeliveryInspector.moc"
