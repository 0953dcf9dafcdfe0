#include "models/VerificationTracker.h"
#include "models/WebhookFilterProxyModel.h"
#include "models/WebhookTableModel.h"

#include <QAbstractItemModelTester>
#include <QIdentityProxyModel>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

// Every check runs on two proxies: one directly over the table model (its fast path) and one
// over an identity proxy of it (the role-based path). Both must agree.
class tst_WebhookFilterProxyModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void filtersTextAcrossColumns_data();
    void filtersTextAcrossColumns();
    void filtersByState_data();
    void filtersByState();
    void awaitingFilterFollowsTheTracker();
    void changesFilterFollowsTheMarks();
    void filtersByEventGroup_data();
    void filtersByEventGroup();
    void filtersBySigning_data();
    void filtersBySigning();
    void combinesFilters();
    void newRowsMatchingTheFilterAppear();
    void sortsIdsAsNumbers();
    void sortsTimesByInstantAcrossOffsets();
    void sortsTextCaseInsensitively();
    void sortsNumbersInNamesNaturally();
    void hasErrorFilterFindsEveryStateWithAnError();
    void firstKeystrokeAfterAListingKeepsTheSortOrder_data();
    void firstKeystrokeAfterAListingKeepsTheSortOrder();

private:
    QList<qint64> acceptedIds(const WebhookFilterProxyModel &proxy) const;
    QList<qint64> sortedIdsBy(int column);
    template<typename Apply>
    void applyToBoth(Apply apply)
    {
        apply(*m_direct);
        apply(*m_layered);
    }

    VerificationTracker *m_verification = nullptr;
    WebhookTableModel *m_table = nullptr;
    QIdentityProxyModel *m_identity = nullptr;
    WebhookFilterProxyModel *m_direct = nullptr;
    WebhookFilterProxyModel *m_layered = nullptr;
    QList<QAbstractItemModelTester *> m_testers;
};

namespace {

Webhook makeWebhook(qint64 id, const QString &name, const QString &event, const QString &uri)
{
    Webhook webhook;
    webhook.id = id;
    webhook.name = name;
    webhook.event = event;
    webhook.uri = uri;
    webhook.createdAt = QStringLiteral("2023-03-03T03:03:03Z");
    webhook.updatedAt = webhook.createdAt;
    return webhook;
}

WebhookList sampleWebhooks()
{
    Webhook slack = makeWebhook(1, QStringLiteral("Slack Alerts"), QStringLiteral("request.create"),
                                QStringLiteral("https://hooks.slack.example/abc"));
    slack.description = QStringLiteral("Pages the on-call team");
    Webhook zurich = makeWebhook(2, QStringLiteral("Zürich Büro"), QStringLiteral("problem.update"),
                                 QStringLiteral("https://zh.example.ch/hook"));
    zurich.disabled = true;
    zurich.lastError = QStringLiteral("Connection refused");
    Webhook unnamed = makeWebhook(3, QString(), QStringLiteral("request.note-added"),
                                  QStringLiteral("https://ops.example.com/notes"));
    unnamed.mailExceptionsTo = QStringLiteral("ops@example.com");
    Webhook nine = makeWebhook(9, QStringLiteral("nine"), QStringLiteral("task.update"),
                               QStringLiteral("https://tasks.example.org/9"));
    Webhook ten = makeWebhook(10, QStringLiteral("Ten"), QStringLiteral("task.create"),
                              QStringLiteral("https://tasks.example.org/10"));
    ten.disabled = true;
    return {slack, zurich, unnamed, nine, ten};
}

// Names whose numbers sort naturally only: 114, 18, 2 (lower case), 018 and, with
// `withTwoHundred`, 200; ids 40 to 44.
WebhookList pagerDutyWebhooks(bool withTwoHundred = false)
{
    const QStringList names{QStringLiteral("PagerDuty 114"), QStringLiteral("PagerDuty 18"),
                            QStringLiteral("pagerduty 2"), QStringLiteral("PagerDuty 018"),
                            QStringLiteral("PagerDuty 200")};
    WebhookList webhooks;
    for (int i = 0; i < (withTwoHundred ? 5 : 4); ++i) {
        const qint64 id = 40 + i;
        webhooks.append(makeWebhook(id, names.at(i), QStringLiteral("task.create"),
                                    QStringLiteral("https://x.example/%1").arg(id)));
    }
    return webhooks;
}

} // namespace

