// The Policies dialog, the policy editor and the one-time key dialog, offscreen against the
// in-process sandbox (issue 12): list with webhook counts, create → key shown once (and kept
// in PolicyKeyStore), closing without keeping the key asks again, edit keeps typing on a bad
// value, delete names the webhooks that lose their signing.
#include "models/PolicyKeyStore.h"
#include "models/VerificationTracker.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookPolicyService.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/WarningGuard.h"
#include "tests/support/WidgetLookup.h"
#include "views/PoliciesDialog.h"
#include "views/PolicyEditDialog.h"
#include "views/PublicKeyDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

class tst_PoliciesDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsPoliciesWithWebhookCounts();
    void createShowsTheKeyOnceAndKeepsIt();
    void closingWithoutKeepingTheKeyAsksAgain();
    void editChecksBeforeSending();
    void deleteNamesTheWebhooksThatLoseSigning();

private:
    WebhookPolicy createPolicy(const QString &alg, const QString &audience = {});
    PoliciesDialog *openDialog(const WebhookList &webhooks = {});
    static Webhook webhook(qint64 id, const QString &name, qint64 policyId);
    QString keyFile() const { return m_dir->filePath(QStringLiteral("policy-keys.json")); }
    QString profileKey() const
    {
        return VerificationTracker::profileKey(m_sandbox->baseUrl(), QStringLiteral("wdc"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    QPointer<PoliciesDialog> m_dialog;
};

void tst_PoliciesDialog::init()
{
    hb::test::failOnUnexpectedWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    SandboxOptions options;
    options.burstLimit = 0;
    options.hourlyLimit = 0;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    ConnectionProfile profile;
    profile.name = QStringLiteral("Sandbox");
    profile.serviceUrl = m_sandbox->baseUrl();
    profile.account = options.account;
    profile.sandbox = true;
    m_client->setProfile(profile, options.token);
}

void tst_PoliciesDialog::cleanup()
{
    delete m_dialog;
    m_client.reset();
    m_network.reset();
    m_sandbox.reset();
    m_dir.reset();
}

WebhookPolicy tst_PoliciesDialog::createPolicy(const QString &alg, const QString &audience)
{
    WebhookPolicyService service(m_client.get());
    WebhookPolicy policy;
    policy.jwtAlg = alg;
    policy.jwtAudience = audience;
    WebhookPolicy created;
    bool done = false;
    service.create(policy, this, [&](const WebhookPolicy &result, const ApiError &error) {
        if (error)
            qWarning("create failed: %s", qPrintable(error.message));
        created = result;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 20000))
        qWarning("create did not finish");
    return created;
}

Webhook tst_PoliciesDialog::webhook(qint64 id, const QString &name, qint64 policyId)
{
    Webhook result;
    result.id = id;
    result.name = name;
    result.event = QStringLiteral("request.create");
    result.uri = QStringLiteral("https://hooks.example.com/%1").arg(id);
    result.webhookPolicyId = policyId;
    return result;
}

PoliciesDialog *tst_PoliciesDialog::openDialog(const WebhookList &webhooks)
{
    m_dialog = new PoliciesDialog(m_client.get(), webhooks, keyFile());
    QSignalSpy refreshed(m_dialog.data(), &PoliciesDialog::refreshed);
    m_dialog->open();
    if (!refreshed.wait(10000))
        qWarning("the policies were not listed");
    return m_dialog;
}

void tst_PoliciesDialog::listsPoliciesWithWebhookCounts()
{
    const WebhookPolicy signing = createPolicy(QStringLiteral("rs256"), QStringLiteral("aud-1"));
    const WebhookPolicy other = createPolicy(QStringLiteral("hs256"));
    PoliciesDialog *dialog
            = openDialog({webhook(1, QStringLiteral("One"), signing.id),
                          webhook(2, QStringLiteral("Two"), signing.id), webhook(3, {}, 0)});
    HB_FIND_WIDGET(QTreeWidget, table, dialog, "policiesTable");
    QCOMPARE(table->topLevelItemCount(), 2);
    QCOMPARE(table->headerItem()->text(5), QStringLiteral("Webhooks"));
    const QTreeWidgetItem *first = table->topLevelItem(0);
    QCOMPARE(first->text(0), signing.name);
    QCOMPARE(first->text(1), QStringLiteral("rs256"));
    QCOMPARE(first->text(2), QStringLiteral("aud-1"));
    QCOMPARE(first->text(3), QStringLiteral("never"));
    QCOMPARE(first->text(4), QStringLiteral("Enabled"));
    QCOMPARE(first->text(5), QStringLiteral("2"));
    QVERIFY(first->toolTip(5).contains(u"One"));
    QVERIFY(!first->text(6).isEmpty()); // created
    QCOMPARE(table->topLevelItem(1)->text(0), other.name);
    QCOMPARE(table->topLevelItem(1)->text(5), QStringLiteral("0"));

    // Edit and Delete need a selection.
    HB_FIND_WIDGET(QPushButton, editButton, dialog, "editPolicyButton");
    HB_FIND_WIDGET(QPushButton, deleteButton, dialog, "deletePolicyButton");
    QVERIFY(!editButton->isEnabled());
    table->setCurrentItem(table->topLevelItem(1));
    QVERIFY(editButton->isEnabled());
    QVERIFY(deleteButton->isEnabled());
}

void tst_PoliciesDialog::createShowsTheKeyOnceAndKeepsIt()
{
    PoliciesDialog *dialog = openDialog();
    QSignalSpy changed(dialog, &PoliciesDialog::policiesChanged);
    HB_FIND_WIDGET(QPushButton, createButton, dialog, "createPolicyButton");
    QTest::mouseClick(createButton, Qt::LeftButton);
    auto *editor = dialog->findChild<PolicyEditDialog *>(QStringLiteral("policyEditDialog"));
    QVERIFY(editor);
    HB_FIND_WIDGET(QComboBox, algorithm, editor, "algorithmCombo");
    QVERIFY(algorithm->isEnabled());
    algorithm->setCurrentText(QStringLiteral("es256"));
    HB_FIND_WIDGET(QLineEdit, audience, editor, "audienceEdit");
    QTest::keyClicks(audience, QStringLiteral("receiver-7"));
    HB_FIND_WIDGET(QCheckBox, expires, editor, "expiresCheckBox");
    expires->setChecked(true);
    HB_FIND_WIDGET(QPushButton, saveButton, editor, "saveButton");
    QTest::mouseClick(saveButton, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<PublicKeyDialog *>(), 20000);
    auto *keyDialog = dialog->findChild<PublicKeyDialog *>();
    QVERIFY(keyDialog->isVisible());
    QCOMPARE(changed.count(), 1);
    HB_FIND_WIDGET(QLabel, once, keyDialog, "keyOnceLabel");
    QVERIFY2(once->text().contains(u"only time"), qPrintable(once->text()));
    HB_FIND_WIDGET(QPlainTextEdit, keyText, keyDialog, "publicKeyText");
    const QString pem = keyText->toPlainText();
    QVERIFY2(pem.startsWith(u"-----BEGIN PUBLIC KEY-----"), qPrintable(pem));
    QVERIFY(keyText->isReadOnly());

    // Kept by Hookbench for the receiver, under the profile.
    QCOMPARE(dialog->policies().size(), 1);
    const WebhookPolicy created = dialog->policies().first();
    QVERIFY(created.publicKeyPem.isEmpty()); // the list does not hold it
    PolicyKeyStore keys(keyFile());
    const std::optional<PolicyKeyStore::Key> kept = keys.find(profileKey(), created.id);
    QVERIFY(kept);
    QCOMPARE(kept->publicKeyPem, pem);
    QCOMPARE(kept->policyName, created.name);
    HB_FIND_WIDGET(QLabel, localCopy, keyDialog, "localCopyLabel");
    QVERIFY(localCopy->text().contains(u"policy-keys.json"));

    // Save as .pem through the file dialog.
    HB_FIND_WIDGET(QPushButton, saveKey, keyDialog, "saveKeyButton");
    QTest::mouseClick(saveKey, Qt::LeftButton);
    auto *files = keyDialog->findChild<QFileDialog *>(QStringLiteral("saveKeyFileDialog"));
    QVERIFY(files);
    const QString pemFile = m_dir->filePath(QStringLiteral("receiver.pem"));
    files->selectFile(pemFile);
    static_cast<QDialog *>(files)->accept(); // QFileDialog::accept() through the public slot
    QFile saved(pemFile);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()), pem);
    QVERIFY(keyDialog->isKeyKept());

    // Kept: Close closes without asking.
    QPointer<PublicKeyDialog> guard(keyDialog);
    HB_FIND_WIDGET(QPushButton, close, keyDialog, "closeButton");
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!keyDialog->findChild<QMessageBox *>(QStringLiteral("keyNotKeptBox")));
    QTRY_VERIFY(!guard);

    // The key really appears once: the service never returns it again.
    bool done = false;
    WebhookPolicy fetched;
    dialog->service()->get(created.id, this, [&](const WebhookPolicy &policy, const ApiError &) {
        fetched = policy;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(fetched.id, created.id);
    QVERIFY(fetched.publicKeyPem.isEmpty());
    QCOMPARE(fetched.jwtAudience, QStringLiteral("receiver-7"));
    QCOMPARE(fetched.jwtClaimExpiresIn, std::optional<qint64>(5));
}

void tst_PoliciesDialog::closingWithoutKeepingTheKeyAsksAgain()
{
    WebhookPolicy created;
    created.id = 12;
    created.name = QStringLiteral("abc");
    created.jwtAlg = QStringLiteral("rs256");
    created.publicKeyPem
            = QStringLiteral("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
    auto *keyDialog = new PublicKeyDialog(created, QStringLiteral("kept"));
    QPointer<PublicKeyDialog> guard(keyDialog);
    keyDialog->open();
    HB_FIND_WIDGET(QPushButton, close, keyDialog, "closeButton");

    // Close, then "Go Back": still open.
    QTest::mouseClick(close, Qt::LeftButton);
    auto *box = keyDialog->findChild<QMessageBox *>(QStringLiteral("keyNotKeptBox"));
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(u"never shows it again"));
    HB_FIND_WIDGET(QPushButton, goBack, box, "goBackButton");
    QTest::mouseClick(goBack, Qt::LeftButton);
    QTRY_VERIFY(!keyDialog->findChild<QMessageBox *>(QStringLiteral("keyNotKeptBox")));
    QVERIFY(keyDialog->isVisible());

    // Escape asks too; Copy keeps it, and then Close closes.
    QTest::keyClick(keyDialog, Qt::Key_Escape);
    box = keyDialog->findChild<QMessageBox *>(QStringLiteral("keyNotKeptBox"));
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("goBackButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!keyDialog->findChild<QMessageBox *>(QStringLiteral("keyNotKeptBox")));
    HB_FIND_WIDGET(QPushButton, copy, keyDialog, "copyKeyButton");
    QTest::mouseClick(copy, Qt::LeftButton);
    QVERIFY(keyDialog->isKeyKept());
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(!guard);

    // "Close Anyway" closes without the key kept.
    keyDialog = new PublicKeyDialog(created, QStringLiteral("kept"));
    guard = keyDialog;
    keyDialog->open();
    QTest::mouseClick(keyDialog->findChild<QPushButton *>(QStringLiteral("closeButton")),
                      Qt::LeftButton);
    box = keyDialog->findChild<QMessageBox *>(QStringLiteral("keyNotKeptBox"));
    QVERIFY(box);
    HB_FIND_WIDGET(QPushButton, closeAnyway, box, "closeAnywayButton");
    QTest::mouseClick(closeAnyway, Qt::LeftButton);
    QTRY_VERIFY(!guard);
}

void tst_PoliciesDialog::editChecksBeforeSending()
{
    const WebhookPolicy policy = createPolicy(QStringLiteral("hs384"), QStringLiteral("a"));
    PoliciesDialog *dialog = openDialog();
    HB_FIND_WIDGET(QTreeWidget, table, dialog, "policiesTable");
    table->setCurrentItem(table->topLevelItem(0));
    HB_FIND_WIDGET(QPushButton, editButton, dialog, "editPolicyButton");
    QTest::mouseClick(editButton, Qt::LeftButton);
    auto *editor = dialog->findChild<PolicyEditDialog *>(QStringLiteral("policyEditDialog"));
    QVERIFY(editor);
    HB_FIND_WIDGET(QComboBox, algorithm, editor, "algorithmCombo");
    QVERIFY(!algorithm->isEnabled()); // its key was shown once: the algorithm stays
    QCOMPARE(algorithm->currentText(), QStringLiteral("hs384"));

    HB_FIND_WIDGET(QLineEdit, audience, editor, "audienceEdit");
    audience->setText(QString(2049, u'x'));
    HB_FIND_WIDGET(QLabel, audienceError, editor, "audienceError");
    QVERIFY(!audienceError->isHidden());
    const int requests = m_sandbox->requestCount();
    HB_FIND_WIDGET(QPushButton, saveButton, editor, "saveButton");
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(editor->isVisible()); // nothing lost, nothing sent
    QCOMPARE(audience->text().size(), 2049);
    QCOMPARE(m_sandbox->requestCount(), requests);

    QSignalSpy changed(dialog, &PoliciesDialog::policiesChanged);
    audience->setText(QStringLiteral("receiver-9"));
    HB_FIND_WIDGET(QCheckBox, disabled, editor, "policyDisabledCheckBox");
    disabled->setChecked(true);
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(changed.wait(10000));
    QCOMPARE(table->topLevelItem(0)->text(2), QStringLiteral("receiver-9"));
    QCOMPARE(table->topLevelItem(0)->text(4), QStringLiteral("Disabled"));
    QCOMPARE(dialog->policies().first().id, policy.id);
}

void tst_PoliciesDialog::deleteNamesTheWebhooksThatLoseSigning()
{
    const WebhookPolicy policy = createPolicy(QStringLiteral("es384"));
    PoliciesDialog *dialog = openDialog({webhook(5, QStringLiteral("CMDB sync"), policy.id),
                                         webhook(6, QStringLiteral("Ticket relay"), policy.id),
                                         webhook(7, QStringLiteral("Unsigned one"), 0)});
    HB_FIND_WIDGET(QTreeWidget, table, dialog, "policiesTable");
    table->setCurrentItem(table->topLevelItem(0));
    HB_FIND_WIDGET(QPushButton, deleteButton, dialog, "deletePolicyButton");

    // Cancel keeps it.
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    auto *box = dialog->findChild<QMessageBox *>(QStringLiteral("deletePolicyBox"));
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(u"CMDB sync (id 5)"));
    QVERIFY(box->informativeText().contains(u"Ticket relay (id 6)"));
    QVERIFY(!box->informativeText().contains(u"Unsigned one"));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("cancelDeleteButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!dialog->findChild<QMessageBox *>(QStringLiteral("deletePolicyBox")));
    QCOMPARE(table->topLevelItemCount(), 1);

    QSignalSpy changed(dialog, &PoliciesDialog::policiesChanged);
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    box = dialog->findChild<QMessageBox *>(QStringLiteral("deletePolicyBox"));
    QVERIFY(box);
    HB_FIND_WIDGET(QPushButton, confirm, box, "confirmDeleteButton");
    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(changed.wait(10000));
    QCOMPARE(table->topLevelItemCount(), 0);
    QCOMPARE(dialog->policies().size(), 0);
}

QTEST_MAIN(tst_PoliciesDialog)
#include "tst_PoliciesDialog.moc"
