#include "models/WebhookTableModel.h"

#include "models/VerificationTracker.h"
#include "models/WebhookFilterProxyModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

class tst_WebhookTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void hasTheDocumentedColumns_data();
    void hasTheDocumentedColumns();
    void displaysPlainText_data();
    void displaysPlainText();
    void sortRoleHasNumbersTimesAndFoldedText();
    void stateToolTipShowsLastErrorLiterally();
    void rolesForTheWholeWebhook();
    void stateTellsFailuresAndVerification();
    void keepsEveryFieldExactly_data();
    void keepsEveryFieldExactly();
    void ignoresWebhooksWithoutId();
    void filterTextHoldsEveryColumnAndDescriptionFolded();
    void upsertInsertsNewRowsAndChangesKnownOnes();
    void upsertOfUnchangedRowsEmitsNothing();
    void upsertKeepsTheLaterOfTwoEqualIds();
    void replaceAllKeepsPersistentIndexOfUnchangedRow();
    void retainOnlyRemovesOnlyMissingIdsInRuns();
    void removeShiftsLaterRows();
    void removesManyScatteredRowsAsOneBlock();
    void countsFollowEveryChange();
    void clearResets();
    void staleIsSignalledOnChange();
    void ranksFromRowsInOrderMatchTheSort();
    void ranksFromRowsInOrderRefuseAWrongOrder_data();
    void ranksFromRowsInOrderRefuseAWrongOrder();

private:
    WebhookTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

namespace {

Webhook makeWebhook(qint64 id, const QString &name = {}, bool disabled = false)
{
    Webhook webhook;
    webhook.id = id;
    webhook.name = name.isEmpty() ? QStringLiteral("Hook %1").arg(id) : name;
    webhook.event = QStringLiteral("request.create");
    webhook.uri = QStringLiteral("https://hooks.example.com/%1").arg(id);
    webhook.disabled = disabled;
    webhook.createdAt = QStringLiteral("2024-01-15T10:23:45Z");
    webhook.updatedAt = QStringLiteral("2024-01-16T08:00:00+02:00");
    return webhook;
}

WebhookList makeWebhooks(qint64 firstId, qint64 lastId)
{
    WebhookList list;
    for (qint64 id = firstId; id <= lastId; ++id)
        list.append(makeWebhook(id));
    return list;
}

QList<qint64> idsInRowOrder(const WebhookTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.webhookAt(row).id);
    return ids;
}

// Every id maps to its row and back.
bool indexIsConsistent(const WebhookTableModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.rowOf(model.webhookAt(row).id) != row)
            return false;
    }
    return true;
}

QString localMinutes(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

void tst_WebhookTableModel::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_model = new WebhookTableModel(this);
    m_tester = new QAbstractItemModelTester(
            m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void tst_WebhookTableModel::cleanup()
{
    delete m_tester;
    m_tester = nullptr;
    delete m_model;
    m_model = nullptr;
}

void tst_WebhookTableModel::hasTheDocumentedColumns_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("header");
    QTest::newRow("id") << int(WebhookTableModel::IdColumn) << QStringLiteral("ID");
    QTest::newRow("name") << int(WebhookTableModel::NameColumn) << QStringLiteral("Name");
    QTest::newRow("event") << int(WebhookTableModel::EventColumn) << QStringLiteral("Event");
    QTest::newRow("uri") << int(WebhookTableModel::UriColumn) << QStringLiteral("URI");
    QTest::newRow("state") << int(WebhookTableModel::StateColumn) << QStringLiteral("State");
    QTest::newRow("mail") << int(WebhookTableModel::MailExceptionsToColumn)
                          << QStringLiteral("Mail exceptions to");
    QTest::newRow("last error") << int(WebhookTableModel::LastErrorColumn)
                                << QStringLiteral("Last error");
    QTest::newRow("created") << int(WebhookTableModel::CreatedColumn) << QStringLiteral("Created");
    QTest::newRow("updated") << int(WebhookTableModel::UpdatedColumn) << QStringLiteral("Updated");
    QTest::newRow("policy") << int(WebhookTableModel::PolicyColumn) << QStringLiteral("Policy");
}

void tst_WebhookTableModel::hasTheDocumentedColumns()
{
    QFETCH(int, column);
    QFETCH(QString, header);
    QCOMPARE(m_model->columnCount(), 10);
    QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), header);
}

