#pragma once

#include "models/history/HistoryDiff.h"
#include "models/history/HistoryProfile.h"
#include "models/history/HistorySnapshot.h"

#include <QDialog>

class HistoryRecorder;
class QLabel;
class QPushButton;
class QSettings;
class QSpinBox;
class QTreeWidget;

// The History panel: the profile's snapshots with their counts (+created ~changed −removed),
// the difference between two selected snapshots (or one and the snapshot before it) per
// webhook and field, "Export Difference…" to CSV, "Forget This Profile's History…" (after a
// confirmation) and how many days snapshots are kept (stored in the settings).
//
// Non-modal. The recorder and the settings are not owned and must outlive the panel.
class HistoryPanel final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    HistoryPanel(HistoryRecorder *recorder, QSettings *settings, QWidget *parent = nullptr);
    ~HistoryPanel() override;

    // The retention in the settings (days, HistoryStore::DefaultRetentionDays when unset).
    static int retentionDays(const QSettings *settings);

    // Shows the history of `profile` (reads its snapshots again).
    void setProfile(const HistoryProfile &profile);
    HistoryProfile profile() const { return m_profile; }
    void reload();
    // The snapshots listed, newest first.
    HistorySnapshotList snapshots() const { return m_snapshots; }
    // Selects the snapshots with these ids (one or two): the difference follows.
    void selectSnapshots(const QList<qint64> &ids);
    const HistoryDiff &difference() const { return m_diff; }
    bool hasDifference() const { return m_diffFrom > 0; }
    // Writes the difference shown as CSV; false and *error when it could not be written.
    bool exportDifference(const QString &fileName, QString *error);

Q_SIGNALS:
    void snapshotsShown();
    void differenceShown();
    // The profile's history was deleted.
    void historyForgotten(const HistoryProfile &profile);

private:
    void showSnapshots(const HistoryProfile &profile, const HistorySnapshotList &snapshots);
    void onSelectionChanged();
    void showDifference(const HistoryProfile &profile, qint64 fromId, qint64 toId,
                        const HistoryDiff &diff);
    void chooseExportFile();
    void confirmForget();
    QString snapshotText(qint64 id) const;
    void updateButtons();

    HistoryRecorder *m_recorder;
    QSettings *m_settings;
    HistoryProfile m_profile;
    HistorySnapshotList m_snapshots;
    HistoryDiff m_diff;
    qint64 m_diffFrom = 0; // the difference shown (0: none)
    qint64 m_diffTo = 0;
    qint64 m_wantedFrom = 0; // the difference asked for
    qint64 m_wantedTo = 0;
    QLabel *m_profileLabel;
    QTreeWidget *m_snapshotList;
    QLabel *m_summary;
    QTreeWidget *m_diffTree;
    QPushButton *m_export;
    QPushButton *m_forget;
    QSpinBox *m_retention;
};
