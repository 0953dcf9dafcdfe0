// CachedListing: the last snapshot shown at once, listings recorded, changes marked; against
// the in-process sandbox, without a window.
#include "models/ProfileStore.h"
#include "models/TokenStore.h"
#include "models/WebhookTableModel.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "models/history/HistoryRecorder.h"
#include "models/history/HistoryStore.h"
#include "models/workflow/CachedListing.h"
#include "models/workflow/ProfileSession.h"
#include "models/workflow/WebhookListLoader.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/SandboxClientStore.h"
#include "tests/support/WarningGuard.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

class tst_CachedListing final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstListingIsRecordedWithoutMarks();
    void startsFromTheLastSnapshotThenRefreshes();
    void failedListingKeepsTheSnapshot();
    void snapshotShowsWhileTheTokenIsMissing();
    void sandboxProfileKeepsNoHistory();

private:
    ConnectionProfile storedProfile(const QString &token);
    // Records the sandbox's webhooks as a snapshot, with a store of its own (closed again).
    void recordSnapshotOfSandbox();
    bool waitForState(CachedListing::State state);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProfileSession> m_session;
    std::unique_ptr<WebhookTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<WebhookListLoader> m_loader;
    std::unique_ptr<HistoryRecorder> m_recorder;
    std::unique_ptr<CachedListing> m_cached;
};

void tst_CachedListing::init()
{
    hb::test::failOnUnexpectedWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    SandboxOptions options;
    options.seed = 30;
    options.burstLimit = 0;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("hookbench.ini")),
                                             QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_tokens = std::make_unique<TokenStore>(QStringLiteral("tst_CachedListing"));
    m_tokens->setSessionOnly(true);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_session = std::make_unique<ProfileSession>(m_network.get(), m_profiles.get(), m_tokens.get());
    m_session->client()->setMaxAttempts(1);
    m_model = std::make_unique<WebhookTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_loader = std::make_unique<WebhookListLoader>(m_session->service(), m_model.get());
    // As the window does: what belonged to the previous account goes first.
    connect(m_session.get(), &ProfileSession::accountChanged, m_loader.get(),
            &WebhookListLoader::clear);
}

void tst_CachedListing::cleanup()
{
    m_cached.reset();
    m_recorder.reset();
    m_loader.reset();
    m_tester.reset();
    m_model.reset();
    m_session.reset();
    m_network.reset();
    m_tokens.reset();
    m_profiles.reset();
    m_settings.reset();
    m_sandbox.reset();
    m_dir.reset();
}

ConnectionProfile tst_CachedListing::storedProfile(const QString &token)
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("Local");
    profile.serviceUrl = m_sandbox->baseUrl();
    profile.account = m_sandbox->options().account;
    m_profiles->save(profile);
    if (!token.isEmpty())
        m_tokens->setSessionToken(profile.name, token);
    return profile;
}

void tst_CachedListing::recordSnapshotOfSandbox()
{
    HistoryStore store(m_dir->filePath(QStringLiteral("history.sqlite")));
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    const HistoryProfile profile
            = HistoryProfile::from(m_sandbox->baseUrl(), m_sandbox->options().account);
    QVERIFY(store.record(profile, SandboxClientStore::of(m_sandbox)->webhooks(),
                         HistoryStore::Listing::Complete));
}

bool tst_CachedListing::waitForState(CachedListing::State state)
{
    QSignalSpy changed(m_cached.get(), &CachedListing::stateChanged);
    while (m_cached->state() != state) {
        if (!changed.wait(10000))
            return false;
    }
    return true;
}

