// Profile › Compare With… and File › Import… in the main window, offscreen (issue 13): the
// side-by-side view of the two accounts of `hookbench --sandbox`, its filters, the plan
// preview, applying with progress and the summary; an import of a JSON and a CSV export.
#include "models/CsvWriter.h"
#include "models/ProfileStore.h"
#include "models/TokenStore.h"
#include "models/WebhookTableModel.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "models/workflow/AccountComparison.h"
#include "models/workflow/ProfileSession.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/WarningGuard.h"
#include "tests/support/WidgetLookup.h"
#include "views/CompareDialog.h"
#include "views/MainWindow.h"
#include "views/PlanController.h"
#include "views/PlanPreviewDialog.h"
#include "views/StatusColors.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

namespace {

// An export with webhooks not yet created: their id cells are empty (CsvWriter writes 0).
QByteArray csvWithoutNewIds(const WebhookList &webhooks)
{
    QByteArray bytes = CsvWriter::toCsv(webhooks, {});
    bytes.replace("\r\n0,", "\r\n,");
    return bytes;
}

const auto QaAccount = QStringLiteral("wdc-qa");

// The preview on screen (a closed one may still wait for its deferred delete).
PlanPreviewDialog *visiblePreview(const QObject *parent)
{
    const QList<PlanPreviewDialog *> previews = parent->findChildren<PlanPreviewDialog *>();
    for (PlanPreviewDialog *preview : previews) {
        if (preview->isVisible())
            return preview;
    }
    return nullptr;
}

int visibleRows(const QTreeWidget *tree)
{
    int visible = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        visible += tree->topLevelItem(i)->isHidden() ? 0 : 1;
    return visible;
}

void selectVisibleRows(QTreeWidget *tree)
{
    tree->clearSelection();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = tree->topLevelItem(i);
        if (!row->isHidden())
            row->setSelected(true);
    }
}

} // namespace

class tst_CompareDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void comparesCopiesAndDeletes();
    void rewriteRulesAreCheckedAndKept();
    void previewCancelsWhileApplying();
    void importShowsThePlanAndApplies_data();
    void importShowsThePlanAndApplies();
    void badImportFileIsExplained();

private:
    CompareDialog *openCompare();
    AccountComparison *comparisonOf(CompareDialog *dialog);
    PlanPreviewDialog *applyFromPreview(QWidget *parent, QPushButton *action, QSignalSpy *finished);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProfileSession> m_session;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<MainWindow> m_window;
};

void tst_CompareDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_CompareDialog::init()
{
    hb::test::failOnUnexpectedWarnings();
    // The sandbox as `hookbench --sandbox` starts it: wdc and a QA account that differs.
    SandboxOptions options;
    options.burstLimit = 0;
    options.seed = 20;
    options.moreAccounts = {QaAccount};
    options.variantAccount = QaAccount;
    options.variantSeed = 20;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_settings->clear();
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_tokens = std::make_unique<TokenStore>(QStringLiteral("HookbenchTest"));
    m_tokens->setSessionOnly(true);
    m_session = std::make_unique<ProfileSession>(m_network.get(), m_profiles.get(), m_tokens.get());
    m_window = std::make_unique<MainWindow>(m_session.get(), m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy listed(m_window.get(), &MainWindow::listingFinished);
    m_window->useSandbox(m_sandbox->baseUrl(), QaAccount);
    QVERIFY(listed.wait(10000));
    QCOMPARE(m_window->tableModel()->rowCount(), 20);
}

void tst_CompareDialog::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_tokens.reset();
    m_profiles.reset();
    m_settings.reset();
    m_network.reset();
    m_sandbox.reset();
}

