#pragma once

#include "models/CsvWriter.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

// Asks what to export as CSV (all, the filtered or the selected webhooks), where to, and
// with which options (byte order mark for Excel, formula guard, masked URI credentials). The owner
// writes the file on exportRequested() and answers with accept() or showError(); the dialog stays
// open with the error when writing fails. Open it with open(); it deletes itself when closed.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    enum class Scope { All, Filtered, Selected };

    ExportDialog(int allCount, int filteredCount, int selectedCount, const QString &fileName,
                 const CsvWriter::Options &options, QWidget *parent = nullptr);

    Scope scope() const;
    QString fileName() const;
    CsvWriter::Options options() const;
    void showError(const QString &message);
    // How many of the webhooks in a scope have a URI with credentials (userinfo or query
    // values, Webhook::uriHasSecrets()): the dialog warns about them and offers to mask them
    // in the file (options().maskUriSecrets).
    void setSecretCounter(std::function<int(Scope)> counter);

Q_SIGNALS:
    void exportRequested(ExportDialog::Scope scope, const QString &fileName,
                         const CsvWriter::Options &options);

private:
    void browse();
    void requestExport();
    void updateSecretWarning();

    QRadioButton *m_all;
    QRadioButton *m_filtered;
    QRadioButton *m_selected;
    QLineEdit *m_file;
    QCheckBox *m_byteOrderMark;
    QCheckBox *m_formulaGuard;
    QLabel *m_secretWarning;
    QCheckBox *m_maskSecrets;
    std::function<int(Scope)> m_secretCounter;
    QLabel *m_error;
    QPushButton *m_exportButton;
};