void tst_WebhookTableModel::displaysPlainText_data()
{
    QTest::addColumn<Webhook>("webhook");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

    Webhook webhook = makeWebhook(42, QStringLiteral("<b>Slack</b> & co"));
    webhook.mailExceptionsTo = QStringLiteral("ops@example.com");
    webhook.lastError = QStringLiteral("Timeout\nafter 5 s");
    Webhook unnamed = makeWebhook(7);
    unnamed.name.clear();
    Webhook disabled = makeWebhook(8, {}, true);
    Webhook badTime = makeWebhook(9);
    badTime.createdAt = QStringLiteral("yesterday");

    QTest::newRow("id") << webhook << int(WebhookTableModel::IdColumn) << QStringLiteral("42");
    QTest::newRow("name as sent") << webhook << int(WebhookTableModel::NameColumn)
                                  << QStringLiteral("<b>Slack</b> & co");
    QTest::newRow("empty name shows the event")
            << unnamed << int(WebhookTableModel::NameColumn) << QStringLiteral("request.create");
    QTest::newRow("event") << webhook << int(WebhookTableModel::EventColumn)
                           << QStringLiteral("request.create");
    QTest::newRow("uri") << webhook << int(WebhookTableModel::UriColumn)
                         << QStringLiteral("https://hooks.example.com/42");
    QTest::newRow("enabled") << webhook << int(WebhookTableModel::StateColumn)
                             << QStringLiteral("Enabled");
    QTest::newRow("disabled") << disabled << int(WebhookTableModel::StateColumn)
                              << QStringLiteral("Disabled");
    QTest::newRow("mail") << webhook << int(WebhookTableModel::MailExceptionsToColumn)
                          << QStringLiteral("ops@example.com");
    QTest::newRow("last error on one line") << webhook << int(WebhookTableModel::LastErrorColumn)
                                            << QStringLiteral("Timeout after 5 s");
    QTest::newRow("created in local time")
            << webhook << int(WebhookTableModel::CreatedColumn)
            << localMinutes(QDateTime(QDate(2024, 1, 15), QTime(10, 23, 45), Qt::UTC));
    QTest::newRow("updated in local time from an offset")
            << webhook << int(WebhookTableModel::UpdatedColumn)
            << localMinutes(QDateTime(QDate(2024, 1, 16), QTime(6, 0), Qt::UTC));
    QTest::newRow("unparsable time as sent")
            << badTime << int(WebhookTableModel::CreatedColumn) << QStringLiteral("yesterday");
    Webhook signedByName = makeWebhook(10);
    signedByName.webhookPolicyId = 3;
    signedByName.webhookPolicyName = QStringLiteral("5f1c0ffee");
    Webhook signedById = makeWebhook(11);
    signedById.webhookPolicyId = 4;
    QTest::newRow("policy by name")
            << signedByName << int(WebhookTableModel::PolicyColumn) << QStringLiteral("5f1c0ffee");
    QTest::newRow("policy by id without a name")
            << signedById << int(WebhookTableModel::PolicyColumn) << QStringLiteral("4");
    QTest::newRow("no policy") << webhook << int(WebhookTableModel::PolicyColumn) << QString();
}

void tst_WebhookTableModel::displaysPlainText()
{
    QFETCH(Webhook, webhook);
    QFETCH(int, column);
    QFETCH(QString, text);
    m_model->upsert({webhook});
    QCOMPARE(m_model->index(0, column).data().toString(), text);
}

