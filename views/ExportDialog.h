#pragma once

#include "models/CsvWriter.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

// Asks what to export as CSV (all, the filtered or the selected webhooks), where to, and
// with which options (byte order mark for Excel, formula guard). The owner writes the file
// on exportRequested() and answers with accept() or showError(); the dialog stays open with
// the error when writing fails. Open it with open(); it deletes itself when closed.
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

Q_SIGNALS:
    void exportRequested(ExportDialog::Scope scope, const QString &fileName,
                         const CsvWriter::Options &options);

private:
    void browse();
    void requestExport();

    QRadioButton *m_all;
    QRadioButton *m_filtered;
    QRadioButton *m_selected;
    QLineEdit *m_file;
    QCheckBox *m_byteOrderMark;
    QCheckBox *m_formulaGuard;
    QLabel *m_error;
    QPushButton *m_exportButton;
};
