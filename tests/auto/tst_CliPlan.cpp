// hookbench-cli plan, apply and diff end to end (issue 13), run in-process
// (tests/support/CliHarness) against two in-process sandboxes (two accounts) and a scripted
// server that fails half-way; the servers answer from the command's event loop.
#include "models/JsonKeys.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "tests/support/CliHarness.h"
#include "tests/support/FaultServer.h"
#include "tests/support/SandboxClientStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/WarningGuard.h"
#include <memory>

namespace {

const QString TokenA = QStringLiteral("tok-a-5ecret-for-plan-tests");
const QString TokenB = QStringLiteral("tok-b-5ecret-for-plan-tests");

Webhook sample(int i)
{
    Webhook webhook;
    webhook.name = QStringLiteral("Hook %1").arg(i);
    webhook.event = i % 2 ? QStringLiteral("request.create") : QStringLiteral("task.update");
    webhook.uri = QStringLiteral("https://qa.example.com/hooks/%1").arg(i);
    webhook.description = QStringLiteral("description %1, with a comma").arg(i);
    return webhook;
}

} // namespace

class tst_CliPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void planApplyPlanAgain_data();
    void planApplyPlanAgain();
    void badFilesAreUsageErrors_data();
    void badFilesAreUsageErrors();
    void deletionsNeedYes();
    void applyJsonReportsDeletedInFull();
    void rewriteOnTheCommandLine();
    void diffTwoAccounts();
    void applyFailsPartWay();

private:
    std::unique_ptr<SandboxServer> startSandbox(const QString &token);
    QProcessEnvironment environment(const QUrl &url, const QString &token) const;
    CliResult run(const QStringList &arguments, const QProcessEnvironment &environment);
    QString writeFile(const QString &name, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliHarness> m_cli;
    std::unique_ptr<SandboxServer> m_a;
    std::unique_ptr<SandboxServer> m_b;
};

void tst_CliPlan::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliHarness>(m_dir->path());
    m_cli->addSecret(TokenA);
    m_cli->addSecret(TokenB);
}

void tst_CliPlan::init()
{
    hb::test::failOnUnexpectedWarnings();
    m_a = startSandbox(TokenA);
    QVERIFY(m_a);
    m_b = startSandbox(TokenB);
    QVERIFY(m_b);
    for (int i = 1; i <= 3; ++i)
        SandboxClientStore::of(m_a)->add(sample(i));
}

void tst_CliPlan::cleanup()
{
    // Every run of every test: no token in the arguments or the output.
    const QStringList leaks = m_cli->takeLeaks();
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    m_a.reset();
    m_b.reset();
}

std::unique_ptr<SandboxServer> tst_CliPlan::startSandbox(const QString &token)
{
    SandboxOptions options;
    options.token = token;
    auto sandbox = std::make_unique<SandboxServer>(options);
    QString error;
    if (!sandbox->start(&error)) {
        qWarning("sandbox: %s", qPrintable(error)); // fails the test function
        return nullptr;
    }
    return sandbox;
}

QProcessEnvironment tst_CliPlan::environment(const QUrl &url, const QString &token) const
{
    return m_cli->environment(url, token);
}

CliResult tst_CliPlan::run(const QStringList &arguments, const QProcessEnvironment &environment)
{
    return m_cli->run(arguments, environment);
}

QString tst_CliPlan::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

void tst_CliPlan::planApplyPlanAgain_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << QStringLiteral("json");
    QTest::newRow("csv") << QStringLiteral("csv");
}

