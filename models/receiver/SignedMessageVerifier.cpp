#include "models/receiver/SignedMessageVerifier.h"

#include "models/JsonKeys.h"
#include "models/ServiceUrl.h"
#include "models/api/ApiClient.h"
#include "models/receiver/OidcKeyFetcher.h"

namespace {

QString waitingKey(const QString &issuer, const QString &keyId)
{
    return issuer + u'\n' + keyId;
}

// Whether `keys` hold what `algorithm` needs: a secret for HS*, a public key otherwise.
bool fits(const DeliveryDecoder::Keys &keys, const QString &algorithm)
{
    if (algorithm.startsWith(u"HS", Qt::CaseInsensitive))
        return !keys.secret.isEmpty();
    return !keys.publicKeyPem.trimmed().isEmpty();
}

} // namespace

SignedMessageVerifier::SignedMessageVerifier(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_fetcher(new OidcKeyFetcher(network, this))
{
    connect(m_fetcher, &OidcKeyFetcher::keyFound, this, &SignedMessageVerifier::discoveryEnded);
    connect(m_fetcher, &OidcKeyFetcher::failed, this,
            [this](const QString &issuer, const QString &keyId) { discoveryEnded(issuer, keyId); });
}

SignedMessageVerifier::~SignedMessageVerifier() = default;

void SignedMessageVerifier::setKeyLookup(KeyLookup lookup)
{
    m_keyLookup = std::move(lookup);
}

void SignedMessageVerifier::setSecretLookup(KeyLookup lookup)
{
    m_secretLookup = std::move(lookup);
}

void SignedMessageVerifier::setAudienceLookup(AudienceLookup lookup)
{
    m_audienceLookup = std::move(lookup);
}

void SignedMessageVerifier::setPastedKeys(const DeliveryDecoder::Keys &keys)
{
    m_pasted = keys;
}

DeliveryDecoder::Keys SignedMessageVerifier::pastedKeys() const
{
    return m_pasted;
}

void SignedMessageVerifier::setAudience(const std::optional<QString> &audience)
{
    m_audience = audience;
}

void SignedMessageVerifier::setAccountUrl(const QString &accountUrl)
{
    m_accountUrl = accountUrl;
}

void SignedMessageVerifier::setSandboxOrigin(const QUrl &origin)
{
    m_sandboxOrigin = origin;
}

void SignedMessageVerifier::setProfile(const QUrl &serviceUrl, const QString &account)
{
    m_accountUrl = SignedMessageCheck::accountUrlFor(serviceUrl, account);
    m_sandboxOrigin = ServiceUrl::isLoopbackHost(serviceUrl.host())
            ? serviceUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                                  | QUrl::RemoveUserInfo)
            : QUrl();
}

void SignedMessageVerifier::setDiscoveryForAnyHost(bool allowed)
{
    m_discoveryForAnyHost = allowed;
}

bool SignedMessageVerifier::discoveryForAnyHost() const
{
    return m_discoveryForAnyHost;
}

void SignedMessageVerifier::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

OidcKeyFetcher *SignedMessageVerifier::keyFetcher() const
{
    return m_fetcher;
}

