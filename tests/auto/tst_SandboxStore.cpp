// hookbench-sandbox store: persistence across restarts, prompt atomic saves, corrupt files
// left untouched, and realistic seed data.
#include "sandbox/SandboxEvents.h"
#include "sandbox/SandboxSeeder.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxValidator.h"
#include "tests/support/SandboxFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "tests/support/WarningGuard.h"
#include <csignal>
#include <cstring>
#include <sys/resource.h>

class tst_SandboxStore final : public QObject
{
    Q_OBJECT

private:
    static SandboxOptions optionsFor(const QString &dataFile)
    {
        SandboxOptions options;
        options.dataFile = dataFile;
        options.burstLimit = 0;
        options.hourlyLimit = 0;
        return options;
    }
    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static void writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

private Q_SLOTS:
    // Any warning fails the test function; expected ones are declared with ignoreMessage.
    void init() { hb::test::failOnUnexpectedWarnings(); }
    void fullDiskNeverTruncatesTheStore()
    {
        // A file-size limit makes every write past it fail, like a disk that fills up
        // part-way through the save.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("sandbox.json"));
        SandboxStore store(path);
        QVERIFY(store.load());
        SandboxWebhook webhook;
        webhook.event = QStringLiteral("request.create");
        webhook.uri = QStringLiteral("https://a.example.com/");
        store.add(webhook);
        QVERIFY(store.save());
        const QByteArray before = readFile(path);
        QVERIFY(!before.isEmpty());

        webhook.description = QString(8000, u'd');
        for (int i = 0; i < 20; ++i)
            store.add(webhook);
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = saved;
        limited.rlim_cur = rlim_t(before.size() + 4096);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        QString error;
        const bool saved2 = store.save(&error);
        QSignalSpy failed(&store, &SandboxStore::saveFailed);
        store.setSaveDelay(0);
        store.add(webhook); // and the background save fails the same way
        const bool reported = failed.wait(10000);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, oldHandler);

