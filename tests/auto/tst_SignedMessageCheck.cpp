// SignedMessageCheck on tokens made here (HS256 with Qt's HMAC, and alg none): each check on
// its own, the 60 s leeway at its edges, the issuer rules, "none" never valid, and the JSON
// shape that hookbench-cli listen prints.
#include "models/receiver/SignedMessageCheck.h"
#include "tests/support/WarningGuard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Qt::StringLiterals;
using Outcome = SignedMessageCheck::Outcome;
using Signature = DeliveryDecoder::Signature;
using KeySource = SignedMessageCheck::KeySource;

Q_DECLARE_METATYPE(SignedMessageCheck::Outcome)

namespace {

const QByteArray Secret = "a shared secret of the policy";
const qint64 IssuedAt = 1764680000; // 2025-12-02
const QString AccountUrl = u"https://wdc.4me.com"_s;

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray token(const QJsonObject &claims, const QString &algorithm = u"HS256"_s,
                 const QByteArray &secret = Secret)
{
    const QByteArray input
            = base64Url(QJsonDocument(QJsonObject{{u"alg"_s, algorithm}, {u"typ"_s, u"JWT"_s}})
                                .toJson(QJsonDocument::Compact))
            + '.' + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signature = algorithm == u"none"
            ? QByteArray()
            : QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256);
    return input + '.' + base64Url(signature);
}

QJsonObject standardClaims()
{
    return QJsonObject{{u"iss"_s, AccountUrl},
                       {u"sub"_s, u"42"_s},
                       {u"aud"_s, u"receiver-7"_s},
                       {u"iat"_s, IssuedAt},
                       {u"nbf"_s, IssuedAt},
                       {u"exp"_s, IssuedAt + 300},
                       {u"data"_s,
                        QJsonObject{{u"webhook_id"_s, 42},
                                    {u"account"_s, AccountUrl},
                                    {u"event"_s, u"request.create"_s}}}};
}

SignedMessageCheck::Report checkToken(const QByteArray &jwt,
                                      const SignedMessageCheck::Expectations &expectations,
                                      const QByteArray &secret = Secret,
                                      KeySource source = KeySource::Pasted)
{
    DeliveryDecoder::Keys keys;
    keys.secret = secret;
    const QByteArray body = QJsonDocument(QJsonObject{{u"jwt"_s, QString::fromLatin1(jwt)}})
                                    .toJson(QJsonDocument::Compact);
    return SignedMessageCheck::check(DeliveryDecoder::decode(body, "application/json", keys), keys,
                                     source, expectations);
}

SignedMessageCheck::Expectations at(qint64 seconds)
{
    SignedMessageCheck::Expectations expectations;
    expectations.now = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    expectations.accountUrl = AccountUrl;
    expectations.audience = u"receiver-7"_s;
    return expectations;
}

} // namespace