void tst_WebhookTableModel::sortRoleHasNumbersTimesAndFoldedText()
{
    m_model->upsert({makeWebhook(10, QStringLiteral("Ärger Hook"))});
    const QVariant id
            = m_model->index(0, WebhookTableModel::IdColumn).data(WebhookTableModel::SortRole);
    QCOMPARE(id.userType(), QMetaType::LongLong);
    QCOMPARE(id.toLongLong(), 10);

    const QVariant created
            = m_model->index(0, WebhookTableModel::CreatedColumn).data(WebhookTableModel::SortRole);
    QCOMPARE(created.userType(), QMetaType::QDateTime);
    QCOMPARE(created.toDateTime(), QDateTime(QDate(2024, 1, 15), QTime(10, 23, 45), Qt::UTC));
    const QVariant updated
            = m_model->index(0, WebhookTableModel::UpdatedColumn).data(WebhookTableModel::SortRole);
    QCOMPARE(updated.toDateTime().toMSecsSinceEpoch(),
             QDateTime(QDate(2024, 1, 16), QTime(6, 0), Qt::UTC).toMSecsSinceEpoch());

    QCOMPARE(m_model->index(0, WebhookTableModel::NameColumn)
                     .data(WebhookTableModel::SortRole)
                     .toString(),
             QStringLiteral("ärger hook"));
}

void tst_WebhookTableModel::stateToolTipShowsLastErrorLiterally()
{
    Webhook failing = makeWebhook(1);
    failing.lastError = QStringLiteral("<b>502</b> from proxy");
    m_model->upsert({failing, makeWebhook(2)});

    const QModelIndex failingState = m_model->index(0, WebhookTableModel::StateColumn);
    const QString tip = failingState.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;502&lt;/b&gt; from proxy")), qPrintable(tip));
    QVERIFY(!tip.contains(QStringLiteral("<b>")));
    QCOMPARE(failingState.data(WebhookTableModel::HasErrorRole).toBool(), true);

    const QModelIndex fineState = m_model->index(1, WebhookTableModel::StateColumn);
    QVERIFY(fineState.data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(fineState.data(WebhookTableModel::HasErrorRole).toBool(), false);
}

void tst_WebhookTableModel::rolesForTheWholeWebhook()
{
    const Webhook webhook = makeWebhook(5, QStringLiteral("x"), true);
    m_model->upsert({webhook});
    const QModelIndex index = m_model->index(0, WebhookTableModel::UriColumn);
    QCOMPARE(index.data(WebhookTableModel::WebhookRole).value<Webhook>(), webhook);
    QCOMPARE(index.data(WebhookTableModel::IdRole).toLongLong(), 5);
    QCOMPARE(index.data(WebhookTableModel::DisabledRole).toBool(), true);
    QCOMPARE(m_model->webhookAt(0), webhook);
    QCOMPARE(m_model->webhooks(), WebhookList{webhook});
}

void tst_WebhookTableModel::stateTellsFailuresAndVerification()
{
    Webhook failed = makeWebhook(1, {}, true);
    failed.lastError = QStringLiteral("404 Not Found");
    const Webhook paused = makeWebhook(2, {}, true);
    const Webhook fresh = makeWebhook(3);
    m_model->upsert({failed, paused, fresh});
    const auto state = [this](int row) {
        return WebhookTableModel::State(m_model->index(row, WebhookTableModel::StateColumn)
                                                .data(WebhookTableModel::StateRole)
                                                .toInt());
    };
    QCOMPARE(state(0), WebhookTableModel::State::DisabledAfterFailures);
    QVERIFY(m_model->index(0, WebhookTableModel::StateColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("disabled by the service")));
    QCOMPARE(state(1), WebhookTableModel::State::Disabled);
    QCOMPARE(state(2), WebhookTableModel::State::Enabled);

    VerificationTracker tracker{QString()};
    tracker.setProfile(QUrl(QStringLiteral("https://api.4me.com/v1")), QStringLiteral("wdc"));
    m_model->setVerificationTracker(&tracker);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    tracker.noteCreated(fresh);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(),
             m_model->index(2, WebhookTableModel::StateColumn));
    QCOMPARE(state(2), WebhookTableModel::State::AwaitingVerification);
    const QModelIndex cell = m_model->index(2, WebhookTableModel::StateColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("Awaiting verification"));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("webhook.verify")));
    tracker.clear(fresh.id);
    QCOMPARE(state(2), WebhookTableModel::State::Enabled);
    QCOMPARE(m_model->index(2, WebhookTableModel::StateColumn).data().toString(),
             QStringLiteral("Enabled"));
    m_model->setVerificationTracker(nullptr);
}

