#include "models/plan/DesiredState.h"

#include "models/EventCatalog.h"
#include "models/JsonKeys.h"
#include "models/WebhookValidator.h"
#include "models/plan/CsvDocument.h"
#include "models/plan/WebhookFieldTable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <type_traits>
#include <utility>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DesiredState", text);
}

bool isKnownKey(QStringView key)
{
    if (WebhookFieldTable::find(key))
        return true;
    for (const QLatin1StringView known : WebhookFieldTable::readOnlyKeys()) {
        if (key == known)
            return true;
    }
    return false;
}

QStringList knownKeys()
{
    QStringList keys;
    for (const auto &field : WebhookFieldTable::writableFields())
        keys.append(QString(field.key));
    for (const QLatin1StringView key : WebhookFieldTable::readOnlyKeys())
        keys.append(QString(key));
    return keys;
}

// The event and the URI of a webhook read from a file: empty when fine, else the reason.
QString checkWebhook(const Webhook &webhook)
{
    if (webhook.event.isEmpty())
        return tr("the webhook has no event.");
    if (!EventCatalog::builtIn().contains(webhook.event))
        return tr("'%1' is not a 4me webhook event (see 'hookbench-cli events').")
                .arg(webhook.event);
    if (DesiredState::isMaskedUri(webhook.uri)) {
        return tr("the URI %1 is masked (the file was exported with masking on); export the "
                  "account again without masking.")
                .arg(webhook.uri);
    }
    const QString uriProblem = WebhookValidator::checkUri(webhook.uri);
    if (!uriProblem.isEmpty())
        return tr("uri: %1").arg(uriProblem);
    return {};
}

bool isFormulaTrigger(QChar c)
{
    switch (c.unicode()) {
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

// Undoes CsvWriter's formula guard: a ' in front of a cell that starts with = + - @.
QString unguarded(const QString &cell)
{
    if (cell.size() >= 2 && cell.front() == u'\'' && isFormulaTrigger(cell.at(1)))
        return cell.mid(1);
    return cell;
}

std::optional<bool> parseBool(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value.isEmpty() || value == u"false" || value == u"0")
        return false;
    if (value == u"true" || value == u"1")
        return true;
    return std::nullopt;
}

std::optional<DesiredState> parseJson(const QByteArray &bytes, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<DesiredState> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(tr("the file is no valid JSON (%1 at byte %2).")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
    }
    if (!document.isArray())
        return fail(tr("the JSON file must hold an array of webhooks, as 'export --format json' "
                       "writes it."));
    DesiredState state;
    for (const auto &field : WebhookFieldTable::writableFields())
        state.givenFields.insert(QString(field.key));
    const QJsonArray array = document.array();
    for (qsizetype index = 0; index < array.size(); ++index) {
        const QString where = tr("index %1").arg(index);
        const auto failAt = [&](const QString &message) {
            return fail(QStringLiteral("%1: %2").arg(where, message));
        };
        if (!array.at(index).isObject())
            return failAt(tr("not a webhook object."));
        QJsonObject object = array.at(index).toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!isKnownKey(it.key())) {
                return failAt(tr("unknown field '%1' (known: %2).")
                                      .arg(it.key(), knownKeys().join(QStringLiteral(", "))));
            }
            const QJsonValue value = it.value();
            const WebhookFieldTable::Field *field = WebhookFieldTable::find(it.key());
            if (!field || value.isNull())
                continue;
            const bool typeOk = std::visit(
                    [&value](auto member) {
                        using Type = std::remove_reference_t<decltype(std::declval<Webhook &>()
                                                                      .*member)>;
                        if constexpr (std::is_same_v<Type, bool>)
                            return value.isBool() || value.isString() || value.isDouble();
                        else if constexpr (std::is_same_v<Type, qint64>)
                            return value.isDouble() || value.isString();
                        else if constexpr (std::is_same_v<Type, QStringList>)
                            return value.isArray();
                        else
                            return value.isString();
                    },
                    field->member);
            if (!typeOk)
                return failAt(tr("the field '%1' has a value of the wrong type.").arg(it.key()));
        }
        const QJsonValue idValue = object.value(JsonKeys::Id);
        if (idValue.isUndefined() || idValue.isNull())
            object.insert(JsonKeys::Id, 1); // ids are the source account's; not compared
        Webhook webhook;
        QString readError;
        if (!Webhook::fromJson(object, &webhook, &readError))
            return failAt(tr("the id is not a positive number."));
        if (idValue.isUndefined() || idValue.isNull())
            webhook.id = 0;
        const QString problem = checkWebhook(webhook);
        if (!problem.isEmpty())
            return failAt(problem);
        state.webhooks.append(webhook);
        state.locations.append(where);
    }
    return state;
}

