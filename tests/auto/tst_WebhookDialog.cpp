#include "models/EventCatalog.h"
#include "models/WebhookValidator.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookPolicyService.h"
#include "models/api/WebhookService.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/SandboxClientStore.h"
#include "tests/support/WidgetLookup.h"
#include "views/EventPicker.h"
#include "views/WebhookDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// The webhook editor against the in-process sandbox.
class tst_WebhookDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void privateHost_data();
    void privateHost();
    void validatesAsYouType_data();
    void validatesAsYouType();
    void emptyFormShowsErrorsWithoutRequest();
    void descriptionCounterCountsBytes();
    void newWebhookStartsDisabled();
    void editSavesChangedFields();
    void legacyEventOfferedOnlyWhenPresent();
    void serverFieldErrorsAppearBesideFields();
    void failedSaveKeepsInput();
    void testSavesFirstThenSendsTest();
    void unsavedChangesAskBeforeClosing();
    void useLocalReceiverFillsUri();
    void offeringReferencesOnlyForAppInstanceEvents();
    void openIdConnectDiscoveryOnlyWithAPolicy();
    void policyPickerOffersEnabledPolicies();
    void newUriAsksBeforeSaving();
    void newFormIsCalmAndStill();

private:
    WebhookDialog *openDialog(const Webhook &webhook);
    void fillNewWebhook(WebhookDialog *dialog, const QString &uri);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<WebhookService> m_service;
    QPointer<WebhookDialog> m_dialog;
};

void tst_WebhookDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_WebhookDialog::init()
{
    // Unexpected warnings fail; the offscreen platform's notes about window features are
    // expected.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support).*")));
    SandboxOptions options;
    options.seed = 5;
    options.burstLimit = 0;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_client->setRetryBackoffMs(10);
    ConnectionProfile profile;
    profile.name = QStringLiteral("Sandbox");
    profile.serviceUrl = m_sandbox->baseUrl();
    profile.account = options.account;
    profile.sandbox = true;
    m_client->setProfile(profile, options.token);
    m_service = std::make_unique<WebhookService>(m_client.get());
}

void tst_WebhookDialog::cleanup()
{
    delete m_dialog;
    m_service.reset();
    m_client.reset();
    m_network.reset();
    m_sandbox.reset();
}

void tst_WebhookDialog::offeringReferencesOnlyForAppInstanceEvents()
{
    WebhookDialog *dialog = openDialog(Webhook());
    HB_FIND_WIDGET(EventPicker, picker, dialog, "eventPicker");
    HB_FIND_WIDGET(QLineEdit, offerings, dialog, "appOfferingsEdit");
    HB_FIND_WIDGET(QLabel, error, dialog, "appOfferingsError");
    picker->setEvent(QStringLiteral("request.create"));
    QVERIFY(offerings->isHidden());

    picker->setEvent(QStringLiteral("app_instance.create"));
    QVERIFY(!offerings->isHidden());
    QTest::keyClicks(offerings, QStringLiteral("crm, wdc-app"));
    QCOMPARE(dialog->editedWebhook().appOfferingReferences,
             (QStringList{QStringLiteral("crm"), QStringLiteral("wdc-app")}));
    QVERIFY(error->isHidden());

    // Another event with references typed: the field stays, with the reason it cannot be saved.
    picker->setEvent(QStringLiteral("request.create"));
    QVERIFY(!offerings->isHidden());
    QVERIFY(!error->isHidden());
    QVERIFY(error->text().contains(QStringLiteral("app_instance")));
    offerings->clear();
    QVERIFY(offerings->isHidden());
}

