// hookbench-cli commands that need no service (issue 17, for shell completion): `events`
// without a service URL lists the built-in catalogue and sends nothing, and `profiles`
// lists the names of Hookbench's connection profiles and nothing else.
#include "models/ConnectionProfile.h"
#include "models/EventCatalog.h"
#include "models/ProfileStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/WarningGuard.h"
#include <memory>

namespace {

const QString Token = QStringLiteral("offline-5ecret-token");

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class tst_CliOffline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

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
};

void tst_CliOffline::init()
{
    hb::test::failOnUnexpectedWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QProcessEnvironment tst_CliOffline::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"HOOKBENCH_URL", "HOOKBENCH_ACCOUNT", "HOOKBENCH_TOKEN"})
        environment.remove(QLatin1StringView(name));
    // The profile store of this test only.
    environment.insert(QStringLiteral("HOME"), m_dir->path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_dir->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return environment;
}

CliResult tst_CliOffline::run(const QStringList &arguments,
                              const QProcessEnvironment &environment) const
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HB_BINARY_DIR "/bin/hookbench-cli"), arguments);
    // No event loop is needed: the program talks to nobody.
    CliResult result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = "did not finish";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void tst_CliOffline::saveProfiles(const QStringList &names) const
{
    // Where hookbench and hookbench-cli keep them: QSettings("Hookbench", "hookbench").
    QSettings settings(m_dir->filePath(QStringLiteral("config/Hookbench/hookbench.conf")),
                       QSettings::IniFormat);
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
