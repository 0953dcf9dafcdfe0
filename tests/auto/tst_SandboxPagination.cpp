// hookbench-sandbox collections: page and cursor pagination, per_page limits, Link and
// X-Pagination-* headers, fields= selection, the enabled/disabled filters.
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "tests/support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

#include "tests/support/WarningGuard.h"
#include <memory>

class tst_SandboxPagination final : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<SandboxFixture> startFixture(int webhooks,
                                                        SandboxOptions::Pagination pagination
                                                        = SandboxOptions::Pagination::Pages)
    {
        SandboxOptions options;
        options.burstLimit = 0;
        options.hourlyLimit = 0;
        options.pagination = pagination;
        auto fixture = std::make_unique<SandboxFixture>(options);
        QString error;
        if (!fixture->start(&error)) {
            qWarning() << "sandbox did not start:" << error; // fails the test function
            return nullptr;
        }
        for (int i = 0; i < webhooks; ++i) {
            SandboxWebhook webhook;
            webhook.name = QStringLiteral("Hook %1").arg(i + 1);
            webhook.event = QStringLiteral("request.create");
            webhook.uri = QStringLiteral("https://hooks.example.com/%1").arg(i + 1);
            webhook.disabled = i % 3 == 0;
            webhook.description = QStringLiteral("Description %1").arg(i + 1);
            if (i % 3 == 0)
                webhook.lastError = QStringLiteral("404 Not Found");
            fixture->server()->store()->add(webhook);
        }
        return fixture;
    }

    static QList<qint64> ids(const SandboxFixture::Reply &reply)
    {
        QList<qint64> result;
        for (const QJsonValue &value : reply.json().array())
            result.append(value.toObject().value(u"id").toInteger());
        return result;
    }

    // Follows rel="next" from `path` and returns every id seen.
    static QList<qint64> collectAll(SandboxFixture &fixture, const QString &path, int *pages)
    {
        QList<qint64> all;
        QString next = path;
        *pages = 0;
        while (!next.isEmpty() && *pages < 100) {
            const auto reply = fixture.get(next);
            if (reply.status != 200)
                return {};
            all += ids(reply);
            ++*pages;
            next = reply.link(QStringLiteral("next"));
        }
        return all;
    }