CompareDialog *tst_CompareDialog::openCompare()
{
    // The demo offers both sandbox profiles, and Compare With… in the Profile menu.
    const QList<ConnectionProfile> profiles = m_window->session()->profiles();
    if (profiles.size() != 2 || profiles.at(1).name != u"Sandbox QA") {
        qWarning("the sandbox profiles are missing");
        return nullptr;
    }
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("profileMenu"));
    auto *compare = m_window->findChild<QAction *>(QStringLiteral("compareAction"));
    if (!menu || !compare || !menu->actions().contains(compare) || !compare->isEnabled()) {
        qWarning("no enabled Compare With… in the Profile menu");
        return nullptr;
    }
    compare->trigger();
    auto *dialog = m_window->findChild<CompareDialog *>(QStringLiteral("compareDialog"));
    if (!dialog || !dialog->isVisible())
        qWarning("the compare dialog did not open");
    return dialog;
}

AccountComparison *tst_CompareDialog::comparisonOf(CompareDialog *dialog)
{
    auto *comparison = dialog->findChild<AccountComparison *>();
    if (!comparison)
        qWarning("the dialog has no comparison");
    return comparison;
}

// Clicks `action`, checks the preview and applies; `finished` spies on applyFinished.
PlanPreviewDialog *tst_CompareDialog::applyFromPreview(QWidget *parent, QPushButton *action,
                                                       QSignalSpy *finished)
{
    QTest::mouseClick(action, Qt::LeftButton);
    PlanPreviewDialog *preview = visiblePreview(parent);
    if (!preview) {
        qWarning("no plan preview");
        return nullptr;
    }
    auto *apply = preview->findChild<QPushButton *>(QStringLiteral("applyButton"));
    if (!apply || !apply->isEnabled()) {
        qWarning("no enabled Apply button");
        return nullptr;
    }
    QTest::mouseClick(apply, Qt::LeftButton);
    if (preview->stage() != PlanPreviewDialog::Stage::Applying)
        qWarning("the preview does not show progress");
    if (!finished->wait(20000))
        qWarning("applying did not finish");
    return preview;
}

