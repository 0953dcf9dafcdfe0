#include "views/WebhookExporter.h"

#include "views/WebhookTableView.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

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
    const QString directory = defaultDirectory();
    const QString fileName = QDir(directory).filePath(
            QStringLiteral("webhooks-%1-%2.csv")
                    .arg(account.isEmpty() ? QStringLiteral("export") : account,
                         QDate::currentDate().toString(Qt::ISODate)));
    CsvWriter::Options options;
    options.byteOrderMark = m_settings->value(Keys::ExportByteOrderMark, false).toBool();
    options.formulaGuard = m_settings->value(Keys::ExportFormulaGuard, true).toBool();
    options.maskUriSecrets = true; // offered, checked, whenever a URI carries credentials
    auto *dialog = new ExportDialog(int(m_table->allWebhookCount()), m_table->model()->rowCount(),
                                    m_table->selectedCount(), QDir::toNativeSeparators(fileName),
                                    options, m_table->window());
    dialog->setSecretCounter([this](ExportDialog::Scope scope) {
        const WebhookList webhooks = webhooksIn(scope);
        return int(std::count_if(webhooks.begin(), webhooks.end(), [](const Webhook &webhook) {
            return Webhook::uriHasSecrets(webhook.uri);
        }));
    });
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

QString WebhookExporter::defaultDirectory() const
{
    // The last folder used while it exists; else the standard Documents folder, created when
    // missing; else the home folder.
    const QString last = m_settings->value(Keys::ExportDirectory).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QDir().mkpath(documents))
        return documents;
    return QDir::homePath();
}

WebhookList WebhookExporter::webhooksIn(ExportDialog::Scope scope) const
{
    switch (scope) {
    case ExportDialog::Scope::All:
        return m_table->allWebhooks();
    case ExportDialog::Scope::Filtered:
        return m_table->shownWebhooks();
    case ExportDialog::Scope::Selected:
        return m_table->selectedWebhooks();
    }
    return {};
}

bool WebhookExporter::exportCsv(ExportDialog::Scope scope, const QString &fileName,
                                const CsvWriter::Options &options, QString *error)
{
    const WebhookList webhooks = webhooksIn(scope);
    // CsvWriter's reason names the file and says what to do: it is the whole message.
    if (!CsvWriter::writeFile(fileName, webhooks, options, error))
        return false;
    Q_EMIT exported(tr("Exported %1 to %2")
                            .arg(WebhookTableView::countText(webhooks.size()),
                                 QDir::toNativeSeparators(fileName)));
    return true;
}