private Q_SLOTS:
    // Any warning fails the test function; expected ones are declared with ignoreMessage.
    void init() { hb::test::failOnUnexpectedWarnings(); }
    void pageHeaders()
    {
        auto fixture = startFixture(45);
        QVERIFY(fixture);
        const auto first = fixture->get(QStringLiteral("/webhooks"));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().array().size(), 20);
        QCOMPARE(first.header("X-Pagination-Per-Page"), QByteArray("20"));
        QCOMPARE(first.header("X-Pagination-Current-Page"), QByteArray("1"));
        QCOMPARE(first.header("X-Pagination-Total-Pages"), QByteArray("3"));
        QCOMPARE(first.header("X-Pagination-Total-Entries"), QByteArray("45"));
        const QString base = fixture->server()->baseUrl().toString();
        QCOMPARE(first.link(QStringLiteral("first")),
                 base + QStringLiteral("/webhooks?page=1&per_page=20"));
        QCOMPARE(first.link(QStringLiteral("next")),
                 base + QStringLiteral("/webhooks?page=2&per_page=20"));
        QCOMPARE(first.link(QStringLiteral("last")),
                 base + QStringLiteral("/webhooks?page=3&per_page=20"));
        QVERIFY(first.link(QStringLiteral("prev")).isEmpty());

        const auto last = fixture->get(first.link(QStringLiteral("last")));
        QCOMPARE(last.json().array().size(), 5);
        QCOMPARE(last.header("X-Pagination-Current-Page"), QByteArray("3"));
        QCOMPARE(last.link(QStringLiteral("prev")),
                 base + QStringLiteral("/webhooks?page=2&per_page=20"));
        QVERIFY(last.link(QStringLiteral("next")).isEmpty());

        const auto beyond = fixture->get(QStringLiteral("/webhooks?page=9"));
        QCOMPARE(beyond.status, 200);
        QVERIFY(beyond.json().array().isEmpty());
    }

    void followNext_data()
    {
        QTest::addColumn<SandboxOptions::Pagination>("pagination");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("expected");
        QTest::addColumn<int>("pages");
        using P = SandboxOptions::Pagination;
        QTest::newRow("pages, default size") << P::Pages << QStringLiteral("/webhooks") << 45 << 3;
        QTest::newRow("pages, 7 per page")
                << P::Pages << QStringLiteral("/webhooks?per_page=7") << 45 << 7;
        QTest::newRow("pages, enabled")
                << P::Pages << QStringLiteral("/webhooks/enabled?per_page=10") << 30 << 3;
        QTest::newRow("pages, disabled")
                << P::Pages << QStringLiteral("/webhooks/disabled") << 15 << 1;
        QTest::newRow("cursor, default size")
                << P::Cursor << QStringLiteral("/webhooks") << 45 << 3;
        QTest::newRow("cursor, 7 per page")
                << P::Cursor << QStringLiteral("/webhooks?per_page=7") << 45 << 7;
        QTest::newRow("cursor, enabled")
                << P::Cursor << QStringLiteral("/webhooks/enabled?per_page=10") << 30 << 3;
        QTest::newRow("cursor, exact multiple")
                << P::Cursor << QStringLiteral("/webhooks?per_page=15") << 45 << 3;
    }
    void followNext()
    {
        QFETCH(SandboxOptions::Pagination, pagination);
        QFETCH(QString, path);
        QFETCH(int, expected);
        QFETCH(int, pages);
        auto fixture = startFixture(45, pagination);
        QVERIFY(fixture);
        int fetched = 0;
        const QList<qint64> all = collectAll(*fixture, path, &fetched);
        QCOMPARE(all.size(), expected);
        QCOMPARE(fetched, pages);
        QVERIFY(std::is_sorted(all.cbegin(), all.cend()));
        QVERIFY(std::adjacent_find(all.cbegin(), all.cend()) == all.cend());
        const bool disabledOnly = path.contains(u"disabled");
        const bool enabledOnly = path.contains(u"enabled");
        for (qint64 id : all) {
            const bool disabled = fixture->server()->store()->find(id)->disabled;
            QVERIFY(!(disabledOnly && !disabled));
            QVERIFY(!(enabledOnly && disabled));
        }
    }

    void cursorHeaders()
    {
        auto fixture = startFixture(45, SandboxOptions::Pagination::Cursor);
        QVERIFY(fixture);
        const auto first = fixture->get(QStringLiteral("/webhooks?per_page=20&fields=name"));
        QCOMPARE(first.status, 200);
        QVERIFY(first.link(QStringLiteral("last")).isEmpty());
        QVERIFY(first.link(QStringLiteral("prev")).isEmpty());
        // rel="first" only from page 2 on.
        QVERIFY(first.link(QStringLiteral("first")).isEmpty());
        const QString next = first.link(QStringLiteral("next"));
        QVERIFY(next.contains(u"search_after="));
        QVERIFY(next.contains(u"fields=name"));
        QVERIFY(!QUrlQuery(QUrl(next)).hasQueryItem(QStringLiteral("page")));
        QVERIFY(!first.header("X-Pagination-Start-Cursor").isEmpty());
        QCOMPARE(QUrlQuery(QUrl(next)).queryItemValue(QStringLiteral("search_after")),
                 QString::fromLatin1(first.header("X-Pagination-End-Cursor")));
        QCOMPARE(first.header("X-Pagination-Total-Entries"), QByteArray("45"));

        const auto second = fixture->get(next);
        QCOMPARE(ids(second).constFirst(), ids(first).constLast() + 1);
        const QString prev = second.link(QStringLiteral("prev"));
        QVERIFY(prev.contains(u"search_before="));
        QCOMPARE(ids(fixture->get(prev)), ids(first));
        const QString firstLink = second.link(QStringLiteral("first"));
        QVERIFY(!firstLink.isEmpty());
        QCOMPARE(ids(fixture->get(firstLink)), ids(first));
        QVERIFY(second.link(QStringLiteral("last")).isEmpty());
    }

    void cursorsByDefault()
    {
        // The current documentation pages webhooks by cursor: the sandbox does so unless
        // --pagination pages is given.
        SandboxOptions options;
        options.burstLimit = 0;
        options.seed = 30;
        SandboxFixture fixture(options);
        QVERIFY(fixture.start());
        const auto first = fixture.get(QStringLiteral("/webhooks"));
        QCOMPARE(first.status, 200);
        QVERIFY(first.link(QStringLiteral("next")).contains(u"search_after="));
        QVERIFY(first.link(QStringLiteral("last")).isEmpty());
        QVERIFY(first.hasHeader("X-Pagination-End-Cursor"));
        QVERIFY(fixture.get(QStringLiteral("/webhooks?page=2"))
                        .link(QStringLiteral("next"))
                        .contains(u"search_after="));
    }

    void invalidCursor()
    {
        auto fixture = startFixture(5, SandboxOptions::Pagination::Cursor);
        QVERIFY(fixture);
        const auto reply = fixture->get(QStringLiteral("/webhooks?search_after=%%%not-a-cursor"));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.json().object().contains(u"message"));
    }

    void perPageIsCapped()
    {
        auto fixture = startFixture(150);
        QVERIFY(fixture);
        const auto reply = fixture->get(QStringLiteral("/webhooks?per_page=500"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().array().size(), 100);
        QCOMPARE(reply.header("X-Pagination-Per-Page"), QByteArray("100"));
        QCOMPARE(reply.header("X-Pagination-Total-Pages"), QByteArray("2"));
        QVERIFY(reply.link(QStringLiteral("next")).contains(u"per_page=100"));
    }

    void perPageBelowOne_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("negative") << QStringLiteral("-5");
        QTest::newRow("not a number") << QStringLiteral("abc");
        QTest::newRow("empty") << QString();
    }
    void perPageBelowOne()
    {
        QFETCH(QString, value);
        auto fixture = startFixture(3);
        QVERIFY(fixture);
        const auto reply = fixture->get(QStringLiteral("/webhooks?per_page=") + value);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().object().value(u"message").toString(),
                 QStringLiteral("Parameter 'per_page' cannot be less than 1"));
    }

    void linksKeepOtherParameters()
    {
        auto fixture = startFixture(30);
        QVERIFY(fixture);
        const auto reply = fixture->get(
                QStringLiteral("/webhooks/enabled?fields=name,event&per_page=5&page=2"));
        QCOMPARE(reply.status, 200);
        const QString base = fixture->server()->baseUrl().toString();
        QCOMPARE(reply.link(QStringLiteral("next")),
                 base + QStringLiteral("/webhooks/enabled?page=3&per_page=5&fields=name,event"));
        QCOMPARE(reply.link(QStringLiteral("prev")),
                 base + QStringLiteral("/webhooks/enabled?page=1&per_page=5&fields=name,event"));
    }

    void collectionFields()
    {
        auto fixture = startFixture(3);
        QVERIFY(fixture);
        const QJsonArray array = fixture->get(QStringLiteral("/webhooks")).json().array();
        QCOMPARE(array.size(), 3);
        const QJsonObject disabled = array.at(0).toObject(); // i == 0: disabled with an error
        const QJsonObject enabled = array.at(1).toObject();
        for (const QJsonObject &object : {disabled, enabled}) {
            for (const char *key : {"id", "name", "event", "uri", "created_at", "updated_at"})
                QVERIFY2(object.contains(QLatin1StringView(key)), key);
            QVERIFY(!object.contains(u"description"));
            QVERIFY(!object.contains(u"nodeID"));
        }
        QCOMPARE(disabled.value(u"disabled").toBool(), true);
        QCOMPARE(disabled.value(u"last_error").toString(), QStringLiteral("404 Not Found"));
        QVERIFY(!enabled.contains(u"disabled"));
        QVERIFY(!enabled.contains(u"last_error"));
    }

    void fieldSelection_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("list, name") << QStringLiteral("/webhooks?fields=name")
                                    << QStringList{QStringLiteral("id"), QStringLiteral("name")};
        QTest::newRow("list, description and disabled")
                << QStringLiteral("/webhooks?fields=description,disabled")
                << QStringList{QStringLiteral("description"), QStringLiteral("disabled"),
                               QStringLiteral("id")};
        QTest::newRow("list, unknown field ignored")
                << QStringLiteral("/webhooks?fields=bogus,uri")
                << QStringList{QStringLiteral("id"), QStringLiteral("uri")};
        QTest::newRow("single, event")
                << QStringLiteral("/webhooks/2?fields=event")
                << QStringList{QStringLiteral("event"), QStringLiteral("id")};
    }
    void fieldSelection()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, keys);
        auto fixture = startFixture(3);
        QVERIFY(fixture);
        const auto reply = fixture->get(path);
        QCOMPARE(reply.status, 200);
        const QJsonDocument document = reply.json();
        const QJsonObject object
                = document.isArray() ? document.array().at(1).toObject() : document.object();
        QCOMPARE(object.keys(), keys);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxPagination)
#include "tst_SandboxPagination.moc"