void tst_CompareDialog::comparesCopiesAndDeletes()
{
    CompareDialog *dialog = openCompare();
    QVERIFY(dialog);
    AccountComparison *comparison = comparisonOf(dialog);
    QVERIFY(comparison);
    HB_FIND_WIDGET(QComboBox, profiles, dialog, "compareProfileCombo");
    HB_FIND_WIDGET(QTreeWidget, tree, dialog, "compareTree");
    HB_FIND_WIDGET(QComboBox, kind, dialog, "compareKindCombo");
    HB_FIND_WIDGET(QLineEdit, filter, dialog, "compareFilterEdit");
    HB_FIND_WIDGET(QLabel, status, dialog, "compareStatusLabel");
    HB_FIND_WIDGET(QPushButton, copy, dialog, "copyToOtherButton");
    HB_FIND_WIDGET(QPushButton, update, dialog, "updateOtherButton");
    HB_FIND_WIDGET(QPushButton, remove, dialog, "deleteFromOtherButton");

    // Only the other profile is offered; picking it by keyboard compares.
    QCOMPARE(profiles->count(), 1);
    QSignalSpy planned(comparison, &AccountComparison::planChanged);
    profiles->setFocus();
    QTest::keyClick(profiles, Qt::Key_Down);
    QVERIFY(planned.wait(20000));
    QCOMPARE(comparison->there().account, QaAccount);
    QCOMPARE(tree->topLevelItemCount(), 23);
    QVERIFY2(status->text().contains(u"3 only here, 3 only there, 6 different, 11 the same"),
             qPrintable(status->text()));

    // The webhook linked to a policy here would lose its signing there: said, not hidden.
    HB_FIND_WIDGET(QLabel, warnings, dialog, "compareWarningsLabel");
    QVERIFY(warnings->isVisible());
    QVERIFY2(warnings->text().startsWith(u"1 webhook"), qPrintable(warnings->text()));

    // Filters: by kind, by text.
    kind->setCurrentIndex(kind->findData(int(CompareDialog::Kind::Different)));
    QCOMPARE(visibleRows(tree), 6);
    // Changed fields are listed under their webhook, highlighted, here beside there.
    bool uriHighlighted = false;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = tree->topLevelItem(i);
        if (row->isHidden())
            continue;
        QVERIFY(row->childCount() > 0);
        for (int c = 0; c < row->childCount(); ++c) {
            QTreeWidgetItem *change = row->child(c);
            QCOMPARE(change->background(3).color(), StatusColors::warningBackground());
            QVERIFY(change->text(3) != change->text(4));
            if (change->text(1) == u"uri") {
                QVERIFY(change->text(4).contains(u"qa.example."));
                uriHighlighted = row->background(4).color() == StatusColors::warningBackground();
            }
        }
    }
    QVERIFY(uriHighlighted);
    kind->setCurrentIndex(kind->findData(int(CompareDialog::Kind::All)));
    QTest::keyClicks(filter, QStringLiteral("smoke"));
    QCOMPARE(visibleRows(tree), 1);
    filter->clear();
    QCOMPARE(visibleRows(tree), 23);

    // Copy what only this account has: preview, apply with progress, summary.
    kind->setCurrentIndex(kind->findData(int(CompareDialog::Kind::OnlyHere)));
    QCOMPARE(visibleRows(tree), 3);
    QVERIFY(!copy->isEnabled());
    selectVisibleRows(tree);
    QVERIFY(copy->isEnabled());
    QVERIFY(!update->isEnabled());
    QVERIFY(!remove->isEnabled());
    QSignalSpy applied(comparison, &AccountComparison::applyFinished);
    {
        // The preview lists the plan before anything is sent.
        const int requestsBefore = m_sandbox->requestCount();
        QTest::mouseClick(copy, Qt::LeftButton);
        PlanPreviewDialog *preview = visiblePreview(dialog);
        QVERIFY(preview);
        HB_FIND_WIDGET(QTreeWidget, planTree, preview, "planTree");
        HB_FIND_WIDGET(QLabel, summary, preview, "planSummaryLabel");
        QCOMPARE(planTree->topLevelItemCount(), 3);
        QVERIFY2(summary->text().contains(u"3 to create, 0 to update, 0 to delete"),
                 qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(u"verify"), qPrintable(summary->text()));
        QCOMPARE(m_sandbox->requestCount(), requestsBefore);
        preview->reject(); // Cancel: nothing sent
        QCOMPARE(m_sandbox->requestCount(), requestsBefore);
    }
    PlanPreviewDialog *preview = applyFromPreview(dialog, copy, &applied);
    QVERIFY(preview);
    HB_FIND_WIDGET(QLabel, result, preview, "applyResultLabel");
    HB_FIND_WIDGET(QProgressBar, progress, preview, "applyProgress");
    QVERIFY(result->isVisible());
    QVERIFY2(result->text().startsWith(u"Done: 3 created"), qPrintable(result->text()));
    QCOMPARE(progress->value(), 3);
    QCOMPARE(progress->maximum(), 3);
    preview->accept();
    // Both accounts are listed again; nothing is only here any more.
    QVERIFY(planned.wait(20000));
    QCOMPARE(visibleRows(tree), 0);
    QVERIFY2(status->text().contains(u"0 only here, 3 only there"), qPrintable(status->text()));

    // Delete one webhook only the other account has; it goes to its Recently Deleted.
    kind->setCurrentIndex(kind->findData(int(CompareDialog::Kind::All)));
    QTest::keyClicks(filter, QStringLiteral("smoke"));
    selectVisibleRows(tree);
    QVERIFY(remove->isEnabled());
    QVERIFY(!copy->isEnabled());
    applied.clear();
    preview = applyFromPreview(dialog, remove, &applied);
    QVERIFY(preview);
    QCOMPARE(applied.at(0).at(0).value<ApplyResult>().count(PlanItem::Action::Delete), 1);
    preview->accept();
    QVERIFY(planned.wait(20000));
    QVERIFY2(status->text().contains(u"2 only there"), qPrintable(status->text()));

    // Switching to the other profile closes the comparison and shows what was deleted there.
    QPointer<CompareDialog> guard(dialog);
    QSignalSpy listed(m_window.get(), &MainWindow::listingFinished);
    m_window->connectToProfile(QStringLiteral("Sandbox QA"));
    QVERIFY(listed.wait(10000));
    QVERIFY(!guard || !guard->isVisible());
    QCOMPARE(m_window->tableModel()->rowCount(), 22); // 20 + 3 copied - 1 deleted
    QCOMPARE(m_window->recentlyDeleted().size(), 1);
    QCOMPARE(m_window->recentlyDeleted().first().name, QStringLiteral("QA smoke test 18"));
}

