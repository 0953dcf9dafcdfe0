#include "models/CsvWriter.h"

#include "common/AtomicFileWriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QStringDecoder>
#include <QStringEncoder>

#include <cstdio>

namespace {

constexpr qsizetype FlushSize = 64 * 1024;

bool isFormulaTrigger(QChar first)
{
    switch (first.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

bool needsQuotes(QStringView cell)
{
    for (const QChar c : cell) {
        switch (c.unicode()) {
        case u',':
        case u'"':
        case u'\r':
        case u'\n':
            return true;
        default:
            break;
        }
    }
    return false;
}

// Appends `text` as UTF-8 to `out`, without a temporary QByteArray. The encoder must be
// stateless: a cell that ends in a lone high surrogate must not wait for (and pair with)
// a low surrogate at the start of the next cell, across the comma.
void appendUtf8(QByteArray &out, QStringView text, QStringEncoder &encoder)
{
    if (text.isEmpty())
        return;
    const qsizetype oldSize = out.size();
    out.resize(oldSize + encoder.requiredSpace(text.size()));
    char *end = encoder.appendToBuffer(out.data() + oldSize, text);
    out.resize(end - out.constData());
}

void appendCell(QByteArray &out, QStringView cell, bool formulaGuard, QStringEncoder &encoder)
{
    const bool guard = formulaGuard && !cell.isEmpty() && isFormulaTrigger(cell.front());
    if (!needsQuotes(cell)) {
        if (guard)
            out.append('\'');
        appendUtf8(out, cell, encoder);
        return;
    }
    out.append('"');
    if (guard)
        out.append('\'');
    qsizetype from = 0;
    for (qsizetype quote = cell.indexOf(u'"'); quote >= 0; quote = cell.indexOf(u'"', from)) {
        appendUtf8(out, cell.sliced(from, quote - from), encoder);
        out.append("\"\"", 2);
        from = quote + 1;
    }
    appendUtf8(out, cell.sliced(from), encoder);
    out.append('"');
}

void appendWebhook(QByteArray &out, const Webhook &webhook, const CsvWriter::Options &options,
                   QStringEncoder &encoder)
{
    const bool formulaGuard = options.formulaGuard;
    const QString uri = options.maskUriSecrets && Webhook::uriHasSecrets(webhook.uri)
            ? Webhook::redactUri(webhook.uri)
            : webhook.uri;
    char idText[24];
    const int idLength
            = std::snprintf(idText, sizeof idText, "%lld", static_cast<long long>(webhook.id));
    out.append(idText, idLength);
    // The policy by name, else by id; nothing when none is linked.
    QString policy = webhook.webhookPolicyName;
    if (policy.isEmpty() && webhook.webhookPolicyId > 0)
        policy = QString::number(webhook.webhookPolicyId);
    const QString references = webhook.appOfferingReferences.join(u';');
    const QStringView cells[] = {
            webhook.name,
            webhook.event,
            uri,
            webhook.disabled ? QStringView(u"true") : QStringView(u"false"),
            webhook.mailExceptionsTo,
            webhook.description,
            webhook.lastError,
            webhook.createdAt,
            webhook.updatedAt,
            policy,
            webhook.openIdConnectDiscovery ? QStringView(u"true") : QStringView(u"false"),
            references,
            webhook.source,
            webhook.sourceId,
    };
    for (const QStringView cell : cells) {
        out.append(',');
        appendCell(out, cell, formulaGuard, encoder);
    }
    out.append("\r\n", 2);
}

void appendHeader(QByteArray &out, const CsvWriter::Options &options)
{
    if (options.byteOrderMark)
        out.append("\xEF\xBB\xBF", 3);
    out.append(CsvWriter::record(CsvWriter::headers(), false));
}

QString translate(const char *text)
{
    return QCoreApplication::translate("CsvWriter", text);
}

} // namespace

QStringList CsvWriter::headers()
{
    return {QStringLiteral("id"),
            QStringLiteral("name"),
            QStringLiteral("event"),
            QStringLiteral("uri"),
            QStringLiteral("disabled"),
            QStringLiteral("mail_exceptions_to"),
            QStringLiteral("description"),
            QStringLiteral("last_error"),
            QStringLiteral("created_at"),
            QStringLiteral("updated_at"),
            QStringLiteral("webhook_policy"),
            QStringLiteral("openid_connect_discovery"),
            QStringLiteral("app_offering_references"),
            QStringLiteral("source"),
            QStringLiteral("sourceID")};
}

QByteArray CsvWriter::record(const QStringList &cells, bool formulaGuard)
{
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    QByteArray out;
    bool first = true;
    for (const QString &cell : cells) {
        if (!first)
            out.append(',');
        first = false;
        appendCell(out, cell, formulaGuard, encoder);
    }
    out.append("\r\n", 2);
    return out;
}

QString CsvWriter::escapeCell(const QString &cell, bool formulaGuard)
{
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    QByteArray out;
    appendCell(out, cell, formulaGuard, encoder);
    // Not QString::fromUtf8(), which would drop a U+FEFF at the start of the cell.
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless
                                   | QStringDecoder::Flag::ConvertInitialBom);
    return decoder(out);
}

QByteArray CsvWriter::toCsv(const WebhookList &webhooks, const Options &options)
{
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    QByteArray out;
    out.reserve(256 + webhooks.size() * 200);
    appendHeader(out, options);
    for (const Webhook &webhook : webhooks)
        appendWebhook(out, webhook, options, encoder);
    return out;
}

bool CsvWriter::write(QIODevice *device, const WebhookList &webhooks, const Options &options,
                      QString *error)
{
    Q_ASSERT(device);
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    QByteArray buffer;
    buffer.reserve(FlushSize + 4096);
    auto flush = [&buffer, device, error]() {
        if (buffer.isEmpty())
            return true;
        if (device->write(buffer) != buffer.size()) {
            if (error)
                *error = device->errorString();
            return false;
        }
        buffer.resize(0); // keeps the capacity
        return true;
    };
    appendHeader(buffer, options);
    for (const Webhook &webhook : webhooks) {
        appendWebhook(buffer, webhook, options, encoder);
        if (buffer.size() >= FlushSize && !flush())
            return false;
    }
    return flush();
}

bool CsvWriter::writeFile(const QString &fileName, const WebhookList &webhooks,
                          const Options &options, QString *error)
{
    const QString shownName = QDir::toNativeSeparators(fileName);
    auto fail = [error, &shownName](const QString &reason) {
        if (error) {
            *error = translate("Could not save the CSV file “%1”: %2. Choose another folder or "
                               "file name and export again.")
                             .arg(shownName, reason);
        }
        return false;
    };
    // An export goes where the user chose: a missing folder is a mistake to report, not one
    // to create.
    if (!QFileInfo(fileName).absoluteDir().exists())
        return fail(translate("the folder does not exist"));
    // The whole file is built in memory (a few MB for the largest account) and written in
    // one checked pass, so that a full disk or a failing device never leaves half a file.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString writeError;
    if (!write(&buffer, webhooks, options, &writeError))
        return fail(writeError);
    QString fileError;
    if (!AtomicFileWriter::writeFile(fileName, buffer.data(), &fileError))
        return fail(fileError);
    return true;
}