void tst_CliPlan::planApplyPlanAgain()
{
    QFETCH(QString, format);
    const QProcessEnvironment a = environment(m_a->baseUrl(), TokenA);
    const QProcessEnvironment b = environment(m_b->baseUrl(), TokenB);
    const QString file = m_dir->filePath(QStringLiteral("a.") + format);
    CliResult result = run({QStringLiteral("export"), QStringLiteral("--format"), format,
                            QStringLiteral("--output"), file},
                           a);
    QVERIFY2(result.exitCode == 0, qPrintable(result.diagnostics()));

    const QStringList plan{QStringLiteral("plan"), QStringLiteral("--file"), file};
    result = run(plan, b);
    QVERIFY2(result.exitCode == 3, qPrintable(result.diagnostics()));
    QVERIFY2(result.out.contains("3 to create"), qPrintable(result.diagnostics()));
    QVERIFY(result.out.contains("3 API request"));
    QVERIFY(result.out.contains("verify"));
    QCOMPARE(SandboxClientStore::of(m_b)->count(), 0); // plan changes nothing

    result = run({QStringLiteral("apply"), QStringLiteral("--file"), file}, b);
    QVERIFY2(result.exitCode == 0, qPrintable(result.diagnostics()));
    QVERIFY2(result.out.contains("Applied 3 of 3 changes"), qPrintable(result.diagnostics()));
    QCOMPARE(SandboxClientStore::of(m_b)->count(), 3);

    result = run(plan, b);
    QVERIFY2(result.exitCode == 0, qPrintable(result.diagnostics()));
    QVERIFY(result.out.contains("Nothing to do"));
    const int requests = m_b->requestCount();
    result = run({QStringLiteral("apply"), QStringLiteral("--file"), file}, b);
    QVERIFY2(result.exitCode == 0, qPrintable(result.diagnostics()));
    QCOMPARE(SandboxClientStore::of(m_b)->count(), 3);
    QCOMPARE(m_b->createCount(), 3);
    QVERIFY(m_b->requestCount() - requests <= 1); // the listing only
}

void tst_CliPlan::badFilesAreUsageErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown column")
            << QStringLiteral("bad.csv")
            << QByteArray("name,event,uri,colour\r\nA,request.create,https://e.com/,red\r\n")
            << QStringLiteral("line 1: unknown column 'colour'");
    QTest::newRow("bad event") << QStringLiteral("bad.json")
                               << QByteArray(R"([{"event":"request.create","uri":"https://e/"},)"
                                             R"({"event":"nope.never","uri":"https://e/"}])")
                               << QStringLiteral("index 1: 'nope.never'");
    QTest::newRow("bad uri") << QStringLiteral("bad2.csv")
                             << QByteArray("event,uri\r\nrequest.create,https://e.com/\r\n"
                                           "request.create,mailto:x@example.com\r\n")
                             << QStringLiteral("line 3: uri");
}

void tst_CliPlan::badFilesAreUsageErrors()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString file = writeFile(name, bytes);
    for (const char *command : {"plan", "apply"}) {
        const CliResult result = run({QLatin1StringView(command), QStringLiteral("--file"), file},
                                     environment(m_b->baseUrl(), TokenB));
        QVERIFY2(result.exitCode == 2, qPrintable(result.diagnostics()));
        QVERIFY2(QString::fromUtf8(result.err).contains(message), qPrintable(result.diagnostics()));
    }
    QCOMPARE(m_b->requestCount(), 0); // a bad file costs no request
}

