#pragma once

#include "models/ConnectionProfile.h"

#include <QObject>

class QNetworkAccessManager;

// The transport of the Webhooks API: builds authenticated requests for one profile,
// paces them under the rate limits, and maps each reply to a result or an ApiError.
//
// Ownership: the QNetworkAccessManager is injected and not owned. Replies are parented to
// the client and deleted with deleteLater(). GUI thread (or any one thread).
// The token is held in memory only; it is sent only to the profile's origin.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiClient() override;

    void setProfile(const ConnectionProfile &profile, const QString &token);
    ConnectionProfile profile() const;

    int transferTimeoutMs() const;
    void setTransferTimeoutMs(int milliseconds); // default 30000

private:
    struct Private;
    Private *d;
};
