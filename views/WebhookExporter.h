#pragma once

#include "models/CsvWriter.h"
#include "views/ExportDialog.h"

#include <QObject>

class QSettings;
class WebhookTableView;

// Exports the webhooks of a WebhookTableView to CSV: opens the ExportDialog (the last folder
// and options from the settings), writes the file and remembers the choices. The view and
// the settings are not owned and must outlive the exporter.
class WebhookExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookExporter)

public:
    WebhookExporter(WebhookTableView *table, QSettings *settings, QObject *parent = nullptr);
    ~WebhookExporter() override;

    // Opens the dialog, window-modal to the table's window; `account` names the file.
    void showDialog(const QString &account);
    // Writes the chosen webhooks as CSV; false and *error when the file could not be written.
    bool exportCsv(ExportDialog::Scope scope, const QString &fileName,
                   const CsvWriter::Options &options, QString *error);

    // Where the dialog starts: the last folder used while it exists, else the standard
    // Documents folder (created when missing), else the home folder.
    QString defaultDirectory() const;

Q_SIGNALS:
    void exported(const QString &message);

private:
    WebhookList webhooksIn(ExportDialog::Scope scope) const;

    WebhookTableView *m_table;
    QSettings *m_settings;
};
