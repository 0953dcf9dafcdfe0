// DesiredStateImport without a window (issue 13): an export file, JSON or CSV, as the
// desired state of the connected account, planned and applied against the sandbox.
#include "models/CsvWriter.h"
#include "models/ProfileStore.h"
#include "models/TokenStore.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "models/workflow/DesiredStateImport.h"
#include "models/workflow/ProfileSession.h"
#include "tests/support/SandboxFixture.h"
#include "tests/support/WarningGuard.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// An export with webhooks not yet created: their id cells are empty (CsvWriter writes 0).
QByteArray csvWithoutNewIds(const WebhookList &webhooks)
{
    QByteArray bytes = CsvWriter::toCsv(webhooks, {});
    bytes.replace("\r\n0,", "\r\n,");
    return bytes;
}

} // namespace

class tst_DesiredStateImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void importsAnExport_data();
    void importsAnExport();
    void badFileCostsNoRequest();

private:
    WebhookList listAll();
    QString writeFile(const QString &name, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProfileSession> m_session;
    std::unique_ptr<SandboxFixture> m_sandbox;
};

void tst_DesiredStateImport::init()
{
    hb::test::failOnUnexpectedWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("hookbench.ini")),
                                             QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_tokens = std::make_unique<TokenStore>(QStringLiteral("tst_DesiredStateImport"));
    m_tokens->setSessionOnly(true);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_session = std::make_unique<ProfileSession>(m_network.get(), m_profiles.get(), m_tokens.get());
    SandboxOptions options;
    options.burstLimit = 0;
    options.seed = 6;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_session->useSandbox(m_sandbox->server()->baseUrl());
    QVERIFY(m_session->isConnected());
}

void tst_DesiredStateImport::cleanup()
{
    m_session.reset();
    m_network.reset();
    m_sandbox.reset();
    m_tokens.reset();
    m_profiles.reset();
    m_settings.reset();
    m_dir.reset();
}

WebhookList tst_DesiredStateImport::listAll()
{
    WebhookListing *listing = m_session->service()->list(WebhookState::All);
    QSignalSpy finished(listing, &WebhookListing::finished);
    WebhookList rows;
    connect(listing, &WebhookListing::finished, this, [&rows, listing] { rows = listing->rows(); });
    if (!finished.wait(20000))
        qWarning("the listing did not finish");
    return rows;
}

QString tst_DesiredStateImport::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString fileName = m_dir->filePath(name);
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("could not write %s", qPrintable(fileName));
    return fileName;
}

void tst_DesiredStateImport::importsAnExport_data()
{
    QTest::addColumn<bool>("csv");
    QTest::newRow("json") << false;
    QTest::newRow("csv") << true;
}

void tst_DesiredStateImport::importsAnExport()
{
    QFETCH(bool, csv);
    // The account as exported, then edited: one switched on or off, one new webhook.
    WebhookList desired = listAll();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(desired.size(), 6);
    desired[1].disabled = !desired[1].disabled;
    Webhook added;
    added.name = QStringLiteral("Imported, \"quoted\" hook");
    added.event = QStringLiteral("problem.create");
    added.uri = QStringLiteral("https://import.example.com/hook");
    desired.append(added);
    QByteArray bytes;
    if (csv) {
        bytes = csvWithoutNewIds(desired);
    } else {
        QJsonArray array;
        for (const Webhook &webhook : std::as_const(desired))
            array.append(webhook.toJson());
        bytes = QJsonDocument(array).toJson();
    }
    const QString fileName
            = writeFile(csv ? QStringLiteral("export.csv") : QStringLiteral("export.json"), bytes);

    DesiredStateImport import(m_session.get());
    QSignalSpy ready(&import, &DesiredStateImport::planReady);
    QSignalSpy failed(&import, &DesiredStateImport::failed);
    import.load(fileName);
    QVERIFY2(ready.wait(20000),
             failed.isEmpty() ? "timeout" : qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(failed.size(), 0);
    const Plan plan = import.plan();
    QCOMPARE(plan.count(PlanItem::Action::Create), 1);
    QCOMPARE(plan.count(PlanItem::Action::Update), 1);
    QCOMPARE(plan.count(PlanItem::Action::Delete), 0); // an import never prunes
    QCOMPARE(plan.count(PlanItem::Action::Unchanged), 5);

    QSignalSpy finished(&import, &DesiredStateImport::applyFinished);
    QSignalSpy progress(&import, &DesiredStateImport::applyProgress);
    import.apply(plan);
    QVERIFY(import.isApplying());
    QVERIFY(finished.wait(20000));
    const ApplyResult result = finished.at(0).at(0).value<ApplyResult>();
    QVERIFY(result.isComplete());
    QCOMPARE(result.count(PlanItem::Action::Create), 1);
    QCOMPARE(result.count(PlanItem::Action::Update), 1);
    QCOMPARE(progress.last().at(0).toInt(), 2);

    // Imported twice: nothing to do the second time.
    const WebhookList after = listAll();
    QCOMPARE(after.size(), 7);
    import.load(fileName);
    QVERIFY(ready.wait(20000));
    QVERIFY(!import.plan().hasChanges());
}

void tst_DesiredStateImport::badFileCostsNoRequest()
{
    const int requestsBefore = m_sandbox->server()->requestCount();
    const QString fileName
            = writeFile(QStringLiteral("bad.csv"),
                        "name,event,uri\r\nok,request.create,https://example.com/a\r\n"
                        "bad,no.such-event,https://example.com/b\r\n");
    DesiredStateImport import(m_session.get());
    QSignalSpy failed(&import, &DesiredStateImport::failed);
    QSignalSpy ready(&import, &DesiredStateImport::planReady);
    import.load(fileName);
    QCOMPARE(failed.size(), 0); // reported from the event loop, like every other outcome
    QVERIFY(failed.wait(5000));
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(u"line 3"), qPrintable(message));
    QVERIFY2(message.contains(u"bad.csv"), qPrintable(message));
    QCOMPARE(ready.size(), 0);
    QCOMPARE(m_sandbox->server()->requestCount(), requestsBefore);
}

QTEST_GUILESS_MAIN(tst_DesiredStateImport)
#include "tst_DesiredStateImport.moc"
