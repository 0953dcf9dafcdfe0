#include "models/api/LinkHeader.h"

namespace {

// A cursor over the header value; every read is bounds-checked.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text) : m_text(text) { }

    bool atEnd() const { return m_position >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_position); }
    void advance() { ++m_position; }

    void skipWhitespace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\r' || peek() == '\n'))
            advance();
    }

    // Skips to just after the next comma that is outside quotes and angle brackets.
    void skipToNextLink()
    {
        bool quoted = false;
        bool bracketed = false;
        while (!atEnd()) {
            const char c = peek();
            advance();
            if (quoted) {
                if (c == '\\')
                    advance();
                else if (c == '"')
                    quoted = false;
            } else if (bracketed) {
                if (c == '>')
                    bracketed = false;
            } else if (c == '"') {
                quoted = true;
            } else if (c == '<') {
                bracketed = true;
            } else if (c == ',') {
                return;
            }
        }
    }

    // Reads up to (not including) `end`; false when `end` never comes.
    bool readUntil(char end, QByteArray *out)
    {
        const qsizetype start = m_position;
        while (!atEnd() && peek() != end)
            advance();
        if (atEnd())
            return false;
        *out = m_text.sliced(start, m_position - start).toByteArray();
        advance();
        return true;
    }

    // An unquoted parameter value: up to the next separator (more lenient than a token,
    // so that e.g. type=text/html survives).
    QByteArray readBareValue()
    {
        const qsizetype start = m_position;
        while (!atEnd() && peek() != ';' && peek() != ',' && peek() != ' ' && peek() != '\t')
            advance();
        return m_text.sliced(start, m_position - start).toByteArray();
    }

    // An RFC 9110 token.
    QByteArray readToken()
    {
        const qsizetype start = m_position;
        while (!atEnd() && isTokenChar(peek()))
            advance();
        return m_text.sliced(start, m_position - start).toByteArray();
    }

    // A quoted-string after its opening quote; false when it never closes.
    bool readQuotedRest(QByteArray *out)
    {
        while (!atEnd()) {
            char c = peek();
            advance();
            if (c == '"')
                return true;
            if (c == '\\') {
                if (atEnd())
                    return false;
                c = peek();
                advance();
            }
            out->append(c);
        }
        return false;
    }

private:
    static bool isTokenChar(char c)
    {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            return true;
        return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
    }

    QByteArrayView m_text;
    qsizetype m_position = 0;
};

} // namespace

QList<LinkHeader::Link> LinkHeader::parse(QByteArrayView value, const QUrl &base)
{
    QList<Link> links;
    Scanner scanner(value);
    while (true) {
        scanner.skipWhitespace();
        while (scanner.peek() == ',') {
            scanner.advance();
            scanner.skipWhitespace();
        }
        if (scanner.atEnd())
            break;
        if (scanner.peek() != '<') {
            scanner.skipToNextLink();
            continue;
        }
        scanner.advance();
        QByteArray reference;
        if (!scanner.readUntil('>', &reference))
            break;

        Link link;
        bool relSeen = false;
        bool valid = true;
        while (true) {
            scanner.skipWhitespace();
            if (scanner.atEnd() || scanner.peek() == ',')
                break;
            if (scanner.peek() != ';') {
                valid = false;
                break;
            }
            scanner.advance();
            scanner.skipWhitespace();
            const QString name = QString::fromLatin1(scanner.readToken()).toLower();
            if (name.isEmpty()) {
                valid = false;
                break;
            }
            scanner.skipWhitespace();
            QByteArray parameterValue;
            if (scanner.peek() == '=') {
                scanner.advance();
                scanner.skipWhitespace();
                if (scanner.peek() == '"') {
                    scanner.advance();
                    if (!scanner.readQuotedRest(&parameterValue)) {
                        valid = false;
                        break;
                    }
                } else {
                    parameterValue = scanner.readBareValue();
                }
            }
            const QString text = QString::fromUtf8(parameterValue);
            if (name == u"rel") {
                if (!relSeen) // RFC 8288: only the first rel parameter counts
                    link.relations = text.toLower().split(u' ', Qt::SkipEmptyParts);
                relSeen = true;
            } else {
                link.parameters.append({name, text});
            }
        }
        if (!valid) {
            scanner.skipToNextLink();
            continue;
        }
        const QUrl referenceUrl(QString::fromUtf8(reference.trimmed()), QUrl::StrictMode);
        if (!referenceUrl.isValid())
            continue;
        link.target = base.resolved(referenceUrl);
        if (!link.target.isValid() || link.target.isRelative())
            continue;
        links.append(std::move(link));
    }
    return links;
}

QUrl LinkHeader::find(const QList<Link> &links, QStringView relation)
{
    for (const Link &link : links) {
        for (const QString &candidate : link.relations) {
            if (candidate == relation)
                return link.target;
        }
    }
    return {};
}
