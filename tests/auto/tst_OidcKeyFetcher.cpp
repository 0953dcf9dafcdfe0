// OidcKeyFetcher: OpenID Connect discovery of a policy's public key on the sandbox (RSA and
// EC keys, compared with the key the 201 answer gave once), and a hostile issuer on loopback
// (huge, silent, malformed, lying documents; redirects; keys that are no keys) failing
// cleanly with a reason, never with a key.
#include "models/receiver/OidcKeyFetcher.h"
#include "tests/support/FaultServer.h"
#include "tests/support/JwsTestVerifier.h"
#include "tests/support/SandboxFixture.h"
#include "tests/support/WarningGuard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(FaultServer::Reply)

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray withoutSpace(QByteArray pem)
{
    return pem.replace('\n', "").replace('\r', "").trimmed();
}

// A 200 answer with the JSON `body`; the test's handler fills in the issuer for "$ISS".
FaultServer::Reply ok(const QByteArray &body)
{
    return FaultServer::raw(body);
}

const QByteArray GoodConfiguration = "{\"issuer\": \"$ISS\", \"jwks_uri\": \"$ISS/jwks.json\"}";

} // namespace

class tst_OidcKeyFetcher final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void init() { hb::test::failOnUnexpectedWarnings(); }

    void discoveryFindsThePolicyKey_data()
    {
        QTest::addColumn<QString>("algorithm");
        for (const char *name : {"rs256", "rs512", "es256", "es384", "es512"})
            QTest::addRow("%s", name) << QString::fromLatin1(name);
    }

    void discoveryFindsThePolicyKey()
    {
        QFETCH(QString, algorithm);
        SandboxOptions options;
        options.burstLimit = 0;
        options.hourlyLimit = 0;
        SandboxFixture sandbox(options);
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        const auto created
                = sandbox.send("POST", u"/webhook_policies"_s, json({{u"jwt_alg"_s, algorithm}}));
        QCOMPARE(created.status, 201);
        const QString name = created.json().object().value(u"name"_s).toString();
        const QByteArray publicKey
                = created.json().object().value(u"public_key_pem"_s).toString().toLatin1();
        QVERIFY(!name.isEmpty());
        QVERIFY(!publicKey.isEmpty());
        const QString issuer = sandbox.server()
                                       ->baseUrl()
                                       .resolved(QUrl(u"/webhook_policies/"_s + name))
                                       .toString();

        OidcKeyFetcher fetcher(&m_network);
        QSignalSpy found(&fetcher, &OidcKeyFetcher::keyFound);
        QSignalSpy failed(&fetcher, &OidcKeyFetcher::failed);
        fetcher.fetch(issuer, name);
        QVERIFY(fetcher.isFetching(issuer, name));
        QVERIFY(found.wait(10000));
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().at(2).toString()));
        QCOMPARE(found.first().at(0).toString(), issuer);
        QCOMPARE(withoutSpace(fetcher.key(issuer, name)), withoutSpace(publicKey));
        QVERIFY(fetcher.keyOrigin(issuer, name).endsWith(u"/.well-known/jwks.json"_s));
        QVERIFY(!fetcher.isFetching(issuer, name));

        // Known now: no second fetch.
        fetcher.fetch(issuer, name);
        QVERIFY(!fetcher.isFetching(issuer, name));
    }

    void hostileIssuerFailsCleanly_data()
    {
        QTest::addColumn<FaultServer::Reply>("configuration");
        QTest::addColumn<FaultServer::Reply>("jwks");
        QTest::addColumn<QString>("reason");

        const FaultServer::Reply goodConfiguration = ok(GoodConfiguration);
        const FaultServer::Reply unused = ok("{}");
        const QByteArray huge(200 * 1024, ' ');
        const QString silentReason = u"did not give the key|could not be reached"_s;

        QTest::newRow("huge configuration, announced") << FaultServer::stall(
                FaultServer::response(200, "{", {{"Content-Length", "50000000"}}))
                                                       << unused << u"larger than 64 KB"_s;
        QTest::newRow("huge configuration, streamed") << FaultServer::close(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{" + huge)
                                                      << unused << u"larger than 64 KB"_s;
        QTest::newRow("silent") << FaultServer::stall() << unused << silentReason;
        QTest::newRow("slow body")
                << FaultServer::stall("HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n{\"issuer\"")
                << unused << silentReason;
        QTest::newRow("malformed configuration")
                << ok("{\"issuer\": ") << unused << u"no JSON object"_s;
        QTest::newRow("configuration is an array") << ok("[1, 2]") << unused << u"no JSON object"_s;
        QTest::newRow("another issuer")
                << ok("{\"issuer\": \"https://evil.example\", \"jwks_uri\": \"$ISS/j\"}") << unused
                << u"names the issuer"_s;
        QTest::newRow("jwks on another origin")
                << ok("{\"issuer\": \"$ISS\", \"jwks_uri\": \"http://127.0.0.2:9/jwks.json\"}")
                << unused << u"not on the issuer's address"_s;
        QTest::newRow("redirect") << FaultServer::raw(
                FaultServer::response(302, {}, {{"Location", "http://127.0.0.1:9/elsewhere"}}))
                                  << unused << u"answered HTTP 302"_s;
        QTest::newRow("not found") << FaultServer::raw(FaultServer::response(404, "{}")) << unused
                                   << u"answered HTTP 404"_s;
        QTest::newRow("huge jwks")
                << goodConfiguration << ok("{\"keys\": [" + huge + "]}") << u"larger than 64 KB"_s;
        QTest::newRow("malformed jwks")
                << goodConfiguration << ok("{\"keys\": [") << u"no JSON object"_s;
        QTest::newRow("silent jwks") << goodConfiguration << FaultServer::stall() << silentReason;
        QTest::newRow("no such kid")
                << goodConfiguration << ok("{\"keys\": [{\"kid\": \"other\", \"kty\": \"RSA\"}]}")
                << u"no key with kid"_s;
        QTest::newRow("keys is no list")
                << goodConfiguration << ok("{\"keys\": \"the-key\"}") << u"no key with kid"_s;
        QTest::newRow("short RSA modulus") << goodConfiguration
                                           << ok("{\"keys\": [{\"kid\": \"k1\", \"kty\": \"RSA\", "
                                                 "\"n\": \"AQAB\", \"e\": \"AQAB\"}]}")
                                           << u"cannot be used"_s;
        QTest::newRow("EC point off the curve")
                << goodConfiguration
                << ok("{\"keys\": [{\"kid\": \"k1\", \"kty\": \"EC\", \"crv\": \"P-256\", "
                      "\"x\": \"AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE\", "
                      "\"y\": \"AgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgI\"}]}")
                << u"cannot be used"_s;
        QTest::newRow("unknown key type")
                << goodConfiguration
                << ok("{\"keys\": [{\"kid\": \"k1\", \"kty\": \"oct\", \"k\": \"c2VjcmV0\"}]}")
                << u"not supported"_s;
    }

    void hostileIssuerFailsCleanly()
    {
        QFETCH(FaultServer::Reply, configuration);
        QFETCH(FaultServer::Reply, jwks);
        QFETCH(QString, reason);
        FaultServer server;
        QVERIFY(server.listen());
        const QString issuer = server.url(u"/issuer"_s).toString();
        server.setHandler([&](const FaultServer::Request &request) {
            FaultServer::Reply reply
                    = request.path().endsWith(u"/openid-configuration"_s) ? configuration : jwks;
            // A bare body is answered 200 with it, the issuer filled in; raw HTTP as it is.
            if (reply.action == FaultServer::Action::Respond && !reply.bytes.startsWith("HTTP/"))
                reply.bytes = FaultServer::response(
                        200, QByteArray(reply.bytes).replace("$ISS", issuer.toLatin1()));
            return reply;
        });

        OidcKeyFetcher fetcher(&m_network);
        fetcher.setTimeoutMs(500);
        QSignalSpy found(&fetcher, &OidcKeyFetcher::keyFound);
        QSignalSpy failed(&fetcher, &OidcKeyFetcher::failed);
        fetcher.fetch(issuer, u"k1"_s);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.size(), 1);
        QVERIFY(found.isEmpty());
        const QString why = failed.first().at(2).toString();
        QVERIFY2(QRegularExpression(reason).match(why).hasMatch(), qPrintable(why));
        QCOMPARE(fetcher.failure(issuer, u"k1"_s), why);
        QVERIFY(fetcher.key(issuer, u"k1"_s).isEmpty());
        QVERIFY(!fetcher.isFetching(issuer, u"k1"_s));
        // Nothing more is asked of a hostile server once it failed.
        const int requests = server.requestCount();
        fetcher.fetch(issuer, u"k1"_s);
        QVERIFY(!fetcher.isFetching(issuer, u"k1"_s));
        QCOMPARE(server.requestCount(), requests);
        // No redirect is followed.
        for (const FaultServer::Request &request : server.requests())
            QVERIFY(!request.target.contains("elsewhere"));
    }

    void boundsConcurrentFetches()
    {
        FaultServer server; // never answers
        QVERIFY(server.listen());
        server.setHandler([](const FaultServer::Request &) { return FaultServer::stall(); });
        OidcKeyFetcher fetcher(&m_network);
        QSignalSpy failed(&fetcher, &OidcKeyFetcher::failed);
        const QString issuer = server.url(u"/issuer"_s).toString();
        for (int i = 0; i <= OidcKeyFetcher::MaxConcurrentFetches; ++i)
            fetcher.fetch(issuer, u"k%1"_s.arg(i));
        const QString last = u"k%1"_s.arg(OidcKeyFetcher::MaxConcurrentFetches);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(1).toString(), last);
        QVERIFY(failed.first().at(2).toString().contains(u"at once"_s));
        // Not remembered: it may be asked again later.
        QVERIFY(fetcher.failure(issuer, last).isEmpty());
        QVERIFY(fetcher.isFetching(issuer, u"k0"_s));
    }

    void refusesPlainHttpToAnotherComputer_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("reason");
        QTest::newRow("plain http") << u"http://issuer.example/x"_s << u"plain http"_s;
        QTest::newRow("file") << u"file:///etc/passwd"_s << u"no https"_s;
        QTest::newRow("no address") << u"wdc"_s << u"no https"_s;
    }

    void refusesPlainHttpToAnotherComputer()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, reason);
        OidcKeyFetcher fetcher(&m_network);
        QSignalSpy failed(&fetcher, &OidcKeyFetcher::failed);
        fetcher.fetch(issuer, u"k"_s);
        QVERIFY(failed.isEmpty()); // reported from the event loop
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.first().at(2).toString().contains(reason),
                 qPrintable(failed.first().at(2).toString()));
    }

    void jwkToPem()
    {
        // Keys made here, turned into JWKs by hand, come back as the same PEM.
        const QByteArray rsaPrivate = JwsTestVerifier::generatePrivatePem("RSA", 2048);
        const QByteArray ecPrivate = JwsTestVerifier::generatePrivatePem("EC", 0, "P-384");
        const QByteArray ecPublic = JwsTestVerifier::publicPemOf(ecPrivate);
        const QByteArray point = JwsTestVerifier::ecPoint(ecPublic);
        QCOMPARE(point.size(), 1 + 2 * 48);
        auto b64 = [](const QByteArray &bytes) {
            return QString::fromLatin1(
                    bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        };
        const QJsonObject ecJwk{{u"kty"_s, u"EC"_s},
                                {u"crv"_s, u"P-384"_s},
                                {u"x"_s, b64(point.mid(1, 48))},
                                {u"y"_s, b64(point.mid(49, 48))}};
        QString error;
        QCOMPARE(withoutSpace(OidcKeyFetcher::pemFromJwk(ecJwk, &error)), withoutSpace(ecPublic));
        QVERIFY(JwsTestVerifier::describePublicKey(JwsTestVerifier::publicPemOf(rsaPrivate))
                        .startsWith(u"RSA"_s));

        QJsonObject wrongCurve = ecJwk;
        wrongCurve.insert(u"crv"_s, u"P-256"_s);
        QVERIFY(OidcKeyFetcher::pemFromJwk(wrongCurve, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_OidcKeyFetcher)
#include "tst_OidcKeyFetcher.moc"
