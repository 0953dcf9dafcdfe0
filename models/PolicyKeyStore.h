#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The public keys of webhook policies, kept on this computer.
//
// The service returns a policy's public key only once, in the answer to its creation
// (reference section 7). Hookbench keeps it here so that a receiver can verify signed
// messages later without the key being pasted. Public keys are not secrets.
//
// Keys are kept per profile key (VerificationTracker::profileKey(): the service URL and the
// account) and by policy id, in one JSON file written through AtomicFileWriter. Every call
// reads the file afresh, so the window and hookbench-cli see each other's keys; a file that
// exists but cannot be read is never overwritten. Threading: any one thread at a time.
class PolicyKeyStore final
{
    Q_DISABLE_COPY_MOVE(PolicyKeyStore)

public:
    struct Key
    {
        qint64 policyId = 0;
        QString policyName; // the JWT's kid when OpenID Connect discovery is on
        QString jwtAlg;
        QString publicKeyPem; // empty for none and hs* policies, which have no public key
        QDateTime savedAt; // UTC

        friend bool operator==(const Key &, const Key &) = default;
    };

    // `fileName` as defaultFileName() gives it, or another file (tests).
    explicit PolicyKeyStore(const QString &fileName);

    // <GenericDataLocation>/Hookbench/policy-keys.json (on Linux under $XDG_DATA_HOME),
    // shared by hookbench and hookbench-cli.
    static QString defaultFileName();
    QString fileName() const { return m_fileName; }

    // Adds or replaces the key of `key.policyId` for the profile. False (and errorString())
    // when the file could not be read or written; the file is then unchanged.
    bool store(const QString &profileKey, const Key &key);
    // Forgets the key of a policy (after the policy was deleted). True when nothing is left.
    bool remove(const QString &profileKey, qint64 policyId);

    std::optional<Key> find(const QString &profileKey, qint64 policyId) const;
    // By the policy's name, as a signed message's `kid` header names it.
    std::optional<Key> findByName(const QString &profileKey, const QString &policyName) const;
    QList<Key> keys(const QString &profileKey) const; // ascending policy id

    // The reason the last call failed (read or write), empty after a success.
    QString errorString() const { return m_error; }

private:
    bool read(QJsonObject *profiles) const;
    bool write(const QJsonObject &profiles);

    QString m_fileName;
    mutable QString m_error;
};
