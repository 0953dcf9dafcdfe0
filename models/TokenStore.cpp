#include "models/TokenStore.h"

#include "models/Logging.h"

#include <qt6keychain/keychain.h>

#include <QMetaObject>

namespace {

// Runs `call` later on the thread of `context`, unless `context` is gone by then, so that a
// callback never runs inside the call that asked for it.
template<typename Call>
void post(QObject *context, Call call)
{
    QMetaObject::invokeMethod(context, std::move(call), Qt::QueuedConnection);
}

} // namespace

TokenStore::TokenStore(const QString &service, QObject *parent)
    : QObject(parent), m_service(service)
{ }

void TokenStore::read(const QString &profileName, QObject *context, ReadCallback done)
{
    Q_ASSERT(context && done);
    const auto session = m_sessionTokens.constFind(profileName);
    if (session != m_sessionTokens.constEnd()) {
        post(context, [done, token = *session] { done(token, QString()); });
        return;
    }
    if (m_sessionOnly) {
        post(context, [done] { done(QString(), QString()); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(profileName);
    connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *finished) {
        const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        switch (readJob->error()) {
        case QKeychain::NoError:
            done(readJob->textData(), QString());
            return;
        case QKeychain::EntryNotFound:
            done(QString(), QString());
            return;
        default:
            qCWarning(lcModel) << "keychain read failed:" << readJob->errorString();
            done(QString(),
                 tr("The token could not be read from the system keychain (%1). Enter it "
                    "again; without a keychain it is kept for this session only.")
                         .arg(readJob->errorString()));
            return;
        }
    });
    job->start();
}

void TokenStore::write(const QString &profileName, const QString &token, QObject *context,
                       DoneCallback done)
{
    Q_ASSERT(context && done);
    if (m_sessionOnly) {
        m_sessionTokens.insert(profileName, token);
        post(context, [done] {
            done(tr("The token is kept for this session only; it is not stored in the system "
                    "keychain."));
        });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(profileName);
    job->setTextData(token);
    // The store keeps its books first, whether or not `context` still lives.
    connect(job, &QKeychain::Job::finished, this,
            [this, profileName, token](QKeychain::Job *finished) {
                if (finished->error() == QKeychain::NoError) {
                    m_sessionTokens.remove(profileName);
                } else {
                    qCWarning(lcModel) << "keychain write failed, keeping the token for this "
                                          "session only:"
                                       << finished->errorString();
                    m_sessionTokens.insert(profileName, token);
                }
            });
    connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError) {
            done(QString());
            return;
        }
        done(tr("The system keychain is not available (%1). The token is kept for this session "
                "only and is not saved to disk: enter it again after a restart.")
                     .arg(finished->errorString()));
    });
    job->start();
}

void TokenStore::remove(const QString &profileName, QObject *context, DoneCallback done)
{
    Q_ASSERT(context && done);
    m_sessionTokens.remove(profileName);
    if (m_sessionOnly) {
        post(context, [done] { done(QString()); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(profileName);
    connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *finished) {
        switch (finished->error()) {
        case QKeychain::NoError:
        case QKeychain::EntryNotFound:
            done(QString());
            return;
        default:
            qCWarning(lcModel) << "keychain delete failed:" << finished->errorString();
            done(tr("The token could not be removed from the system keychain (%1). Remove it "
                    "with the keychain's own tool.")
                         .arg(finished->errorString()));
            return;
        }
    });
    job->start();
}

void TokenStore::setSessionToken(const QString &profileName, const QString &token)
{
    m_sessionTokens.insert(profileName, token);
}

bool TokenStore::hasSessionToken(const QString &profileName) const
{
    return m_sessionTokens.contains(profileName);
}