void tst_WebhookDialog::openIdConnectDiscoveryOnlyWithAPolicy()
{
    WebhookDialog *plain = openDialog(Webhook());
    HB_FIND_WIDGET(QCheckBox, plainOpenIdConnectCheckBox, plain, "openIdConnectCheckBox");
    QVERIFY(!plainOpenIdConnectCheckBox->isEnabled());
    delete m_dialog;

    Webhook signedHook;
    signedHook.id = 90;
    signedHook.event = QStringLiteral("request.create");
    signedHook.uri = QStringLiteral("https://hooks.example.com/signed");
    signedHook.webhookPolicyId = 3;
    signedHook.webhookPolicyName = QStringLiteral("Signing policy 3");
    WebhookDialog *dialog = openDialog(signedHook);
    HB_FIND_WIDGET(QCheckBox, discovery, dialog, "openIdConnectCheckBox");
    QVERIFY(discovery->isEnabled());
    QVERIFY(!discovery->isChecked());
    discovery->setChecked(true);
    QCOMPARE(Webhook::changedFields(signedHook, dialog->editedWebhook()),
             (QJsonObject{{QStringLiteral("openid_connect_discovery"), true}}));

    // The picker shows the linked policy; choosing none unlinks it and turns discovery off.
    HB_FIND_WIDGET(QComboBox, policy, dialog, "policyCombo");
    QCOMPARE(policy->currentData().toLongLong(), 3);
    QVERIFY(policy->currentText().contains(u"Signing policy 3"));
    policy->setCurrentIndex(policy->findData(qint64(0)));
    QVERIFY(!discovery->isEnabled());
    QVERIFY(!discovery->isChecked());
    QCOMPARE(Webhook::changedFields(signedHook, dialog->editedWebhook()),
             (QJsonObject{{QStringLiteral("webhook_policy_id"), QJsonValue::Null}}));
}

void tst_WebhookDialog::policyPickerOffersEnabledPolicies()
{
    // Two policies of the account: one enabled, one disabled.
    WebhookPolicyService policies(m_client.get());
    const auto create = [&](bool disabled) {
        WebhookPolicy policy;
        policy.jwtAlg = QStringLiteral("rs256");
        policy.disabled = disabled;
        WebhookPolicy created;
        bool done = false;
        policies.create(policy, this, [&](const WebhookPolicy &result, const ApiError &) {
            created = result;
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, 20000))
            qWarning("creating a policy did not finish");
        return created;
    };
    const WebhookPolicy enabled = create(false);
    const WebhookPolicy disabled = create(true);
    QVERIFY(enabled.id > 0);
    QVERIFY(disabled.id > 0);

    WebhookDialog *dialog = openDialog(Webhook());
    HB_FIND_WIDGET(QComboBox, picker, dialog, "policyCombo");
    QCOMPARE(picker->count(), 1); // none, until the policies are loaded
    QCOMPARE(picker->currentData().toLongLong(), 0);
    dialog->loadPolicies();
    QTRY_VERIFY_WITH_TIMEOUT(picker->findData(enabled.id) >= 0, 10000);
    QCOMPARE(picker->findData(disabled.id), -1);
    QCOMPARE(picker->currentData().toLongLong(), 0); // still none

    fillNewWebhook(dialog, QStringLiteral("https://hooks.example.com/signed"));
    picker->setCurrentIndex(picker->findData(enabled.id));
    HB_FIND_WIDGET(QCheckBox, discovery, dialog, "openIdConnectCheckBox");
    QVERIFY(discovery->isEnabled());
    discovery->setChecked(true);
    QSignalSpy saved(dialog, &WebhookDialog::saved);
    HB_FIND_WIDGET(QPushButton, saveButton, dialog, "saveButton");
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    const Webhook created = saved.first().first().value<Webhook>();
    const Webhook *stored = SandboxClientStore::of(m_sandbox)->find(created.id);
    QVERIFY(stored);
    QCOMPARE(stored->webhookPolicyId, enabled.id);
    QCOMPARE(created.webhookPolicyId, enabled.id); // as the service answered
    QVERIFY(created.openIdConnectDiscovery);
}

