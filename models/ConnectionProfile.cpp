#include "models/ConnectionProfile.h"

#include <QCoreApplication>

#include <utility>

namespace {

struct Brand
{
    QString name;
    QString domain; // production and QA: api[.region].<domain>.com / .qa
    QString demoDomain; // api.<demoDomain>.com; empty when the brand has no demo service
    bool globalProductionOnly = false; // only api.<domain>.com is documented
};

// The service hosts of docs/protocol.md ("Service addresses"): regions add a label before
// the brand's domain, QA uses the .qa top-level domain, the demo services are global only,
// and ITRP documents its global production service only.
QList<Brand> brands()
{
    return {{QStringLiteral("4me"), QStringLiteral("4me"), QStringLiteral("4me-demo")},
            {QStringLiteral("Xurrent"), QStringLiteral("xurrent"), QStringLiteral("xurrent-demo")},
            {QStringLiteral("ITRP"), QStringLiteral("itrp"), QString(), true}};
}

QString regionLabelOf(const QString &region)
{
    if (region.isEmpty())
        return QCoreApplication::translate("ServicePreset", "Global");
    if (region == u"au")
        return QCoreApplication::translate("ServicePreset", "Australia");
    if (region == u"uk")
        return QCoreApplication::translate("ServicePreset", "United Kingdom");
    if (region == u"ch")
        return QCoreApplication::translate("ServicePreset", "Switzerland");
    if (region == u"us")
        return QCoreApplication::translate("ServicePreset", "United States");
    return region;
}

QString environmentLabelOf(const QString &environment)
{
    if (environment == u"Production")
        return QCoreApplication::translate("ServicePreset", "Production");
    if (environment == u"QA")
        return QCoreApplication::translate("ServicePreset", "QA");
    if (environment == u"Demo")
        return QCoreApplication::translate("ServicePreset", "Demo");
    return environment;
}

QUrl serviceUrl(const QString &host)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPath(QStringLiteral("/v1"));
    return url;
}

} // namespace

QStringList ConnectionProfile::accountHeaderNames()
{
    return {QStringLiteral("X-4me-Account"), QStringLiteral("X-Xurrent-Account"),
            QStringLiteral("X-ITRP-Account")};
}

QString ServicePreset::label() const
{
    //: A service URL preset: brand, region, environment, e.g. "Xurrent — Australia — QA"
    return QCoreApplication::translate("ServicePreset", "%1 — %2 — %3")
            .arg(brand, regionLabelOf(region), environmentLabelOf(environment));
}

QList<ServicePreset> ServicePreset::all()
{
    const QStringList regions{QString(), QStringLiteral("au"), QStringLiteral("uk"),
                              QStringLiteral("ch"), QStringLiteral("us")};
    // Per brand: production, then QA, each global first, then the demo service.
    const QList<std::pair<QString, QString>> environments{
            {QStringLiteral("Production"), QStringLiteral(".com")},
            {QStringLiteral("QA"), QStringLiteral(".qa")}};
    QList<ServicePreset> presets;
    for (const Brand &brand : brands()) {
        if (brand.globalProductionOnly) {
            presets.append(
                    {brand.name, QString(), QStringLiteral("Production"),
                     serviceUrl(QStringLiteral("api.") + brand.domain + QStringLiteral(".com"))});
            continue;
        }
        for (const auto &[environment, topLevelDomain] : environments) {
            for (const QString &region : regions) {
                const QString host = QStringLiteral("api.")
                        + (region.isEmpty() ? QString() : region + u'.') + brand.domain
                        + topLevelDomain;
                presets.append({brand.name, region, environment, serviceUrl(host)});
            }
        }
        if (!brand.demoDomain.isEmpty()) {
            presets.append({brand.name, QString(), QStringLiteral("Demo"),
                            serviceUrl(QStringLiteral("api.") + brand.demoDomain
                                       + QStringLiteral(".com"))});
        }
    }
    return presets;
}

QString ServicePreset::regionLabel(const QString &region)
{
    return regionLabelOf(region);
}

QString ServicePreset::environmentLabel(const QString &environment)
{
    return environmentLabelOf(environment);
}
