#pragma once

#include <QObject>
#include <QPointer>

class AccountComparison;
class CompareDialog;
class DesiredStateImport;
class MainWindowActions;
class ProfileSession;
class QSettings;
class QWidget;
class WebhookBatchActions;

// Profile › Compare With… and File › Import… in the window: opens the compare dialog and the
// import's file dialog, runs their workflows (AccountComparison, DesiredStateImport) and
// shows their plans in a PlanPreviewDialog. Webhooks that an applied plan deleted go to
// Recently Deleted of the profile they belonged to.
//
// Parented to the window; the session, the batch actions and the settings are not owned and
// must outlive it.
class PlanController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanController)

public:
    PlanController(ProfileSession *session, WebhookBatchActions *batch, QSettings *settings,
                   MainWindowActions *actions, QWidget *window);
    ~PlanController() override;

    // Opens the compare dialog (or raises the open one).
    void showCompare();
    CompareDialog *compareDialog() const;
    // Asks for a file, then importFile().
    void showImport();
    // Plans the file as the desired state of the current account and shows the plan.
    void importFile(const QString &fileName);

Q_SIGNALS:
    // A plan was applied to the current account: the listing should be loaded again.
    void currentAccountChanged();

private:
    void showImportPlan();
    void showImportError(const QString &message);

    ProfileSession *m_session;
    WebhookBatchActions *m_batch;
    QSettings *m_settings;
    QWidget *m_window;
    DesiredStateImport *m_import;
    QPointer<CompareDialog> m_compareDialog;
};
