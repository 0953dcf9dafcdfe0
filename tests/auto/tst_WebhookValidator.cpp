#include "models/EventCatalog.h"
#include "models/Webhook.h"
#include "models/WebhookValidator.h"

#include <QRegularExpression>
#include <QTest>

class tst_WebhookValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Any warning fails the test function; expected ones are declared with ignoreMessage.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void event_data();
    void event();
    void uri_data();
    void uri();
    void description_data();
    void description();
    void mailExceptionsTo_data();
    void mailExceptionsTo();
    void appOfferingReferences_data();
    void appOfferingReferences();
    void sourceLengths_data();
    void sourceLengths();
    void validateGivesOneMessagePerField();
    void validWebhookHasNoErrors();
};

void tst_WebhookValidator::event_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("message"); // a fragment of the expected message; empty = valid

    QTest::newRow("current") << QStringLiteral("request.create") << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("Choose the event");
    QTest::newRow("blank") << QStringLiteral("  ") << QString() << QStringLiteral("Choose");
    QTest::newRow("unknown") << QStringLiteral("request.explode") << QString()
                             << QStringLiteral("not an event");
    QTest::newRow("legacy on new")
            << QStringLiteral("change.create") << QString() << QStringLiteral("legacy event");
    QTest::newRow("legacy kept") << QStringLiteral("change.create")
                                 << QStringLiteral("change.create") << QString();
    QTest::newRow("legacy switched")
            << QStringLiteral("change.update") << QStringLiteral("change.create")
            << QStringLiteral("legacy event");
}

void tst_WebhookValidator::event()
{
    QFETCH(QString, event);
    QFETCH(QString, original);
    QFETCH(QString, message);
    const QString result = WebhookValidator::checkEvent(event, EventCatalog::builtIn(), original);
    if (message.isEmpty())
        QVERIFY2(result.isEmpty(), qPrintable(result));
    else
        QVERIFY2(result.contains(message), qPrintable(result));
}

void tst_WebhookValidator::uri_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("message");
    QTest::newRow("https") << QStringLiteral("https://hooks.example.com/in") << QString();
    QTest::newRow("http with port") << QStringLiteral("http://10.0.0.5:8080/x?y=1") << QString();
    QTest::newRow("userinfo") << QStringLiteral("https://u:p@example.com/") << QString();
    QTest::newRow("ipv6") << QStringLiteral("http://[::1]:9000/hook") << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("Enter the URI");
    QTest::newRow("relative") << QStringLiteral("/hooks/in") << QStringLiteral("absolute URI");
    QTest::newRow("no scheme") << QStringLiteral("example.com/in")
                               << QStringLiteral("absolute URI");
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com/") << QStringLiteral("https://");
    QTest::newRow("mailto") << QStringLiteral("mailto:a@example.com") << QStringLiteral("https://");
    QTest::newRow("no host") << QStringLiteral("https:///path") << QStringLiteral("no host");
    QTest::newRow("space") << QStringLiteral("https://example.com/a b") << QStringLiteral("spaces");
    QTest::newRow("leading space")
            << QStringLiteral(" https://example.com/") << QStringLiteral("spaces");
}

void tst_WebhookValidator::uri()
{
    QFETCH(QString, uri);
    QFETCH(QString, message);
    const QString result = WebhookValidator::checkUri(uri);
    if (message.isEmpty())
        QVERIFY2(result.isEmpty(), qPrintable(result));
    else
        QVERIFY2(result.contains(message), qPrintable(result));
}

void tst_WebhookValidator::description_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("65536 ASCII bytes") << QString(65536, u'a') << true;
    QTest::newRow("65537 ASCII bytes") << QString(65537, u'a') << false;
    // "é" is two bytes of UTF-8: 32768 of them are exactly 64 KB, one more is over.
    QTest::newRow("32768 two-byte characters") << QString(32768, QChar(0xe9)) << true;
    QTest::newRow("32769 two-byte characters") << QString(32769, QChar(0xe9)) << false;
}

void tst_WebhookValidator::description()
{
    QFETCH(QString, description);
    QFETCH(bool, valid);
    const QString result = WebhookValidator::checkDescription(description);
    QCOMPARE(result.isEmpty(), valid);
    if (!valid)
        QVERIFY2(result.contains(QStringLiteral("65536")), qPrintable(result));
}

