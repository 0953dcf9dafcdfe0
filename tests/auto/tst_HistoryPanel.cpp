// HistoryPanel: snapshots with counts, the difference between two, CSV export, forgetting
// the history and the retention setting; offscreen, widgets found by objectName.
#include "models/history/HistoryRecorder.h"
#include "models/history/HistoryStore.h"
#include "tests/support/CsvReader.h"
#include "tests/support/WarningGuard.h"
#include "tests/support/WidgetLookup.h"
#include "views/HistoryPanel.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

namespace {

const HistoryProfile Profile = HistoryProfile::from(QUrl(QStringLiteral("https://api.4me.com/v1")),
                                                    QStringLiteral("wdc"));

WebhookList webhooks(qint64 count)
{
    WebhookList list;
    for (qint64 id = 1; id <= count; ++id) {
        Webhook hook;
        hook.id = id;
        hook.name = QStringLiteral("Hook %1").arg(id);
        hook.event = QStringLiteral("request.create");
        hook.uri = QStringLiteral("https://example.com/%1").arg(id);
        list.append(hook);
    }
    return list;
}

} // namespace

class tst_HistoryPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsSnapshotsWithCounts();
    void showsAndExportsTheDifference();
    void forgetsTheProfilesHistoryAfterConfirmation();
    void retentionIsStoredInTheSettings();

private:
    void showPanel();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<HistoryRecorder> m_recorder;
    std::unique_ptr<HistoryPanel> m_panel;
    HistorySnapshotList m_recorded; // oldest first
};

void tst_HistoryPanel::init()
{
    hb::test::failOnUnexpectedWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString file = m_dir->filePath(QStringLiteral("history.sqlite"));
    {
        // Three snapshots: 5 webhooks; then #2 renamed and #5 removed; then #6 created.
        HistoryStore store(file);
        QVERIFY(store.open());
        WebhookList list = webhooks(5);
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-2);
        m_recorded.clear();
        m_recorded.append(*store.record(Profile, list, HistoryStore::Listing::Complete, start));
        list[1].name = QStringLiteral("Renamed");
        list.removeLast();
        m_recorded.append(
                *store.record(Profile, list, HistoryStore::Listing::Complete, start.addDays(1)));
        list.append(webhooks(6).constLast());
        m_recorded.append(
                *store.record(Profile, list, HistoryStore::Listing::Complete, start.addDays(2)));
    }
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("hookbench.ini")),
                                             QSettings::IniFormat);
    m_recorder = std::make_unique<HistoryRecorder>(file);
    m_recorder->open();
    m_panel = std::make_unique<HistoryPanel>(m_recorder.get(), m_settings.get());
}

void tst_HistoryPanel::cleanup()
{
    m_panel.reset();
    m_recorder.reset();
    m_settings.reset();
    m_dir.reset();
}

void tst_HistoryPanel::showPanel()
{
    QSignalSpy shown(m_panel.get(), &HistoryPanel::snapshotsShown);
    m_panel->setProfile(Profile);
    m_panel->show();
    QVERIFY(shown.wait(5000));
}

void tst_HistoryPanel::listsSnapshotsWithCounts()
{
    showPanel();
    if (QTest::currentTestFailed())
        return;
    HB_FIND_WIDGET(QTreeWidget, list, m_panel.get(), "snapshotList");
    QCOMPARE(list->topLevelItemCount(), 3);
    // Newest first, with +created ~changed −removed.
    const QTreeWidgetItem *newest = list->topLevelItem(0);
    QCOMPARE(newest->text(0), QString::number(m_recorded.at(2).id));
    QCOMPARE(newest->text(2), QStringLiteral("5"));
    QCOMPARE(newest->text(3), QStringLiteral("+1"));
    const QTreeWidgetItem *middle = list->topLevelItem(1);
    QCOMPARE(middle->text(4), QStringLiteral("~1"));
    QCOMPARE(middle->text(5), QStringLiteral("−1"));
    QCOMPARE(list->topLevelItem(2)->text(3), QStringLiteral("+5"));
}

