#include "models/ServiceUrl.h"

#include <QRegularExpression>
#include <QTest>

// The one rule for service URLs that the connection dialog, the client and the command line
// share.
class tst_ServiceUrl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void check_data();
    void check();
    void textNamesTheHost();
};

void tst_ServiceUrl::initTestCase()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_ServiceUrl::check_data()
{
    using Problem = ServiceUrl::Problem;
    QTest::addColumn<QString>("url");
    QTest::addColumn<Problem>("problem");
    QTest::newRow("https service") << "https://api.4me.com/v1" << Problem::None;
    QTest::newRow("https with port") << "https://api.example.com:8443/v1" << Problem::None;
    QTest::newRow("http to localhost") << "http://localhost:8080/v1" << Problem::None;
    QTest::newRow("http to 127.0.0.1") << "http://127.0.0.1:9/v1" << Problem::None;
    QTest::newRow("http to 127.1.2.3") << "http://127.1.2.3/v1" << Problem::None;
    QTest::newRow("http to ::1") << "http://[::1]:8080/v1" << Problem::None;
    QTest::newRow("http to a remote host")
            << "http://api.4me.com/v1" << Problem::PlainHttpToAnotherComputer;
    QTest::newRow("http to a LAN address")
            << "http://192.168.1.5/v1" << Problem::PlainHttpToAnotherComputer;
    QTest::newRow("http to localhost lookalike")
            << "http://localhost.example.com/v1" << Problem::PlainHttpToAnotherComputer;
    QTest::newRow("empty") << "" << Problem::NotAnAddress;
    QTest::newRow("relative") << "api/v1" << Problem::NotAnAddress;
    QTest::newRow("ftp") << "ftp://api.4me.com/v1" << Problem::NotAnAddress;
    QTest::newRow("no host") << "https:///v1" << Problem::NotAnAddress;
}

void tst_ServiceUrl::check()
{
    QFETCH(QString, url);
    QFETCH(ServiceUrl::Problem, problem);
    const QUrl parsed(url);
    QCOMPARE(ServiceUrl::check(parsed), problem);
    QCOMPARE(ServiceUrl::isAcceptable(parsed), problem == ServiceUrl::Problem::None);
    QCOMPARE(ServiceUrl::problemText(parsed).isEmpty(), problem == ServiceUrl::Problem::None);
}

void tst_ServiceUrl::textNamesTheHost()
{
    const QString text = ServiceUrl::problemText(QUrl(QStringLiteral("http://api.4me.com/v1")));
    QVERIFY2(text.contains(QStringLiteral("api.4me.com")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("https://")), qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_ServiceUrl)
#include "tst_ServiceUrl.moc"
