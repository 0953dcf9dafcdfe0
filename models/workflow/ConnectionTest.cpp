#include "models/workflow/ConnectionTest.h"

#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/api/ApiRequest.h"
#include "models/api/ApiResponse.h"

#include <QUrlQuery>

ConnectionTest::ConnectionTest(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{ }

ConnectionTest::~ConnectionTest() = default;

void ConnectionTest::start(const ConnectionProfile &profile, const QString &token)
{
    if (m_client)
        m_client->deleteLater(); // its reply goes with it, unreported
    m_client = new ApiClient(m_network, this);
    m_client->setMaxAttempts(1); // a test answers quickly, right or wrong
    m_client->setProfile(profile, token);
    ApiRequest request;
    request.method = ApiRequest::Method::Get;
    request.url = m_client->urlFor(QStringLiteral("/webhooks"),
                                   QUrlQuery{{QStringLiteral("per_page"), QStringLiteral("1")}});
    request.expect = ApiRequest::Expect::Array;
    m_running = true;
    ApiCall *call = m_client->send(request);
    connect(call, &ApiCall::finished, m_client, [this](const ApiResponse &response) {
        m_running = false;
        bool known = false;
        const qint64 total = response.header("X-Pagination-Total-Entries").toLongLong(&known);
        Q_EMIT finished(response.error, known ? total : -1);
    });
}
