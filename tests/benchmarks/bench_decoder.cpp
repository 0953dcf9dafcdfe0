// The receiver's body decoding over hostile shapes of up to the 1 MB body limit: deep form
// brackets, many form fields, deep and wide JSON, a long signed message. Each shape is
// decoded --runs times; the figure is the worst shape's median.
//
// Prints receiver_decode_ms_1mb_worst (milliseconds), with each shape on stderr.
#include "models/receiver/DeliveryDecoder.h"
#include "models/receiver/DeliveryReceiver.h"
#include "tests/benchmarks/BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <utility>

namespace {

constexpr qsizetype Limit = DeliveryReceiver::MaxBodyBytes;

QByteArray repeatTo(const QByteArray &head, const QByteArray &unit, const QByteArray &tail)
{
    QByteArray body = head;
    body.reserve(Limit);
    while (body.size() + unit.size() + tail.size() <= Limit)
        body += unit;
    return body + tail;
}

QList<std::pair<QString, std::pair<QByteArray, QByteArray>>> shapes()
{
    const QByteArray form = "application/x-www-form-urlencoded";
    const QByteArray json = "application/json";
    // A JWS of about 1 MB: a long claims part (base64url of JSON text).
    const QByteArray claims
            = QByteArray("{\"data\":{\"note\":\"") + QByteArray(700 * 1024, 'a') + "\"}}";
    const QByteArray jwt = "{\"jwt\":\""
            + QByteArray("{\"alg\":\"HS256\"}")
                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            + '.' + claims.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            + ".c2lnbmF0dXJl\"}";
    return {
            {QStringLiteral("deep form brackets"), {repeatTo("p", "[a]", "=1"), form}},
            {QStringLiteral("form brackets at the depth limit"),
             {repeatTo("", "p[a][b][c][d][e][f][g][h]=1&", ""), form}},
            {QStringLiteral("many form fields"), {repeatTo("", "f=1&", "f=1"), form}},
            {QStringLiteral("long form values"),
             {repeatTo("", "payload[x]=" + QByteArray(90, 'v') + '&', ""), form}},
            {QStringLiteral("deep JSON"), {repeatTo("", "[", ""), json}},
            {QStringLiteral("JSON at the depth limit, wide"),
             {QByteArray(64, '[') + repeatTo("", "1,", "1" + QByteArray(64, ']')).mid(128), json}},
            {QStringLiteral("many JSON objects"), {repeatTo("[", "{\"a\":1},", "{}]"), json}},
            {QStringLiteral("long JWT"), {jwt, json}},
    };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per shape."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    parser.addOption(runsOption);
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    double worst = 0;
    const DeliveryDecoder::Keys keys{{}, QByteArrayLiteral("secret")};
    for (const auto &[name, shape] : shapes()) {
        QList<double> times;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer clock;
            clock.start();
            const DeliveryDecoder::Result result
                    = DeliveryDecoder::decode(shape.first, shape.second, keys);
            times.append(double(clock.nsecsElapsed()) / 1e6);
            Q_UNUSED(result);
        }
        const double median = Bench::median(times);
        Bench::note(QStringLiteral("%1 (%2 bytes): %3 ms")
                            .arg(name)
                            .arg(shape.first.size())
                            .arg(median, 0, 'f', 2));
        worst = std::max(worst, median);
    }
    Bench::printFigure("receiver_decode_ms_1mb_worst", worst, 2);
    return 0;
}