void tst_WebhookFilterProxyModel::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_verification = new VerificationTracker(QString(), this);
    m_verification->setProfile(QUrl(QStringLiteral("https://api.4me.com/v1")),
                               QStringLiteral("wdc"));
    m_verification->markAwaiting(9);
    m_table = new WebhookTableModel(this);
    m_table->setVerificationTracker(m_verification);
    m_table->upsert(sampleWebhooks());
    m_identity = new QIdentityProxyModel(this);
    m_identity->setSourceModel(m_table);
    m_direct = new WebhookFilterProxyModel(this);
    m_direct->setSourceModel(m_table);
    m_layered = new WebhookFilterProxyModel(this);
    m_layered->setSourceModel(m_identity);
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_table), static_cast<QAbstractItemModel *>(m_direct),
          static_cast<QAbstractItemModel *>(m_layered)}) {
        m_testers.append(new QAbstractItemModelTester(
                model, QAbstractItemModelTester::FailureReportingMode::Fatal, this));
    }
}

void tst_WebhookFilterProxyModel::cleanup()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    delete m_layered;
    delete m_direct;
    delete m_identity;
    delete m_table;
    delete m_verification;
}

QList<qint64> tst_WebhookFilterProxyModel::acceptedIds(const WebhookFilterProxyModel &proxy) const
{
    QList<qint64> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(WebhookTableModel::IdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

// The ids in the order both proxies show them when sorted ascending by `column`.
QList<qint64> tst_WebhookFilterProxyModel::sortedIdsBy(int column)
{
    QList<QList<qint64>> orders;
    for (WebhookFilterProxyModel *proxy : {m_direct, m_layered}) {
        proxy->sort(column, Qt::AscendingOrder);
        QList<qint64> ids;
        for (int row = 0; row < proxy->rowCount(); ++row)
            ids.append(proxy->index(row, 0).data(WebhookTableModel::IdRole).toLongLong());
        orders.append(ids);
    }
    if (orders.at(0) != orders.at(1))
        qWarning() << "the two proxies disagree:" << orders.at(0) << orders.at(1);
    return orders.at(0) == orders.at(1) ? orders.at(0) : QList<qint64>{};
}

void tst_WebhookFilterProxyModel::filtersTextAcrossColumns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("empty shows all") << QString() << QList<qint64>{1, 2, 3, 9, 10};
    QTest::newRow("name") << QStringLiteral("slack alerts") << QList<qint64>{1};
    QTest::newRow("upper case") << QStringLiteral("SLACK") << QList<qint64>{1};
    QTest::newRow("spaces around") << QStringLiteral("  slack  ") << QList<qint64>{1};
    QTest::newRow("non-ASCII") << QStringLiteral("zürich") << QList<qint64>{2};
    QTest::newRow("non-ASCII upper case") << QStringLiteral("ZÜRICH BÜRO") << QList<qint64>{2};
    QTest::newRow("event") << QStringLiteral("request.") << QList<qint64>{1, 3};
    QTest::newRow("event as the name of an unnamed hook")
            << QStringLiteral("note-added") << QList<qint64>{3};
    QTest::newRow("uri") << QStringLiteral("tasks.example.org") << QList<qint64>{9, 10};
    QTest::newRow("description") << QStringLiteral("on-call") << QList<qint64>{1};
    QTest::newRow("last error") << QStringLiteral("refused") << QList<qint64>{2};
    QTest::newRow("mail exceptions to") << QStringLiteral("ops@") << QList<qint64>{3};
    QTest::newRow("id") << QStringLiteral("10") << QList<qint64>{10};
    QTest::newRow("state text") << QStringLiteral("disabled") << QList<qint64>{2, 10};
    QTest::newRow("no match") << QStringLiteral("nothing like this") << QList<qint64>{};
}

void tst_WebhookFilterProxyModel::filtersTextAcrossColumns()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, ids);
    applyToBoth([&text](WebhookFilterProxyModel &proxy) { proxy.setFilterText(text); });
    QCOMPARE(acceptedIds(*m_direct), ids);
    QCOMPARE(acceptedIds(*m_layered), ids);
}

