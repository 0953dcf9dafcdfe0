// AccountComparison without a window (issue 13): two accounts of one sandbox, as
// `hookbench --sandbox` serves them, and two sandboxes with tokens of their own.
#include "models/ProfileStore.h"
#include "models/TokenStore.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "models/workflow/AccountComparison.h"
#include "models/workflow/ProfileSession.h"
#include "tests/support/SandboxFixture.h"
#include "tests/support/WarningGuard.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const auto QaAccount = QStringLiteral("wdc-qa");
const auto QaProfile = QString::fromLatin1(ProfileSession::SandboxQaProfileName);

// The names of the items of `plan` with `action`.
QStringList namesOf(const Plan &plan, PlanItem::Action action)
{
    QStringList names;
    for (const PlanItem &item : plan.items) {
        if (item.action == action)
            names.append(item.subject().displayName());
    }
    names.sort();
    return names;
}

QList<int> indexesOf(const Plan &plan, PlanItem::Action action)
{
    QList<int> indexes;
    for (int i = 0; i < plan.items.size(); ++i) {
        if (plan.items.at(i).action == action)
            indexes.append(i);
    }
    return indexes;
}

} // namespace

class tst_AccountComparison final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void comparesTheSandboxAccounts();
    void appliesAPartAndListsAgain();
    void cancelLeavesTheRestUnsent();
    void rewriteRulesAreRememberedPerPair();
    void eachAccountGetsItsOwnToken();
    void missingTokenIsReported();

private:
    // The session connected to "Sandbox" (wdc) of a sandbox that also serves wdc-qa.
    void startSandboxSession(int seed);
    bool waitForPlan(AccountComparison *comparison);
    ApplyResult applyAndWait(AccountComparison *comparison, const Plan &plan);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProfileSession> m_session;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SandboxFixture> m_other;
};

void tst_AccountComparison::init()
{
    hb::test::failOnUnexpectedWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("hookbench.ini")),
                                             QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_tokens = std::make_unique<TokenStore>(QStringLiteral("tst_AccountComparison"));
    m_tokens->setSessionOnly(true); // never the real keychain
    m_network = std::make_unique<QNetworkAccessManager>();
    m_session = std::make_unique<ProfileSession>(m_network.get(), m_profiles.get(), m_tokens.get());
}

void tst_AccountComparison::cleanup()
{
    m_session.reset();
    m_network.reset();
    m_sandbox.reset();
    m_other.reset();
    m_tokens.reset();
    m_profiles.reset();
    m_settings.reset();
    m_dir.reset();
}

void tst_AccountComparison::startSandboxSession(int seed)
{
    SandboxOptions options;
    options.burstLimit = 0;
    options.seed = seed;
    options.moreAccounts = {QaAccount};
    options.variantAccount = QaAccount;
    options.variantSeed = seed;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    QSignalSpy activated(m_session.get(), &ProfileSession::activated);
    m_session->useSandbox(m_sandbox->server()->baseUrl(), QaAccount);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(m_session->profile().name, QString::fromLatin1(ProfileSession::SandboxProfileName));
}

bool tst_AccountComparison::waitForPlan(AccountComparison *comparison)
{
    QSignalSpy planned(comparison, &AccountComparison::planChanged);
    QSignalSpy failed(comparison, &AccountComparison::failed);
    if (!planned.wait(20000)) {
        qWarning("no plan: %s",
                 failed.isEmpty() ? "timeout" : qPrintable(failed.at(0).at(0).toString()));
        return false;
    }
    return true;
}

ApplyResult tst_AccountComparison::applyAndWait(AccountComparison *comparison, const Plan &plan)
{
    QSignalSpy finished(comparison, &AccountComparison::applyFinished);
    comparison->apply(plan);
    if (!finished.wait(30000)) {
        qWarning("applying did not finish");
        return {};
    }
    return finished.at(0).at(0).value<ApplyResult>();
}

