#pragma once

#include <QHash>
#include <QObject>

#include <functional>

// API tokens, one per connection profile, in the system keychain through QtKeychain
// (Secret Service or KWallet on Linux, the macOS Keychain, the Windows Credential Manager).
// Where no keychain is available a token is kept for this session only, in memory; it is
// never written to a file. Callbacks run on the thread of `context`, only while it lives.
class TokenStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStore)

public:
    // `service` names the keychain entries' service ("Hookbench"; tests pass their own).
    explicit TokenStore(const QString &service, QObject *parent = nullptr);

    using ReadCallback = std::function<void(const QString &token, const QString &error)>;
    using DoneCallback = std::function<void(const QString &error)>; // empty error: success

    // A session-only token, when there is one, wins over the keychain.
    void read(const QString &profileName, QObject *context, ReadCallback done);
    // Writes to the keychain. When the keychain is not available it keeps the token for
    // this session only and reports that in `error` (the token still works).
    void write(const QString &profileName, const QString &token, QObject *context,
               DoneCallback done);
    void remove(const QString &profileName, QObject *context, DoneCallback done);

    // Reading: an empty token with an empty error means that no token is stored.
    // Removing a token that is not stored succeeds.

    void setSessionToken(const QString &profileName, const QString &token);
    bool hasSessionToken(const QString &profileName) const;

    // Session-only mode never touches the keychain: every token is kept in memory for this
    // session (the sandbox's built-in profile; tests of the no-keychain path).
    void setSessionOnly(bool sessionOnly) { m_sessionOnly = sessionOnly; }
    bool isSessionOnly() const { return m_sessionOnly; }

private:
    QString m_service;
    QHash<QString, QString> m_sessionTokens;
    bool m_sessionOnly = false;
};
