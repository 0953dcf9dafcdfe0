#include "app/cli/ListingFilter.h"

bool ListingFilter::accepts(const Webhook &webhook) const
{
    if (withErrors && webhook.lastError.isEmpty())
        return false;
    if (!events.isEmpty() && !events.contains(webhook.event))
        return false;
    const QString folded = search.trimmed().toCaseFolded();
    if (folded.isEmpty())
        return true;
    return webhook.displayName().toCaseFolded().contains(folded)
            || webhook.uri.toCaseFolded().contains(folded)
            || webhook.description.toCaseFolded().contains(folded);
}

WebhookList ListingFilter::apply(const WebhookList &rows) const
{
    if (isEmpty())
        return rows;
    WebhookList kept;
    for (const Webhook &webhook : rows) {
        if (accepts(webhook))
            kept.append(webhook);
    }
    return kept;
}
