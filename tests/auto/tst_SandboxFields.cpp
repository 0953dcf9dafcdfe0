// hookbench-sandbox: every field of a webhook (reference §2), stored, returned and validated,
// checked with raw requests and JSON.
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "tests/support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "tests/support/WarningGuard.h"
#include <memory>

class tst_SandboxFields final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_fixture;

    static QByteArray body(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    static QJsonObject webhook(const QString &event = QStringLiteral("request.create"))
    {
        return {{QStringLiteral("event"), event},
                {QStringLiteral("uri"), QStringLiteral("https://hooks.example.com/fields")}};
    }
    SandboxFixture::Reply create(const QJsonObject &object)
    {
        return m_fixture->send("POST", QStringLiteral("/webhooks"), body(object));
    }
    static QStringList errorFields(const SandboxFixture::Reply &reply)
    {
        QStringList fields;
        const QJsonArray errors = reply.json().object().value(u"errors").toArray();
        for (const QJsonValue &error : errors)
            fields.append(error.toArray().first().toString());
        return fields;
    }

private Q_SLOTS:
    void init()
    {
        hb::test::failOnUnexpectedWarnings();
        SandboxOptions options;
        options.burstLimit = 0;
        options.hourlyLimit = 0;
        options.verification = false;
        m_fixture = std::make_unique<SandboxFixture>(options);
        QVERIFY(m_fixture->start());
        m_fixture->server()->store()->setPolicies(
                QJsonArray{QJsonObject{{QStringLiteral("id"), 7},
                                       {QStringLiteral("name"), QStringLiteral("3f9a0c")},
                                       {QStringLiteral("jwt_alg"), QStringLiteral("es256")}},
                           QJsonObject{{QStringLiteral("id"), 8},
                                       {QStringLiteral("name"), QStringLiteral("retired")},
                                       {QStringLiteral("disabled"), true}}});
    }
    void cleanup() { m_fixture.reset(); }

    void everyFieldInASingleGet()
    {
        QJsonObject object = webhook(QStringLiteral("app_instance.update"));
        object.insert(QStringLiteral("openid_connect_discovery"), true);
        object.insert(QStringLiteral("app_offering_references"),
                      QJsonArray{QStringLiteral("wdc_jira"), QStringLiteral("wdc_slack")});
        object.insert(QStringLiteral("webhook_policy_id"), 7);
        object.insert(QStringLiteral("source"), QString(30, u's'));
        object.insert(QStringLiteral("sourceID"), QString(128, u'i'));
        const auto created = create(object);
        QCOMPARE(created.status, 201);
        const qint64 id = created.json().object().value(u"id").toInteger();
        const QJsonObject full
                = m_fixture->get(QStringLiteral("/webhooks/%1").arg(id)).json().object();
        for (const char *key : {"id", "name", "event", "uri", "disabled", "description",
                                "mail_exceptions_to", "webhook_policy", "openid_connect_discovery",
                                "app_offering_references", "attachments", "source", "sourceID",
                                "last_error", "created_at", "updated_at", "nodeID"}) {
            QVERIFY2(full.contains(QLatin1StringView(key)), key);
        }
        QVERIFY(!full.contains(u"webhook_policy_id")); // written as an id, read as a record
        QVERIFY(!full.contains(u"description_attachments")); // write-only
        QCOMPARE(full.value(u"webhook_policy").toObject(),
                 (QJsonObject{{QStringLiteral("id"), 7},
                              {QStringLiteral("name"), QStringLiteral("3f9a0c")}}));
        QCOMPARE(full.value(u"openid_connect_discovery").toBool(), true);
        QCOMPARE(full.value(u"app_offering_references").toArray().size(), 2);
        QCOMPARE(full.value(u"sourceID").toString().size(), 128);
        QVERIFY(!full.value(u"nodeID").toString().isEmpty());

        // null unlinks the policy.
        const auto unlinked
                = m_fixture->send("PATCH", QStringLiteral("/webhooks/%1").arg(id),
                                  body({{QStringLiteral("webhook_policy_id"), QJsonValue::Null}}));
        QCOMPARE(unlinked.status, 200);
        QVERIFY(unlinked.json().object().value(u"webhook_policy").isNull());
    }

    void fieldsAreValidated_data()
    {
        QTest::addColumn<QJsonObject>("extra");
        QTest::addColumn<QString>("field");
        QTest::newRow("offering references for another event")
                << QJsonObject{{QStringLiteral("app_offering_references"),
                                QJsonArray{QStringLiteral("wdc_jira")}}}
                << QStringLiteral("app_offering_references");
        QTest::newRow("offering references not strings")
                << QJsonObject{{QStringLiteral("event"), QStringLiteral("app_instance.create")},
                               {QStringLiteral("app_offering_references"), QJsonArray{1, 2}}}
                << QStringLiteral("app_offering_references");
        QTest::newRow("unknown policy") << QJsonObject{{QStringLiteral("webhook_policy_id"), 99}}
                                        << QStringLiteral("webhook_policy_id");
        QTest::newRow("disabled policy") << QJsonObject{{QStringLiteral("webhook_policy_id"), 8}}
                                         << QStringLiteral("webhook_policy_id");
        QTest::newRow("source over 30")
                << QJsonObject{{QStringLiteral("source"), QString(31, u's')}}
                << QStringLiteral("source");
        QTest::newRow("sourceID over 128")
                << QJsonObject{{QStringLiteral("sourceID"), QString(129, u'i')}}
                << QStringLiteral("sourceID");
        QTest::newRow("description over 64 KB")
                << QJsonObject{{QStringLiteral("description"), QString(64 * 1024 + 1, u'd')}}
                << QStringLiteral("description");
        QTest::newRow("openid_connect_discovery not a boolean")
                << QJsonObject{{QStringLiteral("openid_connect_discovery"), QJsonArray{}}}
                << QStringLiteral("openid_connect_discovery");
        QTest::newRow("legacy event for a new webhook")
                << QJsonObject{{QStringLiteral("event"), QStringLiteral("change.create")}}
                << QStringLiteral("event");
    }
    void fieldsAreValidated()
    {
        QFETCH(QJsonObject, extra);
        QFETCH(QString, field);
        QJsonObject object = webhook();
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            object.insert(it.key(), it.value());
        const auto reply = create(object);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json().object().value(u"message").toString(),
                 QStringLiteral("Validation Failed"));
        QCOMPARE(errorFields(reply), QStringList{field});
        QCOMPARE(m_fixture->get(QStringLiteral("/webhooks")).json().array().size(), 0);
    }

    void descriptionOf64KbIsAccepted()
    {
        QJsonObject object = webhook();
        object.insert(QStringLiteral("description"), QString(64 * 1024, u'd'));
        QCOMPARE(create(object).status, 201);
    }

    void attachmentsSurviveAPatchThatLeavesThemOut()
    {
        QJsonObject object = webhook();
        object.insert(QStringLiteral("description"), QStringLiteral("See ![](diagram.png)"));
        object.insert(QStringLiteral("description_attachments"),
                      QJsonArray{QJsonObject{
                              {QStringLiteral("key"), QStringLiteral("attachments/5/diagram.png")},
                              {QStringLiteral("filesize"), 1234}}});
        const auto created = create(object);
        QCOMPARE(created.status, 201);
        const qint64 id = created.json().object().value(u"id").toInteger();
        QCOMPARE(created.json().object().value(u"attachments").toArray().size(), 1);
        const auto renamed
                = m_fixture->send("PATCH", QStringLiteral("/webhooks/%1").arg(id),
                                  body({{QStringLiteral("name"), QStringLiteral("Renamed")}}));
        QCOMPARE(renamed.status, 200);
        const QJsonArray attachments = renamed.json().object().value(u"attachments").toArray();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments.first().toObject().value(u"key").toString(),
                 QStringLiteral("attachments/5/diagram.png"));
        // Read-only: an attachments key in a request changes nothing.
        const auto ignored = m_fixture->send("PATCH", QStringLiteral("/webhooks/%1").arg(id),
                                             body({{QStringLiteral("attachments"), QJsonArray{}}}));
        QCOMPARE(ignored.json().object().value(u"attachments").toArray().size(), 1);
    }

    void listingSelectsFields()
    {
        QJsonObject object = webhook(QStringLiteral("app_instance.create"));
        object.insert(QStringLiteral("app_offering_references"), QJsonArray{QStringLiteral("ref")});
        object.insert(QStringLiteral("webhook_policy_id"), 7);
        object.insert(QStringLiteral("source"), QStringLiteral("terraform"));
        QCOMPARE(create(object).status, 201);
        // Collection fields by default; fields= adds the others.
        const QJsonObject plain
                = m_fixture->get(QStringLiteral("/webhooks")).json().array().first().toObject();
        QVERIFY(!plain.contains(u"webhook_policy"));
        QVERIFY(!plain.contains(u"source"));
        const QJsonObject selected
                = m_fixture
                          ->get(QStringLiteral("/webhooks?fields=webhook_policy,source,sourceID,"
                                               "openid_connect_discovery,app_offering_references"))
                          .json()
                          .array()
                          .first()
                          .toObject();
        QCOMPARE(selected.value(u"webhook_policy").toObject().value(u"name").toString(),
                 QStringLiteral("3f9a0c"));
        QCOMPARE(selected.value(u"source").toString(), QStringLiteral("terraform"));
        QVERIFY(selected.value(u"sourceID").isNull());
        QCOMPARE(selected.value(u"openid_connect_discovery").toBool(true), false);
        QCOMPARE(selected.value(u"app_offering_references").toArray().first().toString(),
                 QStringLiteral("ref"));
        QVERIFY(selected.contains(u"id"));
        QVERIFY(!selected.contains(u"uri"));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxFields)
#include "tst_SandboxFields.moc"
