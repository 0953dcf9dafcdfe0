#include "models/CsvWriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

class tst_CsvWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void headersAreTheApiFieldNames();
    void escapesCells_data();
    void escapesCells();
    void recordJoinsCellsWithCrLf();
    void matchesGoldenFiles_data();
    void matchesGoldenFiles();
    void roundTripsThroughAnIndependentParser_data();
    void roundTripsThroughAnIndependentParser();
    void failedWriteLeavesEarlierFileUntouched_data();
    void failedWriteLeavesEarlierFileUntouched();
    void failureMidWriteLeavesEarlierFileUntouched();
    void replacesAnEarlierFile();
};

namespace {

Webhook makeWebhook(qint64 id, const QString &name, const QString &event, const QString &uri)
{
    Webhook webhook;
    webhook.id = id;
    webhook.name = name;
    webhook.event = event;
    webhook.uri = uri;
    return webhook;
}

QByteArray readGolden(const QString &name)
{
    QFile file(QStringLiteral(HB_TEST_DATA_DIR "/csv/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing golden file %s", qPrintable(file.fileName()));
    return file.readAll();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A strict RFC 4180 reader, written apart from CsvWriter: every record ends in CRLF; a field
// is either quoted (quotes doubled inside) or holds no comma, quote, CR or LF. Returns the
// records, or sets *error.
QList<QStringList> parseCsv(QByteArray bytes, QString *error)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QList<QStringList> records;
    QStringList record;
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    auto fail = [error](const QString &what, qsizetype at) {
        *error = QStringLiteral("%1 at byte %2").arg(what).arg(at);
        return QList<QStringList>();
    };
    while (i < n) {
        QByteArray field;
        if (bytes.at(i) == '"') {
            ++i;
            while (true) {
                if (i >= n)
                    return fail(QStringLiteral("unterminated quoted field"), i);
                if (bytes.at(i) == '"') {
                    if (i + 1 < n && bytes.at(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field.append(bytes.at(i++));
            }
        } else {
            while (i < n && bytes.at(i) != ',' && bytes.at(i) != '\r') {
                if (bytes.at(i) == '"' || bytes.at(i) == '\n')
                    return fail(QStringLiteral("quote or LF in an unquoted field"), i);
                field.append(bytes.at(i++));
            }
        }
        record.append(QString::fromUtf8(field));
        if (i < n && bytes.at(i) == ',') {
            ++i;
            continue;
        }
        if (i + 1 < n && bytes.at(i) == '\r' && bytes.at(i + 1) == '\n') {
            i += 2;
            records.append(record);
            record.clear();
            continue;
        }
        return fail(QStringLiteral("a field ends without comma or CRLF"), i);
    }
    if (!record.isEmpty())
        return fail(QStringLiteral("the last record has no CRLF"), i);
    return records;
}

QStringList cellsOf(const Webhook &webhook)
{
    return {QString::number(webhook.id),
            webhook.name,
            webhook.event,
            webhook.uri,
            webhook.disabled ? QStringLiteral("true") : QStringLiteral("false"),
            webhook.mailExceptionsTo,
            webhook.description,
            webhook.lastError,
            webhook.createdAt,
            webhook.updatedAt,
            webhook.webhookPolicyName.isEmpty() && webhook.webhookPolicyId > 0
                    ? QString::number(webhook.webhookPolicyId)
                    : webhook.webhookPolicyName,
            webhook.openIdConnectDiscovery ? QStringLiteral("true") : QStringLiteral("false"),
            webhook.appOfferingReferences.join(u';'),
            webhook.source,
            webhook.sourceId};
}

// Texts made of the characters CSV and spreadsheets treat specially.
QString trickyText(QRandomGenerator &random)
{
    static const QStringList pieces{
            QStringLiteral("a"),  QStringLiteral(","),  QStringLiteral("\""),  QStringLiteral("\r"),
            QStringLiteral("\n"), QStringLiteral("\t"), QStringLiteral("="),   QStringLiteral("+"),
            QStringLiteral("-"),  QStringLiteral("@"),  QStringLiteral(" "),   QStringLiteral("é"),
            QStringLiteral("😀"),  QStringLiteral("'"),  QStringLiteral("\r\n")};
    QString text;
    const int length = int(random.bounded(7));
    for (int i = 0; i < length; ++i)
        text += pieces.at(random.bounded(int(pieces.size())));
    return text;
}

} // namespace

void tst_CsvWriter::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_CsvWriter::headersAreTheApiFieldNames()
{
    QCOMPARE(CsvWriter::headers(),
             (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("event"),
                          QStringLiteral("uri"), QStringLiteral("disabled"),
                          QStringLiteral("mail_exceptions_to"), QStringLiteral("description"),
                          QStringLiteral("last_error"), QStringLiteral("created_at"),
                          QStringLiteral("updated_at"), QStringLiteral("webhook_policy"),
                          QStringLiteral("openid_connect_discovery"),
                          QStringLiteral("app_offering_references"), QStringLiteral("source"),
                          QStringLiteral("sourceID")}));
}

void tst_CsvWriter::escapesCells_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<bool>("formulaGuard");
    QTest::addColumn<QString>("escaped");

    auto row = [](const char *name, const QString &cell, bool guard, const QString &escaped) {
        QTest::newRow(name) << cell << guard << escaped;
    };
    row("plain", QStringLiteral("hello"), true, QStringLiteral("hello"));
    row("empty", QString(), true, QString());
    row("comma", QStringLiteral("a,b"), true, QStringLiteral("\"a,b\""));
    row("quote doubled", QStringLiteral("say \"hi\""), true, QStringLiteral("\"say \"\"hi\"\"\""));
    row("LF", QStringLiteral("a\nb"), true, QStringLiteral("\"a\nb\""));
    row("CRLF", QStringLiteral("a\r\nb"), true, QStringLiteral("\"a\r\nb\""));
    row("tab inside needs nothing", QStringLiteral("a\tb"), true, QStringLiteral("a\tb"));
    row("equals", QStringLiteral("=1+1"), true, QStringLiteral("'=1+1"));
    row("plus", QStringLiteral("+1"), true, QStringLiteral("'+1"));
    row("minus", QStringLiteral("-1"), true, QStringLiteral("'-1"));
    row("at", QStringLiteral("@SUM(A1)"), true, QStringLiteral("'@SUM(A1)"));
    row("tab first", QStringLiteral("\tx"), true, QStringLiteral("'\tx"));
    row("CR first, quoted", QStringLiteral("\rx"), true, QStringLiteral("\"'\rx\""));
    row("trigger with comma", QStringLiteral("=A1,B1"), true, QStringLiteral("\"'=A1,B1\""));
    row("trigger inside is harmless", QStringLiteral("a=b"), true, QStringLiteral("a=b"));
    row("guard off keeps equals", QStringLiteral("=1+1"), false, QStringLiteral("=1+1"));
    row("guard off still quotes", QStringLiteral("\rx"), false, QStringLiteral("\"\rx\""));
    row("non-ASCII", QStringLiteral("Zürich ✓"), true, QStringLiteral("Zürich ✓"));
}

void tst_CsvWriter::escapesCells()
{
    QFETCH(QString, cell);
    QFETCH(bool, formulaGuard);
    QFETCH(QString, escaped);
    QCOMPARE(CsvWriter::escapeCell(cell, formulaGuard), escaped);
}

void tst_CsvWriter::recordJoinsCellsWithCrLf()
{
    QCOMPARE(CsvWriter::record(
                     {QStringLiteral("a"), QString(), QStringLiteral("c,d"), QStringLiteral("=x")},
                     true),
             QByteArray("a,,\"c,d\",'=x\r\n"));
    QCOMPARE(CsvWriter::record({}, true), QByteArray("\r\n"));
}

void tst_CsvWriter::matchesGoldenFiles_data()
{
    QTest::addColumn<QString>("golden");
    QTest::addColumn<WebhookList>("webhooks");
    QTest::addColumn<bool>("byteOrderMark");
    QTest::addColumn<bool>("formulaGuard");

    Webhook slack = makeWebhook(1, QStringLiteral("Slack"), QStringLiteral("request.create"),
                                QStringLiteral("https://hooks.example.com/a"));
    slack.createdAt = QStringLiteral("2024-01-15T10:23:45Z");
    slack.updatedAt = QStringLiteral("2024-01-16T08:00:00+02:00");
    Webhook ops
            = makeWebhook(9007199254740993, QStringLiteral("Ops"), QStringLiteral("problem.update"),
                          QStringLiteral("https://ops.example.com/b?x=1"));
    ops.disabled = true;
    ops.mailExceptionsTo = QStringLiteral("ops@example.com");
    ops.description = QStringLiteral("Night shift");
    ops.lastError = QStringLiteral("Timeout");
    ops.createdAt = QStringLiteral("2023-12-31T23:59:59.123+01:00");
    ops.updatedAt = ops.createdAt;
    ops.webhookPolicyId = 7;
    ops.webhookPolicyName = QStringLiteral("Signing");
    ops.openIdConnectDiscovery = true;
    ops.source = QStringLiteral("ext");
    ops.sourceId = QStringLiteral("S-1");
    slack.webhookPolicyId = 12; // no name: the id stands for it
    Webhook offerings
            = makeWebhook(10, QStringLiteral("Apps"), QStringLiteral("app_instance.create"),
                          QStringLiteral("https://apps.example.com/"));
    offerings.appOfferingReferences = {QStringLiteral("wdc-app"), QStringLiteral("crm")};
    const WebhookList plain{slack, ops, offerings};

    Webhook sayHi = makeWebhook(2, QStringLiteral("Say \"hi\""), QStringLiteral("request.create"),
                                QStringLiteral("https://x.example/a,b"));
    sayHi.description = QStringLiteral("a,b");
    sayHi.lastError = QStringLiteral("\"");
    Webhook quoted = makeWebhook(3, QStringLiteral("\"quoted\""), QStringLiteral("request.update"),
                                 QStringLiteral("https://x.example/c"));
    quoted.description = QStringLiteral("ends with \"");
    quoted.lastError = QStringLiteral(",");

    Webhook lines = makeWebhook(4, QStringLiteral("a\nb"), QStringLiteral("request.create"),
                                QStringLiteral("https://x.example/d"));
    lines.description = QStringLiteral("line1\r\nline2");
    lines.lastError = QStringLiteral("x\ry");
    Webhook trailing
            = makeWebhook(5, QStringLiteral("trailing\r\n"), QStringLiteral("request.create"),
                          QStringLiteral("https://x.example/e"));
    trailing.description = QStringLiteral("\n");

    Webhook tabs = makeWebhook(6, QStringLiteral("a\tb"), QStringLiteral("request.create"),
                               QStringLiteral("https://x.example/f"));
    tabs.description = QStringLiteral("\tindented");
    tabs.lastError = QStringLiteral("tab at end\t");

    Webhook foreign
            = makeWebhook(7, QStringLiteral("Zürich — Büro ✓"), QStringLiteral("request.create"),
                          QStringLiteral("https://bücher.example/ü"));
    foreign.mailExceptionsTo = QStringLiteral("jörg@example.ch");
    foreign.description = QStringLiteral("日本語 😀");
    foreign.lastError = QStringLiteral("مرحبا بالعالم");

    Webhook formulas = makeWebhook(8, QStringLiteral("=SUM(A1:A2)"),
                                   QStringLiteral("+request.create"), QStringLiteral("-1+2"));
    formulas.mailExceptionsTo = QStringLiteral("@admin");
    formulas.description = QStringLiteral("\tTab");
    formulas.lastError = QStringLiteral("\rCR");
    formulas.createdAt = QStringLiteral("a=b");
    Webhook hyperlink
            = makeWebhook(9, QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
                          QStringLiteral("request.create"), QStringLiteral("https://x.example/g"));
    hyperlink.disabled = true;
    hyperlink.description = QStringLiteral("-");
    hyperlink.lastError = QStringLiteral("@");

    QTest::newRow("plain, no BOM") << QStringLiteral("plain.csv") << plain << false << true;
    QTest::newRow("plain, BOM") << QStringLiteral("plain_bom.csv") << plain << true << true;
    QTest::newRow("no rows") << QStringLiteral("empty.csv") << WebhookList() << false << true;
    QTest::newRow("quotes and commas")
            << QStringLiteral("quotes.csv") << WebhookList{sayHi, quoted} << false << true;
    QTest::newRow("CR and LF in cells")
            << QStringLiteral("line_breaks.csv") << WebhookList{lines, trailing} << false << true;
    QTest::newRow("tabs") << QStringLiteral("tabs.csv") << WebhookList{tabs} << false << true;
    QTest::newRow("non-ASCII, no BOM")
            << QStringLiteral("non_ascii.csv") << WebhookList{foreign} << false << true;
    QTest::newRow("non-ASCII, BOM")
            << QStringLiteral("non_ascii_bom.csv") << WebhookList{foreign} << true << true;
    QTest::newRow("every formula trigger, guarded")
            << QStringLiteral("formula_guard_on.csv") << WebhookList{formulas, hyperlink} << false
            << true;
    QTest::newRow("every formula trigger, unguarded")
            << QStringLiteral("formula_guard_off.csv") << WebhookList{formulas, hyperlink} << false
            << false;
}

void tst_CsvWriter::matchesGoldenFiles()
{
    QFETCH(QString, golden);
    QFETCH(WebhookList, webhooks);
    QFETCH(bool, byteOrderMark);
    QFETCH(bool, formulaGuard);
    const QByteArray expected = readGolden(golden);
    CsvWriter::Options options;
    options.byteOrderMark = byteOrderMark;
    options.formulaGuard = formulaGuard;

    QCOMPARE(CsvWriter::toCsv(webhooks, options), expected);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY2(CsvWriter::write(&buffer, webhooks, options, &error), qPrintable(error));
    QCOMPARE(buffer.data(), expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QVERIFY2(CsvWriter::writeFile(path, webhooks, options, &error), qPrintable(error));
    QCOMPARE(readFile(path), expected);
}

void tst_CsvWriter::roundTripsThroughAnIndependentParser_data()
{
    QTest::addColumn<bool>("formulaGuard");
    QTest::addColumn<bool>("byteOrderMark");
    QTest::newRow("guarded, BOM") << true << true;
    QTest::newRow("unguarded, no BOM") << false << false;
}

void tst_CsvWriter::roundTripsThroughAnIndependentParser()
{
    QFETCH(bool, formulaGuard);
    QFETCH(bool, byteOrderMark);
    QRandomGenerator random(4180);
    WebhookList webhooks;
    for (qint64 id = 1; id <= 500; ++id) {
        Webhook webhook
                = makeWebhook(id, trickyText(random), trickyText(random), trickyText(random));
        webhook.disabled = random.bounded(2) == 1;
        webhook.mailExceptionsTo = trickyText(random);
        webhook.description = trickyText(random);
        webhook.lastError = trickyText(random);
        webhook.createdAt = trickyText(random);
        webhook.updatedAt = trickyText(random);
        webhook.webhookPolicyName = trickyText(random);
        webhook.webhookPolicyId = webhook.webhookPolicyName.isEmpty() ? 0 : id;
        webhook.openIdConnectDiscovery = random.bounded(2) == 1;
        webhook.source = trickyText(random);
        webhook.sourceId = trickyText(random);
        webhooks.append(webhook);
    }
    const QByteArray csv = CsvWriter::toCsv(webhooks, {byteOrderMark, formulaGuard});
    QCOMPARE(csv.startsWith("\xEF\xBB\xBF"), byteOrderMark);

    QString error;
    const QList<QStringList> records = parseCsv(csv, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.size(), webhooks.size() + 1);
    QCOMPARE(records.first(), CsvWriter::headers());
    const QString triggers = QStringLiteral("=+-@\t\r");
    for (qsizetype i = 0; i < webhooks.size(); ++i) {
        QStringList expected = cellsOf(webhooks.at(i));
        if (formulaGuard) {
            for (QString &cell : expected) {
                if (!cell.isEmpty() && triggers.contains(cell.front()))
                    cell.prepend(u'\'');
            }
        }
        QCOMPARE(records.at(i + 1), expected);
    }
}

void tst_CsvWriter::failedWriteLeavesEarlierFileUntouched_data()
{
    QTest::addColumn<QString>("target"); // relative to a temporary directory
    QTest::newRow("target is a directory") << QStringLiteral("folder");
    QTest::newRow("parent is a file") << QStringLiteral("earlier.csv/export.csv");
    QTest::newRow("parent is missing") << QStringLiteral("missing/export.csv");
}

void tst_CsvWriter::failedWriteLeavesEarlierFileUntouched()
{
    QFETCH(QString, target);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray earlier("id,name\r\n1,earlier export\r\n");
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("folder/inside.csv")), earlier));
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("earlier.csv")), earlier));
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    QString error;
    const QString path = dir.filePath(target);
    QVERIFY(!CsvWriter::writeFile(path, {makeWebhook(1, QStringLiteral("new"), QString(), {})}, {},
                                  &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.size() > path.size() + 30, qPrintable(error)); // says why and what next

    QCOMPARE(readFile(dir.filePath(QStringLiteral("earlier.csv"))), earlier);
    QCOMPARE(readFile(dir.filePath(QStringLiteral("folder/inside.csv"))), earlier);
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("folder"))).isDir());
    // No temporary file left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    QCOMPARE(QDir(dir.filePath(QStringLiteral("folder"))).entryList(QDir::Files),
             QStringList{QStringLiteral("inside.csv")});
}

