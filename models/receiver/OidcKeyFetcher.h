#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// Finds the public key of a signed message through OpenID Connect discovery: GETs
// ISSUER/.well-known/openid-configuration, checks that its "issuer" is ISSUER, GETs its
// "jwks_uri" (which must be on the issuer's origin), picks the JWK whose "kid" is the
// message's, and turns it into a PEM public key (RSA or EC, with OpenSSL).
//
// The issuer comes from whoever posted the message, so every fetch is bounded: https only
// (plain http only to this computer, as for the API, ServiceUrl), no redirects, at most
// MaxDocumentBytes per document, and at most timeoutMs() from the first request to the key.
// Keys found are cached by issuer and kid; failures are remembered until forget() (or until
// too many are remembered).
//
// The network manager is injected and not owned. GUI thread (or any one thread).
class OidcKeyFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OidcKeyFetcher)

public:
    static constexpr qint64 MaxDocumentBytes = 64 * 1024;
    static constexpr int DefaultTimeoutMs = 10000;
    // Senders choose the issuers: at most this many fetches run at once, and at most
    // MaxRemembered keys and failures are kept (then they are forgotten).
    static constexpr int MaxConcurrentFetches = 8;
    static constexpr int MaxRemembered = 1000;

    explicit OidcKeyFetcher(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~OidcKeyFetcher() override;

    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }

    // The PEM public key found for `issuer` and `keyId`; empty when none (yet).
    QByteArray key(const QString &issuer, const QString &keyId) const;
    // The JWKS URL the key came from; empty when none.
    QString keyOrigin(const QString &issuer, const QString &keyId) const;
    // Why the last fetch for `issuer` and `keyId` failed; empty when it did not (or none ran).
    QString failure(const QString &issuer, const QString &keyId) const;
    bool isFetching(const QString &issuer, const QString &keyId) const;

    // Starts looking for the key unless it is known, failed before, or being fetched.
    // keyFound() or failed() follows (never from within this call).
    void fetch(const QString &issuer, const QString &keyId);
    // Forgets keys and failures (e.g. to try a failed issuer again).
    void forget();

    // Why `issuer` must not be fetched (not http(s), plain http to another computer); empty
    // when it may.
    static QString refusal(const QUrl &issuer);
    // The public key of an RSA or EC (P-256/384/521) JWK as PEM; empty and *error otherwise.
    static QByteArray pemFromJwk(const QJsonObject &jwk, QString *error = nullptr);

Q_SIGNALS:
    void keyFound(const QString &issuer, const QString &keyId);
    void failed(const QString &issuer, const QString &keyId, const QString &reason);

private:
    struct Fetch;
    static QString cacheKey(const QString &issuer, const QString &keyId);
    void get(Fetch *fetch, const QUrl &url);
    void finishDocument(Fetch *fetch, QNetworkReply *reply);
    // `remember`: keep the failure, so that the issuer is not asked again.
    void fail(Fetch *fetch, const QString &reason, bool remember = true);
    void succeed(Fetch *fetch, const QByteArray &pem, const QString &origin);

    QNetworkAccessManager *m_network;
    int m_timeoutMs = DefaultTimeoutMs;
    QHash<QString, QByteArray> m_keys;
    QHash<QString, QString> m_origins;
    QHash<QString, QString> m_failures;
    QHash<QString, Fetch *> m_fetches;
};