void tst_WebhookTableModel::keepsEveryFieldExactly_data()
{
    QTest::addColumn<Webhook>("webhook");
    Webhook full = makeWebhook(9007199254740993, QStringLiteral("Zoë's \"hook\", 東京 😀"), true);
    full.description = QStringLiteral("line one\r\nline two\ttab");
    full.mailExceptionsTo = QStringLiteral("a@example.com, b@example.org");
    full.lastError = QStringLiteral("SSL certificate problem: certificate has expired");
    full.webhookPolicyId = 3;
    full.webhookPolicyName = QStringLiteral("Signing policy 3");
    full.source = QStringLiteral("terraform");
    full.sourceId = QStringLiteral("module.webhooks[7]");
    full.nodeId = QStringLiteral("Z2lkOi8vNG1lL1dlYmhvb2svMQ");
    full.openIdConnectDiscovery = true;
    full.appOfferingReferences = {QStringLiteral("crm"), QStringLiteral("wdc-app, 2")};
    QTest::newRow("every field") << full;

    Webhook large = makeWebhook(2);
    large.description = QString(1024 * 1024, u'x') + QStringLiteral("ü"); // 1 MB
    QTest::newRow("1 MB description") << large;

    Webhook nul = makeWebhook(3, QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b"));
    nul.uri = QStringLiteral("https://example.com/\u202Eevil");
    QTest::newRow("NUL and right-to-left override") << nul;

    Webhook empty;
    empty.id = 4;
    QTest::newRow("only an id") << empty;
}

void tst_WebhookTableModel::keepsEveryFieldExactly()
{
    QFETCH(Webhook, webhook);
    m_model->upsert({makeWebhook(1000), webhook, makeWebhook(1001)});
    const int row = m_model->rowOf(webhook.id);
    QCOMPARE(row, 1);
    QCOMPARE(m_model->webhookAt(row), webhook);
    QCOMPARE(m_model->webhookAt(2), makeWebhook(1001));
    QCOMPARE(m_model->webhooks().at(1), webhook);
    // Reading the same webhook again changes nothing.
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->upsert({webhook});
    QCOMPARE(changed.size(), 0);
}

void tst_WebhookTableModel::ignoresWebhooksWithoutId()
{
    QTest::ignoreMessage(QtWarningMsg, "ignoring a webhook without an id");
    Webhook unsaved = makeWebhook(1);
    unsaved.id = 0;
    m_model->upsert({unsaved, makeWebhook(2)});
    QCOMPARE(idsInRowOrder(*m_model), QList<qint64>{2});
}

void tst_WebhookTableModel::filterTextHoldsEveryColumnAndDescriptionFolded()
{
    Webhook webhook = makeWebhook(123456, QStringLiteral("Ärger MIT Slack"));
    webhook.description = QStringLiteral("Sends ΣΊΣΥΦΟΣ alerts");
    webhook.mailExceptionsTo = QStringLiteral("Ops@Example.COM");
    webhook.lastError = QStringLiteral("HTTP 500");
    m_model->upsert({webhook});

    const QString text = m_model->index(0, 0).data(WebhookTableModel::FilterTextRole).toString();
    const QStringList expected{
            QStringLiteral("123456"),
            QStringLiteral("ärger mit slack"),
            QStringLiteral("request.create"),
            QStringLiteral("https://hooks.example.com/123456"),
            QStringLiteral("enabled"),
            QStringLiteral("ops@example.com"),
            QStringLiteral("http 500"),
            QStringLiteral("2024-01-15 10:23:45z"), // times as the server wrote them
            QStringLiteral("sends σίσυφοσ alerts"), // case folding: final sigma too
    };
    for (const QString &part : expected)
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" in ") + text));
    QCOMPARE(QString::fromUtf8(m_model->filterKey(0)), text);
}

