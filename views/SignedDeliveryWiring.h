#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class DeliveryInspector;
class MainWindow;
class PolicyDirectory;
class PolicyKeyStore;
class SandboxSecretSource;

// Wires the Deliveries panel's checks of signed messages to the window's connection, so
// that the program and the tests set them up the same way:
// - iss: the account URL (or the sandbox's origin) of the profile activated;
// - the signature: the public keys Hookbench kept when it created a policy (PolicyKeyStore
//   in `keyStoreFile`) and, on `hookbench --sandbox`, hs* secrets from the sandbox
//   (SandboxSecretSource);
// - aud: the audience of the policy as the account lists it (PolicyDirectory), loaded when
//   a profile is activated, after the Policies dialog changed policies and after each
//   listing of the webhooks (Refresh).
// A message is matched to its policy by the policy its webhook links in the window's list,
// else by the JWS header's kid.
//
// The window must have its delivery receiver set (MainWindow::setDeliveryReceiver()); it is
// not owned. GUI thread.
class SignedDeliveryWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignedDeliveryWiring)

public:
    explicit SignedDeliveryWiring(MainWindow *window, const QString &keyStoreFile,
                                  QObject *parent = nullptr);
    // With PolicyKeyStore::defaultFileName(), the file the Policies dialog keeps keys in.
    explicit SignedDeliveryWiring(MainWindow *window, QObject *parent = nullptr);
    ~SignedDeliveryWiring() override;

    PolicyDirectory *policyDirectory() const { return m_policies; }
    SandboxSecretSource *sandboxSecrets() const { return m_sandboxSecrets; }

private:
    // The policy webhook `webhookId` links in the window's list; 0 when none or not listed.
    qint64 policyOfWebhook(qint64 webhookId) const;
    QString profileKey() const;

    QPointer<MainWindow> m_window;
    QPointer<DeliveryInspector> m_inspector;
    std::unique_ptr<PolicyKeyStore> m_keys;
    SandboxSecretSource *m_sandboxSecrets;
    PolicyDirectory *m_policies;
};
