// What hookbench-cli takes from its process: how wide a table may be, where settings live.
#include "app/cli/CliContext.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/WarningGuard.h"

class tst_CliContext final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { hb::test::failOnUnexpectedWarnings(); }
    void tableWidth_data();
    void tableWidth();
    void variables();
    void settingsFile();
};

void tst_CliContext::tableWidth_data()
{
    QTest::addColumn<bool>("terminal");
    QTest::addColumn<int>("terminalColumns");
    QTest::addColumn<QString>("columnsVariable"); // empty: not set
    QTest::addColumn<int>("expected");
    QTest::newRow("terminal") << true << 132 << QString() << 132;
    QTest::newRow("terminal wins over COLUMNS") << true << 90 << QStringLiteral("40") << 90;
    QTest::newRow("silent terminal, COLUMNS") << true << 0 << QStringLiteral("100") << 100;
    QTest::newRow("silent terminal") << true << 0 << QString() << 80;
    QTest::newRow("pipe") << false << 0 << QString() << 0;
    QTest::newRow("pipe, COLUMNS") << false << 0 << QStringLiteral("100") << 100;
    QTest::newRow("pipe, COLUMNS not a number") << false << 0 << QStringLiteral("wide") << 0;
    QTest::newRow("pipe, COLUMNS zero") << false << 0 << QStringLiteral("0") << 0;
}

void tst_CliContext::tableWidth()
{
    QFETCH(bool, terminal);
    QFETCH(int, terminalColumns);
    QFETCH(QString, columnsVariable);
    QFETCH(int, expected);
    CliContext context;
    context.stdoutIsTerminal = terminal;
    context.terminalColumns = terminalColumns;
    if (!columnsVariable.isEmpty())
        context.environment.insert(QStringLiteral("COLUMNS"), columnsVariable);
    QCOMPARE(context.tableWidth(), expected);
}

void tst_CliContext::variables()
{
    CliContext context;
    context.environment.insert(QStringLiteral("HOOKBENCH_URL"), QStringLiteral("https://x/v1"));
    QCOMPARE(context.variable("HOOKBENCH_URL"), QStringLiteral("https://x/v1"));
    QVERIFY(context.variable("HOOKBENCH_TOKEN").isEmpty());
}

void tst_CliContext::settingsFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CliContext context;
    context.settingsFile = dir.filePath(QStringLiteral("hookbench.conf"));
    {
        QSettings written(context.settingsFile, QSettings::IniFormat);
        written.setValue(QStringLiteral("history/retentionDays"), 7);
    }
    QCOMPARE(context.openSettings()->value(QStringLiteral("history/retentionDays")).toInt(), 7);
}

QTEST_GUILESS_MAIN(tst_CliContext)
#include "tst_CliContext.moc"
