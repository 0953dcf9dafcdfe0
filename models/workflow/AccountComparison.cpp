#include "models/workflow/AccountComparison.h"

#include "models/TokenStore.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "models/plan/PlanApplier.h"
#include "models/plan/PlanBuilder.h"
#include "models/workflow/ProfileSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace {

// A JSON object {"HERE\nTHERE": ["FROM=TO", ...]} in one settings value, so that profile
// names of any spelling can be keys.
const auto RulesKey = QStringLiteral("comparison/rewriteRules");

QJsonObject storedRules(QSettings *settings)
{
    return QJsonDocument::fromJson(settings->value(RulesKey).toString().toUtf8()).object();
}

QString pairKey(const QString &here, const QString &there)
{
    return here + u'\n' + there;
}

} // namespace

AccountComparison::AccountComparison(ProfileSession *session, QSettings *settings, QObject *parent)
    : QObject(parent),
      m_session(session),
      m_settings(settings),
      m_thereClient(new ApiClient(session->service()->client()->network(), this)),
      m_thereService(new WebhookService(m_thereClient, this))
{ }

AccountComparison::~AccountComparison()
{
    // A listing or request still in flight belongs to the service and uses the client:
    // the service goes first.
    delete m_applier;
    delete m_thereService;
    delete m_thereClient;
}

void AccountComparison::compareWith(const QString &otherName)
{
    if (isApplying())
        return; // the plan being applied belongs to the current pair
    ++m_generation;
    m_here = m_session->profile();
    m_hereRows.clear();
    m_thereRows.clear();
    m_plan = Plan();
    const std::optional<ConnectionProfile> other = m_session->findProfile(otherName);
    if (!m_session->isConnected() || !other) {
        m_there = ConnectionProfile();
        Q_EMIT failed(tr("There is no profile named “%1” to compare with.").arg(otherName));
        return;
    }
    m_there = *other;
    m_rules = rememberedRules(m_settings, m_here.name, m_there.name);
    m_readingToken = true;
    Q_EMIT loadingStarted();
    const int generation = m_generation;
    m_session->tokenStore()->read(
            m_there.name, this, [this, generation](const QString &token, const QString &error) {
                if (generation != m_generation)
                    return;
                m_readingToken = false;
                if (token.isEmpty()) {
                    Q_EMIT failed(error.isEmpty()
                                          ? tr("No API token is stored for “%1”. Connect to it "
                                               "once and enter its token.")
                                                    .arg(m_there.name)
                                          : tr("The token of “%1” could not be read: %2")
                                                    .arg(m_there.name, error));
                    return;
                }
                connectThere(token);
            });
}

void AccountComparison::connectThere(const QString &token)
{
    // The other profile's token goes to its own client only, so to its own origin only.
    m_thereClient->setProfile(m_there, token);
    listBoth();
}

void AccountComparison::reload()
{
    if (m_there.name.isEmpty() || m_readingToken || isApplying())
        return;
    ++m_generation;
    Q_EMIT loadingStarted();
    listBoth();
}

void AccountComparison::listBoth()
{
    m_failed = false;
    m_listingsPending = 0;
    const int generation = m_generation;
    const auto listInto = [this, generation](WebhookService *service, WebhookList *rows,
                                             const ConnectionProfile &profile) {
        ++m_listingsPending;
        WebhookListing *listing = service->list(WebhookState::All);
        connect(listing, &WebhookListing::finished, this,
                [this, listing, rows, profile, generation](const ApiError &error) {
                    if (generation != m_generation)
                        return;
                    --m_listingsPending;
                    if (m_failed)
                        return;
                    if (error.isError()) {
                        m_failed = true;
                        m_listingsPending = 0;
                        Q_EMIT failed(
                                tr("Could not list the webhooks of “%1”: %2")
                                        .arg(profile.name,
                                             error.userMessage(profile.name, profile.account)));
                        return;
                    }
                    *rows = listing->rows();
                    if (m_listingsPending == 0)
                        rebuildPlan();
                });
    };
    listInto(m_session->service(), &m_hereRows, m_here);
    listInto(m_thereService, &m_thereRows, m_there);
}

void AccountComparison::setRewriteRules(const QList<UriRewriteRule> &rules)
{
    m_rules = rules;
    if (m_settings && !m_here.name.isEmpty() && !m_there.name.isEmpty()) {
        QJsonObject all = storedRules(m_settings);
        QStringList texts;
        for (const UriRewriteRule &rule : rules)
            texts.append(rule.from + u'=' + rule.to);
        if (texts.isEmpty())
            all.remove(pairKey(m_here.name, m_there.name));
        else
            all.insert(pairKey(m_here.name, m_there.name), QJsonArray::fromStringList(texts));
        m_settings->setValue(RulesKey,
                             QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
    }
    if (!isLoading() && !m_failed && !m_there.name.isEmpty())
        rebuildPlan();
}

QList<UriRewriteRule> AccountComparison::rememberedRules(QSettings *settings, const QString &here,
                                                         const QString &there)
{
    QList<UriRewriteRule> rules;
    if (!settings)
        return rules;
    const QJsonArray texts = storedRules(settings).value(pairKey(here, there)).toArray();
    for (const QJsonValue &text : texts) {
        if (const std::optional<UriRewriteRule> rule = UriRewriteRule::parse(text.toString()))
            rules.append(*rule);
    }
    return rules;
}

void AccountComparison::rebuildPlan()
{
    PlanOptions options;
    options.prune = true;
    options.rewrites = m_rules;
    m_plan = PlanBuilder::build(PlanBuilder::fromAccount(m_hereRows), m_thereRows, options,
                                m_session->eventCatalog());
    Q_EMIT planChanged();
}

Plan AccountComparison::part(const Plan &plan, const QList<int> &indexes, PlanItem::Action action)
{
    Plan result;
    for (const int index : indexes) {
        if (index >= 0 && index < plan.items.size() && plan.items.at(index).action == action)
            result.items.append(plan.items.at(index));
    }
    // The warnings name webhooks; keep those about the chosen ones.
    for (const QString &warning : plan.warnings) {
        for (const PlanItem &item : std::as_const(result.items)) {
            if (warning.contains(item.subject().displayName())) {
                result.warnings.append(warning);
                break;
            }
        }
    }
    return result;
}

void AccountComparison::apply(const Plan &plan)
{
    if (isApplying() || m_there.name.isEmpty())
        return;
    delete m_applier;
    m_applier = new PlanApplier(m_thereService, this);
    connect(m_applier, &PlanApplier::progress, this,
            [this](int done, int total, const PlanItem &) { Q_EMIT applyProgress(done, total); });
    connect(m_applier, &PlanApplier::finished, this, [this](const ApplyResult &result) {
        Q_EMIT applyProgress(
                int(result.done.size()),
                int(result.done.size() + result.notDone.size() + (result.failed ? 1 : 0)));
        Q_EMIT applyFinished(result);
        reload();
    });
    m_applier->start(plan);
}

void AccountComparison::cancel()
{
    if (m_applier)
        m_applier->cancel();
}

bool AccountComparison::isApplying() const
{
    return m_applier && m_applier->isRunning();
}