void tst_CachedListing::firstListingIsRecordedWithoutMarks()
{
    m_recorder
            = std::make_unique<HistoryRecorder>(m_dir->filePath(QStringLiteral("history.sqlite")));
    m_recorder->open();
    m_cached = std::make_unique<CachedListing>(m_session.get(), m_loader.get(), m_model.get(),
                                               m_recorder.get());
    QSignalSpy marked(m_cached.get(), &CachedListing::changesMarked);

    m_session->useProfile(storedProfile({}), m_sandbox->options().token);
    m_loader->load();
    QVERIFY(marked.wait(10000));
    QCOMPARE(m_cached->state(), CachedListing::State::Fresh);
    const auto snapshot = marked.constFirst().at(0).value<HistorySnapshot>();
    QVERIFY(snapshot.isValid());
    QCOMPARE(snapshot.total, 30);
    // The first snapshot has nothing to compare with: nothing is marked.
    QVERIFY(marked.constFirst().at(1).value<HistoryDiff>().isEmpty());
    QVERIFY(!m_model->hasChangeMarks());
    QVERIFY(m_cached->removedWebhooks().isEmpty());
    QVERIFY(!m_cached->isShowingSnapshot());
}

void tst_CachedListing::startsFromTheLastSnapshotThenRefreshes()
{
    recordSnapshotOfSandbox();
    if (QTest::currentTestFailed())
        return;
    // Since the snapshot: one webhook renamed, one deleted, one created.
    SandboxClientStore *server = SandboxClientStore::of(m_sandbox);
    const WebhookList before = server->webhooks();
    Webhook renamed = before.at(2);
    renamed.name = QStringLiteral("Renamed since");
    QVERIFY(server->update(renamed));
    const Webhook removed = before.at(5);
    QVERIFY(server->remove(removed.id));
    Webhook fresh;
    fresh.event = QStringLiteral("request.create");
    fresh.uri = QStringLiteral("https://receiver.example.com/new");
    fresh.name = QStringLiteral("Created since");
    const Webhook created = server->add(fresh);

    m_recorder
            = std::make_unique<HistoryRecorder>(m_dir->filePath(QStringLiteral("history.sqlite")));
    m_recorder->open();
    m_cached = std::make_unique<CachedListing>(m_session.get(), m_loader.get(), m_model.get(),
                                               m_recorder.get());
    m_session->useProfile(storedProfile({}), m_sandbox->options().token);

    // The snapshot first, marked stale and read-only.
    QVERIFY(waitForState(CachedListing::State::ShowingSnapshot));
    QVERIFY(m_cached->isShowingSnapshot());
    QCOMPARE(m_model->rowCount(), 30);
    QVERIFY(m_model->isStale());
    QCOMPARE(m_model->webhookAt(m_model->rowOf(renamed.id)).name, before.at(2).name);
    QVERIFY(m_model->rowOf(removed.id) >= 0);
    QCOMPARE(m_cached->snapshot().total, 30);

    // Then the fresh listing: recorded, the differences marked.
    QSignalSpy marked(m_cached.get(), &CachedListing::changesMarked);
    m_loader->load();
    QVERIFY(marked.wait(10000));
    QCOMPARE(m_cached->state(), CachedListing::State::Fresh);
    QVERIFY(!m_model->isStale());
    QCOMPARE(m_model->rowCount(), 30);
    QCOMPARE(m_model->rowOf(removed.id), -1);
    QCOMPARE(m_model->changeMarkAt(m_model->rowOf(created.id)),
             WebhookTableModel::ChangeMark::Created);
    const int renamedRow = m_model->rowOf(renamed.id);
    QCOMPARE(m_model->changeMarkAt(renamedRow), WebhookTableModel::ChangeMark::Changed);
    QCOMPARE(m_model->index(renamedRow, 0).data(WebhookTableModel::ChangeRole).toInt(),
             int(WebhookTableModel::ChangeMark::Changed));
    QCOMPARE(m_model->changeMarkAt(m_model->rowOf(before.at(0).id)),
             WebhookTableModel::ChangeMark::None);
    // The sandbox also moved updated_at: one line per changed field.
    const QStringList fields = m_model->fieldChanges(renamed.id);
    QVERIFY2(std::any_of(fields.cbegin(), fields.cend(),
                         [](const QString &line) {
                             return line.startsWith(QStringLiteral("name: "))
                                     && line.endsWith(QStringLiteral(" → \"Renamed since\""));
                         }),
             qPrintable(fields.join(u'|')));
    QCOMPARE(m_cached->removedWebhooks().size(), 1);
    QCOMPARE(m_cached->removedWebhooks().constFirst().id, removed.id);
    QCOMPARE(m_cached->removedWebhooks().constFirst().uri, removed.uri);
    const auto snapshot = marked.constFirst().at(0).value<HistorySnapshot>();
    QCOMPARE(snapshot.created, 1);
    QCOMPARE(snapshot.changed, 1);
    QCOMPARE(snapshot.removed, 1);

    // Re-created elsewhere: it leaves the list of removed webhooks.
    m_cached->forgetRemoved({removed.id});
    QVERIFY(m_cached->removedWebhooks().isEmpty());
}