void tst_WebhookDialog::newUriAsksBeforeSaving()
{
    const Webhook original = SandboxClientStore::of(m_sandbox)->webhooks().first();
    WebhookDialog *dialog = openDialog(original);
    HB_FIND_WIDGET(QLineEdit, uri, dialog, "uriEdit");
    HB_FIND_WIDGET(QLabel, warning, dialog, "uriChangeWarning");
    QVERIFY(warning->isHidden());
    uri->selectAll();
    QTest::keyClicks(uri, QStringLiteral("https://hooks.example.com/moved"));
    QVERIFY(!warning->isHidden());
    QVERIFY(warning->text().contains(QStringLiteral("verified")));

    HB_FIND_WIDGET(QPushButton, saveButton, dialog, "saveButton");
    QTest::mouseClick(saveButton, Qt::LeftButton);
    auto *box = dialog->findChild<QMessageBox *>(QStringLiteral("uriChangeBox"));
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(QStringLiteral("second webhook")));
    QCOMPARE(SandboxClientStore::of(m_sandbox)->find(original.id)->uri,
             original.uri); // nothing sent yet

    QSignalSpy saved(dialog, &WebhookDialog::saved);
    HB_FIND_WIDGET(QPushButton, boxSaveNewUriButton, box, "saveNewUriButton");
    QTest::mouseClick(boxSaveNewUriButton, Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QCOMPARE(SandboxClientStore::of(m_sandbox)->find(original.id)->uri,
             QStringLiteral("https://hooks.example.com/moved"));
}

WebhookDialog *tst_WebhookDialog::openDialog(const Webhook &webhook)
{
    m_dialog = new WebhookDialog(m_service.get(), EventCatalog::builtIn(), webhook);
    m_dialog->open();
    return m_dialog;
}

void tst_WebhookDialog::fillNewWebhook(WebhookDialog *dialog, const QString &uri)
{
    HB_FIND_WIDGET(EventPicker, picker, dialog, "eventPicker");
    picker->setEvent(QStringLiteral("request.create"));
    HB_FIND_WIDGET(QLineEdit, uriEdit, dialog, "uriEdit");
    uriEdit->clear();
    QTest::keyClicks(uriEdit, uri);
    HB_FIND_WIDGET(QLineEdit, nameEdit, dialog, "nameEdit");
    QTest::keyClicks(nameEdit, QStringLiteral("Ticket sync"));
}

void tst_WebhookDialog::newFormIsCalmAndStill()
{
    // No error before anything is typed, the event placeholder in full, and the fields stay
    // where they are when an error appears (its line is reserved).
    WebhookDialog *dialog = openDialog(Webhook());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    HB_FIND_WIDGET(QLabel, uriError, dialog, "uriError");
    QVERIFY(uriError->text().isEmpty());
    HB_FIND_WIDGET(QComboBox, eventPicker, dialog, "eventPicker");
    const QString placeholder = eventPicker->lineEdit()->placeholderText();
    QVERIFY(eventPicker->lineEdit()->width()
            >= eventPicker->fontMetrics().horizontalAdvance(placeholder));
    HB_FIND_WIDGET(QLineEdit, uriEdit, dialog, "uriEdit");
    HB_FIND_WIDGET(QLineEdit, nameEdit, dialog, "nameEdit");
    HB_FIND_WIDGET(QLineEdit, mailEdit, dialog, "mailExceptionsToEdit");
    const int nameTop = nameEdit->mapTo(dialog, QPoint(0, 0)).y();
    const int mailTop = mailEdit->mapTo(dialog, QPoint(0, 0)).y();
    QTest::keyClicks(uriEdit, QStringLiteral("not a uri"));
    QVERIFY(!uriError->text().isEmpty());
    QApplication::processEvents();
    QCOMPARE(nameEdit->mapTo(dialog, QPoint(0, 0)).y(), nameTop);
    QCOMPARE(mailEdit->mapTo(dialog, QPoint(0, 0)).y(), mailTop);

    // The mail check names every bad address.
    mailEdit->setText(QStringLiteral("first-bad, ops@example.com, second-bad"));
    HB_FIND_WIDGET(QLabel, mailError, dialog, "mailExceptionsToError");
    QVERIFY2(mailError->text().contains(QStringLiteral("first-bad"))
                     && mailError->text().contains(QStringLiteral("second-bad")),
             qPrintable(mailError->text()));
}

