// hookbench-sandbox webhook policies over HTTP (reference §7) and the signing of a linked
// webhook's messages (§4, Signing): CRUD and its 422s, the one-time public key, the linking
// rules, a test message arriving signed and verified with the returned key, OpenID Connect
// discovery to the JWKS, and the unlinking of webhooks when their policy is deleted. Written
// from the reference with raw requests; signatures are checked by JwsTestVerifier (OpenSSL).
#include "sandbox/SandboxServer.h"
#include "tests/support/JwsTestVerifier.h"
#include "tests/support/SandboxFixture.h"
#include "tests/support/SandboxTestReceiver.h"
#include "tests/support/WarningGuard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
const QString Policies = QStringLiteral("/webhook_policies");
const QLatin1StringView KeyId{"id"};
const QLatin1StringView KeyName{"name"};
const QLatin1StringView KeyJwtAlg{"jwt_alg"};
const QLatin1StringView KeyAudience{"jwt_audience"};
const QLatin1StringView KeyExpiresIn{"jwt_claim_expires_in"};
const QLatin1StringView KeyDisabled{"disabled"};
const QLatin1StringView KeyPublicKey{"public_key_pem"};
const QLatin1StringView KeyErrors{"errors"};
const QLatin1StringView KeyPolicyId{"webhook_policy_id"};
const QLatin1StringView KeyPolicy{"webhook_policy"};
const QLatin1StringView KeyDiscovery{"openid_connect_discovery"};
const QLatin1StringView KeyJwt{"jwt"};

QByteArray body(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The fields named in a 422's errors.
QStringList errorFields(const SandboxFixture::Reply &reply)
{
    QStringList fields;
    const QJsonArray errors = reply.json().object().value(KeyErrors).toArray();
    for (const QJsonValue &error : errors)
        fields.append(error.toArray().at(0).toString());
    return fields;
}
} // namespace

class tst_SandboxPolicyApi final : public QObject
{
    Q_OBJECT

private:
    SandboxTestReceiver m_receiver;

