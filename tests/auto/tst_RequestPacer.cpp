#include "models/api/RequestPacer.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// Every test drives the pacer with a fake clock and poll(): no real waiting.
class tst_RequestPacer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startsNothingInsideEnqueue();
    void startsABurstThenWaitsForTheWindow();
    void windowSlides();
    void requestOccupiesItsSlotFromItsStart();
    void afterA429AnsweredRequestOccupiesItsSlotFromTheAnswer();
    void keepsFifoOrder();
    void burstLimitCanBeTurnedOff();
    void pauseHoldsEverythingAndAnnouncesIt();
    void spentHourlyBudgetPausesUntilReset();
    void remainingBudgetDoesNotPause();
    void cancelledTicketNeverStarts();
    void deadContextNeverStarts();

private:
    void enqueue(int count);

    qint64 m_now = 0;
    std::unique_ptr<RequestPacer> m_pacer;
    QList<int> m_started;
    int m_next = 0;
};

void tst_RequestPacer::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_now = 1000000;
    m_started.clear();
    m_next = 0;
    m_pacer = std::make_unique<RequestPacer>();
    m_pacer->setClock([this] { return m_now; });
}

void tst_RequestPacer::cleanup()
{
    m_pacer.reset();
}

void tst_RequestPacer::enqueue(int count)
{
    for (int i = 0; i < count; ++i) {
        const int number = m_next++;
        m_pacer->enqueue(this, [this, number] { m_started.append(number); });
    }
}

void tst_RequestPacer::startsNothingInsideEnqueue()
{
    enqueue(1);
    QVERIFY(m_started.isEmpty());
    m_pacer->poll();
    QCOMPARE(m_started, QList<int>{0});
}

void tst_RequestPacer::startsABurstThenWaitsForTheWindow()
{
    // The server's 20 in 2 s, over a window longer by the spread of arrival delays.
    QCOMPARE(m_pacer->burstLimit(), 20);
    QCOMPARE(m_pacer->windowMs(), 2000 + RequestPacer::ArrivalSpreadMs);
    enqueue(25);
    m_pacer->poll();
    QCOMPARE(m_started.size(), 20);
    QCOMPARE(m_pacer->delayMs(), 2000 + RequestPacer::ArrivalSpreadMs);

    m_now += 1999 + RequestPacer::ArrivalSpreadMs;
    m_pacer->poll();
    QCOMPARE(m_started.size(), 20);

    m_now += 1;
    m_pacer->poll();
    QCOMPARE(m_started.size(), 25);
    QCOMPARE(m_pacer->queued(), 0);
}

void tst_RequestPacer::windowSlides()
{
    m_pacer->setBurstLimit(19, 2000);
    enqueue(10);
    m_pacer->poll(); // 10 at t
    m_now += 1000;
    enqueue(9);
    m_pacer->poll(); // 9 at t + 1000: 19 in the window
    QCOMPARE(m_started.size(), 19);

    m_now += 500;
    enqueue(12);
    m_pacer->poll();
    QCOMPARE(m_started.size(), 19);
    QCOMPARE(m_pacer->delayMs(), 500); // the first ten leave the window at t + 2000

    m_now += 500;
    m_pacer->poll();
    QCOMPARE(m_started.size(), 29);
    QCOMPARE(m_pacer->delayMs(), 1000); // the next nine leave at t + 3000

    m_now += 1000;
    m_pacer->poll();
    QCOMPARE(m_started.size(), 31);
}

void tst_RequestPacer::requestOccupiesItsSlotFromItsStart()
{
    // A quick server: the window counts from the starts, however late the answers come.
    m_pacer->setBurstLimit(2, 1000);
    QList<RequestPacer::Slot> startedSlots;
    for (int i = 0; i < 3; ++i) {
        m_pacer->enqueue(this,
                         [this, &startedSlots] { startedSlots.append(m_pacer->currentSlot()); });
    }
    m_pacer->poll();
    QCOMPARE(startedSlots.size(), 2);
    m_now += 900;
    m_pacer->release(startedSlots.at(0));
    m_pacer->release(startedSlots.at(1));
    QVERIFY(!m_pacer->countsFromAnswers());
    m_now += 100;
    m_pacer->poll();
    QCOMPARE(startedSlots.size(), 3);
}

