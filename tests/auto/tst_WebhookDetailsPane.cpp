// The details pane shows every field of a webhook and says what to do when it awaits
// verification or was most likely disabled by the service after failures.
#include "models/VerificationTracker.h"
#include "models/WebhookTableModel.h"
#include "tests/support/WidgetLookup.h"
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
    void showsTimesAsTheTableDoes();

private:
    static Webhook sample();
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

void tst_WebhookDetailsPane::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support).*")));
}

void tst_WebhookDetailsPane::showsEveryField()
{
    WebhookDetailsPane pane;
    pane.show();
    pane.setWebhook(sample());
    HB_FIND_WIDGET(QLabel, detailsOpenIdConnect, &pane, "detailsOpenIdConnect");
    QCOMPARE(detailsOpenIdConnect->text(), QStringLiteral("On"));
    HB_FIND_WIDGET(QLabel, detailsAppOfferings, &pane, "detailsAppOfferings");
    QCOMPARE(detailsAppOfferings->text(), QStringLiteral("crm, wdc-app"));
    HB_FIND_WIDGET(QLabel, detailsSource, &pane, "detailsSource");
    QCOMPARE(detailsSource->text(), QStringLiteral("terraform"));
    HB_FIND_WIDGET(QLabel, detailsSourceId, &pane, "detailsSourceId");
    QCOMPARE(detailsSourceId->text(), QStringLiteral("module.hooks[7]"));
    HB_FIND_WIDGET(QLabel, detailsNote, &pane, "detailsNote");
    QVERIFY(detailsNote->isHidden());

    Webhook plain = sample();
    plain.webhookPolicyId = 0;
    plain.openIdConnectDiscovery = false;
    plain.appOfferingReferences.clear();
    pane.setWebhook(plain);
    QVERIFY(detailsOpenIdConnect->isHidden());
    QVERIFY(detailsAppOfferings->isHidden());
}

void tst_WebhookDetailsPane::saysWhatToDoWhileAwaitingVerification()
{
    VerificationTracker tracker{QString()};
    tracker.setProfile(QUrl(QStringLiteral("https://api.4me.com/v1")), QStringLiteral("wdc"));
    WebhookDetailsPane pane;
    pane.setVerificationTracker(&tracker);
    pane.show();
    pane.setWebhook(sample());
    HB_FIND_WIDGET(QLabel, note, &pane, "detailsNote");
    QVERIFY(note->isHidden());

    tracker.markAwaiting(42); // the pane follows the tracker
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().contains(QStringLiteral("callback")), qPrintable(note->text()));
    HB_FIND_WIDGET(QLabel, detailsState, &pane, "detailsState");
    QVERIFY(detailsState->text().contains(QStringLiteral("awaiting verification")));

    tracker.markAwaiting(42, QDateTime::currentDateTimeUtc().addDays(-2));
    QVERIFY2(note->text().contains(QStringLiteral("expired")), qPrintable(note->text()));

    tracker.clear(42);
    QVERIFY(note->isHidden());
    QCOMPARE(detailsState->text(), QStringLiteral("Enabled"));
}

void tst_WebhookDetailsPane::saysWhyAWebhookIsDisabled()
{
    WebhookDetailsPane pane;
    pane.show();
    Webhook failed = sample();
    failed.disabled = true;
    failed.lastError = QStringLiteral("404 Not Found");
    pane.setWebhook(failed);
    HB_FIND_WIDGET(QLabel, note, &pane, "detailsNote");
    QVERIFY(!note->isHidden());
    QVERIFY(note->text().contains(QStringLiteral("disabled by the service")));

    failed.lastError.clear(); // disabled by a person: nothing to explain
    pane.setWebhook(failed);
    QVERIFY(note->isHidden());
}

void tst_WebhookDetailsPane::showsTimesAsTheTableDoes()
{
    // One locale-aware format for the same kind of value in the table and in the pane.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    Webhook webhook = sample();
    webhook.createdAt = QStringLiteral("2024-01-15T10:00:00+02:00");
    webhook.updatedAt = QStringLiteral("2024-03-01T08:30:00Z");
    WebhookTableModel model;
    model.upsert({webhook});
    WebhookDetailsPane pane;
    pane.show();
    pane.setWebhook(webhook);
    HB_FIND_WIDGET(QLabel, created, &pane, "detailsCreated");
    HB_FIND_WIDGET(QLabel, updated, &pane, "detailsUpdated");
    QCOMPARE(created->text(), model.index(0, WebhookTableModel::CreatedColumn).data().toString());
    QCOMPARE(updated->text(), model.index(0, WebhookTableModel::UpdatedColumn).data().toString());
    QCOMPARE(created->text(),
             QLocale().toString(webhook.createdAtTime().toLocalTime(), QLocale::ShortFormat));
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(tst_WebhookDetailsPane)
#include "tst_WebhookDetailsPane.moc"