    static std::unique_ptr<SandboxFixture> startFixture(SandboxOptions options = {},
                                                        bool verification = false)
    {
        options.burstLimit = 0;
        options.hourlyLimit = 0;
        options.verification = verification;
        auto fixture = std::make_unique<SandboxFixture>(options);
        if (!fixture->start())
            qWarning("sandbox did not start");
        return fixture;
    }
    static QString origin(SandboxFixture &fixture, const QString &path)
    {
        return fixture.server()->baseUrl().resolved(QUrl(path)).toString();
    }
    // Creates a policy; returns the 201 answer's object (empty on any other status).
    static QJsonObject createPolicy(SandboxFixture &fixture, const QJsonObject &fields)
    {
        const auto reply = fixture.send("POST", Policies, body(fields));
        return reply.status == 201 ? reply.json().object() : QJsonObject();
    }
    qint64 createWebhook(SandboxFixture &fixture, const QString &name, const QJsonValue &policyId,
                         bool discovery = false)
    {
        const auto reply
                = fixture.send("POST", QStringLiteral("/webhooks"),
                               body({{QStringLiteral("event"), QStringLiteral("request.create")},
                                     {QStringLiteral("uri"), m_receiver.url(name)},
                                     {KeyPolicyId, policyId},
                                     {KeyDiscovery, discovery}}));
        return reply.status == 201 ? reply.json().object().value(KeyId).toInteger() : 0;
    }
    // Test-fires the webhook and returns the body that arrived.
    QByteArray fire(SandboxFixture &fixture, qint64 webhookId)
    {
        m_receiver.clear();
        const auto reply = fixture.send("POST", QStringLiteral("/webhooks/%1/test").arg(webhookId));
        if (reply.status != 204)
            return {};
        if (!QTest::qWaitFor([this] { return !m_receiver.messages().isEmpty(); }, 10000))
            return {};
        return m_receiver.messages().constFirst().body;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_receiver.listen()); }
    void init() { hb::test::failOnUnexpectedWarnings(); }

    void crud()
    {
        auto fixture = startFixture();
        const auto created = fixture->send("POST", Policies,
                                           body({{KeyJwtAlg, QStringLiteral("rs256")},
                                                 {KeyAudience, QStringLiteral("receiver-7")},
                                                 {KeyExpiresIn, 5}}));
        QCOMPARE(created.status, 201);
        const QJsonObject policy = created.json().object();
        const qint64 id = policy.value(KeyId).toInteger();
        QVERIFY(id > 0);
        QVERIFY(created.header("Location")
                        .endsWith("/v1/webhook_policies/" + QByteArray::number(id)));
        QCOMPARE(policy.value(KeyName).toString().size(), 56);
        QCOMPARE(policy.value(KeyJwtAlg).toString(), QStringLiteral("rs256"));
        QVERIFY(policy.value(KeyPublicKey).toString().startsWith(u"-----BEGIN PUBLIC KEY-----"));

        // The public key is shown once: never by get, list or update.
        const auto got = fixture->get(Policies + QStringLiteral("/%1").arg(id));
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json().object().value(KeyAudience).toString(), QStringLiteral("receiver-7"));
        QCOMPARE(got.json().object().value(KeyExpiresIn).toInteger(), 5);
        QVERIFY(!got.json().object().value(KeyPublicKey).isString());
        const auto listed = fixture->get(Policies);
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.header("X-Pagination-Total-Entries"), QByteArray("1"));
        QVERIFY(listed.hasHeader("X-RateLimit-Limit"));
        QCOMPARE(listed.json().array().size(), 1);
        QCOMPARE(listed.json().array().at(0).toObject().value(KeyId).toInteger(), id);
        QVERIFY(!listed.body.contains("BEGIN PUBLIC KEY"));

        const auto patched = fixture->send("PATCH", Policies + QStringLiteral("/%1").arg(id),
                                           body({{KeyDisabled, true}}));
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json().object().value(KeyDisabled).toBool(), true);
        QVERIFY(!patched.body.contains("BEGIN PUBLIC KEY"));
        QCOMPARE(fixture->get(Policies + QStringLiteral("/enabled")).json().array().size(), 0);
        QCOMPARE(fixture->get(Policies + QStringLiteral("/disabled")).json().array().size(), 1);

        QCOMPARE(fixture->send("DELETE", Policies + QStringLiteral("/%1").arg(id)).status, 204);
        QCOMPARE(fixture->get(Policies + QStringLiteral("/%1").arg(id)).status, 404);
        QCOMPARE(fixture->get(Policies).json().array().size(), 0);
        // Ids are not reused.
        QVERIFY(createPolicy(*fixture, {{KeyJwtAlg, QStringLiteral("none")}})
                        .value(KeyId)
                        .toInteger()
                > id);
    }

    void rejections()
    {
        auto fixture = startFixture();
        auto reply = fixture->send("POST", Policies, body({}));
        QCOMPARE(reply.status, 422);
        QVERIFY(errorFields(reply).contains(KeyJwtAlg));
        reply = fixture->send("POST", Policies, body({{KeyJwtAlg, QStringLiteral("rs128")}}));
        QCOMPARE(reply.status, 422);
        QVERIFY(errorFields(reply).contains(KeyJwtAlg));
        reply = fixture->send(
                "POST", Policies,
                body({{KeyJwtAlg, QStringLiteral("hs256")}, {KeyAudience, QString(2049, u'a')}}));
        QCOMPARE(reply.status, 422);
        QVERIFY(errorFields(reply).contains(KeyAudience));
        reply = fixture->send("POST", Policies,
                              body({{KeyJwtAlg, QStringLiteral("hs256")}, {KeyExpiresIn, -1}}));
        QCOMPARE(reply.status, 422);
        QVERIFY(errorFields(reply).contains(KeyExpiresIn));
        QCOMPARE(fixture->send("POST", Policies, "{not json").status, 400);
        QCOMPARE(fixture->get(Policies).json().array().size(), 0); // nothing was created
        QCOMPARE(fixture->get(Policies + QStringLiteral("/77")).status, 404);
        QCOMPARE(fixture->send("PATCH", Policies + QStringLiteral("/77"), body({})).status, 404);
        QCOMPARE(fixture->send("DELETE", Policies + QStringLiteral("/77")).status, 404);

        // Same authentication and account rules as /webhooks.
        QCOMPARE(fixture->send("GET", Policies, {}, {}).status, 401);
        SandboxFixture::Headers tokenOnly;
        tokenOnly.append(
                {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer sandbox-token")});
        QCOMPARE(fixture->send("GET", Policies, {}, tokenOnly).status, 403);
    }

    void linking()
    {
        auto fixture = startFixture();
        const QJsonObject enabled = createPolicy(*fixture, {{KeyJwtAlg, QStringLiteral("hs256")}});
        const QJsonObject disabled = createPolicy(
                *fixture, {{KeyJwtAlg, QStringLiteral("hs256")}, {KeyDisabled, true}});
        QVERIFY(!enabled.isEmpty() && !disabled.isEmpty());

        const auto unknown = fixture->send(
                "POST", QStringLiteral("/webhooks"),
                body({{QStringLiteral("event"), QStringLiteral("request.create")},
                      {QStringLiteral("uri"), m_receiver.url(QStringLiteral("link"))},
                      {KeyPolicyId, 999}}));
        QCOMPARE(unknown.status, 422);
        QVERIFY(errorFields(unknown).contains(KeyPolicyId));
        const auto toDisabled = fixture->send(
                "POST", QStringLiteral("/webhooks"),
                body({{QStringLiteral("event"), QStringLiteral("request.create")},
                      {QStringLiteral("uri"), m_receiver.url(QStringLiteral("link"))},
                      {KeyPolicyId, disabled.value(KeyId)}}));
        QCOMPARE(toDisabled.status, 422);
        QVERIFY(errorFields(toDisabled).contains(KeyPolicyId));

        const qint64 webhookId
                = createWebhook(*fixture, QStringLiteral("link"), enabled.value(KeyId));
        QVERIFY(webhookId > 0);
        const QJsonObject linked = fixture->get(QStringLiteral("/webhooks/%1").arg(webhookId))
                                           .json()
                                           .object()
                                           .value(KeyPolicy)
                                           .toObject();
        QCOMPARE(linked.value(KeyId).toInteger(), enabled.value(KeyId).toInteger());
        QCOMPARE(linked.value(KeyName).toString(), enabled.value(KeyName).toString());
    }

    void signedTestMessage_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::newRow("hs256") << QStringLiteral("hs256");
        QTest::newRow("hs512") << QStringLiteral("hs512");
        QTest::newRow("rs256") << QStringLiteral("rs256");
        QTest::newRow("rs512") << QStringLiteral("rs512");
        QTest::newRow("es256") << QStringLiteral("es256");
        QTest::newRow("es384") << QStringLiteral("es384");
        QTest::newRow("es512") << QStringLiteral("es512");
    }
    void signedTestMessage()
    {
        QFETCH(QString, alg);
        auto fixture = startFixture();
        const QJsonObject policy = createPolicy(
                *fixture,
                {{KeyJwtAlg, alg}, {KeyAudience, QStringLiteral("aud-1")}, {KeyExpiresIn, 10}});
        QVERIFY(!policy.isEmpty());
        const qint64 policyId = policy.value(KeyId).toInteger();
        QByteArray key = policy.value(KeyPublicKey).toString().toLatin1();
        if (alg.startsWith(u"hs")) {
            QVERIFY(key.isEmpty());
            const auto secret = fixture->get(
                    origin(*fixture,
                           QStringLiteral("/_sandbox/webhook_policies/%1/secret").arg(policyId)));
            QCOMPARE(secret.status, 200);
            key = secret.json().object().value(QLatin1StringView("secret")).toString().toLatin1();
        }
        QVERIFY(!key.isEmpty());

        const qint64 webhookId = createWebhook(*fixture, QStringLiteral("signed"), policyId);
        QVERIFY(webhookId > 0);
        const QJsonObject arrived = QJsonDocument::fromJson(fire(*fixture, webhookId)).object();
        QCOMPARE(arrived.keys(), QStringList{KeyJwt});
        const QByteArray jwt = arrived.value(KeyJwt).toString().toLatin1();
        QString why;
        QVERIFY2(JwsTestVerifier::verify(jwt, key, &why), qPrintable(why));
        QCOMPARE(JwsTestVerifier::jsonPart(jwt, 0).value(QLatin1StringView("alg")).toString(),
                 alg.toUpper());

        const QJsonObject claims = JwsTestVerifier::jsonPart(jwt, 1);
        QCOMPARE(claims.value(QLatin1StringView("sub")).toString(), QString::number(webhookId));
        QCOMPARE(claims.value(QLatin1StringView("iss")).toString(),
                 QStringLiteral("https://wdc.4me.com"));
        QCOMPARE(claims.value(QLatin1StringView("aud")).toString(), QStringLiteral("aud-1"));
        QVERIFY(!claims.value(QLatin1StringView("jti")).toString().isEmpty());
        const qint64 iat = claims.value(QLatin1StringView("iat")).toInteger();
        QCOMPARE(claims.value(QLatin1StringView("nbf")).toInteger(), iat);
        QCOMPARE(claims.value(QLatin1StringView("exp")).toInteger(), iat + 10 * 60);
        const QJsonObject data = claims.value(QLatin1StringView("data")).toObject();
        QCOMPARE(data.value(QLatin1StringView("webhook_id")).toInteger(), webhookId);
        QCOMPARE(data.value(QLatin1StringView("event")).toString(),
                 QStringLiteral("request.create"));

        // A tampered token does not verify with the same key.
        QByteArray tampered = jwt;
        const qsizetype claimsAt = tampered.indexOf('.') + 2;
        tampered[claimsAt] = tampered.at(claimsAt) == 'A' ? 'B' : 'A';
        QVERIFY(!JwsTestVerifier::verify(tampered, key));
    }

    void verificationMessageIsSigned()
    {
        auto fixture = startFixture({}, true);
        const QJsonObject policy = createPolicy(*fixture, {{KeyJwtAlg, QStringLiteral("hs256")}});
        QVERIFY(!policy.isEmpty());
        const QByteArray secret
                = fixture->get(origin(*fixture,
                                      QStringLiteral("/_sandbox/webhook_policies/%1/secret")
                                              .arg(policy.value(KeyId).toInteger())))
                          .json()
                          .object()
                          .value(QLatin1StringView("secret"))
                          .toString()
                          .toLatin1();
        m_receiver.clear();
        const qint64 webhookId
                = createWebhook(*fixture, QStringLiteral("verify"), policy.value(KeyId));
        QVERIFY(webhookId > 0);
        QVERIFY(QTest::qWaitFor([this] { return !m_receiver.messages().isEmpty(); }, 10000));
        const QByteArray jwt
                = m_receiver.messages().constFirst().json().value(KeyJwt).toString().toLatin1();
        QString why;
        QVERIFY2(JwsTestVerifier::verify(jwt, secret, &why), qPrintable(why));
        const QJsonObject data
                = JwsTestVerifier::jsonPart(jwt, 1).value(QLatin1StringView("data")).toObject();
        QCOMPARE(data.value(QLatin1StringView("event")).toString(),
                 QStringLiteral("webhook.verify"));
    }

    void discoveryLeadsToTheKey()
    {
        auto fixture = startFixture();
        const QJsonObject policy = createPolicy(*fixture, {{KeyJwtAlg, QStringLiteral("es256")}});
        QVERIFY(!policy.isEmpty());
        const QString name = policy.value(KeyName).toString();
        const qint64 webhookId
                = createWebhook(*fixture, QStringLiteral("oidc"), policy.value(KeyId), true);
        QVERIFY(webhookId > 0);
        const QByteArray jwt = QJsonDocument::fromJson(fire(*fixture, webhookId))
                                       .object()
                                       .value(KeyJwt)
                                       .toString()
                                       .toLatin1();
        QVERIFY(!jwt.isEmpty());
        QCOMPARE(JwsTestVerifier::jsonPart(jwt, 0).value(QLatin1StringView("kid")).toString(),
                 name);
        const QString issuer
                = JwsTestVerifier::jsonPart(jwt, 1).value(QLatin1StringView("iss")).toString();
        QCOMPARE(issuer, origin(*fixture, QStringLiteral("/webhook_policies/") + name));

        // No token needed for discovery.
        const auto configuration = fixture->send(
                "GET", issuer + QStringLiteral("/.well-known/openid-configuration"), {}, {});
        QCOMPARE(configuration.status, 200);
        QCOMPARE(configuration.json().object().value(QLatin1StringView("issuer")).toString(),
                 issuer);
        const QString jwksUri
                = configuration.json().object().value(QLatin1StringView("jwks_uri")).toString();
        const auto jwks = fixture->send("GET", jwksUri, {}, {});
        QCOMPARE(jwks.status, 200);
        const QJsonArray keys = jwks.json().object().value(QLatin1StringView("keys")).toArray();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.at(0).toObject().value(QLatin1StringView("kid")).toString(), name);
        const QByteArray pem = JwsTestVerifier::publicPemFromJwk(keys.at(0).toObject());
        QCOMPARE(pem, policy.value(KeyPublicKey).toString().toLatin1());
        QString why;
        QVERIFY2(JwsTestVerifier::verify(jwt, pem, &why), qPrintable(why));

        QCOMPARE(fixture->send("GET",
                               origin(*fixture,
                                      QStringLiteral("/webhook_policies/nosuchpolicy/"
                                                     ".well-known/jwks.json")),
                               {}, {})
                         .status,
                 404);
    }

    void deletingUnlinks()
    {
        auto fixture = startFixture();
        const QJsonObject policy = createPolicy(*fixture, {{KeyJwtAlg, QStringLiteral("hs384")}});
        const qint64 webhookId
                = createWebhook(*fixture, QStringLiteral("unlink"), policy.value(KeyId), true);
        QVERIFY(webhookId > 0);
        QVERIFY(QJsonDocument::fromJson(fire(*fixture, webhookId)).object().contains(KeyJwt));

        QCOMPARE(
                fixture->send("DELETE",
                              Policies + QStringLiteral("/%1").arg(policy.value(KeyId).toInteger()))
                        .status,
                204);
        const QJsonObject webhook
                = fixture->get(QStringLiteral("/webhooks/%1").arg(webhookId)).json().object();
        QVERIFY(webhook.value(KeyPolicy).isNull());
        const QJsonObject plain = QJsonDocument::fromJson(fire(*fixture, webhookId)).object();
        QVERIFY(!plain.contains(KeyJwt));
        QCOMPARE(plain.value(QLatin1StringView("webhook_id")).toInteger(), webhookId);
    }

    void keysArePersisted()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SandboxOptions options;
        options.dataFile = dir.filePath(QStringLiteral("sandbox.json"));
        qint64 id = 0;
        QByteArray secret;
        {
            auto fixture = startFixture(options);
            id = createPolicy(*fixture, {{KeyJwtAlg, QStringLiteral("hs256")}})
                         .value(KeyId)
                         .toInteger();
            QVERIFY(id > 0);
            secret = fixture->get(origin(*fixture,
                                         QStringLiteral("/_sandbox/webhook_policies/"
                                                        "%1/secret")
                                                 .arg(id)))
                             .body;
        }
        auto fixture = startFixture(options);
        QCOMPARE(fixture->get(Policies + QStringLiteral("/%1").arg(id)).status, 200);
        const QByteArray again
                = fixture
                          ->get(origin(
                                  *fixture,
                                  QStringLiteral("/_sandbox/webhook_policies/%1/secret").arg(id)))
                          .body;
        QVERIFY(again.contains("secret"));
        QCOMPARE(again, secret);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxPolicyApi)
#include "tst_SandboxPolicyApi.moc"
