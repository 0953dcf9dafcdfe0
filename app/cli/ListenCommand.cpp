// `hookbench-cli listen`: the delivery receiver without a window. Prints each delivery as it
// arrives, as text for a person or as one JSON object per line for a script, until SIGINT or
// SIGTERM.
#include "app/cli/ListenCommand.h"

#include "app/cli/Terminal.h"
#include "common/TerminationSignalWatcher.h"
#include "models/JsonKeys.h"
#include "models/VerificationTracker.h"
#include "models/api/ApiClient.h"
#include "models/receiver/DeliveryDecoder.h"
#include "models/receiver/DeliveryReceiver.h"
#include "models/receiver/SignedMessageVerifier.h"
#include "models/receiver/VerificationResponder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSocketNotifier>

#include <cstdio>

namespace {

constexpr int ExitSuccess = 0;
constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;

// The translation context of this command's messages.
class ListenCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListenCommand)
};

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toUtf8().constData(), stream);
    std::fflush(stream);
}

// The key files are small: a PEM public key or a secret.
constexpr qint64 MaxKeyFileBytes = 64 * 1024;

// The contents of a key file; false and *error when it cannot be read or is empty.
bool readKeyFile(const QString &fileName, QByteArray *contents, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ListenCommand::tr("cannot read %1: %2").arg(fileName, file.errorString());
        return false;
    }
    *contents = file.read(MaxKeyFileBytes + 1).trimmed();
    if (contents->isEmpty() || contents->size() > MaxKeyFileBytes) {
        *error = ListenCommand::tr("%1 is empty or larger than %2 KB")
                         .arg(fileName)
                         .arg(MaxKeyFileBytes / 1024);
        return false;
    }
    return true;
}

QString describeAsText(const Delivery &delivery, const SignedMessageCheck::Report &report)
{
    QString text = QStringLiteral("%1 %2 %3 (%4 bytes from %5), answer %6\n")
                           .arg(delivery.receivedAt.toString(Qt::ISODateWithMs),
                                QString::fromLatin1(delivery.method), delivery.redactedTarget(),
                                QString::number(delivery.size), delivery.peer,
                                QString::number(delivery.status));
    if (delivery.webhookId != 0 || !delivery.event.isEmpty()) {
        text += ListenCommand::tr("webhook %1, event %2, object %3\n")
                        .arg(delivery.webhookId)
                        .arg(delivery.event.isEmpty() ? QStringLiteral("-") : delivery.event)
                        .arg(delivery.objectId);
    }
    for (const auto &[name, value] : delivery.redactedHeaders())
        text += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromLatin1(value)
                + u'\n';
    text += u'\n';
    if (delivery.bodyDiscarded) {
        text += ListenCommand::tr("(body over %1 bytes: answered 413 and not kept)\n")
                        .arg(DeliveryReceiver::MaxBodyBytes);
    } else {
        const DeliveryDecoder::Result decoded
                = DeliveryDecoder::decode(delivery.body, delivery.headerValue("content-type"));
        if (!decoded.note.isEmpty())
            text += QStringLiteral("(%1)\n").arg(decoded.note);
        if (decoded.format == DeliveryDecoder::Format::Jwt) {
            text += QStringLiteral("JWT %1, %2").arg(decoded.algorithm, report.toText());
            text += QString::fromUtf8(QJsonDocument(decoded.jwtClaims).toJson());
        } else if (!decoded.text.isEmpty()) {
            text += decoded.text + u'\n';
        }
    }
    return text + u'\n';
}

} // namespace

int runListenCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ListenCommand::tr(
            "Receive webhook messages on this machine and print each one as it arrives. Point "
            "a webhook's URI at http://ADDR:PORT/any/path. The real 4me service can only "
            "reach a publicly reachable URI; the sandbox reaches this one directly. Runs until "
            "interrupted (Ctrl+C)."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        ListenCommand::tr("Show this help."));
    const QCommandLineOption portOption(
            QStringLiteral("port"),
            ListenCommand::tr("The port to listen on; 0 picks a free one "
                              "(default 0)."),
            QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption bindOption(
            QStringLiteral("bind"),
            ListenCommand::tr("The address to listen on (default 127.0.0.1; "
                              "0.0.0.0 for every network)."),
            QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption statusOption(
            QStringLiteral("status"),
            ListenCommand::tr("The HTTP status to answer with, 200-599 "
                              "(default 200)."),
            QStringLiteral("CODE"), QStringLiteral("200"));
    const QCommandLineOption delayOption(
            QStringLiteral("delay"),
            ListenCommand::tr("Wait this many milliseconds before answering "
                              "(default 0; over 10000 rehearses a timeout)."),
            QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption formatOption(
            QStringLiteral("format"),
            ListenCommand::tr("text (default) or json: one JSON object per "
                              "line with method, path, headers and body."),
            QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption autoVerifyOption(
            QStringLiteral("auto-verify"),
            ListenCommand::tr("Call the callback of each webhook.verify message that arrives, "
                              "when it is on the account's address (or the sandbox's), and "
                              "clear the webhook's 'awaiting verification' mark. Needs the "
                              "service URL and account (--url and --account, or "
                              "HOOKBENCH_URL and HOOKBENCH_ACCOUNT). A signed message is "
                              "answered only when its signature and claims check out."));
    const QCommandLineOption urlOption(
            QStringLiteral("url"),
            ListenCommand::tr("The service URL: for --auto-verify, and the account URL that the "
                              "iss of signed messages must match."),
            QStringLiteral("URL"));
    const QCommandLineOption accountOption(QStringLiteral("account"),
                                           ListenCommand::tr("The account, as for --url."),
                                           QStringLiteral("ACCOUNT"));
    const QCommandLineOption publicKeyOption(
            QStringLiteral("public-key"),
            ListenCommand::tr("Verify signed messages (rs*, es*) with the webhook policy's "
                              "public key in this PEM file."),
            QStringLiteral("FILE"));
    const QCommandLineOption secretFileOption(
            QStringLiteral("secret-file"),
            ListenCommand::tr("Verify signed messages (hs*) with the policy's shared secret in "
                              "this file. It is never printed."),
            QStringLiteral("FILE"));
    const QCommandLineOption audienceOption(
            QStringLiteral("audience"),
            ListenCommand::tr("The policy's audience, which the aud of signed messages must "
                              "match (\"\" for a policy without one); without it aud is not "
                              "checked."),
            QStringLiteral("TEXT"));
    const QCommandLineOption discoveryOption(
            QStringLiteral("oidc-discovery"),
            ListenCommand::tr("Find public keys through OpenID Connect discovery from any https "
                              "issuer; without it only issuers on this computer or the sandbox "
                              "are asked."));
    parser.addOptions({helpOption, portOption, bindOption, statusOption, delayOption, formatOption,
                       autoVerifyOption, urlOption, accountOption, publicKeyOption,
                       secretFileOption, audienceOption, discoveryOption});

    const QString program = QCoreApplication::applicationName() + QStringLiteral(" listen");
    auto usageError = [&program](const QString &message) {
        print(stderr, QStringLiteral("%1: %2\n").arg(program, message));
        return ExitUsage;
    };

    if (!parser.parse(QStringList{program} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        // The parser's usage line names only the program; this command has its own.
        QString help = parser.helpText();
        help.replace(0, help.indexOf(u'\n'), ListenCommand::tr("Usage: %1 [options]").arg(program));
        print(stdout, help);
        return ExitSuccess;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(ListenCommand::tr("unexpected argument %1.")
                                  .arg(parser.positionalArguments().first()));

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return usageError(ListenCommand::tr("--port must be a number from 0 to 65535."));
    const QHostAddress address(parser.value(bindOption));
    if (address.isNull())
        return usageError(
                ListenCommand::tr("--bind must be an IP address, e.g. 127.0.0.1 or ::1."));
    const int status = parser.value(statusOption).toInt(&ok);
    if (!ok || status < 200 || status > 599)
        return usageError(ListenCommand::tr("--status must be an HTTP status from 200 to 599."));
    const int delayMs = parser.value(delayOption).toInt(&ok);
    if (!ok || delayMs < 0 || delayMs > DeliveryReceiver::MaxDelayMs)
        return usageError(ListenCommand::tr("--delay must be from 0 to %1 milliseconds.")
                                  .arg(DeliveryReceiver::MaxDelayMs));
    const QString format = parser.value(formatOption);
    if (format != u"text" && format != u"json")
        return usageError(ListenCommand::tr("--format must be text or json."));
    const bool json = format == u"json";
    ConnectionProfile profile;
    profile.name = program;
    profile.serviceUrl = QUrl(parser.isSet(urlOption) ? parser.value(urlOption)
                                                      : qEnvironmentVariable("HOOKBENCH_URL"));
    profile.account = parser.isSet(accountOption) ? parser.value(accountOption)
                                                  : qEnvironmentVariable("HOOKBENCH_ACCOUNT");
    const bool autoVerify = parser.isSet(autoVerifyOption);
    if (autoVerify
        && (!profile.serviceUrl.isValid() || profile.serviceUrl.host().isEmpty()
            || profile.account.isEmpty()))
        return usageError(ListenCommand::tr("--auto-verify needs the service URL and the "
                                            "account (--url and --account)."));

    DeliveryDecoder::Keys keys;
    QString keyError;
    if (parser.isSet(publicKeyOption)
        && !readKeyFile(parser.value(publicKeyOption), &keys.publicKeyPem, &keyError))
        return usageError(QStringLiteral("--public-key: ") + keyError);
    if (parser.isSet(publicKeyOption) && !DeliveryDecoder::isPublicKeyPem(keys.publicKeyPem)) {
        return usageError(
                QStringLiteral("--public-key: ")
                + ListenCommand::tr(
                          "%1 holds no PEM public key or certificate (\"-----BEGIN PUBLIC "
                          "KEY-----\")")
                          .arg(parser.value(publicKeyOption)));
    }
    if (parser.isSet(secretFileOption)
        && !readKeyFile(parser.value(secretFileOption), &keys.secret, &keyError))
        return usageError(QStringLiteral("--secret-file: ") + keyError);

    DeliveryReceiver receiver;
    receiver.setResponseStatus(status);
    receiver.setResponseDelayMs(delayMs);
    if (!receiver.listen(address, quint16(port))) {
        print(stderr, QStringLiteral("%1: %2\n").arg(program, receiver.errorString()));
        return ExitFailure;
    }
    // SIGINT and SIGTERM end the event loop, so that the receiver closes cleanly.
    TerminationSignalWatcher terminationSignals;
    QObject::connect(&terminationSignals, &TerminationSignalWatcher::terminationRequested,
                     &receiver, [] { QCoreApplication::quit(); });
    if (!terminationSignals.isWatching())
        print(stderr,
              QStringLiteral("%1: %2\n")
                      .arg(program, ListenCommand::tr("cannot handle SIGINT/SIGTERM")));

    // Signed messages are checked first (discovery may take a moment); each delivery is
    // printed, and answered when --auto-verify, once its report is ready.
    QNetworkAccessManager network;
    SignedMessageVerifier verifier(&network);
    verifier.setPastedKeys(keys);
    if (parser.isSet(audienceOption))
        verifier.setAudience(parser.value(audienceOption));
    verifier.setProfile(profile.serviceUrl, profile.account);
    verifier.setDiscoveryForAnyHost(parser.isSet(discoveryOption));

    ApiClient client(&network);
    VerificationTracker tracker(VerificationTracker::defaultFileName());
    VerificationResponder responder(&client, &tracker);
    if (autoVerify) {
        client.setProfile(profile, QString());
        tracker.setProfile(profile.serviceUrl, profile.account);
    }

    auto handle = [&](const Delivery &delivery, const SignedMessageCheck::Report &report) {
        if (json) {
            QJsonObject object = delivery.toJson();
            if (report.isSigned)
                object.insert(JsonKeys::MessageJwt, report.toJson());
            print(stdout,
                  QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n');
        } else {
            print(stdout, Terminal::printable(describeAsText(delivery, report)));
        }
        if (autoVerify)
            responder.respond(delivery, report);
    };
    QObject::connect(&verifier, &SignedMessageVerifier::checked, &receiver, handle);
    QObject::connect(&receiver, &DeliveryReceiver::deliveryReceived, &verifier,
                     [&](const Delivery &delivery) {
                         if (delivery.bodyDiscarded)
                             handle(delivery, {});
                         else
                             verifier.verify(delivery);
                     });
    if (!json) {
        QObject::connect(
                &receiver, &DeliveryReceiver::deliveryAnswered, &receiver,
                [](const Delivery &delivery) {
                    const QString path = delivery.redactedTarget();
                    print(stdout,
                          Terminal::printable(
                                  delivery.answer == Delivery::Answer::Answered
                                          ? ListenCommand::tr("answered %1 to %2\n\n")
                                                    .arg(delivery.status)
                                                    .arg(path)
                                          : ListenCommand::tr(
                                                    "the sender of %1 left before the answer\n\n")
                                                    .arg(path)));
                });
    }
    if (autoVerify) {
        QObject::connect(
                &responder, &VerificationResponder::verified, &responder, [program](qint64 id) {
                    print(stderr,
                          ListenCommand::tr("%1: webhook %2 is verified\n").arg(program).arg(id));
                });
        QObject::connect(&responder, &VerificationResponder::notVerified, &responder,
                         [program](qint64 id, const QString &reason) {
                             print(stderr,
                                   ListenCommand::tr("%1: webhook %2 was not verified: %3\n")
                                           .arg(program)
                                           .arg(id)
                                           .arg(reason));
                         });
    }

    // The bound address as given, not the loopback stand-in of baseUrl().
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(receiver.address().toString());
    url.setPort(receiver.port());
    url.setPath(QStringLiteral("/"));
    // With --format json, stdout carries JSON lines only: the address is for the person.
    print(json ? stderr : stdout, ListenCommand::tr("listening on %1\n").arg(url.toString()));

    const int exitCode = QCoreApplication::exec();
    receiver.close();
    return exitCode;
}