void tst_CliPlan::deletionsNeedYes()
{
    Webhook extra = sample(9);
    extra.name = QStringLiteral("Only in B");
    const qint64 extraId = SandboxClientStore::of(m_b)->add(extra).id;
    const QString file = writeFile(QStringLiteral("empty.json"), "[]");
    const QProcessEnvironment b = environment(m_b->baseUrl(), TokenB);

    CliResult result = run({QStringLiteral("apply"), QStringLiteral("--file"), file}, b);
    QVERIFY2(result.exitCode == 0, qPrintable(result.diagnostics())); // without prune: kept
    QVERIFY(SandboxClientStore::of(m_b)->find(extraId));

    result = run(
            {QStringLiteral("plan"), QStringLiteral("--file"), file, QStringLiteral("--prune")}, b);
    QVERIFY2(result.exitCode == 3, qPrintable(result.diagnostics()));
    QVERIFY(result.out.contains("1 to delete"));

    result = run(
            {QStringLiteral("apply"), QStringLiteral("--file"), file, QStringLiteral("--prune")},
            b);
    QVERIFY2(result.exitCode == 2, qPrintable(result.diagnostics()));
    QVERIFY2(result.err.contains("--yes"), qPrintable(result.diagnostics()));
    QVERIFY(SandboxClientStore::of(m_b)->find(extraId));

    result = run({QStringLiteral("apply"), QStringLiteral("--file"), file,
                  QStringLiteral("--prune"), QStringLiteral("--yes")},
                 b);
    QVERIFY2(result.exitCode == 0, qPrintable(result.diagnostics()));
    QVERIFY(!SandboxClientStore::of(m_b)->find(extraId));
    // The deleted webhook is printed whole, URI and all, to be applied again.
    QVERIFY2(result.out.contains(extra.uri.toUtf8()), qPrintable(result.diagnostics()));
    QVERIFY(result.out.contains(extra.description.toUtf8()));
}

void tst_CliPlan::applyJsonReportsDeletedInFull()
{
    Webhook extra = sample(7);
    extra.uri = QStringLiteral("https://user:secret@b.example.com/only?key=abc");
    SandboxClientStore::of(m_b)->add(extra);
    const QString file = writeFile(QStringLiteral("one.json"),
                                   QJsonDocument(QJsonArray{sample(1).toJson()}).toJson());
    const CliResult result = run({QStringLiteral("apply"), QStringLiteral("--file"), file,
                                  QStringLiteral("--prune"), QStringLiteral("--yes"),
                                  QStringLiteral("--format"), QStringLiteral("json")},
                                 environment(m_b->baseUrl(), TokenB));
    QVERIFY2(result.exitCode == 0, qPrintable(result.diagnostics()));
    const QJsonObject document = QJsonDocument::fromJson(result.out).object();
    const QJsonObject summary = document.value(QLatin1StringView("plan"))
                                        .toObject()
                                        .value(QLatin1StringView("summary"))
                                        .toObject();
    QCOMPARE(summary.value(QLatin1StringView("create")).toInt(), 1);
    QCOMPARE(summary.value(QLatin1StringView("delete")).toInt(), 1);
    QCOMPARE(summary.value(QLatin1StringView("requests")).toInt(), 2);
    const QJsonObject applied = document.value(QLatin1StringView("result")).toObject();
    QVERIFY(applied.value(QLatin1StringView("complete")).toBool());
    const QJsonArray deleted = applied.value(QLatin1StringView("deleted")).toArray();
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted.at(0).toObject().value(JsonKeys::Uri).toString(), extra.uri);
    QCOMPARE(deleted.at(0).toObject().value(JsonKeys::Description).toString(), extra.description);
    // It can be applied again as it is.
    const QString restore
            = writeFile(QStringLiteral("restore.json"), QJsonDocument(deleted).toJson());
    const CliResult again = run({QStringLiteral("apply"), QStringLiteral("--file"), restore},
                                environment(m_b->baseUrl(), TokenB));
    QVERIFY2(again.exitCode == 0, qPrintable(again.diagnostics()));
    QCOMPARE(SandboxClientStore::of(m_b)->count(), 2);
}

void tst_CliPlan::rewriteOnTheCommandLine()
{
    const QString file = m_dir->filePath(QStringLiteral("rewrite.json"));
    CliResult result = run({QStringLiteral("export"), QStringLiteral("--format"),
                            QStringLiteral("json"), QStringLiteral("--output"), file},
                           environment(m_a->baseUrl(), TokenA));
    QVERIFY2(result.exitCode == 0, qPrintable(result.diagnostics()));
    const QStringList apply{QStringLiteral("apply"), QStringLiteral("--file"), file,
                            QStringLiteral("--rewrite"),
                            QStringLiteral("https://qa.example.com/=https://prod.example.com/")};
    result = run(apply, environment(m_b->baseUrl(), TokenB));
    QVERIFY2(result.exitCode == 0, qPrintable(result.diagnostics()));
    for (const Webhook &webhook : SandboxClientStore::of(m_b)->webhooks())
        QVERIFY2(webhook.uri.startsWith(u"https://prod.example.com/"), qPrintable(webhook.uri));

    result = run({QStringLiteral("plan"), QStringLiteral("--file"), file,
                  QStringLiteral("--rewrite"), QStringLiteral("nonsense")},
                 environment(m_b->baseUrl(), TokenB));
    QVERIFY2(result.exitCode == 2, qPrintable(result.diagnostics()));
    QVERIFY(result.err.contains("nonsense"));
}

