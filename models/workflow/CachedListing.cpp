#include "models/workflow/CachedListing.h"

#include "models/ConnectionProfile.h"
#include "models/JsonKeys.h"
#include "models/ProfileStore.h"
#include "models/WebhookTableModel.h"
#include "models/api/ApiError.h"
#include "models/history/HistoryDiffText.h"
#include "models/history/HistoryRecorder.h"
#include "models/workflow/ProfileSession.h"
#include "models/workflow/WebhookListLoader.h"

CachedListing::CachedListing(ProfileSession *session, WebhookListLoader *loader,
                             WebhookTableModel *model, HistoryRecorder *recorder, QObject *parent)
    : QObject(parent), m_session(session), m_loader(loader), m_model(model), m_recorder(recorder)
{
    // The snapshot shows while the token is read, and again after a change of account
    // cleared the model (the session clears before it activates).
    connect(session, &ProfileSession::readingToken, this, [this](const QString &name) {
        if (const std::optional<ConnectionProfile> profile
            = m_session->profileStore()->profile(name))
            showProfile(*profile);
    });
    connect(session, &ProfileSession::tokenUnavailable, this,
            [this](const ConnectionProfile &profile) { showProfile(profile); });
    connect(session, &ProfileSession::activated, this, &CachedListing::showProfile);
    connect(session, &ProfileSession::disconnected, this, &CachedListing::reset);
    connect(loader, &WebhookListLoader::started, this, [this] {
        if (m_listingFailed) {
            m_listingFailed = false;
            Q_EMIT stateChanged();
        }
    });
    connect(loader, &WebhookListLoader::completed, this, &CachedListing::onCompleted);
    connect(loader, &WebhookListLoader::finished, this, &CachedListing::onFinished);
    connect(recorder, &HistoryRecorder::opened, this,
            [this](bool writable) { m_writable = writable; });
    connect(recorder, &HistoryRecorder::latestLoaded, this, &CachedListing::onLatestLoaded);
    connect(recorder, &HistoryRecorder::recorded, this, &CachedListing::onRecorded);
    connect(recorder, &HistoryRecorder::failed, this, [this](const QString &message) {
        if (m_state == State::ReadingSnapshot)
            setState(State::Idle);
        Q_EMIT historyFailed(message);
    });
}

CachedListing::~CachedListing() = default;

HistoryProfile CachedListing::historyProfileOf(const ConnectionProfile &profile)
{
    if (profile.sandbox)
        return {};
    return HistoryProfile::from(profile.serviceUrl, profile.account);
}

void CachedListing::setState(State state)
{
    if (state != State::ShowingSnapshot)
        m_snapshotRows.clear();
    m_state = state;
    Q_EMIT stateChanged();
}

void CachedListing::reset()
{
    m_profile = {};
    m_snapshot = {};
    m_hasPrevious = false;
    m_listingFailed = false;
    m_lastDiff = {};
    m_removed.clear();
    setState(State::Idle);
}

void CachedListing::showProfile(const ConnectionProfile &connection)
{
    const HistoryProfile profile = historyProfileOf(connection);
    if (!profile.isValid()) {
        reset();
        return;
    }
    if (profile == m_profile) {
        // The same account again: the model may have been cleared on the way.
        if (m_state == State::ShowingSnapshot && m_model->rowCount() == 0) {
            m_model->replaceAll(m_snapshotRows);
            m_model->setStale(true);
            Q_EMIT stateChanged();
        }
        return;
    }
    reset();
    m_profile = profile;
    setState(State::ReadingSnapshot);
    m_recorder->loadLatest(profile);
}

void CachedListing::onLatestLoaded(const HistoryProfile &profile, const HistorySnapshot &snapshot,
                                   const WebhookList &webhooks)
{
    if (profile != m_profile || m_state != State::ReadingSnapshot)
        return; // another account by now, or a fresh listing came first
    m_hasPrevious = snapshot.isValid();
    m_snapshot = snapshot;
    if (!snapshot.isValid()) {
        setState(State::Idle); // no history yet
        return;
    }
    if (m_model->rowCount() > 0) {
        if (historyProfileOf(m_session->profile()) == m_profile) {
            setState(State::Idle); // this account's fresh rows are streaming in
            return;
        }
        // Another account's rows, while this one's token is read: the switch clears them,
        // then showProfile() shows the snapshot.
        m_snapshotRows = webhooks;
        setState(State::ShowingSnapshot);
        return;
    }
    m_model->replaceAll(webhooks);
    m_model->setStale(true); // as of the snapshot's time: possibly out of date
    m_snapshotRows = webhooks;
    setState(State::ShowingSnapshot);
}

void CachedListing::onCompleted(const WebhookList &rows)
{
    if (!m_profile.isValid())
        return;
    m_listingFailed = false;
    setState(State::Fresh);
    if (m_writable) // another Hookbench writes the history (the recorder said so when opened)
        m_recorder->record(m_profile, rows, HistoryStore::Listing::Complete);
}

void CachedListing::onFinished(const ApiError &error)
{
    if (!error.isError() || !m_profile.isValid())
        return;
    m_listingFailed = true;
    Q_EMIT stateChanged();
}

void CachedListing::onRecorded(const HistoryProfile &profile, const HistorySnapshot &snapshot,
                               const HistoryDiff &diff)
{
    if (profile != m_profile)
        return;
    const bool hadPrevious = m_hasPrevious;
    m_hasPrevious = true;
    m_snapshot = snapshot;
    m_lastDiff = hadPrevious ? diff : HistoryDiff();
    markChanges(m_lastDiff);
    Q_EMIT stateChanged();
    Q_EMIT changesMarked(snapshot, m_lastDiff);
}

void CachedListing::markChanges(const HistoryDiff &diff)
{
    QHash<qint64, WebhookTableModel::ChangeMark> marks;
    QHash<qint64, QStringList> fields;
    for (const QJsonObject &created : diff.created())
        marks.insert(created.value(JsonKeys::Id).toInteger(),
                     WebhookTableModel::ChangeMark::Created);
    for (const HistoryDiff::WebhookChange &change : diff.changed()) {
        marks.insert(change.id, WebhookTableModel::ChangeMark::Changed);
        fields.insert(change.id, HistoryDiffText::fieldLines(change));
    }
    m_model->setChangeMarks(marks, fields);
    m_removed.clear();
    for (const QJsonObject &object : diff.removed()) {
        Webhook webhook;
        if (Webhook::fromJson(object, &webhook))
            m_removed.append(webhook);
    }
}

void CachedListing::forgetRemoved(const QList<qint64> &ids)
{
    const qsizetype before = m_removed.size();
    m_removed.removeIf([&ids](const Webhook &webhook) { return ids.contains(webhook.id); });
    if (m_removed.size() != before)
        Q_EMIT changesMarked(m_snapshot, m_lastDiff);
}

void CachedListing::forgetHistory()
{
    m_hasPrevious = false;
    m_lastDiff = {};
    m_removed.clear();
    if (m_state != State::ShowingSnapshot)
        m_snapshot = {};
    m_model->setChangeMarks({});
    Q_EMIT changesMarked(m_snapshot, m_lastDiff);
}
