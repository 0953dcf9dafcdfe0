#include "models/plan/UriRewriteRule.h"

#include <QCoreApplication>

namespace {

bool looksAbsolute(QStringView text)
{
    return text.startsWith(u"https://", Qt::CaseInsensitive)
            || text.startsWith(u"http://", Qt::CaseInsensitive);
}

} // namespace

std::optional<UriRewriteRule> UriRewriteRule::parse(const QString &text, QString *error)
{
    const auto fail = [&](const char *message) -> std::optional<UriRewriteRule> {
        if (error) {
            *error = QCoreApplication::translate("UriRewriteRule", message)
                             .arg(text,
                                  QStringLiteral("https://qa.example.com/=https://"
                                                 "example.com/"));
        }
        return std::nullopt;
    };
    // The split is at the '=' before the second absolute URI; else at the first '='.
    qsizetype split = -1;
    for (qsizetype at = text.indexOf(u'='); at >= 0; at = text.indexOf(u'=', at + 1)) {
        if (looksAbsolute(QStringView(text).sliced(at + 1))) {
            split = at;
            break;
        }
    }
    if (split < 0)
        split = text.indexOf(u'=');
    if (split <= 0)
        return fail(QT_TRANSLATE_NOOP("UriRewriteRule",
                                      "'%1' is no rewrite rule: write FROM=TO, e.g. %2."));
    UriRewriteRule rule{text.left(split), text.mid(split + 1)};
    if (!looksAbsolute(rule.from) || !looksAbsolute(rule.to)) {
        return fail(QT_TRANSLATE_NOOP("UriRewriteRule",
                                      "'%1': both sides of a rewrite rule must start with "
                                      "https:// or http://, e.g. %2."));
    }
    return rule;
}

QString UriRewriteRule::apply(const QList<UriRewriteRule> &rules, const QString &uri)
{
    for (const UriRewriteRule &rule : rules) {
        if (uri.startsWith(rule.from))
            return rule.to + uri.mid(rule.from.size());
    }
    return uri;
}