void tst_CliPlan::diffTwoAccounts()
{
    QProcessEnvironment a = environment(m_a->baseUrl(), TokenA);
    const QStringList diff{QStringLiteral("diff"), QStringLiteral("--against-url"),
                           m_b->baseUrl().toString()};
    CliResult result = run(diff, a);
    QVERIFY2(result.exitCode == 2, qPrintable(result.diagnostics())); // no second token
    QVERIFY(result.err.contains("HOOKBENCH_AGAINST_TOKEN"));

    a.insert(QStringLiteral("HOOKBENCH_AGAINST_TOKEN"), TokenB);
    result = run(diff + QStringList{QStringLiteral("--format"), QStringLiteral("json")}, a);
    QVERIFY2(result.exitCode == 3, qPrintable(result.diagnostics()));
    const QJsonObject plan = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(plan.value(QLatin1StringView("summary"))
                     .toObject()
                     .value(QLatin1StringView("create"))
                     .toInt(),
             3);
    QCOMPARE(SandboxClientStore::of(m_b)->count(), 0);

    for (const Webhook &webhook : SandboxClientStore::of(m_a)->webhooks())
        SandboxClientStore::of(m_b)->add(webhook);
    result = run(diff, a);
    QVERIFY2(result.exitCode == 0, qPrintable(result.diagnostics()));
    QVERIFY(result.out.contains("3 unchanged"));
}

void tst_CliPlan::applyFailsPartWay()
{
    FaultServer server;
    QVERIFY(server.listen());
    int creates = 0;
    server.setHandler([&creates](const FaultServer::Request &request) {
        if (request.method == "GET")
            return FaultServer::json(200, "[]");
        ++creates;
        if (creates == 5)
            return FaultServer::json(500, R"({"message":"Internal Server Error"})");
        QJsonObject body = QJsonDocument::fromJson(request.body).object();
        body.insert(JsonKeys::Id, 200 + creates);
        return FaultServer::json(201, QJsonDocument(body).toJson(QJsonDocument::Compact));
    });
    QJsonArray desired;
    for (int i = 1; i <= 6; ++i)
        desired.append(sample(i).toJson());
    const QString file = writeFile(QStringLiteral("six.json"), QJsonDocument(desired).toJson());
    const CliResult result = run({QStringLiteral("apply"), QStringLiteral("--file"), file},
                                 environment(server.baseUrl(), TokenB));
    QVERIFY2(result.exitCode == 1, qPrintable(result.diagnostics()));
    const QString out = QString::fromUtf8(result.out);
    QVERIFY2(out.contains(QStringLiteral("Applied 4 of 6 changes")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("FAILED")), qPrintable(out));
    QCOMPARE(out.count(QStringLiteral("not done\n")), 1);
    QVERIFY(out.contains(QStringLiteral("\"Hook 6\"")));
    QVERIFY(result.err.contains("failed part-way"));
    // The fifth create is never resent blindly; the sixth is never sent.
    QVERIFY(creates >= 5);
    for (const FaultServer::Request &request : server.requests()) {
        if (request.method == "POST")
            QVERIFY(!request.body.contains("Hook 6"));
    }
}

QTEST_GUILESS_MAIN(tst_CliPlan)
#include "tst_CliPlan.moc"