void tst_CompareDialog::rewriteRulesAreCheckedAndKept()
{
    CompareDialog *dialog = openCompare();
    QVERIFY(dialog);
    AccountComparison *comparison = comparisonOf(dialog);
    QVERIFY(comparison);
    HB_FIND_WIDGET(QLineEdit, rules, dialog, "rewriteRulesEdit");
    HB_FIND_WIDGET(QLabel, rulesError, dialog, "rewriteRulesError");
    HB_FIND_WIDGET(QLabel, status, dialog, "compareStatusLabel");
    QSignalSpy planned(comparison, &AccountComparison::planChanged);
    dialog->compareWith(QStringLiteral("Sandbox QA"));
    QVERIFY(planned.wait(20000));

    // A malformed rule is explained, and the typing stays.
    rules->setFocus();
    QTest::keyClicks(rules, QStringLiteral("qa.example.com"));
    QTest::keyClick(rules, Qt::Key_Return);
    QVERIFY(rulesError->isVisible());
    QVERIFY(!rulesError->text().isEmpty());
    QCOMPARE(rules->text(), QStringLiteral("qa.example.com"));
    QVERIFY(comparison->rewriteRules().isEmpty());

    // A good rule plans again at once: every https URI moved, nothing the same any more.
    rules->clear();
    QTest::keyClicks(rules, QStringLiteral("https://=https://moved.example/"));
    const int before = planned.size();
    QTest::keyClick(rules, Qt::Key_Return);
    QVERIFY(!rulesError->isVisible());
    QCOMPARE(planned.size(), before + 1);
    QVERIFY2(status->text().contains(u" 0 the same"), qPrintable(status->text()));

    // Remembered for this pair: a new dialog shows them.
    dialog->close();
    QTRY_VERIFY(!m_window->findChild<CompareDialog *>(QStringLiteral("compareDialog")));
    CompareDialog *again = openCompare();
    QVERIFY(again);
    again->compareWith(QStringLiteral("Sandbox QA"));
    HB_FIND_WIDGET(QLineEdit, rulesAgain, again, "rewriteRulesEdit");
    QCOMPARE(rulesAgain->text(), QStringLiteral("https://=https://moved.example/"));
}

void tst_CompareDialog::previewCancelsWhileApplying()
{
    Plan plan;
    PlanItem item;
    item.action = PlanItem::Action::Create;
    item.sourceIndex = 0;
    item.desired.name = QStringLiteral("One");
    item.desired.event = QStringLiteral("request.create");
    item.desired.uri = QStringLiteral("https://user:secret@example.com/hook?key=abc");
    plan.items = {item, item};
    auto *preview = new PlanPreviewDialog(plan, QStringLiteral("Target (t)"), m_window.get());
    QSignalSpy applyRequested(preview, &PlanPreviewDialog::applyRequested);
    QSignalSpy cancelRequested(preview, &PlanPreviewDialog::cancelRequested);
    preview->open();
    HB_FIND_WIDGET(QTreeWidget, planTree, preview, "planTree");
    // URIs are shown redacted.
    QVERIFY(!planTree->topLevelItem(0)->text(3).contains(u"secret"));
    HB_FIND_WIDGET(QPushButton, apply, preview, "applyButton");
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(applyRequested.size(), 1);
    preview->setProgress(1, 2);
    // Escape while applying asks to cancel and keeps the dialog until the result.
    preview->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), preview);
    QTest::keyClick(preview, Qt::Key_Escape);
    QCOMPARE(cancelRequested.size(), 1);
    QVERIFY(preview->isVisible());
    ApplyResult result;
    result.done.append({item, item.desired});
    result.notDone.append(item);
    result.cancelled = true;
    preview->showResult(result);
    HB_FIND_WIDGET(QLabel, resultLabel, preview, "applyResultLabel");
    QVERIFY2(resultLabel->text().startsWith(u"Cancelled. Before that: 1 created"),
             qPrintable(resultLabel->text()));
    QVERIFY(resultLabel->text().contains(u"1 change(s) not sent")
            || resultLabel->text().contains(u"1 change not sent"));
    QTest::keyClick(preview, Qt::Key_Escape);
    QVERIFY(!preview->isVisible());
}