void tst_WebhookDialog::privateHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("isPrivate");
    QTest::newRow("public name") << QStringLiteral("hooks.example.com") << false;
    QTest::newRow("public address") << QStringLiteral("8.8.8.8") << false;
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("localhost upper case") << QStringLiteral("LocalHost") << true;
    QTest::newRow("loopback 127/8") << QStringLiteral("127.10.0.1") << true;
    QTest::newRow("10/8") << QStringLiteral("10.1.2.3") << true;
    QTest::newRow("172.16/12 inside") << QStringLiteral("172.31.255.1") << true;
    QTest::newRow("172.32 outside") << QStringLiteral("172.32.0.1") << false;
    QTest::newRow("192.168/16") << QStringLiteral("192.168.1.10") << true;
    QTest::newRow("ipv6 loopback") << QStringLiteral("::1") << true;
    QTest::newRow("ipv6 bracketed") << QStringLiteral("[::1]") << true;
    QTest::newRow("ipv6 unique local") << QStringLiteral("fd12:3456::1") << true;
    QTest::newRow("ipv6 public") << QStringLiteral("2001:4860:4860::8888") << false;
    QTest::newRow("mDNS .local") << QStringLiteral("printer.local") << true;
    QTest::newRow(".internal") << QStringLiteral("automation.example.internal") << true;
    QTest::newRow("local-looking public") << QStringLiteral("localhost.example.com") << false;
    QTest::newRow("mapped private") << QStringLiteral("::ffff:192.168.0.1") << true;
}

void tst_WebhookDialog::privateHost()
{
    QFETCH(QString, host);
    QFETCH(bool, isPrivate);
    QCOMPARE(WebhookDialog::isPrivateHost(host), isPrivate);
}

void tst_WebhookDialog::validatesAsYouType_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("fragment"); // empty: the label is hidden

    QTest::newRow("uri fine") << QStringLiteral("uriEdit") << QStringLiteral("https://a.example/x")
                              << QStringLiteral("uriError") << QString();
    QTest::newRow("uri relative") << QStringLiteral("uriEdit") << QStringLiteral("/hooks")
                                  << QStringLiteral("uriError") << QStringLiteral("absolute");
    QTest::newRow("uri ftp") << QStringLiteral("uriEdit") << QStringLiteral("ftp://a.example/")
                             << QStringLiteral("uriError") << QStringLiteral("https://");
    QTest::newRow("uri localhost warns")
            << QStringLiteral("uriEdit") << QStringLiteral("https://localhost:8080/in")
            << QStringLiteral("uriWarning") << QStringLiteral("cannot be reached");
    QTest::newRow("uri private range warns")
            << QStringLiteral("uriEdit") << QStringLiteral("https://192.168.1.5/in")
            << QStringLiteral("uriWarning") << QStringLiteral("192.168.1.5");
    QTest::newRow("uri public no warning")
            << QStringLiteral("uriEdit") << QStringLiteral("https://hooks.example.com/in")
            << QStringLiteral("uriWarning") << QString();
    QTest::newRow("mail fine") << QStringLiteral("mailExceptionsToEdit")
                               << QStringLiteral("ops@example.com, dev@example.org")
                               << QStringLiteral("mailExceptionsToError") << QString();
    QTest::newRow("mail invalid") << QStringLiteral("mailExceptionsToEdit")
                                  << QStringLiteral("ops@example.com, nope")
                                  << QStringLiteral("mailExceptionsToError")
                                  << QStringLiteral("“nope”");
}

void tst_WebhookDialog::validatesAsYouType()
{
    QFETCH(QString, widget);
    QFETCH(QString, text);
    QFETCH(QString, errorLabel);
    QFETCH(QString, fragment);
    WebhookDialog *dialog = openDialog(Webhook());
    auto *edit = dialog->findChild<QLineEdit *>(widget);
    QVERIFY(edit);
    QTest::keyClicks(edit, text);
    auto *label = dialog->findChild<QLabel *>(errorLabel);
    QVERIFY(label);
    if (fragment.isEmpty()) {
        QVERIFY2(label->text().isEmpty(), qPrintable(label->text())); // its line may stay
    } else {
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(fragment), qPrintable(label->text()));
        QCOMPARE(label->textFormat(), Qt::PlainText);
    }
}