void tst_WebhookTableModel::upsertInsertsNewRowsAndChangesKnownOnes()
{
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);

    m_model->upsert(makeWebhooks(1, 3));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(m_model->rowCount(), 3);

    // A refresh: row 1 changed, rows 0 and 2 as they were, two new rows.
    Webhook renamed = makeWebhook(2, QStringLiteral("Renamed"));
    m_model->upsert({makeWebhook(1), renamed, makeWebhook(3), makeWebhook(4), makeWebhook(5)});
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 3);
    QCOMPARE(inserted.at(1).at(2).toInt(), 4);
    QCOMPARE(changed.size(), 1);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 1);
    QCOMPARE(bottomRight.row(), 1);
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), WebhookTableModel::ColumnCount - 1);
    QCOMPARE(m_model->index(1, WebhookTableModel::NameColumn).data().toString(),
             QStringLiteral("Renamed"));
    QCOMPARE(idsInRowOrder(*m_model), (QList<qint64>{1, 2, 3, 4, 5}));
    QVERIFY(indexIsConsistent(*m_model));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 0);
}

void tst_WebhookTableModel::upsertOfUnchangedRowsEmitsNothing()
{
    m_model->upsert(makeWebhooks(1, 4));
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy counts(m_model, &WebhookTableModel::countsChanged);
    m_model->upsert(makeWebhooks(1, 4));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(counts.size(), 0);
}

void tst_WebhookTableModel::upsertKeepsTheLaterOfTwoEqualIds()
{
    m_model->upsert(
            {makeWebhook(8, QStringLiteral("first")), makeWebhook(8, QStringLiteral("second"))});
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->webhookAt(0).name, QStringLiteral("second"));
}

void tst_WebhookTableModel::replaceAllKeepsPersistentIndexOfUnchangedRow()
{
    m_model->upsert(makeWebhooks(1, 5));
    const QPersistentModelIndex kept(m_model->index(3, WebhookTableModel::NameColumn)); // id 4
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);

    m_model->replaceAll({makeWebhook(2), makeWebhook(4), makeWebhook(6)});

    QCOMPARE(reset.size(), 0);
    QVERIFY(removed.size() >= 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(idsInRowOrder(*m_model), (QList<qint64>{2, 4, 6}));
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), m_model->rowOf(4));
    QCOMPARE(kept.column(), int(WebhookTableModel::NameColumn));
    QCOMPARE(kept.data(WebhookTableModel::IdRole).toLongLong(), 4);
    QVERIFY(indexIsConsistent(*m_model));
    QCOMPARE(m_model->rowOf(1), -1);
}

void tst_WebhookTableModel::retainOnlyRemovesOnlyMissingIdsInRuns()
{
    m_model->upsert(makeWebhooks(1, 10));
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);

    m_model->retainOnly({1, 3, 4, 5, 9});

    QCOMPARE(idsInRowOrder(*m_model), (QList<qint64>{1, 3, 4, 5, 9}));
    QVERIFY(indexIsConsistent(*m_model));
    for (const qint64 gone : {2, 6, 7, 8, 10})
        QCOMPARE(m_model->rowOf(gone), -1);
    QCOMPARE(reset.size(), 0);
    // Removed rows 1, 5..7 and 9: three contiguous runs, the last one first.
    QCOMPARE(removed.size(), 3);
    QCOMPARE(removed.at(0).at(1).toInt(), 9);
    QCOMPARE(removed.at(1).at(1).toInt(), 5);
    QCOMPARE(removed.at(1).at(2).toInt(), 7);
    QCOMPARE(removed.at(2).at(1).toInt(), 1);
    QCOMPARE(removed.at(2).at(2).toInt(), 1);
}

