// The Export CSV dialog and its owner WebhookExporter: a working mnemonic for the file
// field, a layout that stays put when an error appears, a default folder that exists, one
// clear error message, and a warning (with masking) for URIs that carry credentials.
#include "models/WebhookFilterProxyModel.h"
#include "models/WebhookTableModel.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "models/workflow/WebhookBatchActions.h"
#include "tests/support/WarningGuard.h"
#include "tests/support/WidgetLookup.h"
#include "views/ExportDialog.h"
#include "views/WebhookExporter.h"
#include "views/WebhookTableView.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_ExportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void fileLabelIsABuddy();
    void errorKeepsTheLayoutStill();
    void warnsAboutCredentialsAndOffersToMask();
    void exporterStartsInAFolderThatExists();
    void exporterMasksCredentialsAndSaysErrorsOnce();

private:
    QTemporaryDir m_home;
};

void tst_ExportDialog::initTestCase()
{
    QVERIFY(m_home.isValid());
    // A home of our own, without Documents, so that the default folder must be created.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
    qunsetenv("XDG_DOCUMENTS_DIR");
}

void tst_ExportDialog::init()
{
    hb::test::failOnUnexpectedWarnings();
}

void tst_ExportDialog::fileLabelIsABuddy()
{
    ExportDialog dialog(3, 3, 1, QStringLiteral("/tmp/x.csv"), {});
    dialog.show();
    HB_FIND_WIDGET(QLabel, label, &dialog, "fileLabel");
    HB_FIND_WIDGET(QLineEdit, file, &dialog, "fileEdit");
    QCOMPARE(label->buddy(), file); // so "&File:" shows as File with F underlined
    QCOMPARE(label->text(), QStringLiteral("&File:"));
}

void tst_ExportDialog::errorKeepsTheLayoutStill()
{
    ExportDialog dialog(3, 2, 1, QStringLiteral("/tmp/x.csv"), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    HB_FIND_WIDGET(QRadioButton, all, &dialog, "exportAllRadio");
    HB_FIND_WIDGET(QRadioButton, selected, &dialog, "exportSelectedRadio");
    HB_FIND_WIDGET(QPushButton, exportButton, &dialog, "exportButton");
    const QRect allBefore = all->geometry();
    const QRect selectedBefore = selected->geometry();
    const QRect buttonBefore = exportButton->geometry();
    dialog.showError(QStringLiteral("Could not save the CSV file “/a/rather/long/path/to/some/"
                                    "folder/webhooks.csv”: the folder does not exist. Choose "
                                    "another folder or file name and export again."));
    QApplication::processEvents();
    HB_FIND_WIDGET(QLabel, error, &dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QCOMPARE(all->geometry(), allBefore);
    QCOMPARE(selected->geometry(), selectedBefore);
    QCOMPARE(exportButton->geometry(), buttonBefore);
    QVERIFY(all->height() >= all->sizeHint().height());
}

void tst_ExportDialog::warnsAboutCredentialsAndOffersToMask()
{
    CsvWriter::Options options;
    options.maskUriSecrets = true;
    ExportDialog dialog(3, 3, 1, QStringLiteral("/tmp/x.csv"), options);
    dialog.setSecretCounter(
            [](ExportDialog::Scope scope) { return scope == ExportDialog::Scope::All ? 2 : 0; });
    dialog.show();
    HB_FIND_WIDGET(QLabel, warning, &dialog, "secretWarningLabel");
    HB_FIND_WIDGET(QCheckBox, mask, &dialog, "maskSecretsCheckBox");
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("2 webhooks")), qPrintable(warning->text()));
    QVERIFY(mask->isVisible());
    QVERIFY(dialog.options().maskUriSecrets);
    mask->setChecked(false);
    QVERIFY(!dialog.options().maskUriSecrets);

    HB_FIND_WIDGET(QRadioButton, selected, &dialog, "exportSelectedRadio");
    selected->setChecked(true); // the selected webhook has none
    QVERIFY(!warning->isVisible());
    QVERIFY(!mask->isVisible());
}

void tst_ExportDialog::exporterStartsInAFolderThatExists()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QVERIFY2(documents.startsWith(m_home.path()), qPrintable(documents));
    QDir(documents).removeRecursively();
    QVERIFY(!QFileInfo::exists(documents));

    QSettings settings(m_home.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("export/directory"), m_home.filePath(QStringLiteral("gone")));
    WebhookTableModel model;
    WebhookFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QNetworkAccessManager network;
    ApiClient client(&network);
    WebhookService service(&client);
    WebhookBatchActions batch(&service, &model);
    WebhookTableView table(&model, &proxy, &batch);
    WebhookExporter exporter(&table, &settings);
    // A remembered folder that is gone is skipped; Documents is created.
    QCOMPARE(exporter.defaultDirectory(), documents);
    QVERIFY(QFileInfo(documents).isDir());
}

void tst_ExportDialog::exporterMasksCredentialsAndSaysErrorsOnce()
{
    WebhookTableModel model;
    Webhook secret;
    secret.id = 1;
    secret.name = QStringLiteral("Secret");
    secret.event = QStringLiteral("request.create");
    secret.uri = QStringLiteral("https://user:pa55word@hooks.example.com/in?token=abc123");
    model.upsert({secret});
    WebhookFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QNetworkAccessManager network;
    ApiClient client(&network);
    WebhookService service(&client);
    WebhookBatchActions batch(&service, &model);
    WebhookTableView table(&model, &proxy, &batch);
    QSettings settings(m_home.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    WebhookExporter exporter(&table, &settings);

    const QString file = m_home.filePath(QStringLiteral("masked.csv"));
    CsvWriter::Options options;
    options.maskUriSecrets = true;
    QString error;
    QVERIFY2(exporter.exportCsv(ExportDialog::Scope::All, file, options, &error),
             qPrintable(error));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray csv = written.readAll();
    QVERIFY(!csv.contains("pa55word"));
    QVERIFY(!csv.contains("abc123"));
    QVERIFY(csv.contains("hooks.example.com/in"));

    const QString missing = m_home.filePath(QStringLiteral("no/such/folder/x.csv"));
    QVERIFY(!exporter.exportCsv(ExportDialog::Scope::All, missing, options, &error));
    QCOMPARE(error.count(QDir::toNativeSeparators(missing)), 1);
    QVERIFY2(!error.contains(QStringLiteral("Could not export:")), qPrintable(error));
}

QTEST_MAIN(tst_ExportDialog)
#include "tst_ExportDialog.moc"
