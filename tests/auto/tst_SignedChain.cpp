// The signed-message chain in the window, offscreen against the in-process sandbox (issue 12),
// wired as app/main.cpp wires it (SignedDeliveryWiring): create a policy in the Policies
// dialog → its public key is shown once and saved as .pem → link the policy to a webhook
// that points at the built-in receiver through the webhook dialog's picker → test-fire from
// the table → the Deliveries panel shows the signature valid and the audience check passed.
// When the policy's audience changes on the service, the window checks against the audience
// it listed until it lists the policies again (Refresh); then the message signed for the old
// audience fails and the new one passes.
#include "models/ProfileStore.h"
#include "models/TokenStore.h"
#include "models/WebhookFilterProxyModel.h"
#include "models/WebhookTableModel.h"
#include "models/api/ApiClient.h"
#include "models/receiver/DeliveryReceiver.h"
#include "models/workflow/PolicyDirectory.h"
#include "tests/support/SandboxFixture.h"
#include "tests/support/WarningGuard.h"
#include "tests/support/WidgetLookup.h"
#include "views/DeliveryInspector.h"
#include "views/MainWindow.h"
#include "views/PoliciesDialog.h"
#include "views/PolicyEditDialog.h"
#include "views/PublicKeyDialog.h"
#include "views/SignedDeliveryWiring.h"
#include "views/WebhookDialog.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

class tst_SignedChain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createLinkTestFireAndCheckTheAudience();

private:
    // Through the sandbox's API, outside the window; 0 when that failed (with a warning).
    qint64 createWebhook(const QString &uri);
    // Creates an RS256 policy through the Policies dialog and keeps its key as .pem;
    // *created as the dialog lists it. A failure fails the test (check currentTestFailed).
    void createPolicyInTheWindow(const QString &audience, WebhookPolicy *created);
    // Links `policy` to the webhook through the webhook dialog's policy picker.
    void linkInTheWindow(qint64 webhookId, const WebhookPolicy &policy);
    // Test-fires the webhook from the table and waits for its message in the panel.
    void testFire(qint64 webhookId);
    void selectWebhook(qint64 webhookId);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<ProfileSession> m_session;
    std::unique_ptr<DeliveryReceiver> m_receiver;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SignedDeliveryWiring> m_wiring;
};