void tst_WebhookTableModel::removeShiftsLaterRows()
{
    m_model->upsert(makeWebhooks(1, 4));
    m_model->remove(2);
    m_model->remove(99); // unknown: nothing happens
    QCOMPARE(idsInRowOrder(*m_model), (QList<qint64>{1, 3, 4}));
    QCOMPARE(m_model->rowOf(4), 2);
    QVERIFY(indexIsConsistent(*m_model));
}

// Removing every other row one by one would cost each view and proxy a pass over all rows
// per removal: the model moves the doomed rows together and removes them at once.
void tst_WebhookTableModel::removesManyScatteredRowsAsOneBlock()
{
    WebhookFilterProxyModel proxy;
    proxy.setSourceModel(m_model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(WebhookTableModel::NameColumn, Qt::DescendingOrder);

    m_model->upsert(makeWebhooks(1, 100));
    QSet<qint64> odd;
    for (qint64 id = 1; id <= 100; id += 2)
        odd.insert(id);
    const QPersistentModelIndex kept(m_model->index(m_model->rowOf(51), 2));
    const QPersistentModelIndex keptInProxy(
            proxy.mapFromSource(m_model->index(m_model->rowOf(77), 1)));
    const QPersistentModelIndex gone(m_model->index(m_model->rowOf(50), 0));
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);

    m_model->retainOnly(odd);

    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 50);
    QCOMPARE(removed.at(0).at(2).toInt(), 99);
    QList<qint64> expected;
    for (qint64 id = 1; id <= 100; id += 2)
        expected.append(id);
    QCOMPARE(idsInRowOrder(*m_model), expected);
    QVERIFY(indexIsConsistent(*m_model));
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(WebhookTableModel::IdRole).toLongLong(), 51);
    QCOMPARE(kept.column(), 2);
    QVERIFY(keptInProxy.isValid());
    QCOMPARE(keptInProxy.data(WebhookTableModel::IdRole).toLongLong(), 77);
    QVERIFY(!gone.isValid());
    QCOMPARE(proxy.rowCount(), 50);
}

void tst_WebhookTableModel::countsFollowEveryChange()
{
    QSignalSpy counts(m_model, &WebhookTableModel::countsChanged);
    m_model->upsert({makeWebhook(1), makeWebhook(2, {}, true), makeWebhook(3)});
    QCOMPARE(counts.size(), 1);
    QCOMPARE(counts.last().at(0).toInt(), 3);
    QCOMPARE(counts.last().at(1).toInt(), 1);
    QCOMPARE(m_model->disabledCount(), 1);

    m_model->upsert({makeWebhook(3, {}, true)}); // disabled now
    QCOMPARE(counts.size(), 2);
    QCOMPARE(counts.last().at(1).toInt(), 2);

    m_model->remove(2);
    QCOMPARE(counts.last().at(0).toInt(), 2);
    QCOMPARE(counts.last().at(1).toInt(), 1);

    // Rows 1 and 3 (disabled) become 1 (disabled now), 5 and 6: one signal for the whole
    // replacement, none for the step in between.
    m_model->replaceAll({makeWebhook(1, {}, true), makeWebhook(5), makeWebhook(6)});
    QCOMPARE(counts.size(), 4);
    QCOMPARE(counts.last().at(0).toInt(), 3);
    QCOMPARE(counts.last().at(1).toInt(), 1);

    m_model->clear();
    QCOMPARE(counts.last().at(0).toInt(), 0);
    QCOMPARE(counts.last().at(1).toInt(), 0);
    QCOMPARE(m_model->disabledCount(), 0);
}

void tst_WebhookTableModel::clearResets()
{
    m_model->upsert(makeWebhooks(1, 3));
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->rowOf(1), -1);
    m_model->upsert(makeWebhooks(1, 2));
    QCOMPARE(m_model->rowOf(2), 1);
}

void tst_WebhookTableModel::staleIsSignalledOnChange()
{
    QSignalSpy stale(m_model, &WebhookTableModel::staleChanged);
    m_model->setStale(true);
    m_model->setStale(true);
    QCOMPARE(stale.size(), 1);
    QVERIFY(m_model->isStale());
    m_model->setStale(false);
    QCOMPARE(stale.size(), 2);
    QCOMPARE(stale.last().at(0).toBool(), false);
}

