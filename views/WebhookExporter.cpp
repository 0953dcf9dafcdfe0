#include "views/WebhookExporter.h"

#include "views/WebhookTableView.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {
namespace Keys {
const auto ExportDirectory = QStringLiteral("export/directory");
const auto ExportByteOrderMark = QStringLiteral("export/byteOrderMark");
const auto ExportFormulaGuard = QStringLiteral("export/formulaGuard");
} // namespace Keys
} // namespace

WebhookExporter::WebhookExporter(WebhookTableView *table, QSettings *settings, QObject *parent)
    : QObject(parent), m_table(table), m_settings(settings)
{ }

WebhookExporter::~WebhookExporter() = default;

void WebhookExporter::showDialog(const QString &account)
{
    QString directory = m_settings->value(Keys::ExportDirectory).toString();
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString fileName = QDir(directory).filePath(
            QStringLiteral("webhooks-%1-%2.csv")
                    .arg(account.isEmpty() ? QStringLiteral("export") : account,
                         QDate::currentDate().toString(Qt::ISODate)));
    CsvWriter::Options options;
    options.byteOrderMark = m_settings->value(Keys::ExportByteOrderMark, false).toBool();
    options.formulaGuard = m_settings->value(Keys::ExportFormulaGuard, true).toBool();
    auto *dialog = new ExportDialog(int(m_table->allWebhookCount()), m_table->model()->rowCount(),
                                    m_table->selectedCount(), QDir::toNativeSeparators(fileName),
                                    options, m_table->window());
    connect(dialog, &ExportDialog::exportRequested, this,
            [this, dialog](ExportDialog::Scope scope, const QString &file,
                           const CsvWriter::Options &chosen) {
                QString error;
                if (!exportCsv(scope, file, chosen, &error)) {
                    dialog->showError(error);
                    return;
                }
                m_settings->setValue(Keys::ExportDirectory, QFileInfo(file).absolutePath());
                m_settings->setValue(Keys::ExportByteOrderMark, chosen.byteOrderMark);
                m_settings->setValue(Keys::ExportFormulaGuard, chosen.formulaGuard);
                dialog->accept();
            });
    dialog->open();
}

bool WebhookExporter::exportCsv(ExportDialog::Scope scope, const QString &fileName,
                                const CsvWriter::Options &options, QString *error)
{
    WebhookList webhooks;
    switch (scope) {
    case ExportDialog::Scope::All:
        webhooks = m_table->allWebhooks();
        break;
    case ExportDialog::Scope::Filtered:
        webhooks = m_table->shownWebhooks();
        break;
    case ExportDialog::Scope::Selected:
        webhooks = m_table->selectedWebhooks();
        break;
    }
    QString writeError;
    if (!CsvWriter::writeFile(fileName, webhooks, options, &writeError)) {
        // CsvWriter's reason names the file already: say it once.
        if (error)
            *error = tr("Could not export: %1").arg(writeError);
        return false;
    }
    Q_EMIT exported(tr("Exported %1 to %2")
                            .arg(WebhookTableView::countText(webhooks.size()),
                                 QDir::toNativeSeparators(fileName)));
    return true;
}
