#include "common/AtomicFileWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/WarningGuard.h"
#include <cerrno>
#include <csignal>
#include <cstring>
#include <memory>
#include <sys/resource.h>

// AtomicFileWriter, the one path through which files are written: whole or not at all,
// with the system's reason on failure (issue 15, item 2).
class tst_AtomicFileWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void writesAndReplacesAWholeFile();
    void deviceFailingPartWayKeepsTheEarlierFile_data();
    void deviceFailingPartWayKeepsTheEarlierFile();
    void missingFolderIsCreated();
    void unwritableFolderSaysWhy();
    void cancelKeepsTheEarlierFile();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    static QByteArray contents(const QString &fileName);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_AtomicFileWriter::init()
{
    hb::test::failOnUnexpectedWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_AtomicFileWriter::cleanup()
{
    m_dir.reset();
}

QByteArray tst_AtomicFileWriter::contents(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

void tst_AtomicFileWriter::writesAndReplacesAWholeFile()
{
    QString error;
    QVERIFY(AtomicFileWriter::writeFile(path(QStringLiteral("a.json")), "first", &error));
    QVERIFY(AtomicFileWriter::writeFile(path(QStringLiteral("a.json")), "second", &error));
    QCOMPARE(contents(path(QStringLiteral("a.json"))), QByteArray("second"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("a.json")});
}

void tst_AtomicFileWriter::deviceFailingPartWayKeepsTheEarlierFile_data()
{
    QTest::addColumn<int>("chunks");
    // One large write, and many small ones of which a later one meets the limit.
    QTest::newRow("one write") << 1;
    QTest::newRow("many writes") << 64;
}

// A file system that takes the first 16 KB and then refuses: RLIMIT_FSIZE makes every write
// past it fail with EFBIG (SIGXFSZ is ignored so that the process lives to report it).
void tst_AtomicFileWriter::deviceFailingPartWayKeepsTheEarlierFile()
{
    QFETCH(int, chunks);
    const QString fileName = path(QStringLiteral("export.json"));
    QVERIFY(AtomicFileWriter::writeFile(fileName, "earlier export\n"));

    const QByteArray data(256 * 1024, 'x');
    struct sigaction ignore = {};
    ignore.sa_handler = SIG_IGN;
    struct sigaction previousAction = {};
    QCOMPARE(::sigaction(SIGXFSZ, &ignore, &previousAction), 0);
    rlimit previousLimit = {};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &previousLimit), 0);
    rlimit limit = previousLimit;
    limit.rlim_cur = 16 * 1024;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limit), 0);

    AtomicFileWriter writer(fileName);
    bool ok = writer.open();
    const qsizetype chunk = data.size() / chunks;
    for (int i = 0; ok && i < chunks; ++i)
        ok = writer.write(QByteArrayView(data).sliced(i * chunk, chunk));
    const bool committed = ok && writer.commit();
    const QString error = writer.errorString();
    writer.cancel();

    ::setrlimit(RLIMIT_FSIZE, &previousLimit);
    ::sigaction(SIGXFSZ, &previousAction, nullptr);

    QVERIFY(!ok);
    QVERIFY(!committed);
    QCOMPARE(error, QString::fromLocal8Bit(std::strerror(EFBIG))); // "File too large"
    QVERIFY(!writer.commit()); // a failed writer stays failed
    QCOMPARE(contents(fileName), QByteArray("earlier export\n"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("export.json")}); // no temporary file left
}

void tst_AtomicFileWriter::missingFolderIsCreated()
{
    const QString fileName = path(QStringLiteral("new/folder/file.csv"));
    QString error;
    QVERIFY2(AtomicFileWriter::writeFile(fileName, "a,b\n", &error), qPrintable(error));
    QCOMPARE(contents(fileName), QByteArray("a,b\n"));
}

void tst_AtomicFileWriter::unwritableFolderSaysWhy()
{
    // A folder where a file is: the system's reason, never "Unknown error".
    QVERIFY(AtomicFileWriter::writeFile(path(QStringLiteral("plain")), "x"));
    QString error;
    QVERIFY(!AtomicFileWriter::writeFile(path(QStringLiteral("plain/inside.csv")), "y", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(!error.contains(QStringLiteral("Unknown error")), qPrintable(error));
}

void tst_AtomicFileWriter::cancelKeepsTheEarlierFile()
{
    const QString fileName = path(QStringLiteral("keep.txt"));
    QVERIFY(AtomicFileWriter::writeFile(fileName, "keep"));
    {
        AtomicFileWriter writer(fileName);
        QVERIFY(writer.open());
        QVERIFY(writer.write("half of a new"));
    } // destroyed without commit()
    QCOMPARE(contents(fileName), QByteArray("keep"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("keep.txt")});
}

QTEST_GUILESS_MAIN(tst_AtomicFileWriter)
#include "tst_AtomicFileWriter.moc"