void tst_SignedChain::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The Policies dialog keeps public keys in PolicyKeyStore's default file, under the
    // generic data folder: this test's own, also when it runs outside ctest.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(u"data"_s)));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_SignedChain::init()
{
    hb::test::failOnUnexpectedWarnings();
    SandboxOptions options;
    options.seed = 0;
    options.burstLimit = 0;
    options.hourlyLimit = 0;
    options.verification = false;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));

    m_network = std::make_unique<QNetworkAccessManager>();
    m_settings
            = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings->clear();
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_tokens = std::make_unique<TokenStore>(u"HookbenchTest"_s);
    m_tokens->setSessionOnly(true);
    m_session = std::make_unique<ProfileSession>(m_network.get(), m_profiles.get(), m_tokens.get());
    m_session->client()->setMaxAttempts(1);
    m_receiver = std::make_unique<DeliveryReceiver>();
    QVERIFY(m_receiver->listen());

    // As app/main.cpp builds the window.
    m_window = std::make_unique<MainWindow>(m_session.get(), m_settings.get());
    m_window->setDeliveryReceiver(m_receiver.get());
    m_wiring = std::make_unique<SignedDeliveryWiring>(m_window.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_SignedChain::cleanup()
{
    m_wiring.reset();
    m_window.reset();
    m_receiver.reset();
    m_session.reset();
    m_tokens.reset();
    m_profiles.reset();
    m_settings.reset();
    m_network.reset();
    m_sandbox.reset();
}

qint64 tst_SignedChain::createWebhook(const QString &uri)
{
    const auto created
            = m_sandbox->send("POST", u"/webhooks"_s,
                              QJsonDocument(QJsonObject{{u"name"_s, u"Signed chain"_s},
                                                        {u"event"_s, u"request.create"_s},
                                                        {u"uri"_s, uri}})
                                      .toJson(QJsonDocument::Compact));
    if (created.status != 201)
        qWarning("webhook not created: %d %s", created.status, created.body.constData());
    return created.json().object().value(u"id"_s).toInteger();
}

void tst_SignedChain::createPolicyInTheWindow(const QString &audience, WebhookPolicy *created)
{
    HB_FIND_WIDGET(QAction, policiesAction, m_window, "policiesAction");
    policiesAction->trigger();
    QPointer<PoliciesDialog> policies = m_window->findChild<PoliciesDialog *>(u"policiesDialog"_s);
    QVERIFY(policies && policies->isVisible());
    QSignalSpy refreshed(policies.data(), &PoliciesDialog::refreshed);
    QVERIFY(refreshed.wait(10000));
    QSignalSpy changed(m_window.get(), &MainWindow::policiesChanged);

    HB_FIND_WIDGET(QPushButton, createButton, policies, "createPolicyButton");
    QTest::mouseClick(createButton, Qt::LeftButton);
    auto *editor = policies->findChild<PolicyEditDialog *>(u"policyEditDialog"_s);
    QVERIFY(editor);
    HB_FIND_WIDGET(QComboBox, algorithm, editor, "algorithmCombo");
    algorithm->setCurrentText(u"rs256"_s);
    HB_FIND_WIDGET(QLineEdit, audienceEdit, editor, "audienceEdit");
    QTest::keyClicks(audienceEdit, audience);
    HB_FIND_WIDGET(QPushButton, saveButton, editor, "saveButton");
    QTest::mouseClick(saveButton, Qt::LeftButton);

    // The one-time key: shown once, saved as .pem through the (Qt, not native) file dialog.
    QTRY_VERIFY_WITH_TIMEOUT(policies->findChild<PublicKeyDialog *>(), 20000);
    QCOMPARE(m_window->findChildren<PublicKeyDialog *>().size(), 1);
    QCOMPARE(changed.size(), 1);
    QPointer<PublicKeyDialog> keyDialog = policies->findChild<PublicKeyDialog *>();
    HB_FIND_WIDGET(QPushButton, saveKey, keyDialog, "saveKeyButton");
    QTest::mouseClick(saveKey, Qt::LeftButton);
    auto *files = keyDialog->findChild<QFileDialog *>(u"saveKeyFileDialog"_s);
    QVERIFY(files);
    const QString pemFile = m_dir.filePath(u"chain.pem"_s);
    files->selectFile(pemFile);
    static_cast<QDialog *>(files)->accept(); // QFileDialog::accept() through the public slot
    QFile saved(pemFile);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll().startsWith("-----BEGIN PUBLIC KEY-----"));
    QVERIFY(keyDialog->isKeyKept());
    HB_FIND_WIDGET(QPushButton, closeKey, keyDialog, "closeButton");
    QTest::mouseClick(closeKey, Qt::LeftButton);
    QTRY_VERIFY(!keyDialog);

    for (const WebhookPolicy &policy : policies->policies()) {
        if (policy.jwtAudience == audience)
            *created = policy;
    }
    QVERIFY(created->id > 0);
    QCOMPARE(created->jwtAlg, u"rs256"_s);
    HB_FIND_WIDGET(QPushButton, closePolicies, policies, "closeButton");
    QTest::mouseClick(closePolicies, Qt::LeftButton);
    QTRY_VERIFY(!policies);
}

void tst_SignedChain::selectWebhook(qint64 webhookId)
{
    const QModelIndex source
            = m_window->tableModel()->index(m_window->tableModel()->rowOf(webhookId), 0);
    const QModelIndex shown = m_window->proxyModel()->mapFromSource(source);
    QVERIFY(shown.isValid());
    QTableView *table = m_window->tableView();
    table->clearSelection();
    table->selectionModel()->setCurrentIndex(
            shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_window->selectedWebhooks().size(), 1);
}

void tst_SignedChain::linkInTheWindow(qint64 webhookId, const WebhookPolicy &policy)
{
    selectWebhook(webhookId);
    if (QTest::currentTestFailed())
        return;
    HB_FIND_WIDGET(QAction, editAction, m_window, "editAction");
    editAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<WebhookDialog *>(), 10000);
    auto *dialog = m_window->findChild<WebhookDialog *>();
    QCOMPARE(dialog->original().id, webhookId);
    HB_FIND_WIDGET(QComboBox, picker, dialog, "policyCombo");
    QTRY_VERIFY_WITH_TIMEOUT(picker->findData(policy.id) >= 0, 10000);
    picker->setCurrentIndex(picker->findData(policy.id));
    QSignalSpy saved(dialog, &WebhookDialog::saved);
    HB_FIND_WIDGET(QPushButton, saveButton, dialog, "saveButton");
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    const WebhookTableModel *model = m_window->tableModel();
    QTRY_COMPARE(model->webhookAt(model->rowOf(webhookId)).webhookPolicyId, policy.id);
}