void tst_WebhookValidator::mailExceptionsTo_data()
{
    QTest::addColumn<QString>("addresses");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty means all admins") << QString() << QString();
    QTest::newRow("one") << QStringLiteral("ops@example.com") << QString();
    QTest::newRow("two, spaces") << QStringLiteral("ops@example.com ,  dev+hooks@sub.example.org")
                                 << QString();
    QTest::newRow("no at") << QStringLiteral("ops.example.com")
                           << QStringLiteral("“ops.example.com” is not a valid");
    QTest::newRow("no domain dot")
            << QStringLiteral("ops@localhost") << QStringLiteral("not a valid e-mail");
    QTest::newRow("second bad") << QStringLiteral("a@example.com, b@") << QStringLiteral("“b@”");
    QTest::newRow("every bad one named")
            << QStringLiteral("bad, a@example.com, worse@")
            << QStringLiteral("“bad”, “worse@” are not valid e-mail addresses");
    QTest::newRow("semicolon") << QStringLiteral("a@example.com; b@example.com")
                               << QStringLiteral("not a valid e-mail");
    QTest::newRow("empty entry") << QStringLiteral("a@example.com,,b@example.com")
                                 << QStringLiteral("empty entry");
    QTest::newRow("trailing comma")
            << QStringLiteral("a@example.com,") << QStringLiteral("empty entry");
}

void tst_WebhookValidator::mailExceptionsTo()
{
    QFETCH(QString, addresses);
    QFETCH(QString, message);
    const QString result = WebhookValidator::checkMailExceptionsTo(addresses);
    if (message.isEmpty())
        QVERIFY2(result.isEmpty(), qPrintable(result));
    else
        QVERIFY2(result.contains(message), qPrintable(result));
}

void tst_WebhookValidator::appOfferingReferences_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QStringList>("references");
    QTest::addColumn<bool>("accepted");
    const QStringList one{QStringLiteral("offering-a")};
    QTest::newRow("none on request") << QStringLiteral("request.create") << QStringList() << true;
    QTest::newRow("app_instance.create") << QStringLiteral("app_instance.create") << one << true;
    QTest::newRow("app_instance.secrets-update")
            << QStringLiteral("app_instance.secrets-update") << one << true;
    QTest::newRow("request.create") << QStringLiteral("request.create") << one << false;
    QTest::newRow("empty reference")
            << QStringLiteral("app_instance.update") << QStringList{QString()} << false;
}

void tst_WebhookValidator::appOfferingReferences()
{
    QFETCH(QString, event);
    QFETCH(QStringList, references);
    QFETCH(bool, accepted);
    Webhook webhook;
    webhook.event = event;
    webhook.uri = QStringLiteral("https://example.com/hook");
    webhook.appOfferingReferences = references;
    const FieldErrors errors = WebhookValidator::validate(webhook, EventCatalog::builtIn());
    QCOMPARE(errors.isEmpty(), accepted);
    if (!accepted)
        QCOMPARE(errors.first().field, QStringLiteral("app_offering_references"));
}

void tst_WebhookValidator::sourceLengths_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("sourceId");
    QTest::addColumn<QString>("field");
    QTest::newRow("at the limits") << QString(30, u's') << QString(128, u'i') << QString();
    QTest::newRow("source 31") << QString(31, u's') << QString() << QStringLiteral("source");
    QTest::newRow("sourceID 129") << QString() << QString(129, u'i') << QStringLiteral("sourceID");
}

void tst_WebhookValidator::sourceLengths()
{
    QFETCH(QString, source);
    QFETCH(QString, sourceId);
    QFETCH(QString, field);
    Webhook webhook;
    webhook.event = QStringLiteral("request.create");
    webhook.uri = QStringLiteral("https://example.com/hook");
    webhook.source = source;
    webhook.sourceId = sourceId;
    const FieldErrors errors = WebhookValidator::validate(webhook, EventCatalog::builtIn());
    if (field.isEmpty()) {
        QVERIFY(errors.isEmpty());
        return;
    }
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, field);
}

void tst_WebhookValidator::validateGivesOneMessagePerField()
{
    Webhook webhook;
    webhook.event = QStringLiteral("nope");
    webhook.uri = QStringLiteral("ftp://x");
    webhook.description = QString(70000, u'x');
    webhook.mailExceptionsTo = QStringLiteral("bad");
    const FieldErrors errors = WebhookValidator::validate(webhook, EventCatalog::builtIn());
    QStringList fields;
    for (const FieldError &error : errors) {
        fields.append(error.field);
        QVERIFY(!error.message.isEmpty());
    }
    QCOMPARE(fields,
             (QStringList{QStringLiteral("event"), QStringLiteral("uri"),
                          QStringLiteral("description"), QStringLiteral("mail_exceptions_to")}));
}

void tst_WebhookValidator::validWebhookHasNoErrors()
{
    Webhook webhook;
    webhook.event = QStringLiteral("request.create");
    webhook.uri = QStringLiteral("https://example.com/hook");
    QVERIFY(WebhookValidator::validate(webhook, EventCatalog::builtIn()).isEmpty());
}

QTEST_GUILESS_MAIN(tst_WebhookValidator)
#include "tst_WebhookValidator.moc"
