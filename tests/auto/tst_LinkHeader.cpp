#include "models/api/LinkHeader.h"

#include <QRegularExpression>
#include <QTest>

class tst_LinkHeader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Any warning fails the test function; expected ones are declared with ignoreMessage.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void parses_data();
    void parses();
    void keepsParameters();
    void findsByRelation();
    void survivesGarbage_data();
    void survivesGarbage();
};

// Links as "target rel rel|target rel" for compact table rows.
static QString describe(const QList<LinkHeader::Link> &links)
{
    QStringList parts;
    for (const LinkHeader::Link &link : links)
        parts.append((QStringList{link.target.toString()} + link.relations).join(u' '));
    return parts.join(u'|');
}

void tst_LinkHeader::parses_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QString>("expected");

    const QUrl base(QStringLiteral("https://api.4me.com/v1/webhooks?page=2&per_page=100"));
    QTest::newRow("one next")
            << QByteArray(R"(<https://api.4me.com/v1/webhooks?page=3&per_page=100>; rel="next")")
            << base << QStringLiteral("https://api.4me.com/v1/webhooks?page=3&per_page=100 next");
    QTest::newRow("four page links")
            << QByteArray(R"(<https://a.test/w?page=1>; rel="first", <https://a.test/w?page=1>; )"
                          R"(rel="prev", <https://a.test/w?page=3>; rel="next", )"
                          R"(<https://a.test/w?page=9>; rel="last")")
            << base
            << QStringLiteral("https://a.test/w?page=1 first|https://a.test/w?page=1 prev|"
                              "https://a.test/w?page=3 next|https://a.test/w?page=9 last");
    QTest::newRow("several rels in one")
            << QByteArray(R"(<https://a.test/w?page=9>; rel="next  last")") << base
            << QStringLiteral("https://a.test/w?page=9 next last");
    QTest::newRow("unquoted rel") << QByteArray("<https://a.test/w>;rel=next") << base
                                  << QStringLiteral("https://a.test/w next");
    QTest::newRow("relation in upper case") << QByteArray(R"(<https://a.test/w>; REL="NEXT")")
                                            << base << QStringLiteral("https://a.test/w next");
    QTest::newRow("only the first rel counts")
            << QByteArray(R"(<https://a.test/w>; rel="next"; rel="last")") << base
            << QStringLiteral("https://a.test/w next");
    QTest::newRow("quoted comma and semicolon")
            << QByteArray(R"(<https://a.test/a>; title="a, b; c"; rel="next", )"
                          R"(<https://a.test/b>; rel="last")")
            << base << QStringLiteral("https://a.test/a next|https://a.test/b last");
    QTest::newRow("escaped quote")
            << QByteArray(R"(<https://a.test/a>; title="say \"hi\", ok"; rel=next)") << base
            << QStringLiteral("https://a.test/a next");
    QTest::newRow("parameter without value")
            << QByteArray("<https://a.test/a>; crossorigin; rel=next") << base
            << QStringLiteral("https://a.test/a next");
    QTest::newRow("whitespace everywhere")
            << QByteArray(" \t<https://a.test/a>  ;  rel = \"next\"  ,\t <https://a.test/b> "
                          ";rel=last ")
            << base << QStringLiteral("https://a.test/a next|https://a.test/b last");
    QTest::newRow("absolute path resolved")
            << QByteArray(R"(</v1/webhooks?page=3>; rel="next")") << base
            << QStringLiteral("https://api.4me.com/v1/webhooks?page=3 next");
    QTest::newRow("relative path resolved")
            << QByteArray(R"(<webhooks?search_after=abc>; rel="next")") << base
            << QStringLiteral("https://api.4me.com/v1/webhooks?search_after=abc next");
    QTest::newRow("relative without base dropped")
            << QByteArray(R"(</v1/webhooks?page=3>; rel="next")") << QUrl() << QString();
    QTest::newRow("another origin kept as written")
            << QByteArray(R"(<https://evil.test/v1/webhooks?page=2>; rel="next")") << base
            << QStringLiteral("https://evil.test/v1/webhooks?page=2 next");
    QTest::newRow("link without rel")
            << QByteArray("<https://a.test/a>") << base << QStringLiteral("https://a.test/a");
    QTest::newRow("empty") << QByteArray() << base << QString();
    QTest::newRow("only commas") << QByteArray(",, ,\t,") << base << QString();
    QTest::newRow("garbage before a good link")
            << QByteArray(R"(garbage; rel="first", <https://a.test/b>; rel="next")") << base
            << QStringLiteral("https://a.test/b next");
    QTest::newRow("bad parameter skips only its link")
            << QByteArray(R"(<https://a.test/a> junk; rel="next", <https://a.test/b>; rel=last)")
            << base << QStringLiteral("https://a.test/b last");
    QTest::newRow("missing closing bracket")
            << QByteArray(R"(<https://a.test/a; rel="next")") << base << QString();
    QTest::newRow("unterminated quote")
            << QByteArray(R"(<https://a.test/a>; rel="next, <https://a.test/b>; rel="last)") << base
            << QString();
    QTest::newRow("invalid target dropped")
            << QByteArray(R"(<http://[::1/x>; rel="next", <https://a.test/b>; rel="last")") << base
            << QStringLiteral("https://a.test/b last");
}

