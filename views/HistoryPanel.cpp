#include "views/HistoryPanel.h"

#include "models/JsonKeys.h"
#include "models/history/HistoryDiffText.h"
#include "models/history/HistoryRecorder.h"
#include "views/Icons.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
const auto RetentionKey = QStringLiteral("history/retentionDays");
constexpr int MaximumRetentionDays = 3650;

QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

HistoryPanel::HistoryPanel(HistoryRecorder *recorder, QSettings *settings, QWidget *parent)
    : QDialog(parent), m_recorder(recorder), m_settings(settings)
{
    setObjectName(QStringLiteral("historyPanel"));
    setWindowTitle(tr("History"));
    setWindowIcon(Icons::application());

    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("historyProfileLabel"));
    m_profileLabel->setTextFormat(Qt::PlainText);

    m_snapshotList = new QTreeWidget(this);
    m_snapshotList->setObjectName(QStringLiteral("snapshotList"));
    m_snapshotList->setRootIsDecorated(false);
    m_snapshotList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_snapshotList->setHeaderLabels({tr("Snapshot"), tr("Taken"), tr("Webhooks"), tr("Created"),
                                     tr("Changed"), tr("Removed")});
    m_snapshotList->header()->setStretchLastSection(false);
    m_snapshotList->setToolTip(tr("Select one snapshot to see what changed since the one before "
                                  "it, or two to compare them"));
    auto *snapshotsCaption = new QLabel(tr("&Snapshots:"), this);
    snapshotsCaption->setBuddy(m_snapshotList);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("differenceSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_diffTree = new QTreeWidget(this);
    m_diffTree->setObjectName(QStringLiteral("differenceTree"));
    m_diffTree->setHeaderLabels({tr("Change"), tr("ID"), tr("Webhook or field"), tr("Details")});
    m_diffTree->header()->setStretchLastSection(true);
    auto *differenceCaption = new QLabel(tr("&Difference:"), this);
    differenceCaption->setBuddy(m_diffTree);

    m_retention = new QSpinBox(this);
    m_retention->setObjectName(QStringLiteral("retentionSpin"));
    m_retention->setRange(1, MaximumRetentionDays);
    m_retention->setSuffix(tr(" days"));
    m_retention->setValue(retentionDays(settings));
    m_retention->setToolTip(tr("Older snapshots are deleted when the next one is recorded; the "
                               "newest one is always kept"));
    auto *retentionCaption = new QLabel(tr("&Keep snapshots for:"), this);
    retentionCaption->setBuddy(m_retention);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("E&xport Difference…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportDifferenceButton"));
    m_export->setIcon(Icons::action(QStringLiteral("document-save-as")));
    m_forget = buttons->addButton(tr("&Forget This Profile’s History…"),
                                  QDialogButtonBox::ActionRole);
    m_forget->setObjectName(QStringLiteral("forgetHistoryButton"));
    m_forget->setIcon(Icons::action(QStringLiteral("edit-delete")));

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(snapshotsCaption);
    topLayout->addWidget(m_snapshotList);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(differenceCaption);
    bottomLayout->addWidget(m_summary);
    bottomLayout->addWidget(m_diffTree);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);

    auto *retentionRow = new QHBoxLayout;
    retentionRow->addWidget(retentionCaption);
    retentionRow->addWidget(m_retention);
    retentionRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_profileLabel);
    layout->addWidget(splitter, 1);
    layout->addLayout(retentionRow);
    layout->addWidget(buttons);

    setTabOrder(m_snapshotList, m_diffTree);
    setTabOrder(m_diffTree, m_retention);

    connect(buttons, &QDialogButtonBox::rejected, this, &HistoryPanel::reject);
    connect(m_export, &QPushButton::clicked, this, &HistoryPanel::chooseExportFile);
    connect(m_forget, &QPushButton::clicked, this, &HistoryPanel::confirmForget);
    connect(m_retention, &QSpinBox::valueChanged, this, [this](int days) {
        m_settings->setValue(RetentionKey, days);
        m_recorder->setRetentionDays(days);
    });
    connect(m_snapshotList, &QTreeWidget::itemSelectionChanged, this,
            &HistoryPanel::onSelectionChanged);
    connect(recorder, &HistoryRecorder::snapshotsLoaded, this, &HistoryPanel::showSnapshots);
    connect(recorder, &HistoryRecorder::diffLoaded, this, &HistoryPanel::showDifference);
    connect(recorder, &HistoryRecorder::forgotten, this, [this](const HistoryProfile &profile) {
        if (profile != m_profile)
            return;
        reload();
        Q_EMIT historyForgotten(profile);
    });
    resize(760, 560);
    updateButtons();
}