void tst_AccountComparison::comparesTheSandboxAccounts()
{
    startSandboxSession(20);
    if (QTest::currentTestFailed())
        return;
    AccountComparison comparison(m_session.get(), m_settings.get());
    comparison.compareWith(QaProfile);
    QVERIFY(comparison.isLoading());
    QVERIFY(waitForPlan(&comparison));
    QCOMPARE(comparison.here().account, QStringLiteral("wdc"));
    QCOMPARE(comparison.there().account, QaAccount);
    QCOMPARE(comparison.hereRows().size(), 20);
    QCOMPARE(comparison.thereRows().size(), 20); // 3 left out, 3 of its own

    const Plan &plan = comparison.plan();
    // Left out of the QA account (the 3rd, 10th and 17th sample webhooks): only here.
    QCOMPARE(plan.count(PlanItem::Action::Create), 3);
    // The QA account's own webhooks: only there, deleted by a plan that makes it like wdc.
    QCOMPARE(namesOf(plan, PlanItem::Action::Delete),
             (QStringList{QStringLiteral("QA regression feed 19"),
                          QStringLiteral("QA release notes 20"),
                          QStringLiteral("QA smoke test 18")}));
    // Different: three with the other state, two with a "qa." URI, one that loses its policy.
    const QList<int> updates = indexesOf(plan, PlanItem::Action::Update);
    QCOMPARE(updates.size(), 6);
    int disabledChanges = 0;
    int uriChanges = 0;
    for (const int index : updates) {
        for (const FieldChange &change : plan.items.at(index).changes) {
            disabledChanges += change.field == u"disabled" ? 1 : 0;
            if (change.field == u"uri") {
                ++uriChanges;
                QVERIFY2(change.before.contains(u"qa.example."), qPrintable(change.before));
                QVERIFY(!change.after.contains(u"qa.example."));
            }
        }
    }
    QCOMPARE(disabledChanges, 3);
    QCOMPARE(uriChanges, 2);
    QCOMPARE(plan.count(PlanItem::Action::Unchanged), 11);
    QCOMPARE(plan.items.size(), 23);
}

void tst_AccountComparison::appliesAPartAndListsAgain()
{
    startSandboxSession(20);
    if (QTest::currentTestFailed())
        return;
    AccountComparison comparison(m_session.get(), m_settings.get());
    comparison.compareWith(QaProfile);
    QVERIFY(waitForPlan(&comparison));
    const Plan plan = comparison.plan();

    // Copy the webhooks only here and delete one only there; leave the rest.
    QList<int> chosen = indexesOf(plan, PlanItem::Action::Create);
    const QList<int> deletes = indexesOf(plan, PlanItem::Action::Delete);
    chosen.append(deletes.first());
    const Plan creates = AccountComparison::part(plan, chosen, PlanItem::Action::Create);
    QCOMPARE(creates.items.size(), 3);
    QSignalSpy progress(&comparison, &AccountComparison::applyProgress);
    QSignalSpy planned(&comparison, &AccountComparison::planChanged);
    const ApplyResult created = applyAndWait(&comparison, creates);
    QVERIFY(created.isComplete());
    QCOMPARE(created.count(PlanItem::Action::Create), 3);
    QVERIFY(progress.size() >= 3);
    QCOMPARE(progress.last().at(0).toInt(), 3);
    QCOMPARE(progress.last().at(1).toInt(), 3);
    // Both accounts are listed again: nothing is only here any more.
    QVERIFY(planned.wait(20000));
    QCOMPARE(comparison.plan().count(PlanItem::Action::Create), 0);
    QCOMPARE(comparison.plan().count(PlanItem::Action::Delete), 3);

    const Plan deletion = AccountComparison::part(
            comparison.plan(), indexesOf(comparison.plan(), PlanItem::Action::Delete).mid(0, 1),
            PlanItem::Action::Delete);
    const ApplyResult deleted = applyAndWait(&comparison, deletion);
    QVERIFY(deleted.isComplete());
    QCOMPARE(deleted.deleted().size(), 1); // whole, for Recently Deleted
    QVERIFY(deleted.deleted().first().name.startsWith(u"QA "));
    QVERIFY(planned.wait(20000));
    QCOMPARE(comparison.plan().count(PlanItem::Action::Delete), 2);
    // The first account was never touched.
    QCOMPARE(comparison.hereRows().size(), 20);
}

void tst_AccountComparison::cancelLeavesTheRestUnsent()
{
    startSandboxSession(20);
    if (QTest::currentTestFailed())
        return;
    AccountComparison comparison(m_session.get(), m_settings.get());
    comparison.compareWith(QaProfile);
    QVERIFY(waitForPlan(&comparison));
    const Plan plan = comparison.plan();
    const Plan updates = AccountComparison::part(plan, indexesOf(plan, PlanItem::Action::Update),
                                                 PlanItem::Action::Update);
    QSignalSpy finished(&comparison, &AccountComparison::applyFinished);
    // Cancel as soon as the first request is on its way.
    connect(
            &comparison, &AccountComparison::applyProgress, &comparison,
            [&comparison](int done, int) {
                if (done == 0)
                    comparison.cancel();
            },
            Qt::SingleShotConnection);
    comparison.apply(updates);
    QVERIFY(finished.wait(20000));
    const ApplyResult result = finished.at(0).at(0).value<ApplyResult>();
    QVERIFY(result.cancelled);
    QCOMPARE(result.done.size(), 1); // the request in flight completes
    QCOMPARE(result.notDone.size(), updates.items.size() - 1);
}

