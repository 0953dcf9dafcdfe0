#include "views/PlanController.h"

#include "models/workflow/AccountComparison.h"
#include "models/workflow/DesiredStateImport.h"
#include "models/workflow/ProfileSession.h"
#include "models/workflow/WebhookBatchActions.h"
#include "views/CompareDialog.h"
#include "views/MainWindowActions.h"
#include "views/PlanPreviewDialog.h"

#include <QAction>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>

namespace {
const auto ImportDirectoryKey = QStringLiteral("import/directory");
} // namespace

PlanController::PlanController(ProfileSession *session, WebhookBatchActions *batch,
                               QSettings *settings, MainWindowActions *actions, QWidget *window)
    : QObject(window),
      m_session(session),
      m_batch(batch),
      m_settings(settings),
      m_window(window),
      m_import(new DesiredStateImport(session, this))
{
    setObjectName(QStringLiteral("planController"));
    connect(actions->compareAction, &QAction::triggered, this, &PlanController::showCompare);
    connect(actions->importAction, &QAction::triggered, this, &PlanController::showImport);
    connect(m_import, &DesiredStateImport::planReady, this, &PlanController::showImportPlan);
    connect(m_import, &DesiredStateImport::failed, this, &PlanController::showImportError);
}

PlanController::~PlanController() = default;

void PlanController::showCompare()
{
    if (!m_session->isConnected())
        return;
    if (!m_compareDialog) {
        // The dialog owns its comparison (and with it the other profile's client).
        auto *comparison = new AccountComparison(m_session, m_settings);
        m_compareDialog = new CompareDialog(comparison, m_session, m_window);
        comparison->setParent(m_compareDialog);
        connect(m_compareDialog, &CompareDialog::applied, this,
                [this](const QString &profileName, const ApplyResult &result) {
                    m_batch->keepDeleted(profileName, result.deleted());
                });
    }
    m_compareDialog->show();
    m_compareDialog->raise();
    m_compareDialog->activateWindow();
}

CompareDialog *PlanController::compareDialog() const
{
    return m_compareDialog;
}

void PlanController::showImport()
{
    if (!m_session->isConnected())
        return;
    auto *dialog = new QFileDialog(m_window, tr("Import Webhooks"),
                                   m_settings->value(ImportDirectoryKey).toString(),
                                   tr("Hookbench exports (*.json *.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog](const QString &fileName) {
        m_settings->setValue(ImportDirectoryKey, dialog->directory().absolutePath());
        importFile(fileName);
    });
    dialog->open();
}

void PlanController::importFile(const QString &fileName)
{
    if (m_import->isApplying())
        return;
    m_import->load(fileName);
}

void PlanController::showImportPlan()
{
    const ConnectionProfile profile = m_session->profile();
    auto *preview = new PlanPreviewDialog(
            m_import->plan(), tr("%1 (%2)").arg(profile.name, profile.account), m_window);
    const Plan plan = m_import->plan();
    connect(preview, &PlanPreviewDialog::applyRequested, this,
            [this, plan] { m_import->apply(plan); });
    connect(preview, &PlanPreviewDialog::cancelRequested, m_import, &DesiredStateImport::cancel);
    connect(m_import, &DesiredStateImport::applyProgress, preview, &PlanPreviewDialog::setProgress);
    connect(m_import, &DesiredStateImport::applyFinished, preview,
            [this, preview, name = profile.name](const ApplyResult &result) {
                if (preview->stage() != PlanPreviewDialog::Stage::Applying)
                    return;
                preview->showResult(result);
                m_batch->keepDeleted(name, result.deleted());
                Q_EMIT currentAccountChanged();
            });
    preview->open();
}

void PlanController::showImportError(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Could Not Import"), message,
                                QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("importErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->open();
}
