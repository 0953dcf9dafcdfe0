// HistoryRecorder: the window's way to the history, off the GUI thread.
#include "models/history/HistoryRecorder.h"

#include "tests/support/WarningGuard.h"
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

const HistoryProfile Profile = HistoryProfile::from(QUrl(QStringLiteral("https://api.4me.com/v1")),
                                                    QStringLiteral("wdc"));

WebhookList webhooks(qint64 count)
{
    WebhookList list;
    for (qint64 id = 1; id <= count; ++id) {
        Webhook hook;
        hook.id = id;
        hook.event = QStringLiteral("request.create");
        hook.uri = QStringLiteral("https://example.com/%1").arg(id);
        list.append(hook);
    }
    return list;
}

} // namespace

class tst_HistoryRecorder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Any warning fails the test function; expected ones are declared with ignoreMessage.
    void init() { hb::test::failOnUnexpectedWarnings(); }
    void recordsAndLoads();
    void incompleteListingFails();
    void secondRecorderIsReadOnly();

private:
    QTemporaryDir m_dir;
};

void tst_HistoryRecorder::recordsAndLoads()
{
    const QString file = m_dir.filePath(QStringLiteral("a/history.sqlite"));
    HistoryRecorder recorder(file);
    QSignalSpy opened(&recorder, &HistoryRecorder::opened);
    QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
    QSignalSpy latest(&recorder, &HistoryRecorder::latestLoaded);
    QSignalSpy snapshots(&recorder, &HistoryRecorder::snapshotsLoaded);
    QSignalSpy diffs(&recorder, &HistoryRecorder::diffLoaded);
    QSignalSpy forgotten(&recorder, &HistoryRecorder::forgotten);
    QSignalSpy failed(&recorder, &HistoryRecorder::failed);

    recorder.open();
    QVERIFY(opened.wait());
    QCOMPARE(opened.constFirst().at(0).toBool(), true);

    recorder.loadLatest(Profile);
    QVERIFY(latest.wait());
    QVERIFY(!latest.constFirst().at(1).value<HistorySnapshot>().isValid());

    WebhookList list = webhooks(50);
    recorder.record(Profile, list, HistoryStore::Listing::Complete);
    list[3].name = QStringLiteral("Renamed");
    list.removeLast();
    recorder.record(Profile, list, HistoryStore::Listing::Complete);
    QTRY_COMPARE(recorded.size(), 2);
    const HistorySnapshot second = recorded.at(1).at(1).value<HistorySnapshot>();
    QCOMPARE(second.changed, 1);
    QCOMPARE(second.removed, 1);
    const HistoryDiff diff = recorded.at(1).at(2).value<HistoryDiff>();
    QCOMPARE(diff.changed().size(), 1);
    QCOMPARE(diff.changed().constFirst().fields.constFirst().field, QStringLiteral("name"));

    recorder.loadLatest(Profile);
    QVERIFY(latest.wait());
    QCOMPARE(latest.at(1).at(1).value<HistorySnapshot>().id, second.id);
    QCOMPARE(latest.at(1).at(2).value<WebhookList>(), list);

    recorder.loadSnapshots(Profile);
    QVERIFY(snapshots.wait());
    QCOMPARE(snapshots.constFirst().at(1).value<HistorySnapshotList>().size(), 2);

    const HistorySnapshot first = recorded.at(0).at(1).value<HistorySnapshot>();
    recorder.loadDiff(Profile, first.id, second.id);
    QVERIFY(diffs.wait());
    QCOMPARE(diffs.constFirst().at(3).value<HistoryDiff>().removed().size(), 1);

    recorder.forgetProfile(Profile);
    QVERIFY(forgotten.wait());
    recorder.loadSnapshots(Profile);
    QTRY_COMPARE(snapshots.size(), 2);
    QVERIFY(snapshots.at(1).at(1).value<HistorySnapshotList>().isEmpty());
    QVERIFY(failed.isEmpty());
}

void tst_HistoryRecorder::incompleteListingFails()
{
    HistoryRecorder recorder(m_dir.filePath(QStringLiteral("b/history.sqlite")));
    QSignalSpy failed(&recorder, &HistoryRecorder::failed);
    QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
    recorder.open();
    recorder.record(Profile, webhooks(3), HistoryStore::Listing::Incomplete);
    QVERIFY(failed.wait());
    QVERIFY(failed.constFirst().at(0).toString().contains(QStringLiteral("incomplete")));
    QVERIFY(recorded.isEmpty());
}

void tst_HistoryRecorder::secondRecorderIsReadOnly()
{
    const QString file = m_dir.filePath(QStringLiteral("c/history.sqlite"));
    HistoryRecorder first(file);
    QSignalSpy firstOpened(&first, &HistoryRecorder::opened);
    first.open();
    QVERIFY(firstOpened.wait());

    HistoryRecorder second(file);
    QSignalSpy opened(&second, &HistoryRecorder::opened);
    QSignalSpy failed(&second, &HistoryRecorder::failed);
    second.open();
    QVERIFY(opened.wait());
    QCOMPARE(opened.constFirst().at(0).toBool(), false);
    QVERIFY(!opened.constFirst().at(1).toString().isEmpty());
    second.record(Profile, webhooks(2), HistoryStore::Listing::Complete);
    QVERIFY(failed.wait());
}

QTEST_GUILESS_MAIN(tst_HistoryRecorder)
#include "tst_HistoryRecorder.moc"
