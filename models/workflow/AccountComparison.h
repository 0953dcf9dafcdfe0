#pragma once

#include "models/ConnectionProfile.h"
#include "models/Webhook.h"
#include "models/plan/ApplyResult.h"
#include "models/plan/Plan.h"
#include "models/plan/UriRewriteRule.h"

#include <QList>
#include <QObject>

class ApiClient;
class PlanApplier;
class ProfileSession;
class QSettings;
class WebhookService;

// Compares the current profile's account ("here") with another profile's account ("there")
// and carries out chosen parts of the plan that makes there like here.
//
// Each account is listed through its own client: here through the session's service, there
// through a client of this class set up with the other profile and its own token from the
// TokenStore, so that no token ever goes to the other profile's origin. The plan is
// PlanBuilder's with prune (webhooks only there are Delete items) and the URI rewrite rules of
// this pair of profiles, which are remembered in the settings (no secrets: URI prefixes only).
// Applying goes through PlanApplier on the other account's service, with progress, cancel and
// a result; both accounts are listed again afterwards.
//
// Widgets-free; GUI thread. The session and the settings are not owned and must outlive it.
class AccountComparison final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountComparison)

public:
    AccountComparison(ProfileSession *session, QSettings *settings, QObject *parent = nullptr);
    ~AccountComparison() override;

    // Compares the current profile with the stored or sandbox profile `otherName`: reads its
    // token, lists both accounts, then emits planChanged() (or failed()). Ignored while a
    // plan is applied.
    void compareWith(const QString &otherName);
    // Lists both accounts again.
    void reload();
    bool isLoading() const { return m_listingsPending > 0 || m_readingToken; }

    ConnectionProfile here() const { return m_here; }
    ConnectionProfile there() const { return m_there; }
    const WebhookList &hereRows() const { return m_hereRows; }
    const WebhookList &thereRows() const { return m_thereRows; }
    // What makes there like here: Create (only here), Update (different, with the changed
    // fields), Delete (only there), Unchanged (the same), Skip and Ambiguous (see PlanBuilder).
    const Plan &plan() const { return m_plan; }

    QList<UriRewriteRule> rewriteRules() const { return m_rules; }
    // Remembers the rules for this pair of profiles and plans again.
    void setRewriteRules(const QList<UriRewriteRule> &rules);
    // The rules remembered for a pair of profiles (here first).
    static QList<UriRewriteRule> rememberedRules(QSettings *settings, const QString &here,
                                                 const QString &there);

    // The items of `plan` at `indexes` whose action is `action`, as a plan of their own (the
    // warnings about them kept).
    static Plan part(const Plan &plan, const QList<int> &indexes, PlanItem::Action action);

    // Carries out `plan` in the other account; applyFinished() follows.
    void apply(const Plan &plan);
    // Sends nothing more; the request in flight completes.
    void cancel();
    bool isApplying() const;

Q_SIGNALS:
    void loadingStarted();
    // A new plan: after listing, after the rules changed.
    void planChanged();
    // Listing or reading the token failed; a sentence for a person.
    void failed(const QString &message);
    void applyProgress(int done, int total);
    void applyFinished(const ApplyResult &result);

private:
    void connectThere(const QString &token);
    void listBoth();
    void rebuildPlan();

    ProfileSession *m_session;
    QSettings *m_settings;
    ConnectionProfile m_here;
    ConnectionProfile m_there;
    ApiClient *m_thereClient;
    WebhookService *m_thereService;
    PlanApplier *m_applier = nullptr;
    WebhookList m_hereRows;
    WebhookList m_thereRows;
    QList<UriRewriteRule> m_rules;
    Plan m_plan;
    int m_listingsPending = 0;
    int m_generation = 0; // listings of an older compareWith() or reload() are ignored
    bool m_readingToken = false;
    bool m_failed = false;
};