        QVERIFY(!saved2);
        QVERIFY2(error.contains(QString::fromLocal8Bit(std::strerror(EFBIG))), qPrintable(error));
        QVERIFY(reported);
        QVERIFY2(failed.first().first().toString().contains(
                         QString::fromLocal8Bit(std::strerror(EFBIG))),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(readFile(path), before); // the previous store, whole
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("sandbox.json")});
        // Nothing is lost: with space again, the next save writes everything.
        QVERIFY(store.save());
        SandboxStore reloaded(path);
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.count(), 22);
    }

    void addUpdateRemove()
    {
        SandboxStore store;
        QSignalSpy changed(&store, &SandboxStore::changed);
        SandboxWebhook webhook;
        webhook.event = QStringLiteral("request.create");
        webhook.uri = QStringLiteral("https://a.example.com/");
        const SandboxWebhook first = store.add(webhook);
        const SandboxWebhook second = store.add(webhook);
        QCOMPARE(first.id, 1);
        QCOMPARE(second.id, 2);
        QVERIFY(!first.nodeId.isEmpty());
        QVERIFY(first.nodeId != second.nodeId);
        QVERIFY(QDateTime::fromString(first.createdAt, Qt::ISODate).isValid());
        QCOMPARE(first.updatedAt, first.createdAt);

        SandboxWebhook changedWebhook = *store.find(2);
        changedWebhook.name = QStringLiteral("Renamed");
        QVERIFY(store.update(changedWebhook));
        QCOMPARE(store.find(2)->name, QStringLiteral("Renamed"));
        QVERIFY(store.setLastError(2, QStringLiteral("Timeout")));
        QCOMPARE(store.find(2)->lastError, QStringLiteral("Timeout"));

        QVERIFY(store.remove(1));
        QVERIFY(!store.remove(1));
        QVERIFY(!store.find(1));
        SandboxWebhook unknown = changedWebhook;
        unknown.id = 99;
        QVERIFY(!store.update(unknown));
        // Ids are never reused.
        QCOMPARE(store.add(webhook).id, 3);
        QCOMPARE(changed.size(), 6);
    }

    void persistsAcrossRestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("nested/store.json"));
        qint64 createdId = 0;
        {
            SandboxFixture fixture(optionsFor(path));
            QVERIFY(fixture.start());
            const QByteArray body
                    = QJsonDocument(
                              QJsonObject{
                                      {QStringLiteral("name"), QStringLiteral("Ünïcode, \"q\"")},
                                      {QStringLiteral("event"), QStringLiteral("task.update")},
                                      {QStringLiteral("uri"),
                                       QStringLiteral("https://t.example.com/x?secret=1")},
                                      {QStringLiteral("description"), QStringLiteral("Kept")}})
                              .toJson();
            const auto deletedLater = fixture.send("POST", QStringLiteral("/webhooks"), body);
            QCOMPARE(deletedLater.status, 201);
            const qint64 deletedId = deletedLater.json().object().value(u"id").toInteger();
            QCOMPARE(fixture.send("DELETE", QStringLiteral("/webhooks/%1").arg(deletedId)).status,
                     204);
            const auto created = fixture.send("POST", QStringLiteral("/webhooks"), body);
            QCOMPARE(created.status, 201);
            createdId = created.json().object().value(u"id").toInteger();
            QCOMPARE(createdId, deletedId + 1);
        } // stopping writes pending changes

        SandboxFixture restarted(optionsFor(path));
        QVERIFY(restarted.start());
        const auto fetched = restarted.get(QStringLiteral("/webhooks/%1").arg(createdId));
        QCOMPARE(fetched.status, 200);
        const QJsonObject webhook = fetched.json().object();
        QCOMPARE(webhook.value(u"name").toString(), QStringLiteral("Ünïcode, \"q\""));
        QCOMPARE(webhook.value(u"description").toString(), QStringLiteral("Kept"));
        QCOMPARE(webhook.value(u"uri").toString(),
                 QStringLiteral("https://t.example.com/x?secret=1"));
        QCOMPARE(restarted.server()->store()->count(), 1);
        // The next id continues after the deleted one.
        QCOMPARE(restarted.server()->store()->nextId(), 3);
    }

    void savesSoonAfterEveryChange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.json"));
        SandboxFixture fixture(optionsFor(path));
        QVERIFY(fixture.start());
        const auto created = fixture.send(
                "POST", QStringLiteral("/webhooks"),
                QJsonDocument(
                        QJsonObject{
                                {QStringLiteral("name"), QStringLiteral("Saved promptly")},
                                {QStringLiteral("event"), QStringLiteral("ci.update")},
                                {QStringLiteral("uri"), QStringLiteral("https://c.example.com/")}})
                        .toJson());
        QCOMPARE(created.status, 201);
        // Without stopping the server, the file soon holds the new webhook.
        QTRY_VERIFY_WITH_TIMEOUT(readFile(path).contains("Saved promptly"), 10000);
        QVERIFY(!fixture.server()->store()->hasPendingSave());
    }

    void corruptFileStopsAndStaysUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("truncated JSON") << QByteArray("{\"format\":\"hookbench-sandbox/1\",\"webh");
        QTest::newRow("not JSON") << QByteArray("\x00\x01garbage", 9);
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("other JSON") << QByteArray("{\"profiles\":[]}");
        QTest::newRow("record without id") << QByteArray(
                "{\"format\":\"hookbench-sandbox/1\",\"webhooks\":[{\"name\":\"x\"}]}");
    }
    void corruptFileStopsAndStaysUntouched()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.json"));
        writeFile(path, content);
        if (QTest::currentTestFailed())
            return;
        {
            SandboxOptions options = optionsFor(path);
            options.seed = 10;
            SandboxServer server(options);
            QString error;
            QVERIFY(!server.start(&error));
            QVERIFY2(error.contains(u"store.json"), qPrintable(error));
            QVERIFY(!server.isListening());
            QCOMPARE(server.store()->count(), 0);
            QVERIFY(!server.store()->save());
        }
        QCOMPARE(readFile(path), content);
    }

    void seedIsRealistic()
    {
        const QUrl receiver(QStringLiteral("http://127.0.0.1:8089/hooks"));
        const SandboxWebhookList webhooks = SandboxSeeder::generate(1000, 1, receiver);
        QCOMPARE(webhooks.size(), 1000);
        QSet<QString> events;
        int disabledWithError = 0, disabledWithout = 0, described = 0, mailed = 0, legacy = 0;
        int comma = 0, quote = 0, nonAscii = 0, toReceiver = 0;
        const SandboxEvents &catalog = SandboxEvents::instance();
        for (const SandboxWebhook &webhook : webhooks) {
            events.insert(webhook.event);
            // Every seeded webhook is one the API itself would accept.
            const auto errors = SandboxValidator::validate(webhook, webhook.event);
            QVERIFY2(errors.isEmpty(), qPrintable(webhook.uri + u' ' + webhook.event));
            QVERIFY(webhook.verified);
            const QDateTime created = QDateTime::fromString(webhook.createdAt, Qt::ISODate);
            QVERIFY(created.isValid());
            QVERIFY(QDateTime::fromString(webhook.updatedAt, Qt::ISODate) >= created);
            legacy += catalog.isLegacy(webhook.event);
            if (webhook.disabled)
                (webhook.lastError.isEmpty() ? disabledWithout : disabledWithError)++;
            described += !webhook.description.isEmpty();
            mailed += !webhook.mailExceptionsTo.isEmpty();
            comma += webhook.name.contains(u',');
            quote += webhook.name.contains(u'"') || webhook.name.contains(u'\'');
            nonAscii += std::any_of(webhook.name.cbegin(), webhook.name.cend(),
                                    [](QChar c) { return c.unicode() > 127; });
            toReceiver += webhook.uri.startsWith(u"http://127.0.0.1:8089/hooks/");
        }
        QVERIFY2(events.size() >= 60, qPrintable(QString::number(events.size())));
        QVERIFY(legacy > 0);
        QVERIFY(disabledWithError > 0);
        QVERIFY(disabledWithout > 0);
        QVERIFY(described > 0);
        QVERIFY(mailed > 0);
        QVERIFY(comma > 0);
        QVERIFY(quote > 0);
        QVERIFY(nonAscii > 0);
        QVERIFY(toReceiver > 0);
        QVERIFY(toReceiver < 1000);
        // Deterministic: the same arguments give the same data.
        const SandboxWebhookList again = SandboxSeeder::generate(1000, 1, receiver);
        for (qsizetype i = 0; i < webhooks.size(); ++i) {
            QCOMPARE(again.at(i).name, webhooks.at(i).name);
            QCOMPARE(again.at(i).event, webhooks.at(i).event);
            QCOMPARE(again.at(i).uri, webhooks.at(i).uri);
        }
    }

    void seedsOnlyAnEmptyStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.json"));
        {
            SandboxOptions options = optionsFor(path);
            options.seed = 10000;
            SandboxServer server(options);
            QVERIFY(server.start());
            QCOMPARE(server.store()->count(), 10000);
            QCOMPARE(server.store()->nextId(), 10001);
            QVERIFY(server.store()->remove(5));
        }
        SandboxOptions options = optionsFor(path);
        options.seed = 10;
        SandboxServer server(options);
        QVERIFY(server.start());
        QCOMPARE(server.store()->count(), 9999);
        QVERIFY(!server.store()->find(5));
    }

    void seededStoreServesLargePages()
    {
        SandboxOptions options = optionsFor({});
        options.seed = 10000;
        options.pagination = SandboxOptions::Pagination::Pages;
        SandboxFixture fixture(options);
        QVERIFY(fixture.start());
        const auto reply = fixture.get(QStringLiteral("/webhooks?per_page=100&page=100"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().array().size(), 100);
        QCOMPARE(reply.header("X-Pagination-Total-Entries"), QByteArray("10000"));
        QVERIFY(reply.link(QStringLiteral("next")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SandboxStore)
#include "tst_SandboxStore.moc"
