// TLS trust of the real ApiClient and WebhookService against an HTTPS server whose
// self-signed certificate is made at test time: refused by default, with a message that
// names the problem and the certificate's fingerprint for "trust this exact certificate";
// accepted only when that exact certificate is pinned in the profile; never silently.
#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/api/WebhookService.h"
#include "tests/support/FaultServer.h"
#include "tests/support/TlsTestServer.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

#include <memory>

namespace {

const QString Token = QStringLiteral("tls-test-token-93c1");
const QByteArray ListBody = R"([{"id":7,"event":"request.create","uri":"https://hooks.test/7"}])";

QByteArray colonSeparatedUpperCase(const QByteArray &hex)
{
    QByteArray text;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (i > 0)
            text += ':';
        text += hex.mid(i, 2).toUpper();
    }
    return text;
}

} // namespace

class tst_TlsTrust final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void refusesUntrustedCertificate_data();
    void refusesUntrustedCertificate();
    void acceptsThePinnedCertificate_data();
    void acceptsThePinnedCertificate();
    void refusesWhenAnotherCertificateIsPinned();
    void pinRefusesACertificateFromATrustedAuthority();
    void trustingTheRefusedCertificateLetsTheListingThrough();
    void removingThePinRefusesAgain();
    void refusesRedirectFromHttpsToHttp();

private:
    void startServer(const TlsTestServer::Identity &identity);
    void setPin(const QByteArray &pin);
    ApiResponse run(const QString &path);

    TlsTestServer::Identity m_selfSigned; // names 127.0.0.1
    TlsTestServer::Identity m_otherHost; // names no address of the server
    TlsTestServer::Identity m_unrelated; // a certificate the server does not have
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TlsTestServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    ConnectionProfile m_profile;
};

void tst_TlsTrust::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "this Qt has no working TLS backend");
    QString error;
    m_selfSigned = TlsTestServer::generateSelfSigned(QStringLiteral("Hookbench TLS test"), true, 30,
                                                     &error);
    QVERIFY2(!m_selfSigned.isNull(), qPrintable(error));
    m_otherHost = TlsTestServer::generateSelfSigned(QStringLiteral("elsewhere.invalid"), false, 30,
                                                    &error);
    QVERIFY2(!m_otherHost.isNull(), qPrintable(error));
    m_unrelated = TlsTestServer::generateSelfSigned(QStringLiteral("Hookbench TLS test"), true, 30,
                                                    &error);
    QVERIFY2(!m_unrelated.isNull(), qPrintable(error));
    QCOMPARE_NE(m_selfSigned.sha256(), m_unrelated.sha256());
    QCOMPARE(m_selfSigned.sha256().size(), 64);
}

void tst_TlsTrust::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_client->setRetryBackoffMs(1);
    m_client->setTransferTimeoutMs(10000);
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
}

void tst_TlsTrust::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

void tst_TlsTrust::startServer(const TlsTestServer::Identity &identity)
{
    m_server = std::make_unique<TlsTestServer>(identity);
    QVERIFY(m_server->listen());
    m_server->setHandler([](const TlsTestServer::Request &request) {
        if (request.path() == u"/v1/webhooks")
            return FaultServer::response(200, ListBody);
        return FaultServer::response(404, R"({"message":"Not Found"})");
    });
    m_profile = {};
    m_profile.name = QStringLiteral("tls");
    m_profile.serviceUrl = m_server->baseUrl();
    m_profile.account = QStringLiteral("wdc");
    m_client->setProfile(m_profile, Token);
}

void tst_TlsTrust::setPin(const QByteArray &pin)
{
    m_profile.pinnedCertificateSha256 = pin;
    m_client->setProfile(m_profile, Token);
}

ApiResponse tst_TlsTrust::run(const QString &path)
{
    ApiCall *call = m_client->send(
            {ApiRequest::Method::Get, m_client->urlFor(path), {}, ApiRequest::Expect::Array});
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(10000))
        return {};
    return finished.first().first().value<ApiResponse>();
}

void tst_TlsTrust::refusesUntrustedCertificate_data()
{
    QTest::addColumn<bool>("namesTheHost");
    QTest::addColumn<QString>("problem");
    QTest::newRow("self-signed") << true << QStringLiteral("self-signed");
    QTest::newRow("self-signed for another host") << false << QStringLiteral("host name");
}

