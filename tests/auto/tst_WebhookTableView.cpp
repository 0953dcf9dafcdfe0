// The webhook table: a default column layout for daily work (state and last error in view),
// a column chooser, row-wise keyboard navigation, and a delete confirmation that reads right
// for one webhook and asks for more than a click for many.
#include "models/WebhookFilterProxyModel.h"
#include "models/WebhookTableModel.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "models/workflow/WebhookBatchActions.h"
#include "tests/support/WarningGuard.h"
#include "tests/support/WidgetLookup.h"
#include "views/WebhookTableView.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTest>

#include <memory>

class tst_WebhookTableView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaultLayoutShowsStateAndLastError();
    void columnMenuShowsAndHidesColumns();
    void tabMovesOnInsteadOfCellByCell();
    void deletingOneSaysIt();
    void deletingManyAsksForMoreThanAClick();
    void countStandsOutAndTheTickStartsAboveTwenty();

private:
    void fill(int count);
    void selectFirst(int count);

    std::unique_ptr<WebhookTableModel> m_model;
    std::unique_ptr<WebhookFilterProxyModel> m_proxy;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<WebhookService> m_service;
    std::unique_ptr<WebhookBatchActions> m_batch;
    std::unique_ptr<WebhookTableView> m_table;
};

void tst_WebhookTableView::init()
{
    hb::test::failOnUnexpectedWarnings();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_model = std::make_unique<WebhookTableModel>();
    m_proxy = std::make_unique<WebhookFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_service = std::make_unique<WebhookService>(m_client.get());
    m_batch = std::make_unique<WebhookBatchActions>(m_service.get(), m_model.get());
    m_table = std::make_unique<WebhookTableView>(m_model.get(), m_proxy.get(), m_batch.get());
}

void tst_WebhookTableView::cleanup()
{
    m_table.reset();
    m_batch.reset();
    m_service.reset();
    m_client.reset();
    m_network.reset();
    m_proxy.reset();
    m_model.reset();
}

void tst_WebhookTableView::fill(int count)
{
    WebhookList webhooks;
    for (int i = 1; i <= count; ++i) {
        Webhook webhook;
        webhook.id = i;
        webhook.name = QStringLiteral("ServiceNow incident bridge %1").arg(i);
        webhook.event = QStringLiteral("request.status-changed");
        webhook.uri = QStringLiteral("https://integrations.example.com/hooks/4me/%1").arg(i);
        webhook.mailExceptionsTo = QStringLiteral("ops-team@example.com, oncall@example.com");
        webhook.createdAt = QStringLiteral("2024-01-15T10:00:00Z");
        webhook.updatedAt = webhook.createdAt;
        if (i % 3 == 0)
            webhook.lastError = QStringLiteral("500 Internal Server Error");
        webhooks.append(webhook);
    }
    m_model->upsert(webhooks);
}