// A sorted view that shows every row hands its order to the model, which ranks the rows
// from it instead of sorting the column again: the ranks order rows as the texts do, ties
// equal, and the same as prepareToCompare() ranks them.
void tst_WebhookTableModel::ranksFromRowsInOrderMatchTheSort()
{
    // Rows 0..4: "PagerDuty 114", "pagerduty 2", "Same", "PagerDuty 18", "same".
    m_model->upsert({makeWebhook(1, QStringLiteral("PagerDuty 114")),
                     makeWebhook(2, QStringLiteral("pagerduty 2")),
                     makeWebhook(3, QStringLiteral("Same")),
                     makeWebhook(4, QStringLiteral("PagerDuty 18")),
                     makeWebhook(5, QStringLiteral("same"))});
    const int name = WebhookTableModel::NameColumn;
    QVERIFY(!m_model->isRanked(name));
    QVERIFY(m_model->rankInOrder(name, {1, 3, 0, 2, 4}));
    QVERIFY(m_model->isRanked(name));
    QVERIFY(m_model->compareRows(1, 3, name) < 0); // 2 before 18
    QVERIFY(m_model->compareRows(3, 0, name) < 0); // 18 before 114
    QVERIFY(m_model->compareRows(0, 2, name) < 0);
    QCOMPARE(m_model->compareRows(2, 4, name), 0); // "Same" and "same" tie
    QCOMPARE(m_model->compareRows(4, 2, name), 0);
    QVERIFY(m_model->compareRows(4, 1, name) > 0);
    // The order the ranks give is the one a sort gives.
    QList<int> fromRanks{0, 1, 2, 3, 4};
    std::stable_sort(fromRanks.begin(), fromRanks.end(),
                     [this, name](int a, int b) { return m_model->compareRows(a, b, name) < 0; });
    m_model->upsert({makeWebhook(6, QStringLiteral("zzz"))}); // a change drops the ranks
    QVERIFY(!m_model->isRanked(name));
    m_model->prepareToCompare(name);
    QList<int> sorted{0, 1, 2, 3, 4};
    std::stable_sort(sorted.begin(), sorted.end(),
                     [this, name](int a, int b) { return m_model->compareRows(a, b, name) < 0; });
    QCOMPARE(fromRanks, sorted);
}

void tst_WebhookTableModel::ranksFromRowsInOrderRefuseAWrongOrder_data()
{
    QTest::addColumn<QList<int>>("rows");
    QTest::newRow("out of order") << QList<int>{1, 0, 3, 2, 4};
    QTest::newRow("descending") << QList<int>{4, 2, 0, 3, 1};
    QTest::newRow("a row missing") << QList<int>{1, 3, 0, 2};
    QTest::newRow("a row twice") << QList<int>{1, 3, 0, 2, 2};
    QTest::newRow("no such row") << QList<int>{1, 3, 0, 2, 5};
}

void tst_WebhookTableModel::ranksFromRowsInOrderRefuseAWrongOrder()
{
    QFETCH(QList<int>, rows);
    m_model->upsert({makeWebhook(1, QStringLiteral("PagerDuty 114")),
                     makeWebhook(2, QStringLiteral("pagerduty 2")),
                     makeWebhook(3, QStringLiteral("Same")),
                     makeWebhook(4, QStringLiteral("PagerDuty 18")),
                     makeWebhook(5, QStringLiteral("Zulu"))});
    const int name = WebhookTableModel::NameColumn;
    QVERIFY(!m_model->rankInOrder(name, rows));
    QVERIFY(!m_model->isRanked(name));
    // Comparisons still follow the texts.
    QVERIFY(m_model->compareRows(1, 3, name) < 0);
    QVERIFY(m_model->compareRows(4, 2, name) > 0);
}

QTEST_GUILESS_MAIN(tst_WebhookTableModel)
#include "tst_WebhookTableModel.moc"
