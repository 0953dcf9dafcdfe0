// hookbench-cli commands that need no service (issue 17, for shell completion): `events`
// without a service URL lists the built-in catalogue and sends nothing, and `profiles`
// lists the names of Hookbench's connection profiles and nothing else. Run in-process
// (tests/support/CliHarness): no event loop is needed, the commands talk to nobody.
#include "models/ConnectionProfile.h"
#include "models/EventCatalog.h"
#include "models/ProfileStore.h"
#include "tests/support/CliHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/WarningGuard.h"
#include <memory>

namespace {

const QString Token = QStringLiteral("offline-5ecret-token");

} // namespace

class tst_CliOffline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void eventsWithoutUrl_data();
    void eventsWithoutUrl();
    void eventsHelpSaysSo();
    void profiles_data();
    void profiles();
    void noProfiles();

private:
    QProcessEnvironment environment() const;
    CliResult run(const QStringList &arguments, const QProcessEnvironment &environment) const;
    void saveProfiles(const QStringList &names) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliHarness> m_cli;
};

void tst_CliOffline::init()
{
    hb::test::failOnUnexpectedWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliHarness>(m_dir->path());
}

void tst_CliOffline::cleanup()
{
    if (m_cli) {
        const QStringList leaks = m_cli->takeLeaks();
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
    m_cli.reset();
    m_dir.reset();
}

QProcessEnvironment tst_CliOffline::environment() const
{
    return m_cli->environment(QUrl(), QString(), QString()); // no URL, account or token
}

CliResult tst_CliOffline::run(const QStringList &arguments,
                              const QProcessEnvironment &environment) const
{
    return m_cli->run(arguments, environment);
}

void tst_CliOffline::saveProfiles(const QStringList &names) const
{
    // Where hookbench and hookbench-cli keep them: QSettings("Hookbench", "hookbench").
    QSettings settings(m_cli->settingsFile(), QSettings::IniFormat);
    ProfileStore store(&settings);
    for (const QString &name : names) {
        ConnectionProfile profile;
        profile.name = name;
        profile.serviceUrl = QUrl(QStringLiteral("https://api.4me.com/v1"));
        profile.account = QStringLiteral("wdc");
        store.save(profile);
    }
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
}

void tst_CliOffline::eventsWithoutUrl_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("table") << false;
    QTest::newRow("json") << true;
}

void tst_CliOffline::eventsWithoutUrl()
{
    QFETCH(bool, json);
    QProcessEnvironment env = environment();
    // A token alone does not make it connect anywhere: without a URL there is nowhere to go.
    env.insert(QStringLiteral("HOOKBENCH_TOKEN"), Token);
    QStringList arguments{QStringLiteral("events")};
    if (json)
        arguments << QStringLiteral("--format") << QStringLiteral("json");
    const CliResult result = run(arguments, env);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QList<EventInfo> events = EventCatalog::builtIn().events();
    QVERIFY(events.size() > 50);
    if (json) {
        const QJsonArray array = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(array.size(), events.size());
        QCOMPARE(array.first().toObject().value(QLatin1StringView("id")).toString(),
                 events.first().id);
    } else {
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        QCOMPARE(lines.size(), events.size() + 1); // a heading, then one event a line
        for (qsizetype i = 0; i < events.size(); ++i)
            QVERIFY2(lines.at(i + 1).startsWith(events.at(i).id.toUtf8()), lines.at(i + 1));
    }
}

void tst_CliOffline::eventsHelpSaysSo()
{
    const CliResult result
            = run({QStringLiteral("events"), QStringLiteral("--help")}, environment());
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("built-in events"), result.out.constData());
}

void tst_CliOffline::profiles_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("table") << false;
    QTest::newRow("json") << true;
}

void tst_CliOffline::profiles()
{
    QFETCH(bool, json);
    saveProfiles({QStringLiteral("Staging"), QStringLiteral("Production"),
                  QStringLiteral("Müller & Co")});
    if (QTest::currentTestFailed())
        return;
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("HOOKBENCH_TOKEN"), Token);
    QStringList arguments{QStringLiteral("profiles")};
    if (json)
        arguments << QStringLiteral("--format") << QStringLiteral("json");
    const CliResult result = run(arguments, env);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QStringList expected{QStringLiteral("Müller & Co"), QStringLiteral("Production"),
                               QStringLiteral("Staging")};
    if (json) {
        QCOMPARE(QJsonDocument::fromJson(result.out).array().toVariantList(),
                 QVariant(expected).toList());
    } else {
        QCOMPARE(QString::fromUtf8(result.out), expected.join(u'\n') + u'\n');
    }
    QVERIFY(!result.out.contains(Token.toUtf8()));
}

void tst_CliOffline::noProfiles()
{
    const CliResult result = run({QStringLiteral("profiles")}, environment());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliOffline)
#include "tst_CliOffline.moc"
