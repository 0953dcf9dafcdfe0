// hookbench-cli policies (issue 12) and the --policy option of webhook create and update, end
// to end: the built executable against an in-process sandbox. The sandbox answers from this
// process's event loop, so every run waits on a QSignalSpy.
#include "sandbox/SandboxServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/WarningGuard.h"
#include <memory>

namespace {

const QString Token = QStringLiteral("tok-5ecret-for-policy-tests");

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QString diagnostics() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
                .arg(exitCode)
                .arg(QString::fromUtf8(out.left(3000)), QString::fromUtf8(err));
    }
};

} // namespace

class tst_CliPolicies final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void helpNamesEverySubcommandAndOption();
    void createWritesTheKeyThatAppearsOnce();
    void createWithoutKeyFileIsRefusedForRsAndEs();
    void createWithoutPublicKeyWritesNoFile();
    void usageErrorsSendNothing_data();
    void usageErrorsSendNothing();
    void updateAndDelete();
    void webhooksLinkAndUnlink();

private:
    CliResult run(const QStringList &arguments);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    qint64 createPolicy(const QString &alg);
    QJsonObject storedKeys() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
};

void tst_CliPolicies::init()
{
    hb::test::failOnUnexpectedWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    SandboxOptions options;
    options.token = Token;
    options.burstLimit = 0;
    options.hourlyLimit = 0;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

void tst_CliPolicies::cleanup()
{
    m_sandbox.reset();
    m_dir.reset();
}

CliResult tst_CliPolicies::run(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    environment.insert(QStringLiteral("HOOKBENCH_URL"), m_sandbox->baseUrl().toString());
    environment.insert(QStringLiteral("HOOKBENCH_ACCOUNT"), QStringLiteral("wdc"));
    environment.insert(QStringLiteral("HOOKBENCH_TOKEN"), Token);
    environment.insert(QStringLiteral("COLUMNS"), QStringLiteral("200"));

    CliResult result;
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(HB_BINARY_DIR "/bin/hookbench-cli"), arguments);
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    const QDeadlineTimer deadline(60000);
    while (finished.isEmpty() && !deadline.hasExpired())
        finished.wait(int(std::max<qint64>(1, deadline.remainingTime())));
    if (finished.isEmpty()) {
        process.kill();
        process.waitForFinished(5000);
        result.err = QByteArrayLiteral("(timed out) ") + process.readAllStandardError();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (result.out.contains(Token.toUtf8()) || result.err.contains(Token.toUtf8())) {
        result.exitCode = -2;
        result.err += "\n(the token was printed)";
    }
    return result;
}

qint64 tst_CliPolicies::createPolicy(const QString &alg)
{
    const CliResult created = run(
            {QStringLiteral("policies"), QStringLiteral("create"), QStringLiteral("--jwt-alg"), alg,
             QStringLiteral("--public-key-out"), path(alg + QStringLiteral(".pem")),
             QStringLiteral("--format"), QStringLiteral("json")});
    if (created.exitCode != 0)
        qWarning("create failed: %s", qPrintable(created.diagnostics()));
    return created.json().object().value(QStringLiteral("id")).toInteger();
}

QJsonObject tst_CliPolicies::storedKeys() const
{
    QFile file(m_dir->filePath(QStringLiteral("data/Hookbench/policy-keys.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject profiles
            = QJsonDocument::fromJson(file.readAll()).object().value(u"profiles").toObject();
    return profiles.isEmpty() ? QJsonObject() : profiles.begin().value().toObject();
}

void tst_CliPolicies::helpNamesEverySubcommandAndOption()
{
    const CliResult top = run({QStringLiteral("--help")});
    QCOMPARE(top.exitCode, 0);
    QVERIFY(top.out.contains("policies"));

    const CliResult policies = run({QStringLiteral("policies"), QStringLiteral("--help")});
    QVERIFY2(policies.exitCode == 0, qPrintable(policies.diagnostics()));
    for (const char *subcommand : {"list", "get", "create", "update", "delete"})
        QVERIFY2(policies.out.contains(subcommand), subcommand);
    // Every option of every subcommand, for the manual page made from this text.
    for (const char *option : {"--format", "--state", "--jwt-alg", "--audience", "--expires-in",
                               "--disabled", "--enabled", "--public-key-out"})
        QVERIFY2(policies.out.contains(option), option);

    const CliResult create
            = run({QStringLiteral("policies"), QStringLiteral("create"), QStringLiteral("--help")});
    QVERIFY2(create.exitCode == 0, qPrintable(create.diagnostics()));
    for (const char *option :
         {"--jwt-alg", "--audience", "--expires-in", "--disabled", "--public-key-out", "--format"})
        QVERIFY2(create.out.contains(option), option);
    QVERIFY(create.out.startsWith("Usage: hookbench-cli [global options] policies create"));

    const CliResult update
            = run({QStringLiteral("policies"), QStringLiteral("update"), QStringLiteral("--help")});
    QCOMPARE(update.exitCode, 0);
    QVERIFY(update.out.contains("--enabled"));
    QVERIFY(update.out.contains("MINUTES|none"));

    const CliResult webhookCreate = run({QStringLiteral("create"), QStringLiteral("--help")});
    QCOMPARE(webhookCreate.exitCode, 0);
    QVERIFY(webhookCreate.out.contains("--policy <ID|none>"));
}

void tst_CliPolicies::createWritesTheKeyThatAppearsOnce()
{
    const QString keyFile = path(QStringLiteral("receiver.pem"));
    const CliResult created = run({QStringLiteral("policies"), QStringLiteral("create"),
                                   QStringLiteral("--jwt-alg"), QStringLiteral("es256"),
                                   QStringLiteral("--audience"), QStringLiteral("receiver-7"),
                                   QStringLiteral("--expires-in"), QStringLiteral("5"),
                                   QStringLiteral("--public-key-out"), keyFile});
    QVERIFY2(created.exitCode == 0, qPrintable(created.diagnostics()));
    QVERIFY(created.out.contains("es256"));
    QVERIFY(created.out.contains("receiver-7"));
    QVERIFY(created.out.contains(QDir::toNativeSeparators(keyFile).toUtf8()));

    QFile file(keyFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pem = file.readAll();
    QVERIFY2(pem.startsWith("-----BEGIN PUBLIC KEY-----"), pem.constData());

    // Kept in the local data as well, by policy id.
    const QJsonObject keys = storedKeys();
    QCOMPARE(keys.size(), 1);
    const QString id = keys.begin().key();
    QCOMPARE(keys.begin().value().toObject().value(u"public_key_pem").toString().toUtf8(), pem);

    // The service never shows it again: get, list.
    const CliResult got = run({QStringLiteral("policies"), QStringLiteral("get"), id,
                               QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(got.exitCode == 0, qPrintable(got.diagnostics()));
    QVERIFY(!got.out.contains("BEGIN PUBLIC KEY"));
    QCOMPARE(got.json().object().value(u"jwt_audience").toString(), QStringLiteral("receiver-7"));
    QCOMPARE(got.json().object().value(u"jwt_claim_expires_in").toInteger(), 5);
    const CliResult listed = run({QStringLiteral("policies"), QStringLiteral("list")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.diagnostics()));
    QVERIFY(!listed.out.contains("BEGIN PUBLIC KEY"));
    QVERIFY(listed.out.contains("KEY KEPT"));
    QVERIFY(listed.out.contains("yes"));
}

void tst_CliPolicies::createWithoutKeyFileIsRefusedForRsAndEs()
{
    const CliResult refused = run({QStringLiteral("policies"), QStringLiteral("create"),
                                   QStringLiteral("--jwt-alg"), QStringLiteral("rs256")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("--public-key-out"), refused.err.constData());
    const CliResult listed = run({QStringLiteral("policies"), QStringLiteral("list"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.json().array().size(), 0); // nothing was created
}

void tst_CliPolicies::createWithoutPublicKeyWritesNoFile()
{
    const QString keyFile = path(QStringLiteral("hs.pem"));
    const CliResult created = run({QStringLiteral("policies"), QStringLiteral("create"),
                                   QStringLiteral("--jwt-alg"), QStringLiteral("hs256"),
                                   QStringLiteral("--public-key-out"), keyFile});
    QVERIFY2(created.exitCode == 0, qPrintable(created.diagnostics()));
    QVERIFY2(created.err.contains("has no public key"), created.err.constData());
    QVERIFY(!QFile::exists(keyFile));
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("hs.pem*")}, QDir::Files).isEmpty());
}

void tst_CliPolicies::usageErrorsSendNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString policies = QStringLiteral("policies");
    const QString create = QStringLiteral("create");
    const QString alg = QStringLiteral("--jwt-alg");
    QTest::newRow("no subcommand") << QStringList{policies} << QStringLiteral("subcommand");
    QTest::newRow("unknown subcommand")
            << QStringList{policies, QStringLiteral("rename")} << QStringLiteral("'rename'");
    QTest::newRow("no algorithm") << QStringList{policies, create} << QStringLiteral("--jwt-alg");
    QTest::newRow("unknown algorithm")
            << QStringList{policies, create, alg, QStringLiteral("RS256")}
            << QStringLiteral("--jwt-alg: “RS256”");
    QTest::newRow("audience over 2 KB") << QStringList{
            policies,           create, alg, QStringLiteral("hs256"), QStringLiteral("--audience"),
            QString(2049, u'a')} << QStringLiteral("--audience:");
    QTest::newRow("negative expiry") << QStringList{policies,
                                                    create,
                                                    alg,
                                                    QStringLiteral("hs256"),
                                                    QStringLiteral("--expires-in"),
                                                    QStringLiteral("-1")}
                                     << QStringLiteral("--expires-in");
    QTest::newRow("expiry none on create") << QStringList{policies,
                                                          create,
                                                          alg,
                                                          QStringLiteral("hs256"),
                                                          QStringLiteral("--expires-in"),
                                                          QStringLiteral("none")}
                                           << QStringLiteral("--expires-in");
    QTest::newRow("key file in a missing folder")
            << QStringList{policies,
                           create,
                           alg,
                           QStringLiteral("es384"),
                           QStringLiteral("--public-key-out"),
                           QStringLiteral("/nonexistent/k.pem")}
            << QStringLiteral("does not exist");
    QTest::newRow("update without changes")
            << QStringList{policies, QStringLiteral("update"), QStringLiteral("1")}
            << QStringLiteral("nothing to change");
    QTest::newRow("enabled and disabled")
            << QStringList{policies, QStringLiteral("update"), QStringLiteral("1"),
                           QStringLiteral("--enabled"), QStringLiteral("--disabled")}
            << QStringLiteral("exclude");
    QTest::newRow("id not a number")
            << QStringList{policies, QStringLiteral("get"), QStringLiteral("abc")}
            << QStringLiteral("'abc'");
    QTest::newRow("format csv") << QStringList{policies, QStringLiteral("list"),
                                               QStringLiteral("--format"), QStringLiteral("csv")}
                                << QStringLiteral("--format");
    QTest::newRow("webhook policy not a number")
            << QStringList{create,
                           QStringLiteral("--event"),
                           QStringLiteral("request.create"),
                           QStringLiteral("--uri"),
                           QStringLiteral("https://example.com/h"),
                           QStringLiteral("--policy"),
                           QStringLiteral("first")}
            << QStringLiteral("--policy");
}

void tst_CliPolicies::usageErrorsSendNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const int before = m_sandbox->requestCount();
    const CliResult result = run(arguments);
    QVERIFY2(result.exitCode == 2, qPrintable(result.diagnostics()));
    QVERIFY2(QString::fromUtf8(result.err).contains(message), qPrintable(result.diagnostics()));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(m_sandbox->requestCount(), before);
}

void tst_CliPolicies::updateAndDelete()
{
    const qint64 id = createPolicy(QStringLiteral("hs512"));
    QVERIFY(id > 0);
    const QString idText = QString::number(id);
    const CliResult updated
            = run({QStringLiteral("policies"), QStringLiteral("update"), idText,
                   QStringLiteral("--disabled"), QStringLiteral("--audience"),
                   QStringLiteral("aud-2"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(updated.exitCode == 0, qPrintable(updated.diagnostics()));
    QCOMPARE(updated.json().object().value(u"disabled").toBool(), true);
    QCOMPARE(updated.json().object().value(u"jwt_audience").toString(), QStringLiteral("aud-2"));
    const CliResult disabled
            = run({QStringLiteral("policies"), QStringLiteral("list"), QStringLiteral("--state"),
                   QStringLiteral("disabled"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(disabled.json().array().size(), 1);

    const CliResult deleted = run({QStringLiteral("policies"), QStringLiteral("delete"), idText});
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.diagnostics()));
    QVERIFY(deleted.out.contains("Deleted webhook policy"));
    const CliResult gone = run({QStringLiteral("policies"), QStringLiteral("get"), idText});
    QCOMPARE(gone.exitCode, 1);
    QVERIFY2(gone.err.contains("webhook policy " + idText.toUtf8() + " does not exist"),
             gone.err.constData());
}

void tst_CliPolicies::webhooksLinkAndUnlink()
{
    const qint64 policyId = createPolicy(QStringLiteral("rs256"));
    QVERIFY(policyId > 0);
    const CliResult created
            = run({QStringLiteral("create"), QStringLiteral("--event"),
                   QStringLiteral("request.create"), QStringLiteral("--uri"),
                   QStringLiteral("https://hooks.example.com/signed"), QStringLiteral("--policy"),
                   QString::number(policyId), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.diagnostics()));
    const QJsonObject webhook = created.json().object();
    QCOMPARE(webhook.value(u"webhook_policy").toObject().value(u"id").toInteger(), policyId);

    const QString webhookId = QString::number(webhook.value(u"id").toInteger());
    const CliResult unlinked
            = run({QStringLiteral("update"), webhookId, QStringLiteral("--policy"),
                   QStringLiteral("none"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(unlinked.exitCode == 0, qPrintable(unlinked.diagnostics()));
    QVERIFY(!unlinked.json().object().contains(u"webhook_policy"));

    // A policy that does not exist: the service's 422 names the field.
    const CliResult refused = run({QStringLiteral("update"), webhookId, QStringLiteral("--policy"),
                                   QStringLiteral("99999")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("webhook_policy_id"), refused.err.constData());
}

QTEST_GUILESS_MAIN(tst_CliPolicies)
#include "tst_CliPolicies.moc"
