#include "views/ExportDialog.h"

#include "views/Icons.h"
#include "views/StatusColors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ExportDialog::ExportDialog(int allCount, int filteredCount, int selectedCount,
                           const QString &fileName, const CsvWriter::Options &options,
                           QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exportDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Export CSV"));
    setWindowIcon(Icons::application());

    const QLocale locale;
    m_all = new QRadioButton(tr("&All webhooks (%1)").arg(locale.toString(allCount)), this);
    m_all->setObjectName(QStringLiteral("exportAllRadio"));
    m_filtered = new QRadioButton(
            tr("The webhooks the &filter shows (%1)").arg(locale.toString(filteredCount)), this);
    m_filtered->setObjectName(QStringLiteral("exportFilteredRadio"));
    m_filtered->setEnabled(filteredCount != allCount);
    m_selected = new QRadioButton(
            tr("The &selected webhooks (%1)").arg(locale.toString(selectedCount)), this);
    m_selected->setObjectName(QStringLiteral("exportSelectedRadio"));
    m_selected->setEnabled(selectedCount > 0);
    (selectedCount > 1                   ? m_selected
             : filteredCount != allCount ? m_filtered
                                         : m_all)
            ->setChecked(true);

    auto *scopeBox = new QGroupBox(tr("Export"), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_all);
    scopeLayout->addWidget(m_filtered);
    scopeLayout->addWidget(m_selected);

    m_file = new QLineEdit(fileName, this);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_byteOrderMark = new QCheckBox(tr("Start with a &byte order mark (for Excel)"), this);
    m_byteOrderMark->setObjectName(QStringLiteral("bomCheckBox"));
    m_byteOrderMark->setChecked(options.byteOrderMark);
    m_formulaGuard = new QCheckBox(
            tr("&Guard against formulas (prefix cells that start with = + - @)"), this);
    m_formulaGuard->setObjectName(QStringLiteral("formulaGuardCheckBox"));
    m_formulaGuard->setChecked(options.formulaGuard);

    m_secretWarning = new QLabel(this);
    m_secretWarning->setObjectName(QStringLiteral("secretWarningLabel"));
    m_secretWarning->setTextFormat(Qt::PlainText);
    m_secretWarning->setWordWrap(true);
    StatusColors::setTextColor(m_secretWarning, StatusColors::warningText());
    m_secretWarning->hide();
    m_maskSecrets = new QCheckBox(tr("&Mask credentials in URIs, as the window shows them"), this);
    m_maskSecrets->setObjectName(QStringLiteral("maskSecretsCheckBox"));
    m_maskSecrets->setChecked(options.maskUriSecrets);
    m_maskSecrets->hide();

    // The error line keeps its room, so nothing moves when an error appears.
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_error->setMinimumHeight(3 * m_error->fontMetrics().lineSpacing());
    m_error->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    StatusColors::setTextColor(m_error, StatusColors::errorText());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);

    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setObjectName(QStringLiteral("fileLabel"));
    fileLabel->setBuddy(m_file);
    auto *form = new QFormLayout;
    form->addRow(fileLabel, fileRow);
    form->addRow(QString(), m_byteOrderMark);
    form->addRow(QString(), m_formulaGuard);
    form->addRow(QString(), m_secretWarning);
    form->addRow(QString(), m_maskSecrets);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scopeBox);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (QRadioButton *radio : {m_all, m_filtered, m_selected})
        connect(radio, &QRadioButton::toggled, this, &ExportDialog::updateSecretWarning);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::requestExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    resize(560, sizeHint().height());
}

ExportDialog::Scope ExportDialog::scope() const
{
    if (m_selected->isChecked())
        return Scope::Selected;
    if (m_filtered->isChecked())
        return Scope::Filtered;
    return Scope::All;
}

QString ExportDialog::fileName() const
{
    return m_file->text().trimmed();
}

CsvWriter::Options ExportDialog::options() const
{
    CsvWriter::Options options;
    options.byteOrderMark = m_byteOrderMark->isChecked();
    options.formulaGuard = m_formulaGuard->isChecked();
    options.maskUriSecrets = !m_maskSecrets->isHidden() && m_maskSecrets->isChecked();
    return options;
}

void ExportDialog::showError(const QString &message)
{
    m_error->setText(message);
}

void ExportDialog::setSecretCounter(std::function<int(Scope)> counter)
{
    m_secretCounter = std::move(counter);
    updateSecretWarning();
}

void ExportDialog::updateSecretWarning()
{
    const int count = m_secretCounter ? m_secretCounter(scope()) : 0;
    m_secretWarning->setText(
            count == 1 ? tr("1 webhook has a URI with credentials (user:password@ or a secret "
                            "query value). Unless masked, the file holds it in clear text.")
                       : tr("%1 webhooks have URIs with credentials (user:password@ or secret "
                            "query values). Unless masked, the file holds them in clear text.")
                                 .arg(QLocale().toString(count)));
    m_secretWarning->setVisible(count > 0);
    m_maskSecrets->setVisible(count > 0);
}

void ExportDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Export CSV"), fileName());
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setNameFilters({tr("CSV files (*.csv)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { m_file->setText(QDir::toNativeSeparators(file)); });
    dialog->open();
}

void ExportDialog::requestExport()
{
    if (fileName().isEmpty()) {
        showError(tr("Choose the file to write."));
        m_file->setFocus();
        return;
    }
    showError({});
    Q_EMIT exportRequested(scope(), QDir::fromNativeSeparators(fileName()), options());
}