void tst_AccountComparison::rewriteRulesAreRememberedPerPair()
{
    startSandboxSession(20);
    if (QTest::currentTestFailed())
        return;
    {
        AccountComparison comparison(m_session.get(), m_settings.get());
        comparison.compareWith(QaProfile);
        QVERIFY(waitForPlan(&comparison));
        QVERIFY(comparison.rewriteRules().isEmpty());
        const int unchanged = comparison.plan().count(PlanItem::Action::Unchanged);
        QVERIFY(unchanged > 0);

        // Every https URI of here, moved to another host before comparing: nothing is the
        // same any more, and each of those is an update of the URI.
        const UriRewriteRule rule
                = *UriRewriteRule::parse(QStringLiteral("https://=https://moved.example/"));
        QSignalSpy planned(&comparison, &AccountComparison::planChanged);
        comparison.setRewriteRules({rule});
        QCOMPARE(planned.size(), 1); // planned again at once, without listing
        QVERIFY(comparison.plan().count(PlanItem::Action::Unchanged) < unchanged);
        bool rewritten = false;
        for (const PlanItem &item : comparison.plan().items)
            rewritten |= item.desired.uri.startsWith(u"https://moved.example/");
        QVERIFY(rewritten);
    }
    // Remembered for this pair, in this direction only; no token in the settings.
    const QString here = QString::fromLatin1(ProfileSession::SandboxProfileName);
    QCOMPARE(AccountComparison::rememberedRules(m_settings.get(), here, QaProfile).size(), 1);
    QVERIFY(AccountComparison::rememberedRules(m_settings.get(), QaProfile, here).isEmpty());
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("moved.example"));
    QVERIFY(!stored.contains(ProfileSession::SandboxToken));

    AccountComparison again(m_session.get(), m_settings.get());
    again.compareWith(QaProfile);
    QCOMPARE(again.rewriteRules().size(), 1);
    QCOMPARE(again.rewriteRules().first().to, QStringLiteral("https://moved.example/"));
    QVERIFY(waitForPlan(&again));
}

void tst_AccountComparison::eachAccountGetsItsOwnToken()
{
    // Two services, each accepting only its own token: a token sent to the other origin
    // would be refused (401) and the comparison would fail.
    SandboxOptions first;
    first.seed = 4;
    first.token = QStringLiteral("first-token");
    m_sandbox = std::make_unique<SandboxFixture>(first);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    SandboxOptions second;
    second.seed = 2;
    second.token = QStringLiteral("second-token");
    m_other = std::make_unique<SandboxFixture>(second);
    QVERIFY2(m_other->start(&error), qPrintable(error));
    for (const auto &[name, sandbox, token] :
         {std::tuple{QStringLiteral("First"), m_sandbox.get(), first.token},
          std::tuple{QStringLiteral("Second"), m_other.get(), second.token}}) {
        ConnectionProfile profile;
        profile.name = name;
        profile.serviceUrl = sandbox->server()->baseUrl();
        profile.account = sandbox->server()->options().account;
        m_profiles->save(profile);
        m_tokens->setSessionToken(name, token);
    }
    QSignalSpy activated(m_session.get(), &ProfileSession::activated);
    m_session->connectToProfile(QStringLiteral("First"));
    QVERIFY(activated.wait(5000));

    AccountComparison comparison(m_session.get(), m_settings.get());
    comparison.compareWith(QStringLiteral("Second"));
    QVERIFY(waitForPlan(&comparison));
    QCOMPARE(comparison.hereRows().size(), 4);
    QCOMPARE(comparison.thereRows().size(), 2);
    // The session's own client still speaks for the first account only.
    QCOMPARE(m_session->client()->profile().name, QStringLiteral("First"));
}

void tst_AccountComparison::missingTokenIsReported()
{
    startSandboxSession(2);
    if (QTest::currentTestFailed())
        return;
    ConnectionProfile profile;
    profile.name = QStringLiteral("No token");
    profile.serviceUrl = m_sandbox->server()->baseUrl();
    profile.account = QaAccount;
    m_profiles->save(profile);

    AccountComparison comparison(m_session.get(), m_settings.get());
    QSignalSpy failed(&comparison, &AccountComparison::failed);
    QSignalSpy planned(&comparison, &AccountComparison::planChanged);
    comparison.compareWith(profile.name);
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.at(0).at(0).toString().contains(u"No token"));
    QCOMPARE(planned.size(), 0);

    comparison.compareWith(QStringLiteral("Nobody"));
    QCOMPARE(failed.size(), 2);
    QVERIFY(failed.at(1).at(0).toString().contains(u"Nobody"));
}

QTEST_GUILESS_MAIN(tst_AccountComparison)
#include "tst_AccountComparison.moc"