void tst_TlsTrust::refusesUntrustedCertificate()
{
    QFETCH(bool, namesTheHost);
    QFETCH(QString, problem);
    const TlsTestServer::Identity &identity = namesTheHost ? m_selfSigned : m_otherHost;
    startServer(identity);
    if (QTest::currentTestFailed())
        return;

    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("certificate was refused")));
    const ApiResponse response = run(QStringLiteral("/webhooks"));
    const ApiError &error = response.error;
    QCOMPARE(error.kind, ApiError::Kind::Network);
    QVERIFY2(error.message.contains(problem, Qt::CaseInsensitive), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"self-signed"), qPrintable(error.message));
    QVERIFY2(error.userMessage().contains(u"pin its certificate"), qPrintable(error.userMessage()));
    QVERIFY(!error.userMessage().contains(Token));
    QVERIFY(!response.requestMayHaveArrived);
    QCOMPARE(response.attempts, 1); // a refused certificate is not retried

    // What the "trust this certificate" dialog shows and stores.
    QCOMPARE(error.certificateSha256, identity.sha256());
    const QString summary = error.certificateSummary;
    QVERIFY2(summary.contains(
                     identity.certificate.subjectInfo(QSslCertificate::CommonName).value(0)),
             qPrintable(summary));
    QVERIFY2(summary.contains(u"self-signed"), qPrintable(summary));
    QVERIFY2(summary.contains(QString::fromLatin1(colonSeparatedUpperCase(identity.sha256()))),
             qPrintable(summary));
    QVERIFY2(summary.contains(
                     QString::number(identity.certificate.expiryDate().toUTC().date().year())),
             qPrintable(summary));

    // The handshake began and failed; no HTTP request (and so no token) reached the server.
    QVERIFY(m_server->handshakesStarted() >= 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->handshakesFailed() >= 1, 10000);
    QCOMPARE(m_server->handshakesCompleted(), 0);
    QVERIFY(m_server->requests().isEmpty());
}

void tst_TlsTrust::acceptsThePinnedCertificate_data()
{
    QTest::addColumn<bool>("namesTheHost");
    QTest::addColumn<bool>("colonsAndUpperCase");
    QTest::newRow("self-signed, pinned as stored") << true << false;
    QTest::newRow("self-signed for another host, pinned as stored") << false << false;
    QTest::newRow("pinned as AB:CD:... (pasted)") << true << true;
}

void tst_TlsTrust::acceptsThePinnedCertificate()
{
    QFETCH(bool, namesTheHost);
    QFETCH(bool, colonsAndUpperCase);
    const TlsTestServer::Identity &identity = namesTheHost ? m_selfSigned : m_otherHost;
    startServer(identity);
    if (QTest::currentTestFailed())
        return;
    setPin(colonsAndUpperCase ? colonSeparatedUpperCase(identity.sha256()) : identity.sha256());

    const ApiResponse response = run(QStringLiteral("/webhooks"));
    QCOMPARE(response.error.kind, ApiError::Kind::None);
    QCOMPARE(response.json.array().size(), 1);
    QCOMPARE(m_server->requests().size(), 1);
    const TlsTestServer::Request request = m_server->requests().first();
    QCOMPARE(request.method, "GET");
    QCOMPARE(request.path(), QStringLiteral("/v1/webhooks"));
    QCOMPARE(request.header("Authorization"), "Bearer " + Token.toUtf8());
    QCOMPARE(request.header("X-4me-Account"), "wdc");
}

void tst_TlsTrust::refusesWhenAnotherCertificateIsPinned()
{
    startServer(m_selfSigned);
    if (QTest::currentTestFailed())
        return;
    setPin(m_unrelated.sha256());

    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("certificate was refused")));
    const ApiResponse response = run(QStringLiteral("/webhooks"));
    QCOMPARE(response.error.kind, ApiError::Kind::Network);
    QVERIFY2(response.error.message.contains(u"self-signed"), qPrintable(response.error.message));
    // The dialog offers the certificate the server really has, not the pinned one.
    QCOMPARE(response.error.certificateSha256, m_selfSigned.sha256());
    QTRY_VERIFY_WITH_TIMEOUT(m_server->handshakesFailed() >= 1, 10000);
    QVERIFY(m_server->requests().isEmpty());
}

