// Every dialog can be used without a mouse (issue 16): Tab walks every control once, in the
// order a person reads the form, and comes back to the start (no control traps the focus, a
// multi-line field included); Shift+Tab walks back; every mnemonic label (&Name) leads to a
// control that takes the focus. The connection dialog's exact order is in
// tst_ConnectionDialog; the main window's actions in tst_MainWindow.
#include "models/EventCatalog.h"
#include "models/Webhook.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "tests/support/WarningGuard.h"
#include "views/ExportDialog.h"
#include "views/RecentlyDeletedDialog.h"
#include "views/WebhookDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_DialogKeyboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tabWalksEveryControlOnce_data();
    void tabWalksEveryControlOnce();

private:
    std::unique_ptr<QDialog> createDialog(const QString &which);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<WebhookService> m_service;
};

namespace {

QString describe(const QWidget *widget)
{
    if (!widget)
        return u"(nothing)"_s;
    const QString name = widget->objectName();
    return name.isEmpty() ? QString::fromLatin1(widget->metaObject()->className()) : name;
}

// The controls that Tab must reach: shown, enabled, taking focus by Tab. Of a group of
// auto-exclusive radio buttons only the checked one is in the Tab chain (the arrows move
// within the group), as in every toolkit.
QList<QWidget *> tabStops(QWidget *dialog)
{
    QList<QWidget *> stops;
    const QList<QWidget *> all = dialog->findChildren<QWidget *>();
    for (QWidget *widget : all) {
        if (!widget->isVisibleTo(dialog) || !widget->isEnabled()
            || !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
            continue;
        if (const auto *radio = qobject_cast<QRadioButton *>(widget);
            radio && radio->autoExclusive() && !radio->isChecked())
            continue;
        stops.append(widget);
    }
    return stops;
}

} // namespace

void tst_DialogKeyboard::init()
{
    hb::test::failOnUnexpectedWarnings();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_service = std::make_unique<WebhookService>(m_client.get());
}

void tst_DialogKeyboard::cleanup()
{
    m_service.reset();
    m_client.reset();
    m_network.reset();
}

std::unique_ptr<QDialog> tst_DialogKeyboard::createDialog(const QString &which)
{
    if (which == "newWebhook"_L1)
        return std::make_unique<WebhookDialog>(m_service.get(), EventCatalog::builtIn(), Webhook());
    if (which == "editWebhook"_L1) {
        Webhook webhook;
        webhook.id = 7;
        webhook.name = u"Edit me"_s;
        webhook.event = u"request.update"_s;
        webhook.uri = u"https://hooks.example.com/in"_s;
        webhook.description = u"Two\nlines"_s;
        webhook.mailExceptionsTo = u"ops@example.com"_s;
        return std::make_unique<WebhookDialog>(m_service.get(), EventCatalog::builtIn(), webhook);
    }
    if (which == "export"_L1)
        return std::make_unique<ExportDialog>(10, 4, 2, u"/tmp/webhooks.csv"_s,
                                              CsvWriter::Options());
    if (which == "recentlyDeleted"_L1) {
        auto dialog = std::make_unique<RecentlyDeletedDialog>();
        Webhook gone;
        gone.id = 3;
        gone.name = u"Gone"_s;
        gone.event = u"request.create"_s;
        gone.uri = u"https://hooks.example.com/gone"_s;
        dialog->setWebhooks({gone});
        return dialog;
    }
    return nullptr;
}

void tst_DialogKeyboard::tabWalksEveryControlOnce_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("new webhook") << u"newWebhook"_s;
    QTest::newRow("edit webhook") << u"editWebhook"_s;
    QTest::newRow("export") << u"export"_s;
    QTest::newRow("recently deleted") << u"recentlyDeleted"_s;
}

void tst_DialogKeyboard::tabWalksEveryControlOnce()
{
    QFETCH(QString, which);
    std::unique_ptr<QDialog> dialog = createDialog(which);
    QVERIFY(dialog);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    QWidget *first = QApplication::focusWidget();
    QVERIFY2(first && dialog->isAncestorOf(first), "the dialog opens with a control focused");

    const QList<QWidget *> stops = tabStops(dialog.get());
    QVERIFY(stops.size() >= 2);
    QList<QWidget *> visited{first};
    for (int i = 0; i < stops.size() + 2; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (now == first)
            break;
        QVERIFY2(!visited.contains(now),
                 qPrintable(u"Tab comes back to %1 without returning to %2 (a trap)"_s.arg(
                         describe(now), describe(first))));
        visited.append(now);
    }
    QVERIFY2(QApplication::focusWidget() == first,
             qPrintable(u"Tab never returns to %1"_s.arg(describe(first))));
    for (QWidget *stop : stops) {
        QVERIFY2(visited.contains(stop), qPrintable(u"Tab never reaches %1"_s.arg(describe(stop))));
    }

    // Shift+Tab walks the same chain backwards.
    for (qsizetype i = visited.size() - 1; i >= 1; --i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(describe(QApplication::focusWidget()), describe(visited.at(i)));
    }

    // Every mnemonic label names a control that takes the focus.
    const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->isVisibleTo(dialog.get()) || label->textFormat() == Qt::RichText)
            continue;
        const QString text = label->text();
        const bool hasMnemonic = text.contains(QRegularExpression(u"&[^& ]"_s));
        if (!hasMnemonic)
            continue;
        QVERIFY2(label->buddy() && (label->buddy()->focusPolicy() & Qt::TabFocus),
                 qPrintable(u"label \"%1\" has a mnemonic but no control to go to"_s.arg(text)));
    }
}

QTEST_MAIN(tst_DialogKeyboard)
#include "tst_DialogKeyboard.moc"
