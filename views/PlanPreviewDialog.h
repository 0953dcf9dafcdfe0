#pragma once

#include "models/plan/ApplyResult.h"
#include "models/plan/Plan.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// Shows a plan before it is carried out (Compare's actions, File › Import): each webhook
// with what happens to it and each changed field old → new, the counts, the requests and
// the time they take, the URIs the service will ask to verify and the warnings. Apply turns
// the dialog into a progress view with Cancel, then into the summary of what was done.
//
// The dialog only shows; whoever opens it carries the plan out on applyRequested() and
// reports back through setProgress() and showResult(). Closing it while a plan is applied
// asks to cancel (cancelRequested()) and waits for the result.
class PlanPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanPreviewDialog)

public:
    // `target` names the account that changes, e.g. "Sandbox QA (wdc-qa)".
    PlanPreviewDialog(const Plan &plan, const QString &target, QWidget *parent = nullptr);
    ~PlanPreviewDialog() override;

    enum class Stage { Preview, Applying, Finished };
    Stage stage() const { return m_stage; }

    void setProgress(int done, int total);
    void showResult(const ApplyResult &result);

    // The summary of a plan and of a result, as the dialog shows them.
    static QString planSummary(const Plan &plan, const QString &target);
    static QString resultSummary(const ApplyResult &result);

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void applyRequested();
    void cancelRequested();

private:
    void fillTree();

    Plan m_plan;
    Stage m_stage = Stage::Preview;
    QLabel *m_summary;
    QLabel *m_warnings;
    QTreeWidget *m_tree;
    QProgressBar *m_progress;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_apply;
    QPushButton *m_cancel;
};