HistoryPanel::~HistoryPanel() = default;

int HistoryPanel::retentionDays(const QSettings *settings)
{
    const int days = settings->value(RetentionKey, HistoryStore::DefaultRetentionDays).toInt();
    return days >= 1 && days <= MaximumRetentionDays ? days : HistoryStore::DefaultRetentionDays;
}

void HistoryPanel::setProfile(const HistoryProfile &profile)
{
    m_profile = profile;
    m_profileLabel->setText(profile.isValid() ? tr("Snapshots of %1").arg(profile.displayName())
                                              : tr("No history is kept for this connection."));
    reload();
}

void HistoryPanel::reload()
{
    m_snapshots.clear();
    m_snapshotList->clear();
    m_diffTree->clear();
    m_diff = {};
    m_diffFrom = m_diffTo = m_wantedFrom = m_wantedTo = 0;
    m_summary->setText(tr("Select a snapshot."));
    updateButtons();
    if (m_profile.isValid())
        m_recorder->loadSnapshots(m_profile);
}

void HistoryPanel::showSnapshots(const HistoryProfile &profile,
                                 const HistorySnapshotList &snapshots)
{
    if (profile != m_profile)
        return;
    m_snapshots.clear();
    m_snapshotList->clear();
    for (auto it = snapshots.crbegin(); it != snapshots.crend(); ++it) {
        const HistorySnapshot &snapshot = *it;
        m_snapshots.append(snapshot);
        auto *item = new QTreeWidgetItem(
                m_snapshotList,
                {QString::number(snapshot.id), timeText(snapshot.takenAt),
                 QString::number(snapshot.total), tr("+%1").arg(snapshot.created),
                 tr("~%1").arg(snapshot.changed), tr("−%1").arg(snapshot.removed)});
        item->setData(0, Qt::UserRole, snapshot.id);
        for (int column = 2; column < 6; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int column = 0; column < m_snapshotList->columnCount(); ++column)
        m_snapshotList->resizeColumnToContents(column);
    if (snapshots.isEmpty())
        m_summary->setText(tr("No snapshots: the history of this profile is empty."));
    updateButtons();
    Q_EMIT snapshotsShown();
}

void HistoryPanel::selectSnapshots(const QList<qint64> &ids)
{
    m_snapshotList->clearSelection();
    for (int i = 0; i < m_snapshotList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_snapshotList->topLevelItem(i);
        if (ids.contains(item->data(0, Qt::UserRole).toLongLong()))
            item->setSelected(true);
    }
}

void HistoryPanel::onSelectionChanged()
{
    QList<qint64> ids;
    for (const QTreeWidgetItem *item : m_snapshotList->selectedItems())
        ids.append(item->data(0, Qt::UserRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    qint64 from = 0;
    qint64 to = 0;
    if (ids.size() == 2) {
        from = ids.first();
        to = ids.last();
    } else if (ids.size() == 1) {
        // The snapshot before it (the list is newest first).
        to = ids.first();
        for (int i = 0; i + 1 < m_snapshots.size(); ++i) {
            if (m_snapshots.at(i).id == to)
                from = m_snapshots.at(i + 1).id;
        }
    }
    m_diffTree->clear();
    m_diff = {};
    m_diffFrom = m_diffTo = 0;
    m_wantedFrom = from;
    m_wantedTo = to;
    if (ids.size() > 2)
        m_summary->setText(tr("Select one snapshot, or two to compare."));
    else if (ids.size() == 1 && from == 0)
        m_summary->setText(tr("The first snapshot kept: nothing to compare it with."));
    else if (ids.isEmpty())
        m_summary->setText(tr("Select a snapshot."));
    else
        m_summary->setText(tr("Reading the difference…"));
    updateButtons();
    if (from > 0 && to > 0)
        m_recorder->loadDiff(m_profile, from, to);
}

QString HistoryPanel::snapshotText(qint64 id) const
{
    for (const HistorySnapshot &snapshot : m_snapshots) {
        if (snapshot.id == id)
            return tr("snapshot %1 (%2)").arg(id).arg(timeText(snapshot.takenAt));
    }
    return tr("snapshot %1").arg(id);
}

void HistoryPanel::showDifference(const HistoryProfile &profile, qint64 fromId, qint64 toId,
                                  const HistoryDiff &diff)
{
    if (profile != m_profile || fromId != m_wantedFrom || toId != m_wantedTo)
        return; // an older request
    m_diff = diff;
    m_diffFrom = fromId;
    m_diffTo = toId;
    m_diffTree->clear();
    const auto addWebhook = [this](const QString &change, const QJsonObject &webhook) {
        const QString name = webhook.value(JsonKeys::Name).toString();
        const QString event = webhook.value(JsonKeys::Event).toString();
        return new QTreeWidgetItem(m_diffTree,
                                   {change,
                                    QString::number(webhook.value(JsonKeys::Id).toInteger()),
                                    name.isEmpty() ? event : name, event});
    };
    for (const QJsonObject &webhook : diff.created())
        addWebhook(tr("Created"), webhook);
    for (const HistoryDiff::WebhookChange &change : diff.changed()) {
        QTreeWidgetItem *item = addWebhook(tr("Changed"), change.after);
        for (const HistoryDiff::FieldChange &field : change.fields) {
            const QString line = HistoryDiffText::fieldLine(field);
            // "field: old → new": the field in its column, the rest beside it.
            new QTreeWidgetItem(
                    item, {QString(), QString(), field.field, line.mid(field.field.size() + 2)});
        }
        item->setExpanded(true);
    }
    for (const QJsonObject &webhook : diff.removed())
        addWebhook(tr("Removed"), webhook);
    for (int column = 0; column < 3; ++column)
        m_diffTree->resizeColumnToContents(column);
    m_summary->setText(tr("From %1 to %2: %3 created, %4 changed, %5 removed.")
                               .arg(snapshotText(fromId), snapshotText(toId))
                               .arg(diff.created().size())
                               .arg(diff.changed().size())
                               .arg(diff.removed().size()));
    updateButtons();
    Q_EMIT differenceShown();
}

bool HistoryPanel::exportDifference(const QString &fileName, QString *error)
{
    if (!hasDifference()) {
        if (error)
            *error = tr("Select the snapshots to compare first.");
        return false;
    }
    return HistoryDiffText::writeCsv(fileName, m_diff, error);
}

void HistoryPanel::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
            QStringLiteral("changes-%1-%2.csv").arg(m_diffFrom).arg(m_diffTo));
    auto *dialog = new QFileDialog(this, tr("Export Difference"), suggested);
    dialog->setObjectName(QStringLiteral("exportDifferenceFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setNameFilters({tr("CSV files (*.csv)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        QString error;
        if (exportDifference(file, &error)) {
            m_summary->setText(
                    tr("The difference was written to %1.").arg(QDir::toNativeSeparators(file)));
            return;
        }
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Could Not Export"), error,
                                    QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("exportDifferenceError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setTextFormat(Qt::PlainText);
        box->open();
    });
    dialog->open();
}

void HistoryPanel::confirmForget()
{
    if (!m_profile.isValid())
        return;
    auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Forget This Profile’s History"),
            tr("Delete every snapshot of %1 from this computer? What changed before now can "
               "then no longer be shown. The webhooks themselves are not touched.")
                    .arg(m_profile.displayName()),
            QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("forgetHistoryConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    QPushButton *forget = box->addButton(tr("&Forget History"), QMessageBox::DestructiveRole);
    forget->setObjectName(QStringLiteral("forgetHistoryConfirmButton"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    const HistoryProfile profile = m_profile;
    connect(box, &QMessageBox::buttonClicked, this, [this, forget, profile](QAbstractButton *b) {
        if (b == forget)
            m_recorder->forgetProfile(profile);
    });
    box->open();
}

void HistoryPanel::updateButtons()
{
    m_export->setEnabled(hasDifference());
    m_forget->setEnabled(m_profile.isValid() && !m_snapshots.isEmpty());
}