// A pin means exactly that certificate: another one is refused (and offered for review)
// even when the system trusts its issuer, so that sslErrors() never fires for it.
void tst_TlsTrust::pinRefusesACertificateFromATrustedAuthority()
{
    const QSslConfiguration previous = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = previous;
    trusting.addCaCertificate(m_selfSigned.certificate); // as if a public CA had issued it
    QSslConfiguration::setDefaultConfiguration(trusting);
    const auto restore
            = qScopeGuard([previous] { QSslConfiguration::setDefaultConfiguration(previous); });

    startServer(m_selfSigned);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(run(QStringLiteral("/webhooks")).error.kind, ApiError::Kind::None); // trusted
    m_network->clearConnectionCache();
    const int requestsBefore = int(m_server->requests().size());

    setPin(m_unrelated.sha256());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not the one pinned")));
    const ApiResponse response = run(QStringLiteral("/webhooks"));
    QCOMPARE(response.error.kind, ApiError::Kind::Network);
    QVERIFY2(response.error.message.contains(u"pinned"), qPrintable(response.error.message));
    QCOMPARE(response.error.certificateSha256, m_selfSigned.sha256());
    QVERIFY(response.error.certificateSummary.contains(u"SHA-256"));
    QCOMPARE(int(m_server->requests().size()), requestsBefore); // the token stayed home

    setPin(m_selfSigned.sha256()); // reviewed and pinned: accepted again
    QCOMPARE(run(QStringLiteral("/webhooks")).error.kind, ApiError::Kind::None);
}

void tst_TlsTrust::trustingTheRefusedCertificateLetsTheListingThrough()
{
    // The GUI's flow, through the service: refused, the person trusts the certificate
    // the error names, the profile keeps its fingerprint, and the listing goes through.
    startServer(m_selfSigned);
    if (QTest::currentTestFailed())
        return;
    WebhookService service(m_client.get());

    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("certificate was refused")));
    WebhookListing *refused = service.list();
    QSignalSpy refusedDone(refused, &WebhookListing::finished);
    QVERIFY(refusedDone.wait(10000));
    const ApiError error = refusedDone.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Network);
    QVERIFY(!error.certificateSha256.isEmpty());
    QCOMPARE(refused->received(), 0);
    QVERIFY(m_server->requests().isEmpty());

    setPin(error.certificateSha256);
    WebhookListing *trusted = service.list();
    QSignalSpy trustedDone(trusted, &WebhookListing::finished);
    QVERIFY(trustedDone.wait(10000));
    QCOMPARE(trustedDone.first().first().value<ApiError>().kind, ApiError::Kind::None);
    QCOMPARE(trusted->rows().size(), 1);
    QCOMPARE(trusted->rows().first().id, 7);
    QVERIFY(!m_server->requests().isEmpty());
}

void tst_TlsTrust::removingThePinRefusesAgain()
{
    // A connection that was accepted under a pin must not carry requests after the pin is
    // gone (Qt keeps HTTPS connections open for reuse).
    startServer(m_selfSigned);
    if (QTest::currentTestFailed())
        return;
    setPin(m_selfSigned.sha256());
    QCOMPARE(run(QStringLiteral("/webhooks")).error.kind, ApiError::Kind::None);
    QCOMPARE(m_server->requests().size(), 1);

    setPin({});
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("certificate was refused")));
    const ApiResponse response = run(QStringLiteral("/webhooks"));
    QCOMPARE(response.error.kind, ApiError::Kind::Network);
    QCOMPARE(response.error.certificateSha256, m_selfSigned.sha256());
    QCOMPARE(m_server->requests().size(), 1);
}

void tst_TlsTrust::refusesRedirectFromHttpsToHttp()
{
    FaultServer plain;
    QVERIFY(plain.listen());
    plain.setHandler([](const FaultServer::Request &) { return FaultServer::json(200, ListBody); });
    startServer(m_selfSigned);
    if (QTest::currentTestFailed())
        return;
    setPin(m_selfSigned.sha256());
    const QByteArray location = plain.url(QStringLiteral("/v1/webhooks")).toEncoded();
    QVERIFY(location.startsWith("http://127.0.0.1:"));
    m_server->setHandler([location](const TlsTestServer::Request &) {
        return FaultServer::response(302, {}, {{"Location", location}});
    });

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("redirect refused")));
    const ApiResponse response = run(QStringLiteral("/webhooks"));
    QCOMPARE(response.error.kind, ApiError::Kind::Network);
    QVERIFY2(response.error.message.contains(u"http://127.0.0.1"),
             qPrintable(response.error.message));
    QCOMPARE(response.httpStatus, 302);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(plain.requestCount(), 0); // the token never travelled in plain text
    QCOMPARE(plain.connectionCount(), 0);
}

QTEST_GUILESS_MAIN(tst_TlsTrust)
#include "tst_TlsTrust.moc"
