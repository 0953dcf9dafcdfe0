// "Did you mean …?" of hookbench-cli: which typo finds which command, and which finds none.
#include "app/cli/Suggestion.h"

#include <QTest>

#include "tests/support/WarningGuard.h"

class tst_Suggestion final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { hb::test::failOnUnexpectedWarnings(); }
    void distance_data();
    void distance();
    void closest_data();
    void closest();
};

void tst_Suggestion::distance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("equal") << QStringLiteral("list") << QStringLiteral("list") << 0;
    QTest::newRow("case is ignored") << QStringLiteral("LIST") << QStringLiteral("list") << 0;
    QTest::newRow("swap") << QStringLiteral("lsit") << QStringLiteral("list") << 1;
    QTest::newRow("insertion") << QStringLiteral("delte") << QStringLiteral("delete") << 1;
    QTest::newRow("deletion") << QStringLiteral("exxport") << QStringLiteral("export") << 1;
    QTest::newRow("substitution") << QStringLiteral("tost") << QStringLiteral("test") << 1;
    QTest::newRow("empty") << QString() << QStringLiteral("get") << 3;
    QTest::newRow("unrelated") << QStringLiteral("abc") << QStringLiteral("xyz") << 3;
}

void tst_Suggestion::distance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    QCOMPARE(Suggestion::distance(a, b), qsizetype(expected));
    QCOMPARE(Suggestion::distance(b, a), qsizetype(expected));
}

void tst_Suggestion::closest_data()
{
    const QStringList commands{
            QStringLiteral("list"),    QStringLiteral("export"),  QStringLiteral("get"),
            QStringLiteral("create"),  QStringLiteral("update"),  QStringLiteral("delete"),
            QStringLiteral("test"),    QStringLiteral("events"),  QStringLiteral("history"),
            QStringLiteral("changes"), QStringLiteral("profiles")};
    QTest::addColumn<QStringList>("candidates");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected"); // empty: no suggestion

    QTest::newRow("swapped letters")
            << commands << QStringLiteral("lsit") << QStringLiteral("list");
    QTest::newRow("missing letter")
            << commands << QStringLiteral("delte") << QStringLiteral("delete");
    QTest::newRow("singular") << commands << QStringLiteral("profile")
                              << QStringLiteral("profiles");
    QTest::newRow("capitals") << commands << QStringLiteral("Events") << QStringLiteral("events");
    QTest::newRow("too far") << commands << QStringLiteral("frobnicate") << QString();
    QTest::newRow("short and far") << commands << QStringLiteral("ls") << QString();
    QTest::newRow("a tie says nothing") << QStringList{QStringLiteral("cat"), QStringLiteral("car")}
                                        << QStringLiteral("caw") << QString();
    QTest::newRow("no candidates") << QStringList() << QStringLiteral("list") << QString();
}

void tst_Suggestion::closest()
{
    QFETCH(QStringList, candidates);
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QCOMPARE(Suggestion::closest(typed, candidates), expected);
}

QTEST_GUILESS_MAIN(tst_Suggestion)
#include "tst_Suggestion.moc"
