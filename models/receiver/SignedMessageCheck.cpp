#include "models/receiver/SignedMessageCheck.h"

#include "models/ConnectionProfile.h"
#include "models/JsonKeys.h"
#include "models/receiver/VerificationResponder.h"

#include <QJsonArray>
#include <QStringList>

namespace {

using Outcome = SignedMessageCheck::Outcome;
using Check = SignedMessageCheck::Check;

Check passed(const QString &reason)
{
    return {Outcome::Passed, reason};
}

Check failed(const QString &reason)
{
    return {Outcome::Failed, reason};
}

Check notChecked(const QString &reason)
{
    return {Outcome::NotChecked, reason};
}

QString timeText(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

// A NumericDate claim (seconds since the epoch); false when it is absent or no number.
bool numericDate(const QJsonObject &claims, QLatin1StringView key, qint64 *seconds)
{
    const QJsonValue value = claims.value(key);
    if (!value.isDouble())
        return false;
    *seconds = qint64(value.toDouble());
    return true;
}

QString withoutTrailingSlash(QString url)
{
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

// `issuer` is `base` or a URL under it (base + "/..."), compared without trailing slashes.
bool isAtOrUnder(const QString &issuer, const QString &base, bool *under)
{
    const QString i = withoutTrailingSlash(issuer);
    const QString b = withoutTrailingSlash(base);
    if (b.isEmpty())
        return false;
    if (i.compare(b, Qt::CaseInsensitive) == 0) {
        *under = false;
        return true;
    }
    if (i.size() > b.size() + 1 && i.startsWith(b, Qt::CaseInsensitive) && i.at(b.size()) == u'/') {
        *under = true;
        return true;
    }
    return false;
}

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
            && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
            && a.port(a.scheme() == u"https" ? 443 : 80)
            == b.port(b.scheme() == u"https" ? 443 : 80);
}

Check checkAudience(const QJsonObject &claims, const std::optional<QString> &expected)
{
    const QJsonValue aud = claims.value(JsonKeys::JwtClaimAudience);
    QStringList audiences;
    if (aud.isString()) {
        audiences.append(aud.toString());
    } else if (aud.isArray()) {
        const QJsonArray array = aud.toArray();
        for (const QJsonValue &entry : array)
            audiences.append(entry.toString());
    } else if (!aud.isUndefined()) {
        return failed(SignedMessageCheck::tr("aud is neither a text nor a list of texts"));
    }
    const QString shown = audiences.join(QStringLiteral(", "));
    if (!expected) {
        return notChecked(audiences.isEmpty()
                                  ? SignedMessageCheck::tr("the token names no audience, and the "
                                                           "policy's audience is not known")
                                  : SignedMessageCheck::tr("aud is \"%1\"; the policy's audience "
                                                           "is not known")
                                            .arg(shown));
    }
    if (expected->isEmpty()) {
        return audiences.isEmpty()
                ? passed(SignedMessageCheck::tr("no aud, and the policy sets no audience"))
                : failed(SignedMessageCheck::tr("aud is \"%1\", but the policy sets no audience")
                                 .arg(shown));
    }
    if (audiences.isEmpty())
        return failed(SignedMessageCheck::tr("the token names no audience; the policy's is \"%1\"")
                              .arg(*expected));
    if (audiences.contains(*expected))
        return passed(SignedMessageCheck::tr("aud is the policy's audience \"%1\"").arg(*expected));
    return failed(SignedMessageCheck::tr("aud is \"%1\", not the policy's audience \"%2\"")
                          .arg(shown, *expected));
}

Check checkExpires(const QJsonObject &claims, qint64 now)
{
    if (!claims.contains(JsonKeys::JwtExpires))
        return notChecked(SignedMessageCheck::tr("no exp: the token does not expire"));
    qint64 exp = 0;
    if (!numericDate(claims, JsonKeys::JwtExpires, &exp))
        return failed(SignedMessageCheck::tr("exp is not a number of seconds"));
    if (now > exp + SignedMessageCheck::LeewaySeconds) {
        return failed(SignedMessageCheck::tr("expired at %1, %2 s ago (more than the %3 s "
                                             "leeway)")
                              .arg(timeText(exp))
                              .arg(now - exp)
                              .arg(SignedMessageCheck::LeewaySeconds));
    }
    return passed(SignedMessageCheck::tr("expires at %1").arg(timeText(exp)));
}

Check checkNotBefore(const QJsonObject &claims, qint64 now)
{
    if (!claims.contains(JsonKeys::JwtNotBefore))
        return notChecked(SignedMessageCheck::tr("no nbf: the token is valid from the start"));
    qint64 nbf = 0;
    if (!numericDate(claims, JsonKeys::JwtNotBefore, &nbf))
        return failed(SignedMessageCheck::tr("nbf is not a number of seconds"));
    if (now + SignedMessageCheck::LeewaySeconds < nbf) {
        return failed(SignedMessageCheck::tr("not valid before %1, %2 s from now (more than the "
                                             "%3 s leeway)")
                              .arg(timeText(nbf))
                              .arg(nbf - now)
                              .arg(SignedMessageCheck::LeewaySeconds));
    }
    return passed(SignedMessageCheck::tr("valid since %1").arg(timeText(nbf)));
}

Check checkIssuer(const QJsonObject &claims, const DeliveryDecoder::Result &decoded,
                  SignedMessageCheck::KeySource source,
                  const SignedMessageCheck::Expectations &expectations)
{
    const QJsonValue value = claims.value(JsonKeys::JwtIssuer);
    if (!value.isString() || value.toString().isEmpty())
        return failed(SignedMessageCheck::tr("the token names no issuer (iss)"));
    const QString iss = value.toString();
    bool under = false;
    if (!expectations.accountUrl.isEmpty() && isAtOrUnder(iss, expectations.accountUrl, &under)) {
        return passed(under ? SignedMessageCheck::tr("%1 is a policy's URL under the account URL")
                                      .arg(iss)
                            : SignedMessageCheck::tr("%1 is the account URL").arg(iss));
    }
    const QUrl issuerUrl(iss);
    if (!expectations.sandboxOrigin.isEmpty() && issuerUrl.isValid()
        && isSameOrigin(issuerUrl, expectations.sandboxOrigin)) {
        return passed(SignedMessageCheck::tr("%1 is on the sandbox's address").arg(iss));
    }
    if (!expectations.accountUrl.isEmpty()) {
        return failed(SignedMessageCheck::tr("%1 is neither the account URL %2 nor a policy's URL "
                                             "under it")
                              .arg(iss, expectations.accountUrl));
    }
    // No account URL to compare with: a key the user trusts vouches for the claims, and with
    // it for the account URL that the signed message names.
    const QString named = decoded.message.value(JsonKeys::MessageAccount).toString();
    const bool trustedKey = source == SignedMessageCheck::KeySource::Lookup
            || source == SignedMessageCheck::KeySource::Pasted;
    if (trustedKey && decoded.signature == DeliveryDecoder::Signature::Valid && !named.isEmpty()) {
        if (isAtOrUnder(iss, named, &under)) {
            return passed(SignedMessageCheck::tr("%1 is the account URL that the signed message "
                                                 "names")
                                  .arg(iss));
        }
        return failed(SignedMessageCheck::tr("%1 is not the account URL %2 that the signed "
                                             "message names")
                              .arg(iss, named));
    }
    return notChecked(SignedMessageCheck::tr("iss is %1; the account URL is not known").arg(iss));
}

QJsonObject checkJson(const Check &check)
{
    return QJsonObject{{JsonKeys::CheckResult, SignedMessageCheck::outcomeName(check.outcome)},
                       {JsonKeys::CheckReason, check.reason}};
}

} // namespace

bool SignedMessageCheck::Report::trusted() const
{
    if (!isSigned || signature != DeliveryDecoder::Signature::Valid)
        return false;
    for (const Check *check : {&audience, &expires, &notBefore, &issuer}) {
        if (check->outcome == Outcome::Failed)
            return false;
    }
    return keySource != KeySource::Discovery || issuer.outcome == Outcome::Passed;
}

QString SignedMessageCheck::Report::distrustReason() const
{
    if (!isSigned)
        return tr("the message is not signed");
    if (signature != DeliveryDecoder::Signature::Valid)
        return signatureReason;
    const QList<QPair<QLatin1StringView, const Check *>> checks{
            {JsonKeys::JwtClaimAudience, &audience},
            {JsonKeys::JwtExpires, &expires},
            {JsonKeys::JwtNotBefore, &notBefore},
            {JsonKeys::JwtIssuer, &issuer}};
    for (const auto &[name, check] : checks) {
        if (check->outcome == Outcome::Failed)
            return tr("the %1 check failed: %2").arg(QString(name), check->reason);
    }
    if (!trusted())
        return tr("the key came from the issuer, whose address could not be checked: %1")
                .arg(issuer.reason);
    return {};
}

QJsonObject SignedMessageCheck::Report::toJson() const
{
    return QJsonObject{
            {JsonKeys::CheckHeader, header},
            {JsonKeys::CheckClaims, claims},
            {JsonKeys::CheckSignature, signatureName(signature)},
            {JsonKeys::CheckSignatureReason, signatureReason},
            {JsonKeys::CheckKeySource, keySourceName(keySource)},
            {JsonKeys::CheckTrusted, trusted()},
            {JsonKeys::CheckChecks,
             QJsonObject{{JsonKeys::JwtClaimAudience, checkJson(audience)},
                         {JsonKeys::JwtExpires, checkJson(expires)},
                         {JsonKeys::JwtNotBefore, checkJson(notBefore)},
                         {JsonKeys::JwtIssuer, checkJson(issuer)}}},
    };
}

QString SignedMessageCheck::Report::toText() const
{
    QString text = signatureReason;
    if (!keyOrigin.isEmpty())
        text += tr(" (key from %1)").arg(keyOrigin);
    text += u'\n';
    const QList<QPair<QLatin1StringView, const Check *>> checks{
            {JsonKeys::JwtClaimAudience, &audience},
            {JsonKeys::JwtExpires, &expires},
            {JsonKeys::JwtNotBefore, &notBefore},
            {JsonKeys::JwtIssuer, &issuer}};
    for (const auto &[name, check] : checks) {
        text += tr("%1: %2 (%3)\n").arg(QString(name), outcomeText(check->outcome), check->reason);
    }
    return text;
}

SignedMessageCheck::Report SignedMessageCheck::check(const DeliveryDecoder::Result &decoded,
                                                     const DeliveryDecoder::Keys &keys,
                                                     KeySource source,
                                                     const Expectations &expectations,
                                                     const QString &keyOrigin)
{
    Report report;
    if (decoded.format != DeliveryDecoder::Format::Jwt)
        return report;
    report.isSigned = true;
    report.signature = decoded.signature;
    report.signatureReason = decoded.signatureText;
    report.header = decoded.jwtHeader;
    report.claims = decoded.jwtClaims;
    const bool keyUsed = decoded.signature == DeliveryDecoder::Signature::Valid
            || decoded.signature == DeliveryDecoder::Signature::Invalid;
    report.keySource = keyUsed ? source : KeySource::None;
    report.keyOrigin = keyUsed ? keyOrigin : QString();
    report.keys = keyUsed ? keys : DeliveryDecoder::Keys();
    if (decoded.signature == DeliveryDecoder::Signature::Unsecured)
        report.signatureReason = tr("unsigned (alg none): anyone could have sent it");

    const qint64 now
            = (expectations.now.isValid() ? expectations.now : QDateTime::currentDateTimeUtc())
                      .toSecsSinceEpoch();
    report.audience = checkAudience(decoded.jwtClaims, expectations.audience);
    report.expires = checkExpires(decoded.jwtClaims, now);
    report.notBefore = checkNotBefore(decoded.jwtClaims, now);
    report.issuer = checkIssuer(decoded.jwtClaims, decoded, report.keySource, expectations);
    return report;
}

QString SignedMessageCheck::signatureName(DeliveryDecoder::Signature signature)
{
    switch (signature) {
    case DeliveryDecoder::Signature::Valid:
        return QStringLiteral("valid");
    case DeliveryDecoder::Signature::Invalid:
        return QStringLiteral("invalid");
    case DeliveryDecoder::Signature::Unsecured:
        return QStringLiteral("unsigned");
    case DeliveryDecoder::Signature::NotSigned:
    case DeliveryDecoder::Signature::NotVerified:
    case DeliveryDecoder::Signature::Unsupported:
        break;
    }
    return QStringLiteral("not verified");
}

QString SignedMessageCheck::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed:
        return QStringLiteral("passed");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::NotChecked:
        break;
    }
    return QStringLiteral("not checked");
}

QString SignedMessageCheck::keySourceName(KeySource source)
{
    switch (source) {
    case KeySource::Lookup:
        return QStringLiteral("lookup");
    case KeySource::Pasted:
        return QStringLiteral("pasted");
    case KeySource::Discovery:
        return QStringLiteral("discovery");
    case KeySource::None:
        break;
    }
    return QStringLiteral("none");
}

QString SignedMessageCheck::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed:
        return tr("passed");
    case Outcome::Failed:
        return tr("FAILED");
    case Outcome::NotChecked:
        break;
    }
    return tr("not checked");
}

QString SignedMessageCheck::accountUrlFor(const QUrl &serviceUrl, const QString &account)
{
    ConnectionProfile profile;
    profile.serviceUrl = serviceUrl;
    profile.account = account;
    const QString host = VerificationResponder::accountHost(profile);
    return host.isEmpty() ? QString() : QStringLiteral("https://") + host;
}
