#include "views/SignedDeliveryWiring.h"

#include "models/PolicyKeyStore.h"
#include "models/VerificationTracker.h"
#include "models/WebhookTableModel.h"
#include "models/api/ApiError.h"
#include "models/receiver/SandboxSecretSource.h"
#include "models/receiver/SignedMessageVerifier.h"
#include "models/receiver/StoredPolicyKeys.h"
#include "models/workflow/PolicyDirectory.h"
#include "models/workflow/ProfileSession.h"
#include "views/DeliveryInspector.h"
#include "views/MainWindow.h"

SignedDeliveryWiring::SignedDeliveryWiring(MainWindow *window, QObject *parent)
    : SignedDeliveryWiring(window, PolicyKeyStore::defaultFileName(), parent)
{ }

SignedDeliveryWiring::SignedDeliveryWiring(MainWindow *window, const QString &keyStoreFile,
                                           QObject *parent)
    : QObject(parent),
      m_window(window),
      m_inspector(window->deliveryInspector()),
      m_keys(std::make_unique<PolicyKeyStore>(keyStoreFile)),
      m_sandboxSecrets(new SandboxSecretSource(window->session()->client(), this)),
      m_policies(new PolicyDirectory(window->session()->client(), this))
{
    Q_ASSERT(m_inspector); // MainWindow::setDeliveryReceiver() comes first
    SignedMessageVerifier *verifier = m_inspector->signedMessageVerifier();
    ProfileSession *session = window->session();

    auto activate = [this, verifier](const ConnectionProfile &profile) {
        verifier->setProfile(profile.serviceUrl, profile.account);
        m_policies->clear();
        m_policies->reload();
    };
    connect(session, &ProfileSession::activated, this, activate);
    if (session->isConnected())
        activate(session->profile());
    connect(session, &ProfileSession::disconnected, m_policies, &PolicyDirectory::clear);
    connect(window, &MainWindow::policiesChanged, m_policies, &PolicyDirectory::reload);
    connect(window, &MainWindow::listingFinished, m_policies, [this](const ApiError &error) {
        if (!error.isError())
            m_policies->reload();
    });
    // What a message was checked with may have changed: show its checks again.
    connect(m_policies, &PolicyDirectory::loaded, m_inspector.data(), &DeliveryInspector::recheck);

    // The public keys Hookbench kept come first; then what the user pasted; then secrets.
    verifier->setKeyLookup(storedPolicyKeyLookup(
            m_keys.get(), [this] { return profileKey(); },
            [this](qint64 webhookId) { return policyOfWebhook(webhookId); }));
    verifier->setAudienceLookup([this](const SignedMessageVerifier::KeyQuery &query) {
        return m_policies->audienceFor(policyOfWebhook(query.webhookId), query.keyId);
    });
    m_inspector->setSandboxSecretSource(m_sandboxSecrets);
    m_inspector->recheck();
}

SignedDeliveryWiring::~SignedDeliveryWiring()
{
    // The lookups call into this object: the panel must not call them once it is gone.
    if (m_inspector) {
        SignedMessageVerifier *verifier = m_inspector->signedMessageVerifier();
        verifier->setKeyLookup({});
        verifier->setAudienceLookup({});
        m_inspector->setSandboxSecretSource(nullptr);
    }
}

qint64 SignedDeliveryWiring::policyOfWebhook(qint64 webhookId) const
{
    if (!m_window || webhookId <= 0)
        return 0;
    const WebhookTableModel *model = m_window->tableModel();
    const int row = model->rowOf(webhookId);
    return row < 0 ? 0 : model->webhookAt(row).webhookPolicyId;
}

QString SignedDeliveryWiring::profileKey() const
{
    if (!m_window)
        return {};
    const ConnectionProfile profile = m_window->session()->profile();
    return VerificationTracker::profileKey(profile.serviceUrl, profile.account);
}
