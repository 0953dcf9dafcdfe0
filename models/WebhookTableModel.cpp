// WebhookTableModel: the rows of a listing, stored compactly (see Row::blob below). Removing
// rows is in WebhookTableModelRemoval.cpp.
#include "models/WebhookTableModel.h"

#include "models/Logging.h"
#include "models/NaturalOrder.h"
#include "models/VerificationTracker.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cstring>
#include <limits>
#include <vector>

// Layout of Row::blob, one allocation a row:
//   varint keyLength, key (case-folded UTF-8; KeySegment pieces separated by '\n', the
//   description last), then for each Field: varint length, UTF-8 text.
// Varints are 7 bits a byte, low bits first, high bit set on every byte but the last.

namespace {

enum Field {
    NameField,
    EventField,
    UriField,
    DescriptionField,
    MailExceptionsToField,
    LastErrorField,
    CreatedAtField,
    UpdatedAtField,
    WebhookPolicyNameField,
    SourceField,
    SourceIdField,
    NodeIdField,
    AppOfferingReferencesField, // joined with ReferenceSeparator
    FieldCount
};

constexpr int TextFieldCount = AppOfferingReferencesField;
constexpr QChar ReferenceSeparator = u'\x1f'; // the ASCII unit separator

// The Webhook member that each text Field stores, in Field order.
constexpr QString Webhook::*TextFields[TextFieldCount] = {
        &Webhook::name,
        &Webhook::event,
        &Webhook::uri,
        &Webhook::description,
        &Webhook::mailExceptionsTo,
        &Webhook::lastError,
        &Webhook::createdAt,
        &Webhook::updatedAt,
        &Webhook::webhookPolicyName,
        &Webhook::source,
        &Webhook::sourceId,
        &Webhook::nodeId,
};

// The pieces of the search key: one a column, in column order, then the description.
constexpr int DescriptionSegment = WebhookTableModel::ColumnCount;

constexpr qint64 InvalidTime = std::numeric_limits<qint64>::min();

void appendVarint(QByteArray &out, quint32 value)
{
    while (value >= 0x80) {
        out.append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

quint32 readVarint(const char *&p)
{
    quint32 value = 0;
    int shift = 0;
    while (true) {
        const auto byte = static_cast<unsigned char>(*p++);
        value |= quint32(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return value;
        shift += 7;
    }
}

QByteArrayView keyOf(const QByteArray &blob)
{
    const char *p = blob.constData();
    const quint32 length = readVarint(p);
    return QByteArrayView(p, length);
}

QByteArrayView fieldOf(const QByteArray &blob, Field field)
{
    const char *p = blob.constData();
    p += readVarint(p); // the key
    for (int i = 0; i < field; ++i)
        p += readVarint(p);
    const quint32 length = readVarint(p);
    return QByteArrayView(p, length);
}

QString fieldText(const QByteArray &blob, Field field)
{
    const QByteArrayView utf8 = fieldOf(blob, field);
    return utf8.isEmpty() ? QString() : QString::fromUtf8(utf8);
}

QByteArrayView keySegment(const QByteArray &blob, int segment)
{
    const QByteArrayView key = keyOf(blob);
    const char *begin = key.data();
    const char *end = key.data() + key.size();
    for (int i = 0; i < segment; ++i) {
        const auto *newline = static_cast<const char *>(std::memchr(begin, '\n', end - begin));
        if (!newline)
            return {};
        begin = newline + 1;
    }
    if (segment == DescriptionSegment)
        return QByteArrayView(begin, end - begin);
    const auto *newline = static_cast<const char *>(std::memchr(begin, '\n', end - begin));
    return QByteArrayView(begin, (newline ? newline : end) - begin);
}

// Text in natural order (see NaturalOrder).
int compareBytes(QByteArrayView left, QByteArrayView right)
{
    return NaturalOrder::compare(left, right);
}

qint64 parseMsecs(const QString &text)
{
    const QDateTime time = Webhook::parseTimestamp(text);
    return time.isValid() ? time.toMSecsSinceEpoch() : InvalidTime;
}

QString shownTime(const QString &serverText, qint64 msecs)
{
    if (msecs == InvalidTime)
        return serverText;
    return WebhookTableModel::timeText(QDateTime::fromMSecsSinceEpoch(msecs));
}

// A table cell shows one line.
QString oneLine(const QString &text)
{
    if (!text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString line = text;
    line.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    line.replace(u'\n', u' ');
    line.replace(u'\r', u' ');
    return line;
}

// The Policy column: the policy's name, else its id; empty without a policy.
QString policyText(qint64 policyId, const QString &name)
{
    if (policyId == 0)
        return {};
    return name.isEmpty() ? QString::number(policyId) : oneLine(name);
}

// QToolTip renders rich text when it sees a tag: escape server text and mark it as rich
// text, so that it always appears literally, line breaks kept.
QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
}

} // namespace

WebhookTableModel::WebhookTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_enabledText(tr("Enabled")), m_disabledText(tr("Disabled"))
{ }

WebhookTableModel::~WebhookTableModel() = default;

int WebhookTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WebhookTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant WebhookTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::ToolTipRole:
        return tooltip(row, column);
    case Qt::TextAlignmentRole:
        if (column == IdColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortKey(row, column);
    case WebhookRole:
        return QVariant::fromValue(webhookAt(row));
    case IdRole:
        return m_rows.at(row).id;
    case DisabledRole:
        return m_rows.at(row).disabled;
    case FilterTextRole:
        return QString::fromUtf8(filterKey(row));
    case HasErrorRole:
        return !fieldOf(m_rows.at(row).blob, LastErrorField).isEmpty();
    case StateRole:
        return int(stateAt(row));
    case WebhookPolicyIdRole:
        return m_rows.at(row).webhookPolicyId;
    case ChangeRole:
        return int(changeMarkAt(row));
    default:
        return {};
    }
}

QVariant WebhookTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case IdColumn:
        return tr("ID");
    case NameColumn:
        return tr("Name");
    case EventColumn:
        return tr("Event");
    case UriColumn:
        return tr("URI");
    case StateColumn:
        return tr("State");
    case MailExceptionsToColumn:
        return tr("Mail exceptions to");
    case LastErrorColumn:
        return tr("Last error");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    case PolicyColumn:
        return tr("Policy");
    case ColumnCount:
        break;
    }
    return {};
}