class tst_SignedMessageCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { hb::test::failOnUnexpectedWarnings(); }

    void validTokenPassesEveryCheck()
    {
        const SignedMessageCheck::Report report
                = checkToken(token(standardClaims()), at(IssuedAt + 10));
        QVERIFY(report.isSigned);
        QCOMPARE(report.signature, Signature::Valid);
        QCOMPARE(report.audience.outcome, Outcome::Passed);
        QCOMPARE(report.expires.outcome, Outcome::Passed);
        QCOMPARE(report.notBefore.outcome, Outcome::Passed);
        QCOMPARE(report.issuer.outcome, Outcome::Passed);
        QVERIFY(report.trusted());
        QCOMPARE(report.keySource, KeySource::Pasted);
    }

    void unsignedBodyIsNoReport()
    {
        const QByteArray body = R"({"webhook_id": 1, "event": "request.create"})";
        const SignedMessageCheck::Report report = SignedMessageCheck::check(
                DeliveryDecoder::decode(body, "application/json"), {}, KeySource::None, {});
        QVERIFY(!report.isSigned);
        QVERIFY(!report.trusted());
    }

    void algNoneIsNeverValid()
    {
        const SignedMessageCheck::Report report
                = checkToken(token(standardClaims(), u"none"_s), at(IssuedAt));
        QCOMPARE(report.signature, Signature::Unsecured);
        QCOMPARE(report.toJson().value(u"signature"_s).toString(), u"unsigned"_s);
        QVERIFY(report.signatureReason.contains(u"alg none"_s));
        QVERIFY(!report.trusted());
        QCOMPARE(report.keySource, KeySource::None);
        QVERIFY(report.keys.secret.isEmpty());
    }

    void wrongSecretIsInvalid()
    {
        const SignedMessageCheck::Report report
                = checkToken(token(standardClaims()), at(IssuedAt), "another secret");
        QCOMPARE(report.signature, Signature::Invalid);
        QVERIFY(!report.trusted());
    }

    void times_data()
    {
        QTest::addColumn<qint64>("now");
        QTest::addColumn<Outcome>("expires");
        QTest::addColumn<Outcome>("notBefore");
        // exp = iat + 300, nbf = iat, leeway 60 s.
        QTest::newRow("at issue") << IssuedAt << Outcome::Passed << Outcome::Passed;
        QTest::newRow("59 s before nbf") << IssuedAt - 59 << Outcome::Passed << Outcome::Passed;
        QTest::newRow("61 s before nbf") << IssuedAt - 61 << Outcome::Passed << Outcome::Failed;
        QTest::newRow("59 s after exp") << IssuedAt + 359 << Outcome::Passed << Outcome::Passed;
        QTest::newRow("61 s after exp") << IssuedAt + 361 << Outcome::Failed << Outcome::Passed;
        QTest::newRow("a day later") << IssuedAt + 86400 << Outcome::Failed << Outcome::Passed;
    }

    void times()
    {
        QFETCH(qint64, now);
        QFETCH(Outcome, expires);
        QFETCH(Outcome, notBefore);
        const SignedMessageCheck::Report report = checkToken(token(standardClaims()), at(now));
        QCOMPARE(report.signature, Signature::Valid);
        QCOMPARE(report.expires.outcome, expires);
        QCOMPARE(report.notBefore.outcome, notBefore);
        QCOMPARE(report.trusted(), expires == Outcome::Passed && notBefore == Outcome::Passed);
    }

    void missingTimesAreNotChecked()
    {
        QJsonObject claims = standardClaims();
        claims.remove(u"exp"_s);
        claims.remove(u"nbf"_s);
        const SignedMessageCheck::Report report
                = checkToken(token(claims), at(IssuedAt + 10000000));
        QCOMPARE(report.expires.outcome, Outcome::NotChecked);
        QCOMPARE(report.notBefore.outcome, Outcome::NotChecked);
        QVERIFY(report.trusted());
    }

    void audience_data()
    {
        QTest::addColumn<QJsonValue>("aud");
        QTest::addColumn<std::optional<QString>>("expected");
        QTest::addColumn<Outcome>("outcome");
        const QJsonValue absent(QJsonValue::Undefined);
        QTest::newRow("match") << QJsonValue(u"receiver-7"_s) << std::optional(u"receiver-7"_s)
                               << Outcome::Passed;
        QTest::newRow("in a list") << QJsonValue(QJsonArray{u"x"_s, u"receiver-7"_s})
                                   << std::optional(u"receiver-7"_s) << Outcome::Passed;
        QTest::newRow("wrong") << QJsonValue(u"receiver-8"_s) << std::optional(u"receiver-7"_s)
                               << Outcome::Failed;
        QTest::newRow("missing") << absent << std::optional(u"receiver-7"_s) << Outcome::Failed;
        QTest::newRow("policy sets none") << absent << std::optional(QString()) << Outcome::Passed;
        QTest::newRow("unexpected aud")
                << QJsonValue(u"receiver-7"_s) << std::optional(QString()) << Outcome::Failed;
        QTest::newRow("not known")
                << QJsonValue(u"receiver-7"_s) << std::optional<QString>() << Outcome::NotChecked;
        QTest::newRow("a number") << QJsonValue(7) << std::optional(u"7"_s) << Outcome::Failed;
    }

    void audience()
    {
        QFETCH(QJsonValue, aud);
        QFETCH(std::optional<QString>, expected);
        QFETCH(Outcome, outcome);
        QJsonObject claims = standardClaims();
        claims.remove(u"aud"_s);
        if (!aud.isUndefined())
            claims.insert(u"aud"_s, aud);
        SignedMessageCheck::Expectations expectations = at(IssuedAt);
        expectations.audience = expected;
        const SignedMessageCheck::Report report = checkToken(token(claims), expectations);
        QCOMPARE(report.audience.outcome, outcome);
        QVERIFY(!report.audience.reason.isEmpty());
    }

    void issuer_data()
    {
        QTest::addColumn<QString>("iss");
        QTest::addColumn<QString>("accountUrl");
        QTest::addColumn<QUrl>("sandbox");
        QTest::addColumn<int>("source");
        QTest::addColumn<Outcome>("outcome");
        const int pasted = int(KeySource::Pasted);
        const int discovery = int(KeySource::Discovery);
        QTest::newRow("account URL")
                << AccountUrl << AccountUrl << QUrl() << pasted << Outcome::Passed;
        QTest::newRow("policy URL under it")
                << u"https://wdc.4me.com/webhook_policies/abc"_s << AccountUrl << QUrl()
                << discovery << Outcome::Passed;
        QTest::newRow("another account")
                << u"https://evil.4me.com"_s << AccountUrl << QUrl() << pasted << Outcome::Failed;
        QTest::newRow("a prefix only") << u"https://wdc.4me.com.evil.example"_s << AccountUrl
                                       << QUrl() << discovery << Outcome::Failed;
        QTest::newRow("sandbox origin")
                << u"http://127.0.0.1:8123/webhook_policies/abc"_s << AccountUrl
                << QUrl(u"http://127.0.0.1:8123"_s) << discovery << Outcome::Passed;
        QTest::newRow("another port")
                << u"http://127.0.0.1:9999/webhook_policies/abc"_s << AccountUrl
                << QUrl(u"http://127.0.0.1:8123"_s) << discovery << Outcome::Failed;
        QTest::newRow("unknown account, trusted key")
                << AccountUrl << QString() << QUrl() << pasted << Outcome::Passed;
        QTest::newRow("unknown account, discovered key")
                << u"https://evil.example"_s << QString() << QUrl() << discovery
                << Outcome::NotChecked;
    }

    void issuer()
    {
        QFETCH(QString, iss);
        QFETCH(QString, accountUrl);
        QFETCH(QUrl, sandbox);
        QFETCH(int, source);
        QFETCH(Outcome, outcome);
        QJsonObject claims = standardClaims();
        claims.insert(u"iss"_s, iss);
        SignedMessageCheck::Expectations expectations = at(IssuedAt);
        expectations.accountUrl = accountUrl;
        expectations.sandboxOrigin = sandbox;
        const SignedMessageCheck::Report report
                = checkToken(token(claims), expectations, Secret, KeySource(source));
        QCOMPARE(report.issuer.outcome, outcome);
        QVERIFY(report.issuer.reason.contains(iss));
        // A discovered key is trusted only when the issuer passed.
        if (KeySource(source) == KeySource::Discovery)
            QCOMPARE(report.trusted(), outcome == Outcome::Passed);
    }

    void jsonShapeIsStable()
    {
        const QJsonObject json = checkToken(token(standardClaims()), at(IssuedAt + 400)).toJson();
        QCOMPARE(json.value(u"signature"_s).toString(), u"valid"_s);
        QCOMPARE(json.value(u"key_source"_s).toString(), u"pasted"_s);
        QCOMPARE(json.value(u"trusted"_s).toBool(), false);
        QCOMPARE(json.value(u"header"_s).toObject().value(u"alg"_s).toString(), u"HS256"_s);
        QCOMPARE(json.value(u"claims"_s).toObject().value(u"sub"_s).toString(), u"42"_s);
        const QJsonObject checks = json.value(u"checks"_s).toObject();
        QCOMPARE(checks.keys(), (QStringList{u"aud"_s, u"exp"_s, u"iss"_s, u"nbf"_s}));
        QCOMPARE(checks.value(u"exp"_s).toObject().value(u"result"_s).toString(), u"failed"_s);
        QCOMPARE(checks.value(u"aud"_s).toObject().value(u"result"_s).toString(), u"passed"_s);
        QVERIFY(!checks.value(u"exp"_s).toObject().value(u"reason"_s).toString().isEmpty());
        // The secret never appears.
        QVERIFY(!QJsonDocument(json).toJson().contains(Secret));
        QVERIFY(!checkToken(token(standardClaims()), at(IssuedAt))
                         .toText()
                         .contains(QString::fromLatin1(Secret)));
    }

    void accountUrlOfAProfile()
    {
        QCOMPARE(SignedMessageCheck::accountUrlFor(QUrl(u"https://api.4me.com/v1"_s), u"wdc"_s),
                 u"https://wdc.4me.com"_s);
        QCOMPARE(SignedMessageCheck::accountUrlFor(QUrl(u"https://api.uk.xurrent.com/v1"_s),
                                                   u"acme"_s),
                 u"https://acme.uk.xurrent.com"_s);
        QCOMPARE(SignedMessageCheck::accountUrlFor(QUrl(u"http://127.0.0.1:8000/v1"_s), u"wdc"_s),
                 QString());
    }
};

QTEST_GUILESS_MAIN(tst_SignedMessageCheck)
#include "tst_SignedMessageCheck.moc"