void tst_CompareDialog::importShowsThePlanAndApplies_data()
{
    QTest::addColumn<bool>("csv");
    QTest::newRow("json") << false;
    QTest::newRow("csv") << true;
}

void tst_CompareDialog::importShowsThePlanAndApplies()
{
    QFETCH(bool, csv);
    auto *import = m_window->findChild<QAction *>(QStringLiteral("importAction"));
    QVERIFY(import && import->isEnabled());
    auto *controller = m_window->findChild<PlanController *>(QStringLiteral("planController"));
    QVERIFY(controller);

    // An export of two new webhooks as the desired state.
    WebhookList webhooks;
    for (int i = 0; i < 2; ++i) {
        Webhook webhook;
        webhook.name = QStringLiteral("Imported %1").arg(i);
        webhook.event = QStringLiteral("ci.update");
        webhook.uri = QStringLiteral("https://import.example.com/%1").arg(i);
        webhooks.append(webhook);
    }
    QByteArray bytes;
    if (csv) {
        bytes = csvWithoutNewIds(webhooks);
    } else {
        QJsonArray array;
        for (const Webhook &webhook : std::as_const(webhooks))
            array.append(webhook.toJson());
        bytes = QJsonDocument(array).toJson();
    }
    const QString fileName
            = m_dir.filePath(csv ? QStringLiteral("import.csv") : QStringLiteral("import.json"));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    controller->importFile(fileName);
    QTRY_VERIFY(visiblePreview(m_window.get()));
    PlanPreviewDialog *preview = visiblePreview(m_window.get());
    QCOMPARE(preview->objectName(), QStringLiteral("planPreviewDialog"));
    HB_FIND_WIDGET(QLabel, summary, preview, "planSummaryLabel");
    // Without prune: the account's own 20 webhooks are kept.
    QVERIFY2(summary->text().contains(u"2 to create, 0 to update, 0 to delete"),
             qPrintable(summary->text()));
    HB_FIND_WIDGET(QPushButton, apply, preview, "applyButton");
    QSignalSpy listed(m_window.get(), &MainWindow::listingFinished);
    QTest::mouseClick(apply, Qt::LeftButton);
    HB_FIND_WIDGET(QLabel, result, preview, "applyResultLabel");
    QTRY_VERIFY(result->isVisible());
    QVERIFY2(result->text().startsWith(u"Done: 2 created"), qPrintable(result->text()));
    // The window lists the account again (perhaps already while the summary appeared).
    QVERIFY(!listed.isEmpty() || listed.wait(10000));
    QCOMPARE(m_window->tableModel()->rowCount(), 22);
}

void tst_CompareDialog::badImportFileIsExplained()
{
    auto *controller = m_window->findChild<PlanController *>(QStringLiteral("planController"));
    QVERIFY(controller);
    const QString fileName = m_dir.filePath(QStringLiteral("bad.json"));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"([{"name": "a", "event": "request.create", "uri": "https://e.com/a"},
                  {"name": "b", "event": "request.create", "uri": "not a uri"}])");
    file.close();
    controller->importFile(fileName);
    QTRY_VERIFY(m_window->findChild<QMessageBox *>(QStringLiteral("importErrorBox")));
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("importErrorBox"));
    QVERIFY2(box->text().contains(u"index 1"), qPrintable(box->text()));
    QVERIFY(!m_window->findChild<PlanPreviewDialog *>());
    box->close();
}

QTEST_MAIN(tst_CompareDialog)
#include "tst_CompareDialog.moc"