void tst_WebhookDialog::emptyFormShowsErrorsWithoutRequest()
{
    const int before = m_sandbox->requestCount();
    WebhookDialog *dialog = openDialog(Webhook());
    QSignalSpy saved(dialog, &WebhookDialog::saved);
    HB_FIND_WIDGET(QPushButton, saveButton, dialog, "saveButton");
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    HB_FIND_WIDGET(QLabel, eventError, dialog, "eventError");
    QVERIFY(eventError->isVisible());
    HB_FIND_WIDGET(QLabel, uriError, dialog, "uriError");
    QVERIFY(uriError->isVisible());
    QVERIFY(uriError->text().contains(QStringLiteral("Enter the URI")));
    QCOMPARE(saved.count(), 0);
    QCOMPARE(m_sandbox->requestCount(), before);
}

void tst_WebhookDialog::descriptionCounterCountsBytes()
{
    WebhookDialog *dialog = openDialog(Webhook());
    HB_FIND_WIDGET(QPlainTextEdit, description, dialog, "descriptionEdit");
    HB_FIND_WIDGET(QLabel, counter, dialog, "descriptionCounter");
    QCOMPARE(counter->text(), QStringLiteral("0 / 65,536 bytes"));
    description->setPlainText(QString(1234, u'a'));
    QCOMPARE(counter->text(), QStringLiteral("1,234 / 65,536 bytes"));
    description->setPlainText(QStringLiteral("één")); // 5 bytes of UTF-8
    QCOMPARE(counter->text(), QStringLiteral("5 / 65,536 bytes"));
    description->setPlainText(QString(WebhookValidator::MaxDescriptionBytes + 1, u'x'));
    HB_FIND_WIDGET(QLabel, descriptionError, dialog, "descriptionError");
    QVERIFY(descriptionError->isVisible());
}

void tst_WebhookDialog::newWebhookStartsDisabled()
{
    WebhookDialog *dialog = openDialog(Webhook());
    HB_FIND_WIDGET(QCheckBox, disabledCheckBox, dialog, "disabledCheckBox");
    QVERIFY(disabledCheckBox->isChecked());
    HB_FIND_WIDGET(QLabel, workflowHint, dialog, "workflowHint");
    QVERIFY(workflowHint->isVisible());
    const qsizetype before = SandboxClientStore::of(m_sandbox)->count();
    fillNewWebhook(dialog, QStringLiteral("https://hooks.example.com/in"));
    HB_FIND_WIDGET(QLineEdit, nameEdit, dialog, "nameEdit");
    QCOMPARE(nameEdit->placeholderText(), QStringLiteral("request.create"));
    QSignalSpy saved(dialog, &WebhookDialog::saved);
    HB_FIND_WIDGET(QPushButton, saveButton, dialog, "saveButton");
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QTRY_VERIFY(!m_dialog || !m_dialog->isVisible());
    QCOMPARE(SandboxClientStore::of(m_sandbox)->count(), before + 1);
    const Webhook created = saved.first().first().value<Webhook>();
    const Webhook *stored = SandboxClientStore::of(m_sandbox)->find(created.id);
    QVERIFY(stored);
    QVERIFY(stored->disabled);
    QCOMPARE(stored->name, QStringLiteral("Ticket sync"));
    QCOMPARE(stored->uri, QStringLiteral("https://hooks.example.com/in"));
}

void tst_WebhookDialog::editSavesChangedFields()
{
    const Webhook original = SandboxClientStore::of(m_sandbox)->webhooks().first();
    WebhookDialog *dialog = openDialog(original);
    HB_FIND_WIDGET(QLabel, workflowHint, dialog, "workflowHint");
    QVERIFY(!workflowHint->isVisible());
    HB_FIND_WIDGET(QLineEdit, uriEdit, dialog, "uriEdit");
    QCOMPARE(uriEdit->text(), original.uri);
    HB_FIND_WIDGET(QLineEdit, name, dialog, "nameEdit");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Renamed hook"));
    QVERIFY(dialog->hasUnsavedChanges());
    QSignalSpy saved(dialog, &WebhookDialog::saved);
    HB_FIND_WIDGET(QPushButton, saveButton, dialog, "saveButton");
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    const Webhook *stored = SandboxClientStore::of(m_sandbox)->find(original.id);
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("Renamed hook"));
    QCOMPARE(stored->uri, original.uri);
    QCOMPARE(stored->event, original.event);
    QCOMPARE(stored->description, original.description);
}