SignedMessageCheck::Report SignedMessageVerifier::check(const Delivery &delivery, bool *pending)
{
    using KeySource = SignedMessageCheck::KeySource;
    if (pending)
        *pending = false;
    const QByteArray contentType = delivery.headerValue("content-type");
    const DeliveryDecoder::Result plain = DeliveryDecoder::decode(delivery.body, contentType);
    if (plain.format != DeliveryDecoder::Format::Jwt)
        return {};

    KeyQuery query;
    query.keyId = plain.jwtHeader.value(JsonKeys::JwtKeyId).toString();
    query.issuer = plain.jwtClaims.value(JsonKeys::JwtIssuer).toString();
    query.algorithm = plain.algorithm;
    query.webhookId = plain.jwtClaims.value(JsonKeys::JwtSubject).toString().toLongLong();
    if (query.webhookId <= 0)
        query.webhookId = plain.message.value(JsonKeys::MessageWebhookId).toInteger();

    SignedMessageCheck::Expectations expectations;
    expectations.audience = m_audience;
    if (m_audienceLookup) {
        if (const std::optional<QString> audience = m_audienceLookup(query))
            expectations.audience = audience;
    }
    expectations.accountUrl = m_accountUrl;
    expectations.sandboxOrigin = m_sandboxOrigin;
    expectations.now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();

    auto checkWith = [&](const DeliveryDecoder::Keys &keys, KeySource source,
                         const QString &origin = {}) {
        return SignedMessageCheck::check(DeliveryDecoder::decode(delivery.body, contentType, keys),
                                         keys, source, expectations, origin);
    };
    auto notVerified = [&](const QString &why) {
        SignedMessageCheck::Report report = checkWith({}, KeySource::None);
        if (report.signature == DeliveryDecoder::Signature::NotVerified)
            report.signatureReason = DeliveryDecoder::signatureText(
                    DeliveryDecoder::Signature::NotVerified, query.algorithm, why);
        return report;
    };

    if (plain.signature != DeliveryDecoder::Signature::NotVerified)
        return checkWith({}, KeySource::None); // none, malformed or unsupported: no key helps

    if (m_keyLookup) {
        const DeliveryDecoder::Keys keys = m_keyLookup(query);
        if (fits(keys, query.algorithm))
            return checkWith(keys, KeySource::Lookup);
    }
    if (fits(m_pasted, query.algorithm))
        return checkWith(m_pasted, KeySource::Pasted);

    const bool secretAlgorithm = query.algorithm.startsWith(u"HS", Qt::CaseInsensitive);
    if (secretAlgorithm && m_secretLookup) {
        DeliveryDecoder::Keys keys;
        keys.secret = m_secretLookup(query).secret;
        if (fits(keys, query.algorithm))
            return checkWith(keys, KeySource::Lookup, tr("the sandbox"));
    }
    if (secretAlgorithm)
        return notVerified(tr("no secret given"));
    if (query.issuer.isEmpty())
        return notVerified(tr("no public key given, and no iss to discover one from"));

    const QUrl issuer(query.issuer);
    const bool automatic = ServiceUrl::isLoopbackHost(issuer.host())
            || (!m_sandboxOrigin.isEmpty() && ApiClient::isSameOrigin(issuer, m_sandboxOrigin));
    if (!automatic && !m_discoveryForAnyHost) {
        return notVerified(tr("no public key given; OpenID Connect discovery from %1 is off")
                                   .arg(issuer.host()));
    }
    const QByteArray discovered = m_fetcher->key(query.issuer, query.keyId);
    if (!discovered.isEmpty()) {
        DeliveryDecoder::Keys keys;
        keys.publicKeyPem = discovered;
        return checkWith(keys, KeySource::Discovery,
                         m_fetcher->keyOrigin(query.issuer, query.keyId));
    }
    const QString failure = m_fetcher->failure(query.issuer, query.keyId);
    if (!failure.isEmpty())
        return notVerified(tr("OpenID Connect discovery failed: %1").arg(failure));
    m_fetcher->fetch(query.issuer, query.keyId);
    if (pending)
        *pending = true;
    return notVerified(tr("looking up the key at %1").arg(query.issuer));
}

void SignedMessageVerifier::verify(const Delivery &delivery)
{
    bool pending = false;
    const SignedMessageCheck::Report report = check(delivery, &pending);
    if (!pending) {
        Q_EMIT checked(delivery, report);
        return;
    }
    const QString issuer = report.claims.value(JsonKeys::JwtIssuer).toString();
    const QString keyId = report.header.value(JsonKeys::JwtKeyId).toString();
    m_waiting[waitingKey(issuer, keyId)].append(delivery);
}

void SignedMessageVerifier::discoveryEnded(const QString &issuer, const QString &keyId)
{
    const QList<Delivery> waiting = m_waiting.take(waitingKey(issuer, keyId));
    for (const Delivery &delivery : waiting)
        Q_EMIT checked(delivery, check(delivery));
}
