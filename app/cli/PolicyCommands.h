#pragma once

#include "app/cli/CliCommand.h"
#include "models/WebhookPolicy.h"
#include "models/api/ApiError.h"

#include <QObject>

#include <memory>

class AtomicFileWriter;
class ApiClient;
class PolicyKeyStore;
class WebhookPolicyService;

// `hookbench-cli policies list|get|create|update|delete` on a connected ApiClient, through
// WebhookPolicyService. `create` opens the --public-key-out file before anything is sent,
// writes the key atomically once the service answered, and keeps it in PolicyKeyStore too.
//
// It prints through signals that CliRunner turns into stdout and stderr lines, so that the
// runner's masking applies. Exit status: 0 success, 1 API, network or file error, 2 usage.
// Ownership: the client is not owned; the service and the key store are.
class PolicyCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyCommands)

public:
    // `keyStoreFile`: where PolicyKeyStore keeps the public keys.
    PolicyCommands(ApiClient *client, const QString &keyStoreFile, QObject *parent = nullptr);
    ~PolicyCommands() override;

    // The width a table may take (0: no limit); CliContext::tableWidth() decides it.
    void setTableWidth(int columns) { m_tableWidth = columns; }
    void start(const CliCommand &command);

Q_SIGNALS:
    void output(const QByteArray &bytes); // stdout
    void message(const QString &line); // one line on stderr
    void usageFailed(const QString &message);
    void finished(int exitCode);

private:
    void runList();
    void runGet();
    void runCreate();
    void runUpdate();
    void runDelete();
    bool checkFields(const WebhookPolicy &policy, bool onlyGiven);
    void keepKey(const WebhookPolicy &created);
    void printPolicy(const WebhookPolicy &policy);
    void printList(const WebhookPolicyList &policies);
    void failApi(const ApiError &error);
    QString profileKey() const;

    ApiClient *m_client;
    WebhookPolicyService *m_service;
    std::unique_ptr<PolicyKeyStore> m_keys;
    std::unique_ptr<AtomicFileWriter> m_keyFile; // create: --public-key-out, open until written
    CliCommand m_command;
    int m_tableWidth = 0;
};