void tst_CachedListing::failedListingKeepsTheSnapshot()
{
    recordSnapshotOfSandbox();
    if (QTest::currentTestFailed())
        return;
    m_recorder
            = std::make_unique<HistoryRecorder>(m_dir->filePath(QStringLiteral("history.sqlite")));
    m_recorder->open();
    m_cached = std::make_unique<CachedListing>(m_session.get(), m_loader.get(), m_model.get(),
                                               m_recorder.get());
    const ConnectionProfile profile = storedProfile({});
    m_sandbox->stop(); // no network
    m_session->useProfile(profile, m_sandbox->options().token);
    QVERIFY(waitForState(CachedListing::State::ShowingSnapshot));

    QSignalSpy finished(m_loader.get(), &WebhookListLoader::finished);
    m_loader->load();
    QVERIFY(finished.wait(15000));
    QVERIFY(finished.constFirst().at(0).value<ApiError>().isError());
    QVERIFY(m_cached->isShowingSnapshot());
    QVERIFY(m_cached->listingFailed());
    QCOMPARE(m_model->rowCount(), 30);
    QVERIFY(m_model->isStale());
}

void tst_CachedListing::snapshotShowsWhileTheTokenIsMissing()
{
    recordSnapshotOfSandbox();
    if (QTest::currentTestFailed())
        return;
    m_recorder
            = std::make_unique<HistoryRecorder>(m_dir->filePath(QStringLiteral("history.sqlite")));
    m_recorder->open();
    m_cached = std::make_unique<CachedListing>(m_session.get(), m_loader.get(), m_model.get(),
                                               m_recorder.get());
    storedProfile({}); // no token: the session clears the model and asks for one
    QSignalSpy unavailable(m_session.get(), &ProfileSession::tokenUnavailable);
    m_session->connectToProfile(QStringLiteral("Local"));
    QVERIFY(waitForState(CachedListing::State::ShowingSnapshot));
    QTRY_COMPARE(unavailable.size(), 1);
    // The account change on the way emptied the model; the snapshot came back.
    QCOMPARE(m_model->rowCount(), 30);
    QVERIFY(m_cached->isShowingSnapshot());
}

void tst_CachedListing::sandboxProfileKeepsNoHistory()
{
    m_recorder
            = std::make_unique<HistoryRecorder>(m_dir->filePath(QStringLiteral("history.sqlite")));
    m_recorder->open();
    m_cached = std::make_unique<CachedListing>(m_session.get(), m_loader.get(), m_model.get(),
                                               m_recorder.get());
    QSignalSpy recorded(m_recorder.get(), &HistoryRecorder::recorded);
    QSignalSpy finished(m_loader.get(), &WebhookListLoader::finished);
    m_session->useSandbox(m_sandbox->baseUrl());
    m_loader->load();
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_model->rowCount(), 30);
    QCOMPARE(m_cached->state(), CachedListing::State::Idle);
    // Nothing was recorded: a snapshot (queued after the listing) would have come by now.
    QSignalSpy snapshots(m_recorder.get(), &HistoryRecorder::snapshotsLoaded);
    m_recorder->loadSnapshots(
            HistoryProfile::from(m_sandbox->baseUrl(), m_sandbox->options().account));
    QVERIFY(snapshots.wait(5000));
    QVERIFY(snapshots.constFirst().at(1).value<HistorySnapshotList>().isEmpty());
    QVERIFY(recorded.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CachedListing)
#include "tst_CachedListing.moc"