void tst_LinkHeader::parses()
{
    QFETCH(QByteArray, header);
    QFETCH(QUrl, base);
    QFETCH(QString, expected);
    QCOMPARE(describe(LinkHeader::parse(header, base)), expected);
}

void tst_LinkHeader::keepsParameters()
{
    const auto links = LinkHeader::parse(
            R"(<https://a.test/a>; rel="next"; Title="Page \"2\""; type=text/html)", QUrl());
    QCOMPARE(links.size(), 1);
    const QList<QPair<QString, QString>> expected{
            {QStringLiteral("title"), QStringLiteral("Page \"2\"")},
            {QStringLiteral("type"), QStringLiteral("text/html")}};
    QCOMPARE(links.first().parameters, expected);
}

void tst_LinkHeader::findsByRelation()
{
    const auto links = LinkHeader::parse(
            R"(<https://a.test/1>; rel="first", <https://a.test/9>; rel="next last")", QUrl());
    QCOMPARE(LinkHeader::find(links, u"next"), QUrl(QStringLiteral("https://a.test/9")));
    QCOMPARE(LinkHeader::find(links, u"last"), QUrl(QStringLiteral("https://a.test/9")));
    QCOMPARE(LinkHeader::find(links, u"first"), QUrl(QStringLiteral("https://a.test/1")));
    QVERIFY(LinkHeader::find(links, u"prev").isEmpty());
}

void tst_LinkHeader::survivesGarbage_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("control bytes") << QByteArray("\x00\xff<\x01>;;;=\"", 11);
    QTest::newRow("lone bracket") << QByteArray("<");
    QTest::newRow("lone quote after link") << QByteArray("<https://a.test/>; rel=\"");
    QTest::newRow("backslash at end") << QByteArray("<https://a.test/>; rel=\"\\");
    QTest::newRow("semicolons") << QByteArray(";;;;;;;");
    QTest::newRow("nested brackets") << QByteArray("<<<https://a.test/>>>; rel=next");
    QTest::newRow("long") << QByteArray(100000, '<');
}

void tst_LinkHeader::survivesGarbage()
{
    QFETCH(QByteArray, header);
    const QUrl base(QStringLiteral("https://api.4me.com/v1/webhooks"));
    const auto links = LinkHeader::parse(header, base);
    for (const LinkHeader::Link &link : links) {
        QVERIFY(link.target.isValid());
        QVERIFY(!link.target.isRelative());
    }
}

QTEST_GUILESS_MAIN(tst_LinkHeader)
#include "tst_LinkHeader.moc"