void tst_WebhookFilterProxyModel::filtersByState_data()
{
    using Filter = WebhookFilterProxyModel::StateFilter;
    QTest::addColumn<int>("state"); // WebhookFilterProxyModel::StateFilter
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("all") << int(Filter::All) << QList<qint64>{1, 2, 3, 9, 10};
    QTest::newRow("enabled") << int(Filter::Enabled) << QList<qint64>{1, 3, 9};
    QTest::newRow("disabled") << int(Filter::Disabled) << QList<qint64>{2, 10};
    // 2 has a last_error; 10 was disabled without one.
    QTest::newRow("disabled after failures")
            << int(Filter::DisabledAfterFailures) << QList<qint64>{2};
    QTest::newRow("awaiting verification") << int(Filter::AwaitingVerification) << QList<qint64>{9};
}

void tst_WebhookFilterProxyModel::filtersByState()
{
    QFETCH(int, state);
    QFETCH(QList<qint64>, ids);
    applyToBoth([state](WebhookFilterProxyModel &proxy) {
        proxy.setStateFilter(static_cast<WebhookFilterProxyModel::StateFilter>(state));
    });
    QCOMPARE(acceptedIds(*m_direct), ids);
    QCOMPARE(acceptedIds(*m_layered), ids);
}

void tst_WebhookFilterProxyModel::awaitingFilterFollowsTheTracker()
{
    applyToBoth([](WebhookFilterProxyModel &proxy) {
        proxy.setStateFilter(WebhookFilterProxyModel::StateFilter::AwaitingVerification);
    });
    m_verification->markAwaiting(1);
    QCOMPARE(acceptedIds(*m_direct), (QList<qint64>{1, 9}));
    QCOMPARE(acceptedIds(*m_layered), (QList<qint64>{1, 9}));
    m_verification->clear(9);
    QCOMPARE(acceptedIds(*m_direct), (QList<qint64>{1}));
    QCOMPARE(acceptedIds(*m_layered), (QList<qint64>{1}));
}

void tst_WebhookFilterProxyModel::changesFilterFollowsTheMarks()
{
    using Mark = WebhookTableModel::ChangeMark;
    m_table->setChangeMarks({{2, Mark::Changed}, {10, Mark::Created}});
    applyToBoth([](WebhookFilterProxyModel &proxy) { proxy.setChangesOnly(true); });
    QCOMPARE(acceptedIds(*m_direct), (QList<qint64>{2, 10}));
    QCOMPARE(acceptedIds(*m_layered), (QList<qint64>{2, 10}));
    // The next refresh's marks replace these.
    m_table->setChangeMarks({{3, Mark::Changed}});
    QCOMPARE(acceptedIds(*m_direct), (QList<qint64>{3}));
    QCOMPARE(acceptedIds(*m_layered), (QList<qint64>{3}));
    QCOMPARE(m_table->index(m_table->rowOf(3), 0).data(WebhookTableModel::ChangeRole).toInt(),
             int(Mark::Changed));
    applyToBoth([](WebhookFilterProxyModel &proxy) { proxy.setChangesOnly(false); });
    QCOMPARE(acceptedIds(*m_direct), (QList<qint64>{1, 2, 3, 9, 10}));
    // Another account: no marks are left.
    m_table->clear();
    QVERIFY(!m_table->hasChangeMarks());
}