void tst_RequestPacer::afterA429AnsweredRequestOccupiesItsSlotFromTheAnswer()
{
    // A slow server: the answers of a full burst arrive late, and it answered 429 once.
    m_pacer->noteRateLimited();
    QVERIFY(m_pacer->countsFromAnswers());
    m_pacer->setBurstLimit(2, 1000);
    QList<RequestPacer::Slot> startedSlots;
    for (int i = 0; i < 3; ++i) {
        m_pacer->enqueue(this,
                         [this, &startedSlots] { startedSlots.append(m_pacer->currentSlot()); });
    }
    m_pacer->poll();
    QCOMPARE(startedSlots.size(), 2);
    QVERIFY(startedSlots.at(0) != 0 && startedSlots.at(0) != startedSlots.at(1));
    QCOMPARE(m_pacer->currentSlot(), RequestPacer::Slot(0));

    m_now += 900;
    m_pacer->release(startedSlots.at(0)); // the server saw them no later than now
    m_pacer->release(startedSlots.at(1));
    m_now += 100; // their starts left the window; their answers did not
    m_pacer->poll();
    QCOMPARE(startedSlots.size(), 2);
    QCOMPARE(m_pacer->delayMs(), 900);
    m_now += 900;
    m_pacer->poll();
    QCOMPARE(startedSlots.size(), 3);
}

void tst_RequestPacer::keepsFifoOrder()
{
    m_pacer->setBurstLimit(2, 1000);
    enqueue(5);
    for (int step = 0; step < 3; ++step) {
        m_pacer->poll();
        m_now += 1000;
    }
    QCOMPARE(m_started, (QList<int>{0, 1, 2, 3, 4}));
}

void tst_RequestPacer::burstLimitCanBeTurnedOff()
{
    m_pacer->setBurstLimit(0, 2000);
    enqueue(500);
    m_pacer->poll();
    QCOMPARE(m_started.size(), 500);
}

void tst_RequestPacer::pauseHoldsEverythingAndAnnouncesIt()
{
    QSignalSpy waiting(m_pacer.get(), &RequestPacer::waiting);
    m_pacer->pauseFor(5000);
    enqueue(3);
    m_pacer->poll();
    QVERIFY(m_started.isEmpty());
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().first().toInt(), 5);

    m_now += 4999;
    m_pacer->poll();
    QVERIFY(m_started.isEmpty());

    m_now += 1;
    m_pacer->poll();
    QCOMPARE(m_started.size(), 3);
    QCOMPARE(waiting.size(), 2);
    QCOMPARE(waiting.last().first().toInt(), 0);
}

void tst_RequestPacer::spentHourlyBudgetPausesUntilReset()
{
    QSignalSpy waiting(m_pacer.get(), &RequestPacer::waiting);
    m_pacer->noteBudget(0, 120);
    enqueue(1);
    m_pacer->poll();
    QVERIFY(m_started.isEmpty());
    QCOMPARE(m_pacer->delayMs(), 120000);
    QCOMPARE(waiting.first().first().toInt(), 120);
    m_now += 120000;
    m_pacer->poll();
    QCOMPARE(m_started.size(), 1);
}

void tst_RequestPacer::remainingBudgetDoesNotPause()
{
    m_pacer->noteBudget(5, 3000);
    enqueue(1);
    m_pacer->poll();
    QCOMPARE(m_started.size(), 1);
}

void tst_RequestPacer::cancelledTicketNeverStarts()
{
    QList<int> started;
    m_pacer->enqueue(this, [&started] { started.append(1); });
    const auto ticket = m_pacer->enqueue(this, [&started] { started.append(2); });
    m_pacer->enqueue(this, [&started] { started.append(3); });
    m_pacer->cancel(ticket);
    m_pacer->poll();
    QCOMPARE(started, (QList<int>{1, 3}));
}

void tst_RequestPacer::deadContextNeverStarts()
{
    bool started = false;
    auto *context = new QObject;
    m_pacer->enqueue(context, [&started] { started = true; });
    delete context;
    m_pacer->poll();
    QVERIFY(!started);
    QCOMPARE(m_pacer->queued(), 0);
}

QTEST_GUILESS_MAIN(tst_RequestPacer)
#include "tst_RequestPacer.moc"