void tst_WebhookDialog::legacyEventOfferedOnlyWhenPresent()
{
    WebhookDialog *fresh = openDialog(Webhook());
    HB_FIND_WIDGET(EventPicker, freshEventPicker, fresh, "eventPicker");
    const QStringList offeredForNew = freshEventPicker->offeredEvents();
    QVERIFY(offeredForNew.contains(QStringLiteral("request.create")));
    QVERIFY(!offeredForNew.contains(QStringLiteral("change.create")));
    QVERIFY(!offeredForNew.contains(QStringLiteral("webhook.verify")));
    delete m_dialog;

    Webhook legacy;
    legacy.id = 77;
    legacy.event = QStringLiteral("change.create");
    legacy.uri = QStringLiteral("https://hooks.example.com/changes");
    WebhookDialog *old = openDialog(legacy);
    HB_FIND_WIDGET(EventPicker, picker, old, "eventPicker");
    QVERIFY(picker->offeredEvents().contains(QStringLiteral("change.create")));
    QVERIFY(!picker->offeredEvents().contains(QStringLiteral("change.update")));
    QCOMPARE(picker->event(), QStringLiteral("change.create"));
    HB_FIND_WIDGET(QLabel, oldEventError, old, "eventError");
    QVERIFY(oldEventError->text().isEmpty());
}