void tst_WebhookFilterProxyModel::filtersByEventGroup_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("every group") << QString() << QList<qint64>{1, 2, 3, 9, 10};
    QTest::newRow("request") << QStringLiteral("request") << QList<qint64>{1, 3};
    QTest::newRow("task") << QStringLiteral("task") << QList<qint64>{9, 10};
    QTest::newRow("prefix of a group is no group") << QStringLiteral("req") << QList<qint64>{};
}

void tst_WebhookFilterProxyModel::filtersByEventGroup()
{
    QFETCH(QString, group);
    QFETCH(QList<qint64>, ids);
    applyToBoth([&group](WebhookFilterProxyModel &proxy) { proxy.setEventGroupFilter(group); });
    QCOMPARE(acceptedIds(*m_direct), ids);
    QCOMPARE(acceptedIds(*m_layered), ids);
}

void tst_WebhookFilterProxyModel::filtersBySigning_data()
{
    using Filter = WebhookFilterProxyModel::SigningFilter;
    QTest::addColumn<int>("signing"); // WebhookFilterProxyModel::SigningFilter
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("signed and unsigned") << int(Filter::All) << QList<qint64>{1, 2, 3, 9, 10};
    QTest::newRow("signed") << int(Filter::Signed) << QList<qint64>{2, 9};
    QTest::newRow("unsigned") << int(Filter::Unsigned) << QList<qint64>{1, 3, 10};
}

void tst_WebhookFilterProxyModel::filtersBySigning()
{
    QFETCH(int, signing);
    QFETCH(QList<qint64>, ids);
    // Link two webhooks to policies: one known by name, one by id only.
    WebhookList rows = sampleWebhooks();
    rows[1].webhookPolicyId = 4;
    rows[1].webhookPolicyName = QStringLiteral("f00dcafe");
    rows[3].webhookPolicyId = 5;
    m_table->upsert({rows[1], rows[3]});
    applyToBoth([signing](WebhookFilterProxyModel &proxy) {
        proxy.setSigningFilter(static_cast<WebhookFilterProxyModel::SigningFilter>(signing));
    });
    QCOMPARE(acceptedIds(*m_direct), ids);
    QCOMPARE(acceptedIds(*m_layered), ids);

    // The filter follows changes of the link, and the policy's name is searchable.
    rows[3].webhookPolicyId = 0;
    m_table->upsert({rows[3]});
    QVERIFY(acceptedIds(*m_direct).contains(9)
            == (signing == int(WebhookFilterProxyModel::SigningFilter::All)
                || signing == int(WebhookFilterProxyModel::SigningFilter::Unsigned)));
    QCOMPARE(acceptedIds(*m_layered), acceptedIds(*m_direct));
    applyToBoth([](WebhookFilterProxyModel &proxy) {
        proxy.setFilterText(QStringLiteral("F00DCAFE"));
    });
    QCOMPARE(acceptedIds(*m_direct),
             signing == int(WebhookFilterProxyModel::SigningFilter::Unsigned) ? QList<qint64>{}
                                                                              : QList<qint64>{2});
    QCOMPARE(acceptedIds(*m_layered), acceptedIds(*m_direct));
}

void tst_WebhookFilterProxyModel::combinesFilters()
{
    applyToBoth([](WebhookFilterProxyModel &proxy) {
        proxy.setFilterText(QStringLiteral("EXAMPLE"));
        proxy.setStateFilter(WebhookState::Enabled);
        proxy.setEventGroupFilter(QStringLiteral("request"));
    });
    QCOMPARE(acceptedIds(*m_direct), (QList<qint64>{1, 3}));
    QCOMPARE(acceptedIds(*m_layered), (QList<qint64>{1, 3}));

    applyToBoth([](WebhookFilterProxyModel &proxy) {
        proxy.setStateFilter(WebhookState::Disabled);
        proxy.setEventGroupFilter(QString());
    });
    QCOMPARE(acceptedIds(*m_direct), (QList<qint64>{2, 10}));
    QCOMPARE(acceptedIds(*m_layered), (QList<qint64>{2, 10}));
    QCOMPARE(m_direct->filterText(), QStringLiteral("example"));
}