std::optional<DesiredState> parseCsv(const QByteArray &bytes, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<DesiredState> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    CsvDocument document;
    QString csvError;
    if (!document.parse(bytes, &csvError))
        return fail(csvError);
    if (document.records().isEmpty())
        return fail(tr("the file is empty; a CSV desired state starts with a header line."));

    const CsvDocument::Record &header = document.records().constFirst();
    DesiredState state;
    QList<const WebhookFieldTable::Field *> columns; // null for read-only columns
    qsizetype idColumn = -1;
    for (qsizetype column = 0; column < header.cells.size(); ++column) {
        const QString name = header.cells.at(column).trimmed();
        if (!isKnownKey(name)) {
            return fail(tr("line %1: unknown column '%2' (known: %3).")
                                .arg(header.line)
                                .arg(name, knownKeys().join(QStringLiteral(", "))));
        }
        for (qsizetype earlier = 0; earlier < column; ++earlier) {
            if (header.cells.at(earlier).trimmed() == name)
                return fail(
                        tr("line %1: the column '%2' appears twice.").arg(header.line).arg(name));
        }
        const WebhookFieldTable::Field *field = WebhookFieldTable::find(name);
        columns.append(field);
        if (field)
            state.givenFields.insert(name);
        if (name == JsonKeys::Id)
            idColumn = column;
    }
    for (const QLatin1StringView required : {JsonKeys::Event, JsonKeys::Uri}) {
        if (!state.isGiven(required)) {
            return fail(tr("line %1: the column '%2' is missing.")
                                .arg(header.line)
                                .arg(QString(required)));
        }
    }

    for (qsizetype row = 1; row < document.records().size(); ++row) {
        const CsvDocument::Record &record = document.records().at(row);
        const QString where = tr("line %1").arg(record.line);
        const auto failAt = [&](const QString &message) {
            return fail(QStringLiteral("%1: %2").arg(where, message));
        };
        if (record.cells.size() != header.cells.size()) {
            return failAt(tr("%1 cells, but the header has %2 columns.")
                                  .arg(record.cells.size())
                                  .arg(header.cells.size()));
        }
        Webhook webhook;
        for (qsizetype column = 0; column < columns.size(); ++column) {
            const QString cell = unguarded(record.cells.at(column));
            if (column == idColumn) {
                bool ok = false;
                const qint64 id = cell.toLongLong(&ok);
                if (!cell.isEmpty() && (!ok || id <= 0))
                    return failAt(tr("the id '%1' is not a positive number.").arg(cell));
                webhook.id = ok ? id : 0;
                continue;
            }
            const WebhookFieldTable::Field *field = columns.at(column);
            if (!field)
                continue;
            const QString problem = std::visit(
                    [&](auto member) -> QString {
                        using Type = std::remove_reference_t<decltype(webhook.*member)>;
                        if constexpr (std::is_same_v<Type, bool>) {
                            const std::optional<bool> value = parseBool(cell);
                            if (!value) {
                                return tr("%1 must be true or false, not '%2'.")
                                        .arg(QString(field->key), cell);
                            }
                            webhook.*member = *value;
                        } else if constexpr (std::is_same_v<Type, qint64>) {
                            bool ok = false;
                            const qint64 value = cell.toLongLong(&ok);
                            if (!cell.isEmpty() && (!ok || value < 0))
                                return tr("%1 must be a number.").arg(QString(field->key));
                            webhook.*member = ok ? value : 0;
                        } else if constexpr (std::is_same_v<Type, QStringList>) {
                            // The CSV export joins a list with ';' (models/CsvWriter).
                            QStringList items = cell.split(u';', Qt::SkipEmptyParts);
                            for (QString &item : items)
                                item = item.trimmed();
                            webhook.*member = items;
                            for (QString &part : webhook.*member)
                                part = part.trimmed();
                        } else {
                            webhook.*member = cell;
                        }
                        return {};
                    },
                    field->member);
            if (!problem.isEmpty())
                return failAt(problem);
        }
        const QString problem = checkWebhook(webhook);
        if (!problem.isEmpty())
            return failAt(problem);
        state.webhooks.append(webhook);
        state.locations.append(where);
    }
    return state;
}

} // namespace

bool DesiredState::isMaskedUri(const QString &uri)
{
    const QUrl url(uri, QUrl::TolerantMode);
    const QString masks[] = {QStringLiteral("***"), QStringLiteral("%2A%2A%2A")};
    for (const QString &mask : masks) {
        if (url.userInfo(QUrl::FullyEncoded).contains(mask, Qt::CaseInsensitive)
            || url.query(QUrl::FullyEncoded).contains(mask, Qt::CaseInsensitive)
            || url.userInfo().contains(mask) || url.query().contains(mask)) {
            return true;
        }
    }
    return uri == u"(invalid URI)";
}

std::optional<DesiredState> DesiredState::parse(const QByteArray &bytes, Format format,
                                                QString *error)
{
    if (format == Format::Detect) {
        format = Format::Csv;
        for (const char c : bytes) {
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                continue;
            if (c == '[' || c == '{')
                format = Format::Json;
            break;
        }
    }
    return format == Format::Json ? parseJson(bytes, error) : parseCsv(bytes, error);
}

std::optional<DesiredState> DesiredState::readFile(const QString &fileName, QString *error)
{
    const QString shownName = QDir::toNativeSeparators(fileName);
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read %1: %2.").arg(shownName, file.errorString());
        return std::nullopt;
    }
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const Format format = suffix == u"json" ? Format::Json
            : suffix == u"csv"              ? Format::Csv
                                            : Format::Detect;
    QString parseError;
    std::optional<DesiredState> state = parse(file.readAll(), format, &parseError);
    if (!state && error)
        *error = QStringLiteral("%1: %2").arg(shownName, parseError);
    return state;
}
