// WebhookTableModel, part two: removing rows. Scattered rows go one contiguous run at a time,
// or, when there are many runs, are first moved together and go as one block; the id index is
// then rebuilt. Everything else is in WebhookTableModel.cpp.
#include "models/WebhookTableModel.h"

#include <algorithm>

namespace {

// Runs of removed rows above which scattered rows are first moved together.
constexpr qsizetype MaxRemovalRuns = 8;

} // namespace

void WebhookTableModel::removeRowList(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    invalidateRanks();
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : std::as_const(rows)) {
        m_rowById.remove(m_rows.at(row).id);
        m_disabledCount -= int(m_rows.at(row).disabled);
    }
    qsizetype runs = 1;
    for (qsizetype i = 1; i < rows.size(); ++i)
        runs += rows.at(i) != rows.at(i - 1) + 1 ? 1 : 0;
    if (runs <= MaxRemovalRuns)
        removeRunByRun(rows);
    else
        removeByCompacting(rows);
    rebuildIndex(rows.constFirst());
}

// Few runs: one removal a contiguous run, from the last to the first, so that the row
// numbers of the runs still to go stay valid.
void WebhookTableModel::removeRunByRun(const QList<int> &rows)
{
    qsizetype runEnd = rows.size(); // runs are [runStart, runEnd) in `rows`
    while (runEnd > 0) {
        qsizetype runStart = runEnd - 1;
        while (runStart > 0 && rows.at(runStart - 1) == rows.at(runStart) - 1)
            --runStart;
        const int first = rows.at(runStart);
        const int last = rows.at(runEnd - 1);
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        runEnd = runStart;
    }
}

// Many runs (each removal costs every view and proxy a pass over all rows): move the doomed
// rows behind the others in one layout change, keeping persistent indexes, then remove them
// as one block.
void WebhookTableModel::removeByCompacting(const QList<int> &rows)
{
    const int total = int(m_rows.size());
    const int kept = total - int(rows.size());
    QList<int> newRowOf(total);
    {
        int nextKept = 0;
        int nextDoomed = kept;
        qsizetype doomedIndex = 0;
        for (int row = 0; row < total; ++row) {
            const bool doomed = doomedIndex < rows.size() && rows.at(doomedIndex) == row;
            if (doomed)
                ++doomedIndex;
            newRowOf[row] = doomed ? nextDoomed++ : nextKept++;
        }
    }

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    QList<Row> reordered(total);
    for (int row = 0; row < total; ++row)
        reordered[newRowOf.at(row)] = std::move(m_rows[row]);
    m_rows = std::move(reordered);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from)
        to.append(index.isValid() ? createIndex(newRowOf.at(index.row()), index.column())
                                  : QModelIndex());
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);

    beginRemoveRows({}, kept, total - 1);
    m_rows.resize(kept);
    endRemoveRows();
}

void WebhookTableModel::rebuildIndex(int fromRow)
{
    for (int row = fromRow; row < m_rows.size(); ++row)
        m_rowById[m_rows.at(row).id] = row;
}