void tst_WebhookFilterProxyModel::newRowsMatchingTheFilterAppear()
{
    applyToBoth([](WebhookFilterProxyModel &proxy) {
        proxy.setFilterText(QStringLiteral("pagerduty"));
    });
    QCOMPARE(m_direct->rowCount(), 0);
    m_table->upsert({makeWebhook(20, QStringLiteral("PagerDuty"), QStringLiteral("request.update"),
                                 QStringLiteral("https://events.pagerduty.example/x"))});
    QCOMPARE(acceptedIds(*m_direct), (QList<qint64>{20}));
    QCOMPARE(acceptedIds(*m_layered), (QList<qint64>{20}));
    // A renamed row leaves the filtered view.
    m_table->upsert({makeWebhook(20, QStringLiteral("Renamed"), QStringLiteral("request.update"),
                                 QStringLiteral("https://events.example/x"))});
    QCOMPARE(m_direct->rowCount(), 0);
    QCOMPARE(m_layered->rowCount(), 0);
}

void tst_WebhookFilterProxyModel::sortsIdsAsNumbers()
{
    QCOMPARE(sortedIdsBy(WebhookTableModel::IdColumn), (QList<qint64>{1, 2, 3, 9, 10}));
    m_direct->sort(WebhookTableModel::IdColumn, Qt::DescendingOrder);
    QCOMPARE(m_direct->index(0, 0).data().toString(), QStringLiteral("10"));
}

void tst_WebhookFilterProxyModel::sortsTimesByInstantAcrossOffsets()
{
    // In text order: 03:30-05:00, 09:00Z, 10:00+02:00, "soon". By instant: 08:00Z (id 1),
    // 08:30Z (id 3), 09:00Z (id 2); the unparsable time first.
    const QStringList times{QStringLiteral("2024-01-15T10:00:00+02:00"),
                            QStringLiteral("2024-01-15T09:00:00Z"),
                            QStringLiteral("2024-01-15T03:30:00-05:00"), QStringLiteral("soon")};
    WebhookList changed;
    for (int i = 0; i < times.size(); ++i) {
        Webhook webhook = m_table->webhookAt(i);
        webhook.updatedAt = times.at(i);
        changed.append(webhook);
    }
    Webhook ten = m_table->webhookAt(m_table->rowOf(10));
    ten.updatedAt = QStringLiteral("2024-01-15T09:00:01.500Z");
    changed.append(ten);
    m_table->upsert(changed);
    QCOMPARE(sortedIdsBy(WebhookTableModel::UpdatedColumn), (QList<qint64>{9, 1, 3, 2, 10}));
}

void tst_WebhookFilterProxyModel::sortsTextCaseInsensitively()
{
    // Names: "Slack Alerts", "Zürich Büro", "" (shows request.note-added), "nine", "Ten".
    QCOMPARE(sortedIdsBy(WebhookTableModel::NameColumn), (QList<qint64>{9, 3, 1, 10, 2}));

    // Rows that arrive or change later are sorted in too. Text compares by code point after
    // case folding: "zzz" before "zürich".
    m_table->upsert({makeWebhook(30, QStringLiteral("AAA first"), QStringLiteral("task.create"),
                                 QStringLiteral("https://x.example/30")),
                     makeWebhook(9, QStringLiteral("zzz last"), QStringLiteral("task.update"),
                                 QStringLiteral("https://tasks.example.org/9"))});
    for (WebhookFilterProxyModel *proxy : {m_direct, m_layered}) {
        QCOMPARE(proxy->index(0, 0).data(WebhookTableModel::IdRole).toLongLong(), 30);
        QCOMPARE(
                proxy->index(proxy->rowCount() - 2, 0).data(WebhookTableModel::IdRole).toLongLong(),
                9);
    }
    // A filter change that brings rows back keeps them sorted.
    applyToBoth([](WebhookFilterProxyModel &proxy) { proxy.setFilterText(QStringLiteral("zzz")); });
    QCOMPARE(m_direct->rowCount(), 1);
    applyToBoth([](WebhookFilterProxyModel &proxy) { proxy.setFilterText(QString()); });
    QCOMPARE(sortedIdsBy(WebhookTableModel::NameColumn), (QList<qint64>{30, 3, 1, 10, 9, 2}));
}