QString WebhookTableModel::displayText(int row, int column) const
{
    const Row &stored = m_rows.at(row);
    switch (static_cast<Column>(column)) {
    case IdColumn:
        return QString::number(stored.id);
    case NameColumn: {
        const QString name = fieldText(stored.blob, NameField);
        return oneLine(name.isEmpty() ? fieldText(stored.blob, EventField) : name);
    }
    case EventColumn:
        return oneLine(fieldText(stored.blob, EventField));
    case UriColumn:
        return oneLine(fieldText(stored.blob, UriField));
    case StateColumn:
        if (stateAt(row) == State::AwaitingVerification)
            return tr("Awaiting verification");
        return stored.disabled ? m_disabledText : m_enabledText;
    case MailExceptionsToColumn:
        return oneLine(fieldText(stored.blob, MailExceptionsToField));
    case LastErrorColumn:
        return oneLine(fieldText(stored.blob, LastErrorField));
    case CreatedColumn:
        return shownTime(fieldText(stored.blob, CreatedAtField), stored.createdMsecs);
    case UpdatedColumn:
        return shownTime(fieldText(stored.blob, UpdatedAtField), stored.updatedMsecs);
    case PolicyColumn:
        return policyText(stored.webhookPolicyId, fieldText(stored.blob, WebhookPolicyNameField));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant WebhookTableModel::sortKey(int row, int column) const
{
    const Row &stored = m_rows.at(row);
    switch (column) {
    case IdColumn:
        return stored.id;
    case CreatedColumn:
    case UpdatedColumn: {
        const qint64 msecs = column == CreatedColumn ? stored.createdMsecs : stored.updatedMsecs;
        return msecs == InvalidTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    }
    default:
        return QString::fromUtf8(keySegment(stored.blob, column));
    }
}

QString WebhookTableModel::timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

int WebhookTableModel::compareSortTexts(const QString &left, const QString &right)
{
    return compareBytes(left.toUtf8(), right.toUtf8());
}

int WebhookTableModel::compareRows(int leftRow, int rightRow, int column) const
{
    const Row &left = m_rows.at(leftRow);
    const Row &right = m_rows.at(rightRow);
    auto compareNumbers = [](qint64 a, qint64 b) {
        return a < b ? -1 : (a > b ? 1 : 0);
    };
    switch (column) {
    case IdColumn:
        return compareNumbers(left.id, right.id);
    case CreatedColumn:
        return compareNumbers(left.createdMsecs, right.createdMsecs);
    case UpdatedColumn:
        return compareNumbers(left.updatedMsecs, right.updatedMsecs);
    default:
        if (column == m_rankColumn)
            return compareNumbers(m_ranks.at(leftRow), m_ranks.at(rightRow));
        return compareBytes(keySegment(left.blob, column), keySegment(right.blob, column));
    }
}

void WebhookTableModel::prepareToCompare(int column) const
{
    if (column == m_rankColumn || column == IdColumn || column == CreatedColumn
        || column == UpdatedColumn || column < 0 || column >= ColumnCount)
        return;
    // Copy the column's text together, so that sorting touches one compact block instead of
    // every row's own allocation.
    struct Entry
    {
        qsizetype offset;
        qsizetype length;
        int row;
    };
    QByteArray arena;
    std::vector<Entry> entries;
    entries.reserve(size_t(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const QByteArrayView text = keySegment(m_rows.at(row).blob, column);
        entries.push_back({arena.size(), text.size(), row});
        arena.append(text.data(), text.size());
    }
    auto textOf = [&arena](const Entry &entry) {
        return QByteArrayView(arena.constData() + entry.offset, entry.length);
    };
    std::sort(entries.begin(), entries.end(), [&textOf](const Entry &a, const Entry &b) {
        return compareBytes(textOf(a), textOf(b)) < 0;
    });
    m_ranks.resize(m_rows.size());
    int rank = 0;
    for (size_t i = 0; i < entries.size(); ++i) {
        if (i > 0 && compareBytes(textOf(entries[i - 1]), textOf(entries[i])) != 0)
            ++rank;
        m_ranks[entries[i].row] = rank;
    }
    m_rankColumn = column;
}

bool WebhookTableModel::rankInOrder(int column, const QList<int> &rowsInOrder) const
{
    if (column == m_rankColumn)
        return true;
    if (column == IdColumn || column == CreatedColumn || column == UpdatedColumn || column < 0
        || column >= ColumnCount || rowsInOrder.size() != m_rows.size())
        return false;
    QList<int> ranks(m_rows.size(), -1);
    int rank = 0;
    QByteArrayView previous;
    for (qsizetype i = 0; i < rowsInOrder.size(); ++i) {
        const int row = rowsInOrder.at(i);
        if (row < 0 || row >= m_rows.size() || ranks.at(row) >= 0)
            return false; // not every row once
        const QByteArrayView text = keySegment(m_rows.at(row).blob, column);
        if (i > 0) {
            const int order = compareBytes(previous, text);
            if (order > 0)
                return false; // not in order
            if (order < 0)
                ++rank;
        }
        ranks[row] = rank;
        previous = text;
    }
    m_ranks = std::move(ranks);
    m_rankColumn = column;
    return true;
}

void WebhookTableModel::invalidateRanks()
{
    m_rankColumn = -1;
    m_ranks = {};
}

QString WebhookTableModel::tooltip(int row, int column) const
{
    const Row &stored = m_rows.at(row);
    switch (column) {
    case NameColumn: {
        const QString description = fieldText(stored.blob, DescriptionField);
        return plainToolTip(description.isEmpty() ? displayText(row, column) : description);
    }
    case UriColumn:
        return plainToolTip(fieldText(stored.blob, UriField));
    case StateColumn: {
        const QString lastError = fieldText(stored.blob, LastErrorField);
        switch (stateAt(row)) {
        case State::AwaitingVerification: {
            const QDateTime expiry = m_verification->expiresAt(stored.id);
            const QString when = timeText(expiry);
            return plainToolTip(
                    expiry <= QDateTime::currentDateTimeUtc()
                            ? tr("Awaiting verification: the code sent to the URI expired at "
                                 "%1. Save the webhook again to have a fresh code sent.")
                                      .arg(when)
                            : tr("Awaiting verification: the service sent a webhook.verify "
                                 "message to the URI and delivers nothing else until its "
                                 "callback is called (before %1).")
                                      .arg(when));
        }
        case State::DisabledAfterFailures:
            return plainToolTip(tr("Most likely disabled by the service after repeated failed "
                                   "deliveries. Last error: %1\nFix the receiver, test the "
                                   "webhook, then enable it again.")
                                        .arg(lastError));
        case State::Enabled:
        case State::Disabled:
            break;
        }
        return lastError.isEmpty() ? QString() : plainToolTip(tr("Last error: %1").arg(lastError));
    }
    case MailExceptionsToColumn:
        return plainToolTip(fieldText(stored.blob, MailExceptionsToField));
    case LastErrorColumn:
        return plainToolTip(fieldText(stored.blob, LastErrorField));
    case CreatedColumn:
        return plainToolTip(fieldText(stored.blob, CreatedAtField));
    case UpdatedColumn:
        return plainToolTip(fieldText(stored.blob, UpdatedAtField));
    default:
        return {};
    }
}

QByteArrayView WebhookTableModel::filterKey(int row) const
{
    return keyOf(m_rows.at(row).blob);
}

QByteArray WebhookTableModel::foldForSearch(const QString &text)
{
    return text.toCaseFolded().toUtf8();
}

bool WebhookTableModel::isDisabledAt(int row) const
{
    return m_rows.at(row).disabled;
}

bool WebhookTableModel::hasErrorAt(int row) const
{
    return !fieldOf(m_rows.at(row).blob, LastErrorField).isEmpty();
}

int WebhookTableModel::errorCount() const
{
    int count = 0;
    for (const Row &row : m_rows)
        count += fieldOf(row.blob, LastErrorField).isEmpty() ? 0 : 1;
    return count;
}

WebhookTableModel::State WebhookTableModel::stateAt(int row) const
{
    const Row &stored = m_rows.at(row);
    if (m_verification && m_verification->isAwaiting(stored.id))
        return State::AwaitingVerification;
    if (!stored.disabled)
        return State::Enabled;
    return fieldOf(stored.blob, LastErrorField).isEmpty() ? State::Disabled
                                                          : State::DisabledAfterFailures;
}

void WebhookTableModel::setVerificationTracker(const VerificationTracker *tracker)
{
    if (m_verification)
        disconnect(m_verification, nullptr, this, nullptr);
    m_verification = tracker;
    if (tracker) {
        connect(tracker, &VerificationTracker::changed, this, [this](qint64 id) {
            const int row = rowOf(id);
            if (row >= 0)
                Q_EMIT dataChanged(index(row, StateColumn), index(row, StateColumn));
        });
        connect(tracker, &QObject::destroyed, this, [this] { m_verification = nullptr; });
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, StateColumn), index(int(m_rows.size()) - 1, StateColumn));
}

QString WebhookTableModel::eventAt(int row) const
{
    return fieldText(m_rows.at(row).blob, EventField);
}

WebhookTableModel::Row WebhookTableModel::makeRow(const Webhook &webhook) const
{
    Row row;
    row.id = webhook.id;
    row.disabled = webhook.disabled;
    row.openIdConnectDiscovery = webhook.openIdConnectDiscovery;
    row.webhookPolicyId = webhook.webhookPolicyId;
    row.createdMsecs = parseMsecs(webhook.createdAt);
    row.updatedMsecs = webhook.updatedAt == webhook.createdAt ? row.createdMsecs
                                                              : parseMsecs(webhook.updatedAt);

    // The search key: what each column shows, except that times are searched as the server
    // wrote them (local time would cost a time zone lookup a row).
    auto timeKey = [](const QString &text) {
        QString key = oneLine(text);
        key.replace(u'T', u' ');
        return key;
    };
    const QString key = QString::number(webhook.id) + u'\n' + oneLine(webhook.displayName()) + u'\n'
            + oneLine(webhook.event) + u'\n' + oneLine(webhook.uri) + u'\n'
            + (webhook.disabled ? m_disabledText : m_enabledText) + u'\n'
            + oneLine(webhook.mailExceptionsTo) + u'\n' + oneLine(webhook.lastError) + u'\n'
            + timeKey(webhook.createdAt) + u'\n' + timeKey(webhook.updatedAt) + u'\n'
            + policyText(webhook.webhookPolicyId, webhook.webhookPolicyName) + u'\n'
            + webhook.description;
    const QByteArray keyUtf8 = foldForSearch(key);

    QByteArray fieldBytes[FieldCount];
    qsizetype size = keyUtf8.size() + 5;
    for (int i = 0; i < TextFieldCount; ++i)
        fieldBytes[i] = (webhook.*TextFields[i]).toUtf8();
    fieldBytes[AppOfferingReferencesField]
            = webhook.appOfferingReferences.join(ReferenceSeparator).toUtf8();
    for (const QByteArray &bytes : fieldBytes)
        size += bytes.size() + 5;
    row.blob.reserve(size);
    appendVarint(row.blob, quint32(keyUtf8.size()));
    row.blob.append(keyUtf8);
    for (const QByteArray &bytes : fieldBytes) {
        appendVarint(row.blob, quint32(bytes.size()));
        row.blob.append(bytes);
    }
    row.blob.squeeze();
    return row;
}

Webhook WebhookTableModel::toWebhook(const Row &row) const
{
    Webhook webhook;
    webhook.id = row.id;
    webhook.disabled = row.disabled;
    webhook.webhookPolicyId = row.webhookPolicyId;
    webhook.openIdConnectDiscovery = row.openIdConnectDiscovery;
    for (int i = 0; i < TextFieldCount; ++i)
        webhook.*TextFields[i] = fieldText(row.blob, static_cast<Field>(i));
    const QString references = fieldText(row.blob, AppOfferingReferencesField);
    if (!references.isEmpty())
        webhook.appOfferingReferences = references.split(ReferenceSeparator);
    return webhook;
}

void WebhookTableModel::upsert(const WebhookList &webhooks)
{
    const int oldTotal = int(m_rows.size());
    const int oldDisabled = m_disabledCount;
    upsertRows(webhooks);
    updateCounts(oldTotal, oldDisabled);
}

void WebhookTableModel::upsertRows(const WebhookList &webhooks)
{
    invalidateRanks();
    QList<int> changedRows;
    QList<Row> added;
    QHash<qint64, qsizetype> addedIndex;
    for (const Webhook &webhook : webhooks) {
        if (webhook.id <= 0) {
            qCWarning(lcModel) << "ignoring a webhook without an id";
            continue;
        }
        Row row = makeRow(webhook);
        const auto known = m_rowById.constFind(webhook.id);
        if (known != m_rowById.constEnd()) {
            Row &stored = m_rows[*known];
            if (stored == row)
                continue;
            m_disabledCount += int(row.disabled) - int(stored.disabled);
            stored = std::move(row);
            changedRows.append(*known);
            continue;
        }
        const auto pending = addedIndex.constFind(webhook.id);
        if (pending != addedIndex.constEnd()) { // twice in one batch: the later one wins
            added[*pending] = std::move(row);
            continue;
        }
        addedIndex.insert(webhook.id, added.size());
        added.append(std::move(row));
    }

    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(std::move(added));
        for (int row = first; row < m_rows.size(); ++row) {
            m_rowById.insert(m_rows.at(row).id, row);
            m_disabledCount += int(m_rows.at(row).disabled);
        }
        endInsertRows();
    }
    emitChangedRuns(std::move(changedRows));
}

void WebhookTableModel::replaceAll(const WebhookList &webhooks)
{
    QSet<qint64> ids;
    ids.reserve(webhooks.size());
    for (const Webhook &webhook : webhooks)
        ids.insert(webhook.id);
    const int oldTotal = int(m_rows.size());
    const int oldDisabled = m_disabledCount;
    retainRows(ids); // removing first leaves fewer rows to move
    upsertRows(webhooks);
    updateCounts(oldTotal, oldDisabled);
}

void WebhookTableModel::retainOnly(const QSet<qint64> &ids)
{
    const int oldTotal = int(m_rows.size());
    const int oldDisabled = m_disabledCount;
    retainRows(ids);
    updateCounts(oldTotal, oldDisabled);
}

void WebhookTableModel::retainRows(const QSet<qint64> &ids)
{
    QList<int> doomed;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!ids.contains(m_rows.at(row).id))
            doomed.append(row);
    }
    removeRowList(std::move(doomed));
    // The end of a listing: give back what growing page by page reserved.
    if (m_rows.capacity() > m_rows.size() + m_rows.size() / 8)
        m_rows.squeeze();
}

