#include "views/WebhookFilterBar.h"

#include "models/EventCatalog.h"
#include "models/WebhookFilterProxyModel.h"
#include "views/Icons.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

#include <algorithm>

WebhookFilterBar::WebhookFilterBar(WebhookFilterProxyModel *proxy, QWidget *parent)
    : QWidget(parent),
      m_proxy(proxy),
      m_search(new QLineEdit(this)),
      m_stateCombo(new QComboBox(this)),
      m_signingCombo(new QComboBox(this)),
      m_groupCombo(new QComboBox(this)),
      m_changes(new QCheckBox(tr("Chan&ges"), this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(
            tr("Search names, events, URIs, errors… (%1)")
                    .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->addAction(Icons::action(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    auto *clearSearch = new QAction(m_search);
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(clearSearch);
    connect(clearSearch, &QAction::triggered, m_search, &QLineEdit::clear);

    m_stateCombo->setObjectName(QStringLiteral("stateCombo"));
    m_stateCombo->addItem(tr("All states"), int(WebhookState::All));
    m_stateCombo->addItem(tr("Enabled"), int(WebhookState::Enabled));
    m_stateCombo->addItem(tr("Disabled"), int(WebhookState::Disabled));
    m_stateCombo->addItem(tr("Disabled after failures"),
                          int(WebhookFilterProxyModel::StateFilter::DisabledAfterFailures));
    m_stateCombo->addItem(tr("Awaiting verification"),
                          int(WebhookFilterProxyModel::StateFilter::AwaitingVerification));
    m_stateCombo->addItem(tr("Has an error"), int(WebhookFilterProxyModel::StateFilter::HasError));
    m_stateCombo->setToolTip(tr("Show webhooks in this state"));

    using Signing = WebhookFilterProxyModel::SigningFilter;
    m_signingCombo->setObjectName(QStringLiteral("signingCombo"));
    m_signingCombo->addItem(tr("Signed and unsigned"), int(Signing::All));
    m_signingCombo->addItem(tr("Signed (with a policy)"), int(Signing::Signed));
    m_signingCombo->addItem(tr("Unsigned"), int(Signing::Unsigned));
    m_signingCombo->setToolTip(tr("Show webhooks whose messages a webhook policy signs, or not"));

    m_groupCombo->setObjectName(QStringLiteral("eventGroupCombo"));
    m_groupCombo->setToolTip(tr("Show webhooks for events of this group"));
    m_groupCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_changes->setObjectName(QStringLiteral("changesFilter"));
    m_changes->setToolTip(
            tr("Show only the webhooks created or changed since the previous snapshot"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_stateCombo);
    layout->addWidget(m_signingCombo);
    layout->addWidget(m_groupCombo);
    layout->addWidget(m_changes);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &WebhookFilterProxyModel::setFilterText);
    connect(m_search, &QLineEdit::returnPressed, this, &WebhookFilterBar::searchAccepted);
    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStateFilter(
                WebhookFilterProxyModel::StateFilter(m_stateCombo->currentData().toInt()));
    });
    connect(m_signingCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSigningFilter(Signing(m_signingCombo->currentData().toInt())); });
    connect(m_groupCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setEventGroupFilter(m_groupCombo->currentData().toString()); });
    connect(m_changes, &QCheckBox::toggled, m_proxy, &WebhookFilterProxyModel::setChangesOnly);
}

WebhookFilterBar::~WebhookFilterBar() = default;

QWidget *WebhookFilterBar::lastWidget() const
{
    return m_changes;
}

void WebhookFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void WebhookFilterBar::setEventCatalog(const EventCatalog &catalog)
{
    const QString current = m_groupCombo->currentData().toString();
    const QSignalBlocker blocker(m_groupCombo);
    m_groupCombo->clear();
    m_groupCombo->addItem(tr("All events"), QString());
    // In the catalogue's order, with the catch-all group last.
    QStringList groups = catalog.groups();
    std::stable_partition(groups.begin(), groups.end(),
                          [](const QString &group) { return group != EventCatalog::otherGroup(); });
    for (const QString &group : std::as_const(groups))
        m_groupCombo->addItem(EventCatalog::groupLabel(group), group);
    const int index = m_groupCombo->findData(current);
    m_groupCombo->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0 && !current.isEmpty())
        m_proxy->setEventGroupFilter(QString());
}