void tst_HistoryPanel::showsAndExportsTheDifference()
{
    showPanel();
    if (QTest::currentTestFailed())
        return;
    HB_FIND_WIDGET(QPushButton, exportButton, m_panel.get(), "exportDifferenceButton");
    QVERIFY(!exportButton->isEnabled());

    // The first and the last snapshot: #6 created, #2 changed, #5 removed.
    QSignalSpy shown(m_panel.get(), &HistoryPanel::differenceShown);
    m_panel->selectSnapshots({m_recorded.at(0).id, m_recorded.at(2).id});
    QVERIFY(shown.wait(5000));
    HB_FIND_WIDGET(QTreeWidget, tree, m_panel.get(), "differenceTree");
    QCOMPARE(tree->topLevelItemCount(), 3);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Created"));
    QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("6"));
    const QTreeWidgetItem *changed = tree->topLevelItem(1);
    QCOMPARE(changed->text(0), QStringLiteral("Changed"));
    QCOMPARE(changed->childCount(), 1);
    QCOMPARE(changed->child(0)->text(2), QStringLiteral("name"));
    QCOMPARE(changed->child(0)->text(3), QStringLiteral("\"Hook 2\" → \"Renamed\""));
    QCOMPARE(tree->topLevelItem(2)->text(0), QStringLiteral("Removed"));
    HB_FIND_WIDGET(QLabel, summary, m_panel.get(), "differenceSummary");
    QVERIFY2(summary->text().contains(QStringLiteral("1 created, 1 changed, 1 removed")),
             qPrintable(summary->text()));
    QVERIFY(exportButton->isEnabled());

    const QString file = m_dir->filePath(QStringLiteral("out/changes.csv"));
    QString error;
    QVERIFY2(m_panel->exportDifference(file, &error), qPrintable(error));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = CsvReader::read(written.readAll());
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(2),
             (QStringList{QStringLiteral("changed"), QStringLiteral("2"), QStringLiteral("Renamed"),
                          QStringLiteral("request.create"), QStringLiteral("name"),
                          QStringLiteral("Hook 2"), QStringLiteral("Renamed")}));

    // One snapshot: the difference from the one before it.
    m_panel->selectSnapshots({m_recorded.at(1).id});
    QVERIFY(shown.wait(5000));
    QCOMPARE(tree->topLevelItemCount(), 2); // #2 changed, #5 removed
}

void tst_HistoryPanel::forgetsTheProfilesHistoryAfterConfirmation()
{
    showPanel();
    if (QTest::currentTestFailed())
        return;
    HB_FIND_WIDGET(QPushButton, forget, m_panel.get(), "forgetHistoryButton");
    QVERIFY(forget->isEnabled());
    QTest::mouseClick(forget, Qt::LeftButton);
    HB_FIND_WIDGET(QMessageBox, confirmation, m_panel.get(), "forgetHistoryConfirmation");
    QVERIFY(confirmation->isVisible());
    HB_FIND_WIDGET(QPushButton, confirm, confirmation, "forgetHistoryConfirmButton");
    QSignalSpy forgotten(m_panel.get(), &HistoryPanel::historyForgotten);
    QSignalSpy shown(m_panel.get(), &HistoryPanel::snapshotsShown);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(forgotten.wait(5000));
    QTRY_COMPARE(shown.size(), 1);
    HB_FIND_WIDGET(QTreeWidget, list, m_panel.get(), "snapshotList");
    QCOMPARE(list->topLevelItemCount(), 0);
    QVERIFY(!forget->isEnabled());
}

void tst_HistoryPanel::retentionIsStoredInTheSettings()
{
    QCOMPARE(HistoryPanel::retentionDays(m_settings.get()), HistoryStore::DefaultRetentionDays);
    HB_FIND_WIDGET(QSpinBox, retention, m_panel.get(), "retentionSpin");
    QCOMPARE(retention->value(), 180);
    retention->setValue(30);
    QCOMPARE(m_settings->value(QStringLiteral("history/retentionDays")).toInt(), 30);
    QCOMPARE(HistoryPanel::retentionDays(m_settings.get()), 30);
    // A new panel starts from the setting.
    HistoryPanel other(m_recorder.get(), m_settings.get());
    HB_FIND_WIDGET(QSpinBox, otherRetention, &other, "retentionSpin");
    QCOMPARE(otherRetention->value(), 30);
}

QTEST_MAIN(tst_HistoryPanel)
#include "tst_HistoryPanel.moc"
