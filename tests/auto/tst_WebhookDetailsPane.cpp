// The details pane shows every field of a webhook and says what to do when it awaits
// verification or was most likely disabled by the service after failures.
#include "models/VerificationTracker.h"
#include "views/WebhookDetailsPane.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTest>

class tst_WebhookDetailsPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void showsEveryField();
    void saysWhatToDoWhileAwaitingVerification();
    void saysWhyAWebhookIsDisabled();

private:
    static Webhook sample();
    static QLabel *label(const WebhookDetailsPane &pane, const char *name);
};

Webhook tst_WebhookDetailsPane::sample()
{
    Webhook webhook;
    webhook.id = 42;
    webhook.name = QStringLiteral("Apps");
    webhook.event = QStringLiteral("app_instance.update");
    webhook.uri = QStringLiteral("https://hooks.example.com/apps");
    webhook.webhookPolicyId = 3;
    webhook.webhookPolicyName = QStringLiteral("Signing");
    webhook.openIdConnectDiscovery = true;
    webhook.appOfferingReferences = {QStringLiteral("crm"), QStringLiteral("wdc-app")};
    webhook.source = QStringLiteral("terraform");
    webhook.sourceId = QStringLiteral("module.hooks[7]");
    return webhook;
}

QLabel *tst_WebhookDetailsPane::label(const WebhookDetailsPane &pane, const char *name)
{
    auto *found = pane.findChild<QLabel *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no label named %s", name);
    return found;
}

void tst_WebhookDetailsPane::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support).*")));
}

void tst_WebhookDetailsPane::showsEveryField()
{
    WebhookDetailsPane pane;
    pane.show();
    pane.setWebhook(sample());
    QCOMPARE(label(pane, "detailsOpenIdConnect")->text(), QStringLiteral("On"));
    QCOMPARE(label(pane, "detailsAppOfferings")->text(), QStringLiteral("crm, wdc-app"));
    QCOMPARE(label(pane, "detailsSource")->text(), QStringLiteral("terraform"));
    QCOMPARE(label(pane, "detailsSourceId")->text(), QStringLiteral("module.hooks[7]"));
    QVERIFY(label(pane, "detailsNote")->isHidden());

    Webhook plain = sample();
    plain.webhookPolicyId = 0;
    plain.openIdConnectDiscovery = false;
    plain.appOfferingReferences.clear();
    pane.setWebhook(plain);
    QVERIFY(label(pane, "detailsOpenIdConnect")->isHidden());
    QVERIFY(label(pane, "detailsAppOfferings")->isHidden());
}

void tst_WebhookDetailsPane::saysWhatToDoWhileAwaitingVerification()
{
    VerificationTracker tracker{QString()};
    tracker.setProfile(QUrl(QStringLiteral("https://api.4me.com/v1")), QStringLiteral("wdc"));
    WebhookDetailsPane pane;
    pane.setVerificationTracker(&tracker);
    pane.show();
    pane.setWebhook(sample());
    QLabel *note = label(pane, "detailsNote");
    QVERIFY(note->isHidden());

    tracker.markAwaiting(42); // the pane follows the tracker
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().contains(QStringLiteral("callback")), qPrintable(note->text()));
    QVERIFY(label(pane, "detailsState")->text().contains(QStringLiteral("awaiting verification")));

    tracker.markAwaiting(42, QDateTime::currentDateTimeUtc().addDays(-2));
    QVERIFY2(note->text().contains(QStringLiteral("expired")), qPrintable(note->text()));

    tracker.clear(42);
    QVERIFY(note->isHidden());
    QCOMPARE(label(pane, "detailsState")->text(), QStringLiteral("Enabled"));
}

void tst_WebhookDetailsPane::saysWhyAWebhookIsDisabled()
{
    WebhookDetailsPane pane;
    pane.show();
    Webhook failed = sample();
    failed.disabled = true;
    failed.lastError = QStringLiteral("404 Not Found");
    pane.setWebhook(failed);
    QLabel *note = label(pane, "detailsNote");
    QVERIFY(!note->isHidden());
    QVERIFY(note->text().contains(QStringLiteral("disabled by the service")));

    failed.lastError.clear(); // disabled by a person: nothing to explain
    pane.setWebhook(failed);
    QVERIFY(note->isHidden());
}

QTEST_MAIN(tst_WebhookDetailsPane)
#include "tst_WebhookDetailsPane.moc"