void tst_WebhookFilterProxyModel::sortsNumbersInNamesNaturally()
{
    m_table->upsert(pagerDutyWebhooks());
    applyToBoth([](WebhookFilterProxyModel &proxy) {
        proxy.setFilterText(QStringLiteral("pagerduty"));
    });
    QCOMPARE(sortedIdsBy(WebhookTableModel::NameColumn), (QList<qint64>{42, 41, 43, 40}));
}

void tst_WebhookFilterProxyModel::hasErrorFilterFindsEveryStateWithAnError()
{
    Webhook failing = makeWebhook(50, QStringLiteral("Failing"), QStringLiteral("task.create"),
                                  QStringLiteral("https://x.example/50"));
    failing.lastError = QStringLiteral("500 Internal Server Error"); // still enabled
    m_table->upsert({failing});
    QCOMPARE(m_table->errorCount(), 2);
    applyToBoth([](WebhookFilterProxyModel &proxy) {
        proxy.setStateFilter(WebhookFilterProxyModel::StateFilter::HasError);
    });
    QCOMPARE(acceptedIds(*m_direct), (QList<qint64>{2, 50}));
    QCOMPARE(acceptedIds(*m_layered), (QList<qint64>{2, 50}));
}

void tst_WebhookFilterProxyModel::firstKeystrokeAfterAListingKeepsTheSortOrder_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("ascending") << Qt::AscendingOrder << QList<qint64>{42, 41, 43, 40, 44};
    QTest::newRow("descending") << Qt::DescendingOrder << QList<qint64>{44, 40, 43, 41, 42};
}

// After a listing, the sorted proxy shows every row and the model has no ranks: the first
// keystroke ranks the rows from the proxy's own order. Rows shown afterwards stay in order,
// both ways round.
void tst_WebhookFilterProxyModel::firstKeystrokeAfterAListingKeepsTheSortOrder()
{
    QFETCH(Qt::SortOrder, order);
    QFETCH(QList<qint64>, expected);
    applyToBoth([order](WebhookFilterProxyModel &proxy) {
        proxy.sort(WebhookTableModel::NameColumn, order);
    });
    m_table->upsert(pagerDutyWebhooks(true));
    QVERIFY(!m_table->isRanked(WebhookTableModel::NameColumn));
    applyToBoth([](WebhookFilterProxyModel &proxy) { proxy.setFilterText(QStringLiteral("p")); });
    QVERIFY(m_table->isRanked(WebhookTableModel::NameColumn));
    applyToBoth([](WebhookFilterProxyModel &proxy) {
        proxy.setFilterText(QStringLiteral("pagerduty"));
    });
    for (WebhookFilterProxyModel *proxy : {m_direct, m_layered}) {
        QList<qint64> ids;
        for (int row = 0; row < proxy->rowCount(); ++row)
            ids.append(proxy->index(row, 0).data(WebhookTableModel::IdRole).toLongLong());
        QCOMPARE(ids, expected);
    }
}

QTEST_GUILESS_MAIN(tst_WebhookFilterProxyModel)
#include "tst_WebhookFilterProxyModel.moc"
