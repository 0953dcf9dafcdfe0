#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>

class ApiClient;

// The shared secret of an hs* policy, from the sandbox (`hookbench --sandbox`), so that its
// signed messages can be checked without pasting the secret: GET /webhooks/ID gives the
// webhook's policy, and the sandbox-only GET /_sandbox/webhook_policies/ID/secret its secret.
// The real service never hands a secret out; nothing is asked unless the client's profile is
// the sandbox profile on this computer.
//
// `client` is not owned and must outlive the source. GUI thread (or any one thread).
class SandboxSecretSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxSecretSource)

public:
    explicit SandboxSecretSource(ApiClient *client, QObject *parent = nullptr);

    // The secret for webhook `webhookId` when it is known; otherwise empty, and (on the
    // sandbox) asks for it once: secretFound() follows when it arrives.
    QByteArray secretFor(qint64 webhookId);
    // Whether the client's profile is the sandbox's.
    bool isActive() const;

Q_SIGNALS:
    void secretFound(qint64 webhookId);

private:
    void fetchSecret(qint64 webhookId, qint64 policyId);

    ApiClient *m_client;
    QHash<qint64, QByteArray> m_secrets; // by webhook id
    QSet<qint64> m_asked; // webhook ids asked for (answered or not)
};
