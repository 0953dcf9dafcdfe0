#include "models/workflow/DesiredStateImport.h"

#include "models/api/WebhookService.h"
#include "models/plan/PlanApplier.h"
#include "models/plan/PlanBuilder.h"
#include "models/workflow/ProfileSession.h"

#include <QTimer>

DesiredStateImport::DesiredStateImport(ProfileSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{ }

DesiredStateImport::~DesiredStateImport() = default;

void DesiredStateImport::load(const QString &fileName)
{
    const int generation = ++m_generation;
    m_fileName = fileName;
    m_plan = Plan();
    const auto failLater = [this, generation](const QString &message) {
        QTimer::singleShot(0, this, [this, generation, message] {
            if (generation == m_generation)
                Q_EMIT failed(message);
        });
    };
    QString error;
    const std::optional<DesiredState> desired = DesiredState::readFile(fileName, &error);
    if (!desired) {
        failLater(error); // it names the file and the line or the index
        return;
    }
    if (!m_session->isConnected()) {
        failLater(tr("Connect to a profile before importing."));
        return;
    }
    m_desired = *desired;
    const ConnectionProfile profile = m_session->profile();
    WebhookListing *listing = m_session->service()->list(WebhookState::All);
    connect(listing, &WebhookListing::finished, this,
            [this, listing, profile, generation](const ApiError &listError) {
                if (generation != m_generation)
                    return;
                if (listError.isError()) {
                    Q_EMIT failed(
                            tr("Could not list the webhooks of “%1”: %2")
                                    .arg(profile.name,
                                         listError.userMessage(profile.name, profile.account)));
                    return;
                }
                m_plan = PlanBuilder::build(m_desired, listing->rows(), PlanOptions(),
                                            m_session->eventCatalog());
                Q_EMIT planReady(m_plan);
            });
}

void DesiredStateImport::apply(const Plan &plan)
{
    if (isApplying())
        return;
    delete m_applier;
    m_applier = new PlanApplier(m_session->service(), this);
    connect(m_applier, &PlanApplier::progress, this,
            [this](int done, int total, const PlanItem &) { Q_EMIT applyProgress(done, total); });
    connect(m_applier, &PlanApplier::finished, this, [this](const ApplyResult &result) {
        Q_EMIT applyProgress(
                int(result.done.size()),
                int(result.done.size() + result.notDone.size() + (result.failed ? 1 : 0)));
        Q_EMIT applyFinished(result);
    });
    m_applier->start(plan);
}

void DesiredStateImport::cancel()
{
    if (m_applier)
        m_applier->cancel();
}

bool DesiredStateImport::isApplying() const
{
    return m_applier && m_applier->isRunning();
}
