// hookbench-sandbox with several accounts: each its own webhooks and ids, picked by the
// account header; --seed fills the first; /_sandbox reads the header like /v1.
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "tests/support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/WarningGuard.h"
#include <memory>

class tst_SandboxAccounts final : public QObject
{
    Q_OBJECT

private:
    static SandboxOptions twoAccounts()
    {
        SandboxOptions options;
        options.burstLimit = 0;
        options.hourlyLimit = 0;
        options.account = QStringLiteral("wdc");
        options.moreAccounts = {QStringLiteral("wdc-qa")};
        return options;
    }
    static SandboxFixture::Headers headersFor(const SandboxFixture &fixture, const char *account)
    {
        SandboxFixture::Headers headers = fixture.defaultHeaders();
        for (auto &header : headers) {
            if (header.first == "X-4me-Account")
                header.second = account;
        }
        return headers;
    }
    static QByteArray newWebhook(const QString &name)
    {
        return QJsonDocument(
                       QJsonObject{{QStringLiteral("name"), name},
                                   {QStringLiteral("event"), QStringLiteral("ci.update")},
                                   {QStringLiteral("uri"),
                                    QStringLiteral("https://hooks.example.com/%1").arg(name)}})
                .toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    // Any warning fails the test function; expected ones are declared with ignoreMessage.
    void init() { hb::test::failOnUnexpectedWarnings(); }
    void eachAccountHasItsOwnWebhooksAndIds()
    {
        SandboxOptions options = twoAccounts();
        options.seed = 5;
        SandboxFixture fixture(options);
        QVERIFY(fixture.start());
        const auto qa = headersFor(fixture, "wdc-qa");

        // --seed fills the first account only.
        QCOMPARE(fixture.get(QStringLiteral("/webhooks")).json().array().size(), 5);
        QCOMPARE(fixture.send("GET", QStringLiteral("/webhooks"), {}, qa).json().array().size(), 0);

        const auto created = fixture.send("POST", QStringLiteral("/webhooks"),
                                          newWebhook(QStringLiteral("qa-one")), qa);
        QCOMPARE(created.status, 201);
        const qint64 qaId = created.json().object().value(u"id").toInteger();
        QCOMPARE(qaId, 1); // its own ids
        // The same id names a different webhook in each account.
        QCOMPARE(fixture.send("GET", QStringLiteral("/webhooks/1"), {}, qa)
                         .json()
                         .object()
                         .value(u"name")
                         .toString(),
                 QStringLiteral("qa-one"));
        QVERIFY(fixture.get(QStringLiteral("/webhooks/1")).json().object().value(u"name").toString()
                != QStringLiteral("qa-one"));
        // Deleting in one account leaves the other alone.
        QCOMPARE(fixture.send("DELETE", QStringLiteral("/webhooks/1"), {}, qa).status, 204);
        QCOMPARE(fixture.get(QStringLiteral("/webhooks/1")).status, 200);
        // An account the sandbox does not serve is refused.
        QCOMPARE(fixture.send("GET", QStringLiteral("/webhooks"), {}, headersFor(fixture, "other"))
                         .status,
                 403);
    }

    void sandboxEndpointsReadTheAccountHeader()
    {
        SandboxFixture fixture(twoAccounts());
        QVERIFY(fixture.start());
        const auto qa = headersFor(fixture, "wdc-qa");
        const auto created = fixture.send("POST", QStringLiteral("/webhooks"),
                                          newWebhook(QStringLiteral("qa")), qa);
        const qint64 id = created.json().object().value(u"id").toInteger();
        const QString state
                = fixture.server()
                          ->baseUrl()
                          .resolved(QUrl(QStringLiteral("/_sandbox/webhooks/%1").arg(id)))
                          .toString();
        QCOMPARE(fixture.send("GET", state, {}, qa).status, 200);
        // Without a header: the first account, which has no such webhook.
        QCOMPARE(fixture.send("GET", state, {}, {}).status, 404);
    }

    void accountsKeepTheirSectionsInTheStore()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SandboxOptions options = twoAccounts();
        options.dataFile = dir.filePath(QStringLiteral("sandbox.json"));
        {
            SandboxFixture fixture(options);
            QVERIFY(fixture.start());
            QCOMPARE(fixture.send("POST", QStringLiteral("/webhooks"),
                                  newWebhook(QStringLiteral("a")))
                             .status,
                     201);
            QCOMPARE(fixture.send("POST", QStringLiteral("/webhooks"),
                                  newWebhook(QStringLiteral("b")), headersFor(fixture, "wdc-qa"))
                             .status,
                     201);
        }
        // Restarted serving only the first account: the second section is kept on disk.
        SandboxOptions first = options;
        first.moreAccounts.clear();
        {
            SandboxFixture fixture(first);
            QVERIFY(fixture.start());
            QCOMPARE(fixture.get(QStringLiteral("/webhooks")).json().array().size(), 1);
            QCOMPARE(fixture.send("POST", QStringLiteral("/webhooks"),
                                  newWebhook(QStringLiteral("c")))
                             .status,
                     201);
        }
        SandboxFixture again(options);
        QVERIFY(again.start());
        QCOMPARE(again.get(QStringLiteral("/webhooks")).json().array().size(), 2);
        const auto qa
                = again.send("GET", QStringLiteral("/webhooks"), {}, headersFor(again, "wdc-qa"));
        QCOMPARE(qa.json().array().size(), 1);
        QCOMPARE(qa.json().array().first().toObject().value(u"name").toString(),
                 QStringLiteral("b"));
    }

