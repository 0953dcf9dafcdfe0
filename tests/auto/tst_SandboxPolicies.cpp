// The sandbox's Webhook Policies API logic (reference §7): create answers 201 with the public
// key that is never shown again, the 422s of the fields, list filters, update, delete with
// the webhooks to unlink, linking rules, the sandbox-only secret, and the stored form.
#include "sandbox/SandboxMessageSigner.h"
#include "sandbox/SandboxPolicies.h"
#include "tests/support/JwsTestVerifier.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using Algorithm = SandboxJwsSigner::Algorithm;

class tst_SandboxPolicies final : public QObject
{
    Q_OBJECT

private:
    static QJsonObject createOk(SandboxPolicies *policies, const QJsonObject &body)
    {
        const SandboxPolicyReply reply = policies->create(body);
        if (reply.status != 201)
            qWarning("create answered %d: %s", reply.status, reply.bodyBytes().constData());
        return reply.body.toObject();
    }
    static QJsonObject policyBody(const char *alg)
    {
        return QJsonObject{{QStringLiteral("jwt_alg"), QString::fromLatin1(alg)}};
    }
    static QSet<QString> keysOf(const QJsonObject &object)
    {
        const QStringList keys = object.keys();
        return QSet<QString>(keys.cbegin(), keys.cend());
    }
    // The fields named in a 422 answer.
    static QStringList errorFields(const SandboxPolicyReply &reply)
    {
        QStringList fields;
        const QJsonArray errors = reply.body.toObject().value(QStringLiteral("errors")).toArray();
        for (const QJsonValue &error : errors)
            fields.append(error.toArray().at(0).toString());
        return fields;
    }
    // A message signed by the policy verifies with `key`.
    static bool signsVerifiably(const SandboxPolicy &policy, const QByteArray &key)
    {
        const QByteArray body = SandboxMessageSigner::signedBody(
                QJsonObject{{QStringLiteral("event"), QStringLiteral("request.create")}}, 7,
                QStringLiteral("https://wdc.4me.com"), policy, false,
                QUrl(QStringLiteral("http://127.0.0.1:1")));
        const QByteArray jws = QJsonDocument::fromJson(body)
                                       .object()
                                       .value(QStringLiteral("jwt"))
                                       .toString()
                                       .toLatin1();
        return JwsTestVerifier::verify(jws, key);
    }

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void createAnswersEveryFieldAndThePublicKey_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::addColumn<bool>("hasPublicKey");
        for (const Algorithm algorithm : SandboxJwsSigner::allAlgorithms()) {
            const QString name = SandboxJwsSigner::policyName(algorithm);
            const auto kind = SandboxJwsSigner::keyKind(algorithm);
            QTest::newRow(qPrintable(name))
                    << name
                    << (kind == SandboxJwsSigner::KeyKind::Rsa
                        || kind == SandboxJwsSigner::KeyKind::EllipticCurve);
        }
    }
    void createAnswersEveryFieldAndThePublicKey()
    {
        QFETCH(QString, alg);
        QFETCH(bool, hasPublicKey);
        SandboxPolicies policies;
        const SandboxPolicyReply reply = policies.create(
                QJsonObject{{QStringLiteral("jwt_alg"), alg},
                            {QStringLiteral("jwt_audience"), QStringLiteral("https://receiver")},
                            {QStringLiteral("jwt_claim_expires_in"), 15}});
        QCOMPARE(reply.status, 201);
        const QJsonObject created = reply.body.toObject();
        QCOMPARE(keysOf(created),
                 (QSet<QString>{
                         QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("disabled"),
                         QStringLiteral("jwt_alg"), QStringLiteral("jwt_audience"),
                         QStringLiteral("jwt_claim_expires_in"), QStringLiteral("public_key_pem"),
                         QStringLiteral("created_at"), QStringLiteral("updated_at")}));
        QCOMPARE(created.value(QStringLiteral("id")).toInteger(), 1);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{56}$"))
                        .match(created.value(QStringLiteral("name")).toString())
                        .hasMatch());
        QCOMPARE(created.value(QStringLiteral("disabled")).toBool(true), false);
        QCOMPARE(created.value(QStringLiteral("jwt_alg")).toString(), alg);
        QCOMPARE(created.value(QStringLiteral("jwt_audience")).toString(),
                 QStringLiteral("https://receiver"));
        QCOMPARE(created.value(QStringLiteral("jwt_claim_expires_in")).toInteger(), 15);
        const QDateTime createdAt = QDateTime::fromString(
                created.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
        QVERIFY(createdAt.isValid());
        QCOMPARE(created.value(QStringLiteral("updated_at")),
                 created.value(QStringLiteral("created_at")));

        const QJsonValue pem = created.value(QStringLiteral("public_key_pem"));
        if (!hasPublicKey) {
            QVERIFY(pem.isNull());
            return;
        }
        const QByteArray publicKeyPem = pem.toString().toLatin1();
        QVERIFY(publicKeyPem.startsWith("-----BEGIN PUBLIC KEY-----"));
        QVERIFY(publicKeyPem.size() <= 2048);
        // The key shown is the one the policy signs with.
        QVERIFY(signsVerifiably(*policies.find(1), publicKeyPem));
    }

    void publicKeyIsShownOnlyOnce()
    {
        SandboxPolicies policies;
        const QJsonObject created = createOk(&policies, policyBody("es256"));
        QVERIFY(created.value(QStringLiteral("public_key_pem")).isString());
        const QByteArray pem = created.value(QStringLiteral("public_key_pem")).toString().toUtf8();

        const auto noKey = [&pem](const SandboxPolicyReply &reply) {
            const QByteArray bytes = reply.bodyBytes();
            return !bytes.contains("public_key_pem") && !bytes.contains("BEGIN")
                    && !bytes.contains(pem.mid(30, 40)); // any line of the key itself
        };
        QVERIFY(noKey(policies.get(1)));
        QVERIFY(noKey(policies.list()));
        QVERIFY(noKey(policies.list(SandboxPolicies::Filter::Enabled)));
        QVERIFY(noKey(policies.update(
                1, QJsonObject{{QStringLiteral("jwt_audience"), QStringLiteral("a")}})));
        QVERIFY(noKey(policies.secret(1)));
        QVERIFY(noKey(policies.get(1)));
        QCOMPARE(policies.get(1).status, 200);
    }

    void invalidFieldsAnswer422_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        const auto alg = [](const QJsonValue &value) {
            return QJsonObject{{QStringLiteral("jwt_alg"), value}};
        };
        const auto with = [](const char *key, const QJsonValue &value) {
            return QJsonObject{{QStringLiteral("jwt_alg"), QStringLiteral("rs256")},
                               {QString::fromLatin1(key), value}};
        };
        QTest::newRow("jwt_alg missing") << QJsonObject() << "jwt_alg"
                                         << "Jwt alg can't be blank";
        QTest::newRow("jwt_alg null") << alg(QJsonValue::Null) << "jwt_alg"
                                      << "Jwt alg can't be blank";
        QTest::newRow("jwt_alg empty") << alg(QString()) << "jwt_alg"
                                       << "Jwt alg can't be blank";
        QTest::newRow("jwt_alg upper-case") << alg(QStringLiteral("RS256")) << "jwt_alg"
                                            << "Jwt alg is not included in the list";
        QTest::newRow("jwt_alg unknown") << alg(QStringLiteral("ps256")) << "jwt_alg"
                                         << "Jwt alg is not included in the list";
        QTest::newRow("jwt_alg number") << alg(256) << "jwt_alg"
                                        << "Jwt alg is not included in the list";
        // 1025 two-byte characters: 1025 characters but 2050 bytes, over the 2 KB.
        QTest::newRow("audience over 2 KB")
                << with("jwt_audience", QString(1025, QChar(0xe9))) << "jwt_audience"
                << "Jwt audience is too long (maximum is 2048 bytes)";
        QTest::newRow("audience not text") << with("jwt_audience", 5) << "jwt_audience"
                                           << "Jwt audience is invalid";
        QTest::newRow("expires negative")
                << with("jwt_claim_expires_in", -1) << "jwt_claim_expires_in"
                << "Jwt claim expires in must be greater than or equal to 0";
        QTest::newRow("expires fraction")
                << with("jwt_claim_expires_in", 1.5) << "jwt_claim_expires_in"
                << "Jwt claim expires in must be a whole number of minutes";
        QTest::newRow("expires text")
                << with("jwt_claim_expires_in", QStringLiteral("soon")) << "jwt_claim_expires_in"
                << "Jwt claim expires in is not a number";
        QTest::newRow("expires boolean")
                << with("jwt_claim_expires_in", true) << "jwt_claim_expires_in"
                << "Jwt claim expires in is not a number";
        QTest::newRow("expires too large")
                << with("jwt_claim_expires_in", 1e300) << "jwt_claim_expires_in"
                << QStringLiteral("Jwt claim expires in must be less than or equal to %1")
                           .arg(SandboxPolicies::MaxExpiresInMinutes);
        QTest::newRow("disabled not boolean")
                << with("disabled", QStringLiteral("maybe")) << "disabled"
                << "Disabled is invalid";
    }
    void invalidFieldsAnswer422()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        QFETCH(QString, text);
        SandboxPolicies policies;
        const SandboxPolicyReply reply = policies.create(body);
        QCOMPARE(reply.status, 422);
        const QJsonObject answer = reply.body.toObject();
        QCOMPARE(answer.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Validation Failed"));
        QCOMPARE(answer.value(QStringLiteral("errors")).toArray(),
                 (QJsonArray{QJsonArray{field, text}}));
        QVERIFY(policies.isEmpty());
        QCOMPARE(policies.nextId(), 1);

        // The same value is refused on update too, and the policy is left as it was.
        if (field == u"jwt_alg")
            return;
        createOk(&policies, policyBody("rs256"));
        const QJsonObject before = policies.get(1).body.toObject();
        const SandboxPolicyReply update = policies.update(1, body);
        QCOMPARE(update.status, 422);
        QCOMPARE(errorFields(update), QStringList{field});
        QCOMPARE(policies.get(1).body.toObject(), before);
    }

    void boundaryValuesAreAccepted_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QJsonValue>("shown");
        const QString twoKilobytes(1024, QChar(0xe9)); // 2048 bytes
        QTest::newRow("audience of 2 KB")
                << "jwt_audience" << QJsonValue(twoKilobytes) << QJsonValue(twoKilobytes);
        QTest::newRow("audience null")
                << "jwt_audience" << QJsonValue(QJsonValue::Null) << QJsonValue(QJsonValue::Null);
        QTest::newRow("expires zero") << "jwt_claim_expires_in" << QJsonValue(0) << QJsonValue(0);
        QTest::newRow("expires as text")
                << "jwt_claim_expires_in" << QJsonValue(QStringLiteral("15")) << QJsonValue(15);
        QTest::newRow("expires maximum")
                << "jwt_claim_expires_in" << QJsonValue(SandboxPolicies::MaxExpiresInMinutes)
                << QJsonValue(SandboxPolicies::MaxExpiresInMinutes);
        QTest::newRow("expires null") << "jwt_claim_expires_in" << QJsonValue(QJsonValue::Null)
                                      << QJsonValue(QJsonValue::Null);
        QTest::newRow("disabled as text")
                << "disabled" << QJsonValue(QStringLiteral("true")) << QJsonValue(true);
        QTest::newRow("disabled as number") << "disabled" << QJsonValue(1) << QJsonValue(true);
    }
    void boundaryValuesAreAccepted()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QJsonValue, shown);
        SandboxPolicies policies;
        QJsonObject body = policyBody("none");
        body.insert(key, value);
        const QJsonObject created = createOk(&policies, body);
        QCOMPARE(created.value(key), shown);
        QCOMPARE(policies.get(1).body.toObject().value(key), shown);
    }

    void readOnlyFieldsAreIgnored()
    {
        SandboxPolicies policies;
        const QJsonObject created = createOk(
                &policies,
                QJsonObject{{QStringLiteral("jwt_alg"), QStringLiteral("hs256")},
                            {QStringLiteral("id"), 99},
                            {QStringLiteral("name"), QStringLiteral("mine")},
                            {QStringLiteral("public_key_pem"), QStringLiteral("x")},
                            {QStringLiteral("created_at"), QStringLiteral("2001-01-01T00:00:00Z")},
                            {QStringLiteral("unknown"), true}});
        QCOMPARE(created.value(QStringLiteral("id")).toInteger(), 1);
        QCOMPARE(created.value(QStringLiteral("name")).toString().size(), 56);
        QVERIFY(created.value(QStringLiteral("public_key_pem")).isNull());
        QVERIFY(created.value(QStringLiteral("created_at")).toString()
                != QStringLiteral("2001-01-01T00:00:00Z"));
        const SandboxPolicyReply update = policies.update(
                1, QJsonObject{{QStringLiteral("name"), QStringLiteral("renamed")}});
        QCOMPARE(update.status, 200);
        QCOMPARE(update.body.toObject().value(QStringLiteral("name")),
                 created.value(QStringLiteral("name")));
    }

    void namesAreUnique()
    {
        SandboxPolicies policies;
        QSet<QString> names;
        for (int i = 0; i < 20; ++i)
            names.insert(createOk(&policies, policyBody("none"))
                                 .value(QStringLiteral("name"))
                                 .toString());
        QCOMPARE(names.size(), 20);
    }

    void listFiltersAndShowsCollectionFields()
    {
        SandboxPolicies policies;
        createOk(&policies, policyBody("hs256"));
        QJsonObject disabled = policyBody("none");
        disabled.insert(QStringLiteral("disabled"), true);
        createOk(&policies, disabled);
        createOk(&policies, policyBody("hs512"));

        const auto ids = [&policies](SandboxPolicies::Filter filter) {
            const SandboxPolicyReply reply = policies.list(filter);
            QList<qint64> result;
            for (const QJsonValue &entry : reply.body.toArray())
                result.append(entry.toObject().value(QStringLiteral("id")).toInteger());
            return result;
        };
        QCOMPARE(policies.list().status, 200);
        QCOMPARE(ids(SandboxPolicies::Filter::All), (QList<qint64>{1, 2, 3}));
        QCOMPARE(ids(SandboxPolicies::Filter::Enabled), (QList<qint64>{1, 3}));
        QCOMPARE(ids(SandboxPolicies::Filter::Disabled), (QList<qint64>{2}));
        const QJsonObject entry = policies.list().body.toArray().at(0).toObject();
        QCOMPARE(keysOf(entry),
                 (QSet<QString>{QStringLiteral("id"), QStringLiteral("name"),
                                QStringLiteral("created_at"), QStringLiteral("updated_at")}));
        QVERIFY(SandboxPolicies().list().body.toArray().isEmpty());
    }

    void unknownIdsAnswer404()
    {
        SandboxPolicies policies;
        createOk(&policies, policyBody("hs256"));
        const QJsonObject notFound{{QStringLiteral("message"), QStringLiteral("Not Found")}};
        QCOMPARE(policies.get(2).status, 404);
        QCOMPARE(policies.get(2).body.toObject(), notFound);
        QCOMPARE(policies.update(2, QJsonObject()).status, 404);
        QCOMPARE(policies.remove(0, {}).status, 404);
        QCOMPARE(policies.secret(-1).status, 404);
        QCOMPARE(policies.list().body.toArray().size(), 1);
    }

    void updateChangesOnlyWhatIsSent()
    {
        SandboxPolicies policies;
        QJsonObject body = policyBody("rs384");
        body.insert(QStringLiteral("jwt_audience"), QStringLiteral("first"));
        body.insert(QStringLiteral("jwt_claim_expires_in"), 5);
        const QJsonObject created = createOk(&policies, body);
        const QByteArray signingKey = policies.find(1)->keys.signingKey();

        const SandboxPolicyReply reply = policies.update(
                1,
                QJsonObject{{QStringLiteral("jwt_audience"), QStringLiteral("second")},
                            {QStringLiteral("jwt_alg"), QStringLiteral("rs384")},
                            {QStringLiteral("disabled"), true}});
        QCOMPARE(reply.status, 200);
        const QJsonObject updated = reply.body.toObject();
        QCOMPARE(updated.value(QStringLiteral("jwt_audience")).toString(),
                 QStringLiteral("second"));
        QCOMPARE(updated.value(QStringLiteral("jwt_claim_expires_in")).toInteger(), 5);
        QCOMPARE(updated.value(QStringLiteral("disabled")).toBool(), true);
        QCOMPARE(updated.value(QStringLiteral("name")), created.value(QStringLiteral("name")));
        QCOMPARE(updated.value(QStringLiteral("created_at")),
                 created.value(QStringLiteral("created_at")));
        QVERIFY(QDateTime::fromString(updated.value(QStringLiteral("updated_at")).toString(),
                                      Qt::ISODate)
                >= QDateTime::fromString(created.value(QStringLiteral("created_at")).toString(),
                                         Qt::ISODate));
        QCOMPARE(policies.find(1)->keys.signingKey(), signingKey); // same keys
        QCOMPARE(policies.get(1).body.toObject(), updated);
    }

    void algorithmCannotChange()
    {
        SandboxPolicies policies;
        createOk(&policies, policyBody("rs256"));
        const QJsonObject before = policies.get(1).body.toObject();
        const SandboxPolicyReply reply = policies.update(
                1,
                QJsonObject{{QStringLiteral("jwt_alg"), QStringLiteral("es256")},
                            {QStringLiteral("jwt_audience"), QStringLiteral("changed")}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(errorFields(reply), QStringList{QStringLiteral("jwt_alg")});
        QCOMPARE(policies.get(1).body.toObject(), before);
        QCOMPARE(policies.update(1, QJsonObject{{QStringLiteral("jwt_alg"), QJsonValue::Null}})
                         .status,
                 422);
    }

    void deleteNamesTheWebhooksToUnlink()
    {
        SandboxPolicies policies;
        createOk(&policies, policyBody("hs256"));
        createOk(&policies, policyBody("hs384"));
        const QHash<qint64, qint64> links{{10, 1}, {11, 2}, {12, 1}, {13, 0}};
        const SandboxPolicyReply reply = policies.remove(1, links);
        QCOMPARE(reply.status, 204);
        QVERIFY(reply.bodyBytes().isEmpty());
        QCOMPARE(reply.webhooksToUnlink, (QList<qint64>{10, 12}));
        QCOMPARE(policies.get(1).status, 404);
        QCOMPARE(policies.get(2).status, 200);
        QCOMPARE(policies.remove(1, links).status, 404);
        // Ids are never reused.
        QCOMPARE(createOk(&policies, policyBody("none")).value(QStringLiteral("id")).toInteger(),
                 3);
    }

    void onlyEnabledPoliciesCanBeLinked()
    {
        SandboxPolicies policies;
        createOk(&policies, policyBody("es384"));
        QVERIFY(policies.canLink(1));
        QCOMPARE(policies.linkError(1), std::nullopt);
        QVERIFY(!policies.canLink(2));
        QCOMPARE(policies.linkError(2), std::optional(QStringLiteral("Webhook policy is invalid")));

        policies.update(1, QJsonObject{{QStringLiteral("disabled"), true}});
        QVERIFY(!policies.canLink(1));
        QVERIFY(policies.linkError(1)->contains(QLatin1StringView("disabled")));
        policies.update(1, QJsonObject{{QStringLiteral("disabled"), false}});
        QVERIFY(policies.canLink(1));
        policies.remove(1, {});
        QVERIFY(!policies.canLink(1));
    }

    void secretIsOnlyForSharedSecretPolicies()
    {
        SandboxPolicies policies;
        createOk(&policies, policyBody("hs512"));
        createOk(&policies, policyBody("rs256"));
        createOk(&policies, policyBody("none"));
        const SandboxPolicyReply reply = policies.secret(1);
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.body.toObject();
        QCOMPARE(body.keys(), QStringList{QStringLiteral("secret")});
        const QByteArray secret = body.value(QStringLiteral("secret")).toString().toLatin1();
        QVERIFY(signsVerifiably(*policies.find(1), secret));
        QVERIFY(!signsVerifiably(*policies.find(1), secret + 'x'));
        // The API itself never shows it.
        QVERIFY(!policies.get(1).bodyBytes().contains(secret));
        QVERIFY(!policies.list().bodyBytes().contains(secret));
        QCOMPARE(policies.secret(2).status, 404);
        QCOMPARE(policies.secret(3).status, 404);
    }

    void storedPoliciesReadBack()
    {
        SandboxPolicies policies;
        QHash<qint64, QByteArray> publicKeys;
        for (const char *alg : {"rs512", "es512", "hs256", "none"}) {
            QJsonObject body = policyBody(alg);
            body.insert(QStringLiteral("jwt_audience"), QStringLiteral("aud ✓"));
            body.insert(QStringLiteral("jwt_claim_expires_in"), 60);
            body.insert(QStringLiteral("disabled"), qstrcmp(alg, "hs256") == 0);
            const QJsonObject created = createOk(&policies, body);
            publicKeys.insert(
                    created.value(QStringLiteral("id")).toInteger(),
                    created.value(QStringLiteral("public_key_pem")).toString().toLatin1());
        }
        createOk(&policies, policyBody("none"));
        policies.remove(5, {});
        const QJsonObject stored = policies.toStoreJson();
        QVERIFY(QJsonDocument(stored).toJson().contains("PRIVATE KEY"));

        SandboxPolicies loaded;
        QString error;
        QVERIFY2(loaded.loadStoreJson(stored, &error), qPrintable(error));
        QCOMPARE(loaded.nextId(), 6);
        QCOMPARE(loaded.list().body, policies.list().body);
        for (qint64 id = 1; id <= 4; ++id) {
            QCOMPARE(loaded.get(id).body, policies.get(id).body);
            QCOMPARE(loaded.find(id)->keys.signingKey(), policies.find(id)->keys.signingKey());
        }
        QVERIFY(signsVerifiably(*loaded.find(1), publicKeys.value(1)));
        QVERIFY(signsVerifiably(*loaded.find(2), publicKeys.value(2)));
        QVERIFY(signsVerifiably(*loaded.find(3),
                                loaded.secret(3)
                                        .body.toObject()
                                        .value(QStringLiteral("secret"))
                                        .toString()
                                        .toLatin1()));
        QVERIFY(!loaded.canLink(3));
        QCOMPARE(createOk(&loaded, policyBody("none")).value(QStringLiteral("id")).toInteger(), 6);
    }

    void damagedStoresAreRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("unknown version") << "version";
        QTest::newRow("no list") << "list";
        QTest::newRow("unknown algorithm") << "alg";
        QTest::newRow("public key of another policy") << "key";
        QTest::newRow("repeated id") << "id";
        QTest::newRow("bad timestamp") << "time";
        QTest::newRow("negative expiry") << "expiry";
    }
    void damagedStoresAreRefused()
    {
        QFETCH(QString, damage);
        SandboxPolicies source;
        createOk(&source, policyBody("es256"));
        createOk(&source, policyBody("es256"));
        QJsonObject stored = source.toStoreJson();
        QJsonArray records = stored.value(QStringLiteral("policies")).toArray();
        QJsonObject first = records.at(0).toObject();
        const QJsonObject second = records.at(1).toObject();
        if (damage == u"version")
            stored.insert(QStringLiteral("version"), 99);
        else if (damage == u"list")
            stored.insert(QStringLiteral("policies"), QJsonObject());
        else if (damage == u"alg")
            first.insert(QStringLiteral("jwtAlg"), QStringLiteral("ps256"));
        else if (damage == u"key")
            first.insert(QStringLiteral("publicKeyPem"),
                         second.value(QStringLiteral("publicKeyPem")));
        else if (damage == u"id")
            first.insert(QStringLiteral("id"), 2);
        else if (damage == u"time")
            first.insert(QStringLiteral("createdAt"), QStringLiteral("yesterday"));
        else if (damage == u"expiry")
            first.insert(QStringLiteral("expiresInMinutes"), -5);
        records.replace(0, first);
        if (damage != u"list" && damage != u"version")
            stored.insert(QStringLiteral("policies"), records);

        SandboxPolicies target;
        createOk(&target, policyBody("hs256"));
        const QJsonValue before = target.list().body;
        QString error;
        QVERIFY(!target.loadStoreJson(stored, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(QLatin1StringView("PRIVATE KEY")), qPrintable(error));
        QCOMPARE(target.list().body, before); // nothing lost
        QVERIFY(target.canLink(1));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxPolicies)
#include "tst_SandboxPolicies.moc"
