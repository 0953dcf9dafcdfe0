#include "models/ProfileStore.h"
#include "models/TokenStore.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "models/workflow/ProfileSession.h"
#include "tests/support/SandboxFixture.h"

#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// ProfileSession against two sandboxes (two accounts), without a window.
class tst_ProfileSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void connectsWithTheStoredToken();
    void switchingAccountsClearsFirst();
    void sameAccountKeepsWhatIsShown();
    void missingTokenIsReported();
    void unknownProfileIsReported();
    void removingForgetsProfileAndToken();
    void trustingACertificatePinsIt();
    void noProfileToConnect();
    void sandboxProfileComesFirst();
    void theSessionOwnsItsClient();
    void sandboxQaProfileSwitchesAccounts();

private:
    // Stores a profile for `sandbox` (each sandbox is another service, so another account)
    // and, unless empty, its token for this session.
    ConnectionProfile storeProfile(const QString &name, const SandboxFixture &sandbox,
                                   const QString &token);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProfileSession> m_session;
    std::unique_ptr<SandboxFixture> m_first;
    std::unique_ptr<SandboxFixture> m_second;
};

void tst_ProfileSession::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("hookbench.ini")),
                                             QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_tokens = std::make_unique<TokenStore>(QStringLiteral("tst_ProfileSession"));
    m_tokens->setSessionOnly(true); // never the real keychain
    m_network = std::make_unique<QNetworkAccessManager>();
    m_session = std::make_unique<ProfileSession>(m_network.get(), m_profiles.get(), m_tokens.get());

    SandboxOptions first;
    first.seed = 3;
    first.token = QStringLiteral("first-token");
    m_first = std::make_unique<SandboxFixture>(first);
    QString error;
    QVERIFY2(m_first->start(&error), qPrintable(error));
    SandboxOptions second;
    second.seed = 5;
    m_second = std::make_unique<SandboxFixture>(second);
    QVERIFY2(m_second->start(&error), qPrintable(error));
}

void tst_ProfileSession::cleanup()
{
    m_session.reset();
    m_network.reset();
    m_first.reset();
    m_second.reset();
    m_tokens.reset();
    m_profiles.reset();
    m_settings.reset();
    m_dir.reset();
}

ConnectionProfile tst_ProfileSession::storeProfile(const QString &name,
                                                   const SandboxFixture &sandbox,
                                                   const QString &token)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.serviceUrl = sandbox.server()->baseUrl();
    profile.account = sandbox.server()->options().account;
    m_profiles->save(profile);
    if (!token.isEmpty())
        m_tokens->setSessionToken(name, token);
    return profile;
}

