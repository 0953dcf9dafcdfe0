#pragma once

#include "models/ConnectionProfile.h"
#include "models/api/ApiError.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class QNetworkAccessManager;

// Tries a connection profile before it is saved: lists one page of webhooks (one row) with
// the entered service URL, account and token, on a client of its own, so the session's
// client and the stores stay untouched (the token goes nowhere but into that request).
//
// The network manager is not owned and must outlive this object. GUI thread.
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    explicit ConnectionTest(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ConnectionTest() override;

    // Starts a test; one still running is abandoned (its result is never reported).
    void start(const ConnectionProfile &profile, const QString &token);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // error.kind is None when the service answered the listing; `total` is the account's
    // webhook count from the pagination header, -1 when the service did not say.
    void finished(const ApiError &error, qint64 total);

private:
    QNetworkAccessManager *m_network;
    QPointer<ApiClient> m_client;
    bool m_running = false;
};