void tst_WebhookTableView::selectFirst(int count)
{
    for (int row = 0; row < count; ++row) {
        m_table->selectionModel()->select(m_proxy->index(row, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void tst_WebhookTableView::defaultLayoutShowsStateAndLastError()
{
    fill(30);
    QVERIFY(!m_table->restoreColumnState({}));
    // The table's share of a 1,280-pixel window beside the details pane.
    m_table->resize(840, 500);
    m_table->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_table.get()));
    m_table->fitColumnsToVisibleRows();
    QHeaderView *header = m_table->horizontalHeader();
    const int width = m_table->viewport()->width();
    for (int column : {WebhookTableModel::NameColumn, WebhookTableModel::StateColumn,
                       WebhookTableModel::LastErrorColumn}) {
        QVERIFY2(!header->isSectionHidden(column), qPrintable(QString::number(column)));
        QVERIFY2(header->sectionViewportPosition(column) + header->sectionSize(column) <= width,
                 qPrintable(QString::number(column)));
    }
    for (int column : {WebhookTableModel::IdColumn, WebhookTableModel::MailExceptionsToColumn,
                       WebhookTableModel::CreatedColumn, WebhookTableModel::UpdatedColumn})
        QVERIFY(header->isSectionHidden(column));
}

void tst_WebhookTableView::columnMenuShowsAndHidesColumns()
{
    m_table->restoreColumnState({});
    QHeaderView *header = m_table->horizontalHeader();
    QVERIFY(header->isSectionHidden(WebhookTableModel::UpdatedColumn));
    QMenu menu;
    m_table->fillColumnMenu(&menu);
    auto *updated = menu.findChild<QAction *>(
            QStringLiteral("columnToggle%1").arg(int(WebhookTableModel::UpdatedColumn)));
    QVERIFY(updated);
    QVERIFY(!updated->isChecked());
    updated->trigger();
    QVERIFY(!header->isSectionHidden(WebhookTableModel::UpdatedColumn));

    // The choice is part of the saved column state.
    const QByteArray state = m_table->saveColumnState();
    WebhookTableView other(m_model.get(), m_proxy.get(), m_batch.get());
    QVERIFY(other.restoreColumnState(state));
    QVERIFY(!other.horizontalHeader()->isSectionHidden(WebhookTableModel::UpdatedColumn));
}

void tst_WebhookTableView::tabMovesOnInsteadOfCellByCell()
{
    QVERIFY(!m_table->tabKeyNavigation());
    QCOMPARE(m_table->selectionBehavior(), QAbstractItemView::SelectRows);
}

void tst_WebhookTableView::deletingOneSaysIt()
{
    fill(3);
    m_table->show();
    selectFirst(1);
    m_table->confirmDeleteSelected();
    HB_FIND_WIDGET(QMessageBox, box, m_table, "deleteConfirmation");
    QVERIFY2(box->informativeText().contains(QStringLiteral("This webhook stops sending its "
                                                            "messages")),
             qPrintable(box->informativeText()));
    QVERIFY(!box->informativeText().contains(QStringLiteral("them")));
    QVERIFY(!box->checkBox());
    HB_FIND_WIDGET(QPushButton, remove, box, "confirmDeleteButton");
    QVERIFY(remove->isEnabled());
    box->reject();
}

void tst_WebhookTableView::deletingManyAsksForMoreThanAClick()
{
    fill(25);
    m_table->show();
    selectFirst(25);
    m_table->confirmDeleteSelected();
    HB_FIND_WIDGET(QMessageBox, box, m_table, "deleteConfirmation");
    QCOMPARE(box->text(), QStringLiteral("Delete 25 webhooks?"));
    QVERIFY(box->informativeText().contains(QStringLiteral("stop sending their messages")));
    HB_FIND_WIDGET(QPushButton, remove, box, "confirmDeleteButton");
    HB_FIND_WIDGET(QCheckBox, check, box, "confirmCountCheckBox");
    QVERIFY(check->text().contains(QStringLiteral("25")));
    QVERIFY(!remove->isEnabled());
    check->setChecked(true);
    QVERIFY(remove->isEnabled());
    box->reject();
}

void tst_WebhookTableView::countStandsOutAndTheTickStartsAboveTwenty()
{
    fill(21);
    m_table->show();
    selectFirst(20);
    m_table->confirmDeleteSelected();
    auto *box = m_table->findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"));
    QVERIFY(box);
    QCOMPARE(box->text(), QStringLiteral("Delete 20 webhooks?"));
    // The question with the count is what to check before deleting: larger and bold.
    HB_FIND_WIDGET(QLabel, question, box, "qt_msgbox_label");
    QVERIFY(question->font().bold());
    QVERIFY(question->font().pointSizeF() > box->font().pointSizeF());
    QVERIFY(!box->checkBox()); // twenty: one click
    HB_FIND_WIDGET(QPushButton, remove, box, "confirmDeleteButton");
    QVERIFY(remove->isEnabled());
    delete box;

    selectFirst(21);
    m_table->confirmDeleteSelected();
    box = m_table->findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"));
    QVERIFY(box);
    QCOMPARE(box->text(), QStringLiteral("Delete 21 webhooks?"));
    QVERIFY(box->checkBox()); // above twenty: a tick first
    delete box;
}

QTEST_MAIN(tst_WebhookTableView)
#include "tst_WebhookTableView.moc"
