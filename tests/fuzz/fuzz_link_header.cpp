// Fuzz target: the Link header parser (pagination). Whatever the bytes, parsing must not
// crash; every link it returns has a valid, absolute target; and writing the links back
// as a Link header (with the writer below) and parsing that again gives the same links,
// after at most one normalising round (QUrl may re-encode a target once).
#include "models/api/LinkHeader.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_link_header: %s\n", what);
    std::abort();
}

QByteArray quoted(const QString &text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

// RFC 8288 link-values, one per link, every parameter as a quoted string.
QByteArray write(const QList<LinkHeader::Link> &links)
{
    QByteArrayList values;
    for (const LinkHeader::Link &link : links) {
        QByteArray value = '<' + link.target.toEncoded() + '>';
        if (!link.relations.isEmpty())
            value += "; rel=" + quoted(link.relations.join(u' '));
        for (const auto &[name, parameter] : link.parameters)
            value += "; " + name.toLatin1() + '=' + quoted(parameter);
        values.append(value);
    }
    return values.join(", ");
}

void check(const QList<LinkHeader::Link> &links)
{
    for (const LinkHeader::Link &link : links) {
        if (!link.target.isValid() || link.target.isRelative())
            fail("a link with an invalid or relative target");
        for (const QString &relation : link.relations) {
            if (relation.isEmpty() || relation != relation.toLower() || relation.contains(u' '))
                fail("a relation that is empty, not lower case or holds a space");
        }
        for (const auto &parameter : link.parameters) {
            if (parameter.first.isEmpty() || parameter.first != parameter.first.toLower()
                || parameter.first == u"rel") {
                fail("a parameter name that is empty, not lower case or rel");
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QUrl bases[] = {
            QUrl(QStringLiteral("https://api.4me.com/v1/webhooks?page=1&per_page=100")),
            QUrl(QStringLiteral("http://127.0.0.1:8080/v1/webhooks/enabled")),
            QUrl(), // no base: relative targets are dropped
    };
    const QByteArrayView value(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QUrl &base : bases) {
        const QList<LinkHeader::Link> links = LinkHeader::parse(value, base);
        check(links);
        (void)LinkHeader::find(links, u"next");
        (void)LinkHeader::find(links, u"last");

        const QList<LinkHeader::Link> once = LinkHeader::parse(write(links), base);
        check(once);
        if (once.size() != links.size())
            fail("a link was lost when written and parsed again");
        for (qsizetype i = 0; i < links.size(); ++i) {
            if (once.at(i).relations != links.at(i).relations
                || once.at(i).parameters != links.at(i).parameters) {
                fail("relations or parameters changed when written and parsed again");
            }
        }
        const QList<LinkHeader::Link> twice = LinkHeader::parse(write(once), base);
        if (twice != once)
            fail("writing and parsing is not stable");
    }
    return 0;
}
