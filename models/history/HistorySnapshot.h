#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>

// One recorded complete listing of a profile: when it was taken and how it differed from the
// snapshot before it (the first snapshot of a profile counts every webhook as created).
// Threading: a value type, safe to copy across threads.
struct HistorySnapshot
{
    qint64 id = 0; // 0: no snapshot
    QDateTime takenAt; // UTC, millisecond precision
    qint64 total = 0; // webhooks in the listing
    qint64 created = 0;
    qint64 changed = 0;
    qint64 removed = 0;

    bool isValid() const { return id > 0; }
    bool hasChanges() const { return created + changed + removed > 0; }

    friend bool operator==(const HistorySnapshot &, const HistorySnapshot &) = default;
};

Q_DECLARE_METATYPE(HistorySnapshot)

using HistorySnapshotList = QList<HistorySnapshot>;
