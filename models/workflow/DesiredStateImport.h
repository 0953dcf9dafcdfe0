#pragma once

#include "models/plan/ApplyResult.h"
#include "models/plan/DesiredState.h"
#include "models/plan/Plan.h"

#include <QObject>

class PlanApplier;
class ProfileSession;

// File › Import: an export file (JSON or CSV, see DesiredState) as the desired state of the
// current profile's account. Reads the file (a bad file costs no request), lists the account,
// plans the changes (without prune: webhooks the file lacks are kept) and carries the plan
// out through PlanApplier with progress, cancel and a result.
//
// Widgets-free; GUI thread. The session is not owned and must outlive it.
class DesiredStateImport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesiredStateImport)

public:
    explicit DesiredStateImport(ProfileSession *session, QObject *parent = nullptr);
    ~DesiredStateImport() override;

    // Reads `fileName` and lists the account; planReady() or failed() follows (failed() at
    // once, queued, for a file that cannot be read or parsed).
    void load(const QString &fileName);
    QString fileName() const { return m_fileName; }
    const Plan &plan() const { return m_plan; }

    void apply(const Plan &plan);
    void cancel();
    bool isApplying() const;

Q_SIGNALS:
    void planReady(const Plan &plan);
    // A sentence for a person: the file's problem (naming the line or the index) or the
    // listing's.
    void failed(const QString &message);
    void applyProgress(int done, int total);
    void applyFinished(const ApplyResult &result);

private:
    ProfileSession *m_session;
    QString m_fileName;
    DesiredState m_desired;
    Plan m_plan;
    PlanApplier *m_applier = nullptr;
    int m_generation = 0;
};
