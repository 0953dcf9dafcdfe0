#pragma once

#include "models/Webhook.h"

#include <QString>
#include <QStringList>

// The filters of `list` and `export` that the API has no parameter for, applied to the whole
// listing: --search TEXT (a substring of the name shown, the URI or the description, case
// folded as the window's search folds it), --event EVENT (any of the events given) and
// --with-errors (a last error is set). An empty filter lets every webhook through.
struct ListingFilter
{
    QString search;
    QStringList events;
    bool withErrors = false;

    bool isEmpty() const { return search.trimmed().isEmpty() && events.isEmpty() && !withErrors; }
    bool accepts(const Webhook &webhook) const;
    WebhookList apply(const WebhookList &rows) const;
};