void tst_WebhookDialog::serverFieldErrorsAppearBesideFields()
{
    // A webhook whose event the service no longer knows: the dialog leaves the unchanged
    // event alone, the sandbox rejects the record with a 422 on "event".
    Webhook odd;
    odd.event = QStringLiteral("integration_instance.create");
    odd.uri = QStringLiteral("https://hooks.example.com/old");
    odd = SandboxClientStore::of(m_sandbox)->add(odd);
    WebhookDialog *dialog = openDialog(odd);
    HB_FIND_WIDGET(QLineEdit, name, dialog, "nameEdit");
    QTest::keyClicks(name, QStringLiteral("Keep me"));
    QSignalSpy saved(dialog, &WebhookDialog::saved);
    HB_FIND_WIDGET(QPushButton, saveButton, dialog, "saveButton");
    QTest::mouseClick(saveButton, Qt::LeftButton);
    HB_FIND_WIDGET(QLabel, eventError, dialog, "eventError");
    QTRY_VERIFY_WITH_TIMEOUT(!eventError->text().isEmpty(), 10000);
    QVERIFY(eventError->isVisible());
    QVERIFY2(eventError->text().contains(QStringLiteral("not included")),
             qPrintable(eventError->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(saved.count(), 0);
    QCOMPARE(name->text(), QStringLiteral("Keep me"));
    QVERIFY(saveButton->isEnabled());
}

void tst_WebhookDialog::failedSaveKeepsInput()
{
    WebhookDialog *dialog = openDialog(Webhook());
    fillNewWebhook(dialog, QStringLiteral("https://hooks.example.com/in"));
    HB_FIND_WIDGET(QPlainTextEdit, descriptionEdit, dialog, "descriptionEdit");
    descriptionEdit->setPlainText(QStringLiteral("Line one\n"));
    m_sandbox->stop(); // connection refused from now on
    QSignalSpy saved(dialog, &WebhookDialog::saved);
    HB_FIND_WIDGET(QPushButton, saveButton, dialog, "saveButton");
    QTest::mouseClick(saveButton, Qt::LeftButton);
    HB_FIND_WIDGET(QLabel, formError, dialog, "formError");
    QTRY_VERIFY_WITH_TIMEOUT(formError->isVisible(), 15000);
    QVERIFY(!formError->text().isEmpty());
    QVERIFY(dialog->isVisible());
    QCOMPARE(saved.count(), 0);
    HB_FIND_WIDGET(EventPicker, eventPicker, dialog, "eventPicker");
    QCOMPARE(eventPicker->event(), QStringLiteral("request.create"));
    HB_FIND_WIDGET(QLineEdit, uriEdit, dialog, "uriEdit");
    QCOMPARE(uriEdit->text(), QStringLiteral("https://hooks.example.com/in"));
    HB_FIND_WIDGET(QLineEdit, nameEdit, dialog, "nameEdit");
    QCOMPARE(nameEdit->text(), QStringLiteral("Ticket sync"));
    QCOMPARE(descriptionEdit->toPlainText(), QStringLiteral("Line one\n"));
    QVERIFY(dialog->hasUnsavedChanges());
}

void tst_WebhookDialog::testSavesFirstThenSendsTest()
{
    WebhookDialog *dialog = openDialog(Webhook());
    // A loopback port nobody listens on: the test message fails at the receiver, but the
    // test request itself succeeds.
    fillNewWebhook(dialog, QStringLiteral("http://127.0.0.1:9/in"));
    HB_FIND_WIDGET(QLabel, uriWarning, dialog, "uriWarning");
    QVERIFY(uriWarning->isVisible());
    QSignalSpy saved(dialog, &WebhookDialog::saved);
    QSignalSpy tested(dialog, &WebhookDialog::testSent);
    HB_FIND_WIDGET(QPushButton, testButton, dialog, "testButton");
    QTest::mouseClick(testButton, Qt::LeftButton);
    QVERIFY(tested.wait(10000));
    QCOMPARE(saved.count(), 1);
    const Webhook created = saved.first().first().value<Webhook>();
    QCOMPARE(tested.first().first().toLongLong(), created.id);
    QVERIFY(SandboxClientStore::of(m_sandbox)->find(created.id));
    HB_FIND_WIDGET(QLabel, testStatus, dialog, "testStatus");
    QVERIFY(testStatus->text().contains(QStringLiteral("Test sent")));
    QVERIFY(dialog->isVisible()); // testing does not close the editor
    QVERIFY(!dialog->hasUnsavedChanges());
}

void tst_WebhookDialog::unsavedChangesAskBeforeClosing()
{
    WebhookDialog *dialog = openDialog(Webhook());
    HB_FIND_WIDGET(QLineEdit, uriEdit, dialog, "uriEdit");
    QTest::keyClicks(uriEdit, QStringLiteral("https://x.example/"));
    dialog->reject();
    QVERIFY(dialog->isVisible());
    auto *box = dialog->findChild<QMessageBox *>(QStringLiteral("unsavedChangesBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_VERIFY(!m_dialog || !m_dialog->isVisible());
    QCOMPARE(SandboxClientStore::of(m_sandbox)->count(), 5);
}

void tst_WebhookDialog::useLocalReceiverFillsUri()
{
    Webhook webhook;
    webhook.id = 42;
    webhook.event = QStringLiteral("request.create");
    webhook.uri = QStringLiteral("https://hooks.example.com/in");
    WebhookDialog *dialog = openDialog(webhook);
    HB_FIND_WIDGET(QPushButton, button, dialog, "useReceiverButton");
    QVERIFY(button);
    QVERIFY(!button->isVisible()); // no receiver: nothing to offer

    dialog->setLocalReceiverUrl(QUrl(QStringLiteral("http://127.0.0.1:8123/")));
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    HB_FIND_WIDGET(QLineEdit, uriEdit, dialog, "uriEdit");
    QCOMPARE(uriEdit->text(), QStringLiteral("http://127.0.0.1:8123/webhooks/42"));
    // The note about reachability replaces the generic private-host warning.
    HB_FIND_WIDGET(QLabel, receiverNote, dialog, "receiverNote");
    QVERIFY(receiverNote->isVisible());
    HB_FIND_WIDGET(QLabel, uriWarning, dialog, "uriWarning");
    QVERIFY(!uriWarning->isVisible());
    QVERIFY(dialog->hasUnsavedChanges());
}

QTEST_MAIN(tst_WebhookDialog)
#include "tst_WebhookDialog.moc"