// A disk that fills up while the export is written, simulated with a file size limit (which
// binds root too): the earlier file stays as it was.
void tst_CsvWriter::failureMidWriteLeavesEarlierFileUntouched()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("webhooks.csv"));
    const QByteArray earlier("id,name\r\n1,earlier export\r\n");
    QVERIFY(writeBytes(path, earlier));

    WebhookList many;
    for (qint64 id = 1; id <= 3000; ++id) {
        many.append(makeWebhook(id, QStringLiteral("Webhook number %1").arg(id),
                                QStringLiteral("request.create"),
                                QStringLiteral("https://hooks.example.com/%1").arg(id)));
    }
    QVERIFY(CsvWriter::toCsv(many, {}).size() > 100 * 1024);

    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = saved;
    limited.rlim_cur = 32 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    QString error;
    const bool written = CsvWriter::writeFile(path, many, {}, &error);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!written);
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QCOMPARE(readFile(path), earlier);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("webhooks.csv")});
#else
    QFAIL("needs RLIMIT_FSIZE (Unix)");
#endif
}

void tst_CsvWriter::replacesAnEarlierFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("webhooks.csv"));
    QVERIFY(writeBytes(path, QByteArray(100000, 'x')));
    const WebhookList one{makeWebhook(1, QStringLiteral("new"), QStringLiteral("request.create"),
                                      QStringLiteral("https://x.example"))};
    QString error;
    QVERIFY2(CsvWriter::writeFile(path, one, {}, &error), qPrintable(error));
    QCOMPARE(readFile(path), CsvWriter::toCsv(one, {}));
}

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_CsvWriter.moc"
