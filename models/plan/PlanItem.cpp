#include "models/plan/PlanItem.h"

QString PlanItem::actionName(Action action)
{
    switch (action) {
    case Action::Create:
        return QStringLiteral("create");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Delete:
        return QStringLiteral("delete");
    case Action::Unchanged:
        return QStringLiteral("unchanged");
    case Action::Keep:
        return QStringLiteral("keep");
    case Action::Skip:
        return QStringLiteral("skip");
    case Action::Ambiguous:
        return QStringLiteral("ambiguous");
    }
    return {};
}