void tst_ProfileSession::connectsWithTheStoredToken()
{
    storeProfile(QStringLiteral("First"), *m_first, QStringLiteral("first-token"));
    QSignalSpy activated(m_session.get(), &ProfileSession::activated);
    m_session->connectToProfile(QStringLiteral("First"));
    QVERIFY(activated.wait(5000));
    QVERIFY(m_session->isConnected());
    QCOMPARE(m_session->profile().name, QStringLiteral("First"));
    QCOMPARE(m_profiles->currentName(), QStringLiteral("First"));

    // The client now speaks for that account: a listing of it works.
    WebhookListing *listing = m_session->service()->list();
    QSignalSpy finished(listing, &WebhookListing::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(!finished.first().first().value<ApiError>().isError());
    QCOMPARE(listing->rows().size(), 3);
}

void tst_ProfileSession::switchingAccountsClearsFirst()
{
    storeProfile(QStringLiteral("First"), *m_first, QStringLiteral("first-token"));
    storeProfile(QStringLiteral("Second"), *m_second, QStringLiteral("sandbox-token"));

    QSignalSpy activated(m_session.get(), &ProfileSession::activated);
    m_session->connectToProfile(QStringLiteral("First"));
    QVERIFY(activated.wait(5000));

    // accountChanged comes before activated, while the session already names the new
    // profile: listeners clear what they show of the old account first.
    QStringList order;
    connect(m_session.get(), &ProfileSession::accountChanged, this, [&order, this] {
        order.append(QStringLiteral("cleared ") + m_session->profile().name);
    });
    connect(m_session.get(), &ProfileSession::activated, this,
            [&order](const ConnectionProfile &profile) {
                order.append(QStringLiteral("activated ") + profile.name);
            });
    m_session->connectToProfile(QStringLiteral("Second"));
    QVERIFY(activated.wait(5000));
    QCOMPARE(order,
             QStringList({QStringLiteral("cleared Second"), QStringLiteral("activated Second")}));
    QCOMPARE(m_session->client()->profile().serviceUrl, m_second->server()->baseUrl());

    WebhookListing *listing = m_session->service()->list();
    QSignalSpy finished(listing, &WebhookListing::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(listing->rows().size(), 5);
}

void tst_ProfileSession::sameAccountKeepsWhatIsShown()
{
    const ConnectionProfile profile
            = storeProfile(QStringLiteral("First"), *m_first, QStringLiteral("first-token"));
    QSignalSpy activated(m_session.get(), &ProfileSession::activated);
    QSignalSpy catalog(m_session.get(), &ProfileSession::eventCatalogChanged);
    m_session->useProfile(profile, QStringLiteral("first-token"));
    QCOMPARE(activated.size(), 1);
    QSignalSpy cleared(m_session.get(), &ProfileSession::accountChanged);
    m_session->useProfile(profile, QStringLiteral("first-token"));
    QCOMPARE(activated.size(), 2);
    QCOMPARE(cleared.size(), 0);
    // The account's own event catalogue arrives for each (GET /enums).
    QTRY_COMPARE(catalog.size(), 2);
}

void tst_ProfileSession::missingTokenIsReported()
{
    storeProfile(QStringLiteral("First"), *m_first, QString());
    QSignalSpy unavailable(m_session.get(), &ProfileSession::tokenUnavailable);
    QSignalSpy activated(m_session.get(), &ProfileSession::activated);
    m_session->connectToProfile(QStringLiteral("First"));
    QVERIFY(unavailable.wait(5000));
    QCOMPARE(activated.size(), 0);
    QVERIFY(!m_session->isConnected());
    QCOMPARE(m_session->profile().name, QStringLiteral("First")); // waits for a token
    QVERIFY2(unavailable.first().at(1).toString().contains(QStringLiteral("No API token")),
             qPrintable(unavailable.first().at(1).toString()));
}

void tst_ProfileSession::unknownProfileIsReported()
{
    QSignalSpy missing(m_session.get(), &ProfileSession::profileMissing);
    m_session->connectToProfile(QStringLiteral("Nobody"));
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().first().toString(), QStringLiteral("Nobody"));
    QVERIFY(!m_session->isConnected());
}

void tst_ProfileSession::removingForgetsProfileAndToken()
{
    const ConnectionProfile profile
            = storeProfile(QStringLiteral("First"), *m_first, QStringLiteral("first-token"));
    QSignalSpy catalog(m_session.get(), &ProfileSession::eventCatalogChanged);
    m_session->useProfile(profile, QStringLiteral("first-token"));
    QVERIFY(catalog.wait(5000));
    QSignalSpy disconnected(m_session.get(), &ProfileSession::disconnected);
    QSignalSpy changed(m_session.get(), &ProfileSession::profilesChanged);
    m_session->removeCurrentProfile();
    QCOMPARE(disconnected.size(), 1);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!m_session->isConnected());
    QVERIFY(!m_profiles->profile(QStringLiteral("First")));
    // The client holds no token of the removed profile any more.
    QVERIFY(m_session->client()->profile().name.isEmpty());
}

void tst_ProfileSession::trustingACertificatePinsIt()
{
    const ConnectionProfile profile
            = storeProfile(QStringLiteral("First"), *m_first, QStringLiteral("first-token"));
    QSignalSpy catalog(m_session.get(), &ProfileSession::eventCatalogChanged);
    m_session->useProfile(profile, QStringLiteral("first-token"));
    QVERIFY(catalog.wait(5000));
    const QByteArray sha256 = QByteArray(64, 'a');
    m_session->trustCertificate(sha256);
    QVERIFY(!m_session->profile().pinnedCertificateSha256.isEmpty());
    QCOMPARE(m_profiles->profile(QStringLiteral("First"))->pinnedCertificateSha256,
             m_session->profile().pinnedCertificateSha256);
    QCOMPARE(m_session->client()->profile().pinnedCertificateSha256,
             m_session->profile().pinnedCertificateSha256);
}