void tst_SignedChain::testFire(qint64 webhookId)
{
    selectWebhook(webhookId);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy arrived(m_window->deliveryInspector(), &DeliveryInspector::expectedDeliveryArrived);
    HB_FIND_WIDGET(QAction, testAction, m_window, "testAction");
    testAction->trigger();
    QVERIFY(arrived.wait(10000));
    QCOMPARE(arrived.first().first().toLongLong(), webhookId);
}

void tst_SignedChain::createLinkTestFireAndCheckTheAudience()
{
    const qint64 webhookId = createWebhook(m_receiver->receiverUrlFor(1));
    QVERIFY(webhookId > 0);
    ConnectionProfile profile;
    profile.name = u"Sandbox"_s;
    profile.serviceUrl = m_sandbox->server()->baseUrl();
    profile.account = m_sandbox->server()->options().account;
    QSignalSpy listed(m_window.get(), &MainWindow::listingFinished);
    m_window->useProfile(profile, m_sandbox->server()->options().token);
    QVERIFY(listed.wait(10000));
    QVERIFY(m_window->tableModel()->rowOf(webhookId) >= 0);

    WebhookPolicy policy;
    createPolicyInTheWindow(u"hookbench-chain"_s, &policy);
    if (QTest::currentTestFailed())
        return;
    linkInTheWindow(webhookId, policy);
    if (QTest::currentTestFailed())
        return;

    testFire(webhookId);
    if (QTest::currentTestFailed())
        return;
    DeliveryInspector *panel = m_window->deliveryInspector();
    HB_FIND_WIDGET(QLabel, signature, panel, "signatureLabel");
    HB_FIND_WIDGET(QLabel, audience, panel, "audCheckLabel");
    // Checked with the key the Policies dialog kept (no "key from" a discovery).
    QTRY_COMPARE_WITH_TIMEOUT(signature->text(), u"signature valid (RS256)"_s, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(audience->text(),
                              u"passed: aud is the policy's audience \"hookbench-chain\""_s, 10000);
    // Nothing is listed any more (the listings that followed the new policy have ended).
    QTRY_VERIFY(!m_window->isLoading() && !m_wiring->policyDirectory()->isLoading());

    // The audience changes on the service, outside the window: the next message carries the
    // new audience, which is not the one the account listed when the window last looked.
    const auto patched
            = m_sandbox->send("PATCH", u"/webhook_policies/%1"_s.arg(policy.id),
                              QJsonDocument(QJsonObject{{u"jwt_audience"_s, u"another-receiver"_s}})
                                      .toJson(QJsonDocument::Compact));
    QCOMPARE(patched.status, 200);
    testFire(webhookId);
    if (QTest::currentTestFailed())
        return;
    HB_FIND_WIDGET(QTreeView, list, panel, "deliveryList");
    QCOMPARE(list->model()->rowCount(), 2);
    list->setCurrentIndex(list->model()->index(0, 0)); // the newest
    QTRY_COMPARE_WITH_TIMEOUT(signature->text(), u"signature valid (RS256)"_s, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(audience->text(),
                              u"FAILED: aud is \"another-receiver\", not the policy's audience "
                              "\"hookbench-chain\""_s,
                              10000);

    // Refresh lists the policies again with the webhooks: the shown checks follow. The new
    // message now passes; the first one, signed for the old audience, fails.
    HB_FIND_WIDGET(QAction, refreshAction, m_window, "refreshAction");
    refreshAction->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(audience->text(),
                              u"passed: aud is the policy's audience \"another-receiver\""_s,
                              10000);
    list->setCurrentIndex(list->model()->index(1, 0));
    QTRY_COMPARE_WITH_TIMEOUT(audience->text(),
                              u"FAILED: aud is \"hookbench-chain\", not the policy's audience "
                              "\"another-receiver\""_s,
                              10000);

    // The one-time key dialog appeared once only.
    QCOMPARE(m_window->findChildren<PublicKeyDialog *>().size(), 0);
}

QTEST_MAIN(tst_SignedChain)
#include "tst_SignedChain.moc"
