#include "app/cli/PolicyCommands.h"

#include "app/cli/CliRunner.h"
#include "app/cli/PolicyCommandLine.h"
#include "app/cli/TableFormatter.h"
#include "app/cli/Terminal.h"
#include "common/AtomicFileWriter.h"
#include "models/JsonKeys.h"
#include "models/PolicyKeyStore.h"
#include "models/VerificationTracker.h"
#include "models/WebhookPolicyValidator.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookPolicyService.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString optionForField(const QString &field)
{
    if (field == JsonKeys::JwtAlg)
        return QStringLiteral("--jwt-alg");
    if (field == JsonKeys::JwtAudience)
        return QStringLiteral("--audience");
    if (field == JsonKeys::JwtClaimExpiresIn)
        return QStringLiteral("--expires-in");
    return QStringLiteral("--") + field;
}

QString stateText(bool disabled)
{
    return disabled ? PolicyCommands::tr("Disabled") : PolicyCommands::tr("Enabled");
}

QString expiryText(const WebhookPolicy &policy)
{
    return policy.jwtClaimExpiresIn
            ? PolicyCommands::tr("%n minute(s)", nullptr, int(*policy.jwtClaimExpiresIn))
            : PolicyCommands::tr("never");
}

} // namespace

PolicyCommands::PolicyCommands(ApiClient *client, const QString &keyStoreFile, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_service(new WebhookPolicyService(client, this)),
      m_keys(std::make_unique<PolicyKeyStore>(keyStoreFile))
{ }

PolicyCommands::~PolicyCommands() = default;

QString PolicyCommands::profileKey() const
{
    const ConnectionProfile profile = m_client->profile();
    return VerificationTracker::profileKey(profile.serviceUrl, profile.account);
}

void PolicyCommands::start(const CliCommand &command)
{
    m_command = command;
    switch (command.policyAction) {
    case CliCommand::PolicyAction::List:
        runList();
        return;
    case CliCommand::PolicyAction::Get:
        runGet();
        return;
    case CliCommand::PolicyAction::Create:
        runCreate();
        return;
    case CliCommand::PolicyAction::Update:
        runUpdate();
        return;
    case CliCommand::PolicyAction::Delete:
        runDelete();
        return;
    }
}

void PolicyCommands::runList()
{
    m_service->list(m_command.state, this,
                    [this](const WebhookPolicyList &policies, const ApiError &error) {
                        if (error) {
                            failApi(error);
                            return;
                        }
                        printList(policies);
                        Q_EMIT finished(CliRunner::ExitSuccess);
                    });
}

void PolicyCommands::runGet()
{
    m_service->get(m_command.id, this, [this](const WebhookPolicy &policy, const ApiError &error) {
        if (error) {
            failApi(error);
            return;
        }
        printPolicy(policy);
        Q_EMIT finished(CliRunner::ExitSuccess);
    });
}

bool PolicyCommands::checkFields(const WebhookPolicy &policy, bool onlyGiven)
{
    FieldErrors errors = WebhookPolicyValidator::validate(policy);
    if (onlyGiven) {
        errors.removeIf([this](const FieldError &error) {
            return (error.field == JsonKeys::JwtAlg)
                    || (error.field == JsonKeys::JwtAudience && !m_command.jwtAudience)
                    || (error.field == JsonKeys::JwtClaimExpiresIn && !m_command.jwtClaimExpiresIn);
        });
    }
    if (errors.isEmpty())
        return true;
    QStringList parts;
    for (const FieldError &error : std::as_const(errors))
        parts.append(QStringLiteral("%1: %2").arg(optionForField(error.field), error.message));
    Q_EMIT usageFailed(parts.join(u' '));
    return false;
}

void PolicyCommands::runCreate()
{
    WebhookPolicy policy;
    policy.jwtAlg = m_command.jwtAlg.value_or(QString());
    policy.jwtAudience = m_command.jwtAudience.value_or(QString());
    policy.jwtClaimExpiresIn = m_command.jwtClaimExpiresIn;
    policy.disabled = m_command.disabled.value_or(false);
    if (!checkFields(policy, false))
        return;
    if (!m_command.publicKeyOut.isEmpty()) {
        // Opened before the request, so that a file that cannot be written fails before the
        // one answer that carries the key.
        m_keyFile = std::make_unique<AtomicFileWriter>(m_command.publicKeyOut);
        if (!m_keyFile->open()) {
            Q_EMIT message(tr("could not write %1: %2; nothing was sent.")
                                   .arg(QDir::toNativeSeparators(m_command.publicKeyOut),
                                        m_keyFile->errorString()));
            Q_EMIT finished(CliRunner::ExitFailure);
            return;
        }
    }
    m_service->create(policy, this, [this](const WebhookPolicy &created, const ApiError &error) {
        if (error) {
            if (m_keyFile)
                m_keyFile->cancel();
            failApi(error);
            return;
        }
        keepKey(created);
    });
}

void PolicyCommands::keepKey(const WebhookPolicy &created)
{
    int exitCode = CliRunner::ExitSuccess;
    const QString fileName = QDir::toNativeSeparators(m_command.publicKeyOut);
    if (!created.publicKeyPem.isEmpty()) {
        PolicyKeyStore::Key key{created.id, created.name, created.jwtAlg, created.publicKeyPem,
                                QDateTime::currentDateTimeUtc()};
        if (!m_keys->store(profileKey(), key)) {
            Q_EMIT message(tr("could not keep the public key in %1: %2.")
                                   .arg(QDir::toNativeSeparators(m_keys->fileName()),
                                        m_keys->errorString()));
        }
        if (!m_keyFile) {
            Q_EMIT message(tr("the service returned a public key, and no --public-key-out file "
                              "was given; it is kept in %1.")
                                   .arg(QDir::toNativeSeparators(m_keys->fileName())));
        } else if (!m_keyFile->write(created.publicKeyPem.toUtf8()) || !m_keyFile->commit()) {
            // The one chance to see the key: show it rather than lose it.
            Q_EMIT message(tr("policy %1 was created, but its public key could not be written "
                              "to %2 (%3). The key follows on stdout: save it now, the service "
                              "never shows it again.")
                                   .arg(created.id)
                                   .arg(fileName, m_keyFile->errorString()));
            Q_EMIT output(created.publicKeyPem.toUtf8());
            exitCode = CliRunner::ExitFailure;
        }
    } else if (m_keyFile) {
        m_keyFile->cancel();
        Q_EMIT message(tr("a %1 policy has no public key; %2 was not written.")
                               .arg(created.jwtAlg, fileName));
    }
    m_keyFile.reset();
    printPolicy(created);
    Q_EMIT finished(exitCode);
}

void PolicyCommands::runUpdate()
{
    WebhookPolicy given;
    given.jwtAudience = m_command.jwtAudience.value_or(QString());
    given.jwtClaimExpiresIn = m_command.jwtClaimExpiresIn;
    if (!checkFields(given, true))
        return;
    m_service->get(m_command.id, this, [this](const WebhookPolicy &before, const ApiError &error) {
        if (error) {
            failApi(error);
            return;
        }
        WebhookPolicy after = before;
        if (m_command.jwtAudience)
            after.jwtAudience = *m_command.jwtAudience;
        if (m_command.jwtClaimExpiresIn)
            after.jwtClaimExpiresIn = m_command.jwtClaimExpiresIn;
        if (m_command.removeExpiry)
            after.jwtClaimExpiresIn.reset();
        if (m_command.disabled)
            after.disabled = *m_command.disabled;
        m_service->update(before, after, this,
                          [this](const WebhookPolicy &updated, const ApiError &updateError) {
                              if (updateError) {
                                  failApi(updateError);
                                  return;
                              }
                              printPolicy(updated);
                              Q_EMIT finished(CliRunner::ExitSuccess);
                          });
    });
}

void PolicyCommands::runDelete()
{
    m_service->remove(m_command.id, this, [this](const ApiError &error) {
        if (error) {
            failApi(error);
            return;
        }
        // The API answers 204 without a body: JSON output stays empty.
        if (m_command.format == CliCommand::Format::Table) {
            Q_EMIT output(tr("Deleted webhook policy %1; the webhooks linked to it are no longer "
                             "signed.\n")
                                  .arg(m_command.id)
                                  .toUtf8());
        }
        Q_EMIT finished(CliRunner::ExitSuccess);
    });
}

void PolicyCommands::printList(const WebhookPolicyList &policies)
{
    if (m_command.format == CliCommand::Format::Json) {
        QJsonArray array;
        for (const WebhookPolicy &policy : policies)
            array.append(policy.toJson());
        Q_EMIT output(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return;
    }
    if (policies.isEmpty()) {
        Q_EMIT output(tr("No webhook policies.\n").toUtf8());
        return;
    }
    TableFormatter table({{tr("ID"), false},
                          {tr("NAME"), true},
                          {tr("ALGORITHM"), false},
                          {tr("AUDIENCE"), true},
                          {tr("EXPIRES IN"), false},
                          {tr("STATE"), false},
                          {tr("KEY KEPT"), false}});
    const QString key = profileKey();
    for (const WebhookPolicy &policy : policies) {
        const bool kept = m_keys->find(key, policy.id).has_value();
        table.addRow({QString::number(policy.id), policy.name, policy.jwtAlg, policy.jwtAudience,
                      expiryText(policy), stateText(policy.disabled),
                      kept                                                     ? tr("yes")
                              : PolicyCommandLine::hasPublicKey(policy.jwtAlg) ? tr("no")
                                                                               : tr("-")});
    }
    Q_EMIT output(table.render(m_tableWidth).toUtf8());
}

void PolicyCommands::printPolicy(const WebhookPolicy &policy)
{
    if (m_command.format == CliCommand::Format::Json) {
        Q_EMIT output(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Indented));
        return;
    }
    QList<std::pair<QString, QString>> fields{
            {tr("ID"), QString::number(policy.id)},
            {tr("Name"), policy.name},
            {tr("Algorithm"), policy.jwtAlg},
            {tr("Audience"), policy.jwtAudience.isEmpty() ? tr("(none)") : policy.jwtAudience},
            {tr("Expires in"), expiryText(policy)},
            {tr("State"), stateText(policy.disabled)},
    };
    if (!policy.createdAt.isEmpty())
        fields.append({tr("Created"), policy.createdAt});
    if (!policy.updatedAt.isEmpty())
        fields.append({tr("Updated"), policy.updatedAt});
    if (!m_command.publicKeyOut.isEmpty() && !policy.publicKeyPem.isEmpty())
        fields.append({tr("Public key"), QDir::toNativeSeparators(m_command.publicKeyOut)});
    else if (m_keys->find(profileKey(), policy.id))
        fields.append({tr("Public key"),
                       tr("kept in %1").arg(QDir::toNativeSeparators(m_keys->fileName()))});
    qsizetype labelWidth = 0;
    for (const auto &field : std::as_const(fields))
        labelWidth = std::max(labelWidth, field.first.size() + 2);
    QString text;
    for (const auto &field : std::as_const(fields))
        text += (field.first + u':').leftJustified(labelWidth) + field.second + u'\n';
    Q_EMIT output(text.toUtf8());
}

void PolicyCommands::failApi(const ApiError &error)
{
    const QString serverSaid
            = error.message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error.message);
    QString line;
    if (error.kind == ApiError::Kind::Validation && !error.fieldErrors.isEmpty()) {
        QStringList parts;
        for (const FieldError &field : error.fieldErrors)
            parts.append(QStringLiteral("%1: %2").arg(field.field, field.message));
        line = tr("the service did not accept the webhook policy%1: %2")
                       .arg(serverSaid, parts.join(QStringLiteral("; ")));
    } else if (error.kind == ApiError::Kind::Http && error.httpStatus == 404 && m_command.id > 0) {
        line = tr("webhook policy %1 does not exist (HTTP 404%2).")
                       .arg(m_command.id)
                       .arg(error.message.isEmpty() ? QString() : u' ' + error.message);
    } else if (error.isUnauthorized() || error.isForbidden()) {
        line = tr("HTTP %1%2: %3")
                       .arg(error.httpStatus)
                       .arg(serverSaid, error.userMessage(QString(), m_client->profile().account));
    } else {
        line = error.userMessage();
        if (line.isEmpty())
            line = error.message;
        else if (!error.message.isEmpty() && !line.contains(error.message))
            line += serverSaid;
    }
    Q_EMIT message(line);
    Q_EMIT finished(CliRunner::ExitFailure);
}