    void variantSeedFillsASecondAccountThatDiffers()
    {
        SandboxOptions options = twoAccounts();
        options.seed = 10;
        options.variantAccount = QStringLiteral("wdc-qa");
        options.variantSeed = 10;
        SandboxFixture fixture(options);
        QVERIFY(fixture.start());
        const QJsonArray first
                = fixture.get(QStringLiteral("/webhooks?per_page=100")).json().array();
        const QJsonArray qa = fixture.send("GET", QStringLiteral("/webhooks?per_page=100"), {},
                                           headersFor(fixture, "wdc-qa"))
                                      .json()
                                      .array();
        QCOMPARE(first.size(), 10);
        QCOMPARE(qa.size(), 11); // two left out, three of its own
        QCOMPARE(qa.first().toObject().value(u"id").toInteger(), 1); // its own ids

        QHash<QString, QJsonObject> firstByName;
        for (const QJsonValue &value : first)
            firstByName.insert(value.toObject().value(u"name").toString(), value.toObject());
        int shared = 0;
        int otherState = 0;
        int qaHost = 0;
        int own = 0;
        for (const QJsonValue &value : qa) {
            const QJsonObject webhook = value.toObject();
            const QString name = webhook.value(u"name").toString();
            if (!firstByName.contains(name)) {
                QVERIFY2(name.startsWith(u"QA "), qPrintable(name));
                ++own;
                continue;
            }
            ++shared;
            const QJsonObject original = firstByName.value(name);
            QCOMPARE(webhook.value(u"event"), original.value(u"event"));
            otherState += webhook.value(u"disabled").toBool(false)
                            != original.value(u"disabled").toBool(false)
                    ? 1
                    : 0;
            if (webhook.value(u"uri") != original.value(u"uri")) {
                QVERIFY(webhook.value(u"uri").toString().contains(u"qa.example."));
                ++qaHost;
            }
        }
        QCOMPARE(shared, 8);
        QCOMPARE(own, 3);
        QCOMPARE(otherState, 2);
        QCOMPARE(qaHost, 1);
        // --seed-variant fills an empty account only; the first account is as --seed makes it.
        QCOMPARE(fixture.server()->store()->seedVariant(10, {}, QStringLiteral("wdc-qa")), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxAccounts)
#include "tst_SandboxAccounts.moc"
