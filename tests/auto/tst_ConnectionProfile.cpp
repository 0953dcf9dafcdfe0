#include "models/ConnectionProfile.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class tst_ConnectionProfile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void offersTheThreeAccountHeaders();
    void presetsFollowTheServicePattern_data();
    void presetsFollowTheServicePattern();
    void presetsAreHttpsV1AndUnique();
    void itrpHasOnlyItsDocumentedService();
    void labelNamesBrandRegionAndEnvironment();
    void validityNeedsNameUrlAndAccount();
};

void tst_ConnectionProfile::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_ConnectionProfile::offersTheThreeAccountHeaders()
{
    QCOMPARE(ConnectionProfile::accountHeaderNames(),
             (QStringList{QStringLiteral("X-4me-Account"), QStringLiteral("X-Xurrent-Account"),
                          QStringLiteral("X-ITRP-Account")}));
    QCOMPARE(ConnectionProfile().accountHeader, QStringLiteral("X-4me-Account"));
}

void tst_ConnectionProfile::presetsFollowTheServicePattern_data()
{
    QTest::addColumn<QString>("brand");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("url");
    auto row = [](const char *brand, const char *region, const char *environment, const char *url) {
        QTest::addRow("%s %s %s", brand, *region ? region : "global", environment)
                << QString::fromLatin1(brand) << QString::fromLatin1(region)
                << QString::fromLatin1(environment) << QString::fromLatin1(url);
    };
    row("4me", "", "Production", "https://api.4me.com/v1");
    row("4me", "au", "Production", "https://api.au.4me.com/v1");
    row("4me", "uk", "Production", "https://api.uk.4me.com/v1");
    row("4me", "ch", "Production", "https://api.ch.4me.com/v1");
    row("4me", "us", "Production", "https://api.us.4me.com/v1");
    row("4me", "", "QA", "https://api.4me.qa/v1");
    row("4me", "au", "QA", "https://api.au.4me.qa/v1");
    row("4me", "", "Demo", "https://api.4me-demo.com/v1");
    row("Xurrent", "", "Production", "https://api.xurrent.com/v1");
    row("Xurrent", "uk", "QA", "https://api.uk.xurrent.qa/v1");
    row("Xurrent", "", "QA", "https://api.xurrent.qa/v1");
    row("Xurrent", "", "Demo", "https://api.xurrent-demo.com/v1");
    row("ITRP", "", "Production", "https://api.itrp.com/v1");
}

void tst_ConnectionProfile::presetsFollowTheServicePattern()
{
    QFETCH(QString, brand);
    QFETCH(QString, region);
    QFETCH(QString, environment);
    QFETCH(QString, url);
    const QList<ServicePreset> presets = ServicePreset::all();
    const auto it = std::find_if(presets.cbegin(), presets.cend(), [&](const ServicePreset &p) {
        return p.brand == brand && p.region == region && p.environment == environment;
    });
    QVERIFY2(it != presets.cend(), "no such preset");
    QCOMPARE(it->url, QUrl(url));
}

void tst_ConnectionProfile::presetsAreHttpsV1AndUnique()
{
    const QList<ServicePreset> presets = ServicePreset::all();
    // 4me and Xurrent: (Production, QA) x 5 regions and a global demo service each; ITRP:
    // its one documented service.
    QCOMPARE(presets.size(), 23);
    QSet<QUrl> urls;
    QSet<QString> labels;
    for (const ServicePreset &preset : presets) {
        QCOMPARE(preset.url.scheme(), QStringLiteral("https"));
        QCOMPARE(preset.url.path(), QStringLiteral("/v1"));
        QVERIFY2(preset.url.host().startsWith(u"api."), qPrintable(preset.url.toString()));
        urls.insert(preset.url);
        labels.insert(preset.label());
    }
    QCOMPARE(urls.size(), presets.size());
    QCOMPARE(labels.size(), presets.size());
}

void tst_ConnectionProfile::itrpHasOnlyItsDocumentedService()
{
    QList<ServicePreset> itrp;
    QList<ServicePreset> demo;
    for (const ServicePreset &preset : ServicePreset::all()) {
        if (preset.brand == u"ITRP")
            itrp.append(preset);
        if (preset.environment == u"Demo")
            demo.append(preset);
    }
    QCOMPARE(itrp.size(), 1);
    QCOMPARE(itrp.first().url, QUrl(QStringLiteral("https://api.itrp.com/v1")));
    QCOMPARE(demo.size(), 2); // 4me and Xurrent, global only
    for (const ServicePreset &preset : demo) {
        QVERIFY(preset.brand != u"ITRP");
        QVERIFY(preset.region.isEmpty());
    }
}

void tst_ConnectionProfile::labelNamesBrandRegionAndEnvironment()
{
    const ServicePreset preset{QStringLiteral("Xurrent"), QStringLiteral("au"),
                               QStringLiteral("QA"),
                               QUrl(QStringLiteral("https://api.au.xurrent.qa/v1"))};
    QCOMPARE(preset.label(), QStringLiteral("Xurrent — Australia — QA"));
    const ServicePreset global{QStringLiteral("4me"), QString(), QStringLiteral("Production"),
                               QUrl(QStringLiteral("https://api.4me.com/v1"))};
    QCOMPARE(global.label(), QStringLiteral("4me — Global — Production"));
}

void tst_ConnectionProfile::validityNeedsNameUrlAndAccount()
{
    ConnectionProfile profile;
    QVERIFY(!profile.isValid());
    profile.name = QStringLiteral("Production");
    profile.serviceUrl = QUrl(QStringLiteral("https://api.4me.com/v1"));
    QVERIFY(!profile.isValid());
    profile.account = QStringLiteral("wdc");
    QVERIFY(profile.isValid());
}

QTEST_GUILESS_MAIN(tst_ConnectionProfile)
#include "tst_ConnectionProfile.moc"