void tst_ProfileSession::noProfileToConnect()
{
    QVERIFY(!m_session->connectToCurrentProfile());
    QVERIFY(!m_session->isConnected());
}

void tst_ProfileSession::sandboxProfileComesFirst()
{
    storeProfile(QStringLiteral("First"), *m_first, QStringLiteral("first-token"));
    QSignalSpy activated(m_session.get(), &ProfileSession::activated);
    QSignalSpy catalog(m_session.get(), &ProfileSession::eventCatalogChanged);
    m_session->useSandbox(m_second->server()->baseUrl());
    QCOMPARE(activated.size(), 1);
    QVERIFY(catalog.wait(5000));
    const QList<ConnectionProfile> all = m_session->profiles();
    QCOMPARE(all.size(), 2);
    QVERIFY(all.first().sandbox);
    QCOMPARE(all.last().name, QStringLiteral("First"));
    // The sandbox profile is never stored in the settings.
    QCOMPARE(m_profiles->profiles().size(), 1);
}

void tst_ProfileSession::theSessionOwnsItsClient()
{
    // The client and the service on it exist as long as the session, and no longer: nothing
    // can use the token of a session that is gone.
    const QPointer<ApiClient> client = m_session->client();
    const QPointer<WebhookService> service = m_session->service();
    QVERIFY(client && service);
    QCOMPARE(service->client(), client.data());
    m_session->useProfile(storeProfile(QStringLiteral("First"), *m_first, {}),
                          QStringLiteral("first-token"));
    QCOMPARE(client->profile().name, QStringLiteral("First"));
    m_session.reset();
    QVERIFY(!client);
    QVERIFY(!service);
}

void tst_ProfileSession::sandboxQaProfileSwitchesAccounts()
{
    // `hookbench --sandbox`: one sandbox, two accounts, two profiles without stored tokens.
    SandboxOptions options;
    options.seed = 4;
    options.moreAccounts = {QStringLiteral("wdc-qa")};
    options.variantAccount = QStringLiteral("wdc-qa");
    options.variantSeed = 4;
    SandboxFixture sandbox(options);
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    m_session->useSandbox(sandbox.server()->baseUrl(), QStringLiteral("wdc-qa"));
    const QList<ConnectionProfile> sandboxes = m_session->sandboxProfiles();
    QCOMPARE(sandboxes.size(), 2);
    QCOMPARE(sandboxes.at(0).name, QStringLiteral("Sandbox"));
    QCOMPARE(sandboxes.at(0).account, QStringLiteral("wdc"));
    QCOMPARE(sandboxes.at(1).name, QStringLiteral("Sandbox QA"));
    QCOMPARE(sandboxes.at(1).account, QStringLiteral("wdc-qa"));
    QVERIFY(sandboxes.at(1).sandbox);
    QCOMPARE(m_session->profile().name, QStringLiteral("Sandbox"));
    QCOMPARE(m_session->findProfile(QStringLiteral("Sandbox QA"))->account,
             QStringLiteral("wdc-qa"));

    QSignalSpy changed(m_session.get(), &ProfileSession::accountChanged);
    QSignalSpy activated(m_session.get(), &ProfileSession::activated);
    m_session->connectToProfile(QStringLiteral("Sandbox QA"));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(changed.size(), 1); // another account
    QCOMPARE(m_session->client()->profile().account, QStringLiteral("wdc-qa"));
    WebhookListing *listing = m_session->service()->list();
    QSignalSpy finished(listing, &WebhookListing::finished);
    QVERIFY(finished.wait(5000));
    // The QA account's own webhooks: the variant of 4 (one left out) and three of its own.
    QCOMPARE(listing->rows().size(), 6);
    // Neither profile is stored in the settings.
    QVERIFY(m_profiles->profiles().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ProfileSession)
#include "tst_ProfileSession.moc"
