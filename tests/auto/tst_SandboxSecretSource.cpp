// SandboxSecretSource: the hs* secret of a webhook's policy from the sandbox-only endpoint,
// asked only for the sandbox profile on this computer, and only once per webhook.
#include "models/api/ApiClient.h"
#include "models/receiver/SandboxSecretSource.h"
#include "tests/support/FaultServer.h"
#include "tests/support/WarningGuard.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_SandboxSecretSource final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { hb::test::failOnUnexpectedWarnings(); }

    void secretComesFromTheSandboxOnly()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FaultServer::Request &request) {
            if (request.path() == u"/v1/webhooks/5"_s)
                return FaultServer::json(200,
                                         R"({"id": 5, "webhook_policy": {"id": 3, "name": "p"}})");
            if (request.path() == u"/_sandbox/webhook_policies/3/secret"_s)
                return FaultServer::json(200, R"({"secret": "s3cr3t"})");
            return FaultServer::json(404, R"({"message": "Not Found"})");
        });
        QNetworkAccessManager network;
        ApiClient client(&network);
        ConnectionProfile profile;
        profile.serviceUrl = server.baseUrl();
        profile.account = u"wdc"_s;
        client.setProfile(profile, u"token"_s);
        SandboxSecretSource source(&client);
        QSignalSpy found(&source, &SandboxSecretSource::secretFound);

        // A stored profile, even on this computer, is not the sandbox: nothing is asked.
        QVERIFY(!source.isActive());
        QVERIFY(source.secretFor(7).isEmpty());

        profile.sandbox = true;
        client.setProfile(profile, u"sandbox-token"_s);
        QVERIFY(source.isActive());
        QVERIFY(source.secretFor(5).isEmpty()); // asked now
        QVERIFY(source.secretFor(5).isEmpty()); // asked once
        QVERIFY(found.wait(10000));
        QCOMPARE(found.first().first().toLongLong(), 5);
        QCOMPARE(source.secretFor(5), QByteArray("s3cr3t"));
        QCOMPARE(server.requestCount(), 2);
        for (const FaultServer::Request &request : server.requests())
            QVERIFY(!request.target.contains("/7"));
        QCOMPARE(server.requests().at(1).target, QByteArray("/_sandbox/webhook_policies/3/secret"));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxSecretSource)
#include "tst_SandboxSecretSource.moc"