void WebhookTableModel::remove(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const int oldTotal = int(m_rows.size());
    const int oldDisabled = m_disabledCount;
    removeRowList({row});
    updateCounts(oldTotal, oldDisabled);
}

void WebhookTableModel::setChangeMarks(const QHash<qint64, ChangeMark> &marks,
                                       const QHash<qint64, QStringList> &fieldChanges)
{
    if (marks == m_changeMarks && fieldChanges == m_fieldChanges)
        return;
    m_changeMarks = marks;
    m_changeMarks.removeIf([](const auto &entry) { return entry.value() == ChangeMark::None; });
    m_fieldChanges = fieldChanges;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {ChangeRole});
}

WebhookTableModel::ChangeMark WebhookTableModel::changeMarkAt(int row) const
{
    if (m_changeMarks.isEmpty() || row < 0 || row >= m_rows.size())
        return ChangeMark::None;
    return m_changeMarks.value(m_rows.at(row).id, ChangeMark::None);
}

void WebhookTableModel::clear()
{
    m_changeMarks.clear();
    m_fieldChanges.clear();
    if (m_rows.isEmpty())
        return;
    const int oldTotal = int(m_rows.size());
    const int oldDisabled = m_disabledCount;
    beginResetModel();
    invalidateRanks();
    m_rows.clear();
    m_rowById.clear();
    m_disabledCount = 0;
    endResetModel();
    updateCounts(oldTotal, oldDisabled);
}

void WebhookTableModel::emitChangedRuns(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    qsizetype runStart = 0;
    for (qsizetype i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows.at(i) == rows.at(i - 1) + 1)
            continue;
        Q_EMIT dataChanged(index(rows.at(runStart), 0), index(rows.at(i - 1), ColumnCount - 1));
        runStart = i;
    }
}

void WebhookTableModel::updateCounts(int oldTotal, int oldDisabled)
{
    if (oldTotal != m_rows.size() || oldDisabled != m_disabledCount)
        Q_EMIT countsChanged(int(m_rows.size()), m_disabledCount);
}

int WebhookTableModel::rowOf(qint64 id) const
{
    return m_rowById.value(id, -1);
}

Webhook WebhookTableModel::webhookAt(int row) const
{
    return toWebhook(m_rows.at(row));
}

WebhookList WebhookTableModel::webhooks() const
{
    WebhookList list;
    list.reserve(m_rows.size());
    for (const Row &row : m_rows)
        list.append(toWebhook(row));
    return list;
}

int WebhookTableModel::disabledCount() const
{
    return m_disabledCount;
}

void WebhookTableModel::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    Q_EMIT staleChanged(stale);
}
