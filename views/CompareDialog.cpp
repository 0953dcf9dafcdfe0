#include "views/CompareDialog.h"

#include "models/plan/UriRewriteRule.h"
#include "models/workflow/AccountComparison.h"
#include "models/workflow/ProfileSession.h"
#include "views/Icons.h"
#include "views/PlanPreviewDialog.h"
#include "views/StatusColors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

enum Column { StatusColumn, NameColumn, EventColumn, HereColumn, ThereColumn };
constexpr int IndexRole = Qt::UserRole; // the plan item's index
constexpr int KindRole = Qt::UserRole + 1;

QString kindText(CompareDialog::Kind kind)
{
    switch (kind) {
    case CompareDialog::Kind::All:
        return CompareDialog::tr("All");
    case CompareDialog::Kind::OnlyHere:
        return CompareDialog::tr("Only here");
    case CompareDialog::Kind::OnlyThere:
        return CompareDialog::tr("Only there");
    case CompareDialog::Kind::Different:
        return CompareDialog::tr("Different");
    case CompareDialog::Kind::Same:
        return CompareDialog::tr("The same");
    case CompareDialog::Kind::Unresolved:
        return CompareDialog::tr("Cannot be matched or applied");
    }
    return {};
}

QString oneLine(const QString &field, const QString &value)
{
    QString text = field == u"uri" ? Webhook::redactUri(value) : value;
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text;
}

} // namespace

CompareDialog::CompareDialog(AccountComparison *comparison, ProfileSession *session,
                             QWidget *parent)
    : QDialog(parent),
      m_comparison(comparison),
      m_session(session),
      m_profiles(new QComboBox(this)),
      m_reload(new QPushButton(tr("Re&load"), this)),
      m_rules(new QLineEdit(this)),
      m_rulesError(new QLabel(this)),
      m_filter(new QLineEdit(this)),
      m_kind(new QComboBox(this)),
      m_status(new QLabel(this)),
      m_warnings(new QLabel(this)),
      m_tree(new QTreeWidget(this)),
      m_copy(new QPushButton(tr("&Copy to Other"), this)),
      m_update(new QPushButton(tr("&Update Other"), this)),
      m_delete(new QPushButton(tr("&Delete from Other"), this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare “%1” with Another Profile").arg(session->profile().name));
    setWindowIcon(Icons::application());
    setAttribute(Qt::WA_DeleteOnClose);

    m_profiles->setObjectName(QStringLiteral("compareProfileCombo"));
    m_reload->setObjectName(QStringLiteral("compareReloadButton"));
    m_reload->setIcon(Icons::action(QStringLiteral("view-refresh")));
    m_rules->setObjectName(QStringLiteral("rewriteRulesEdit"));
    m_rules->setPlaceholderText(tr("FROM=TO, e.g. https://qa.example.com/=https://example.com/"));
    m_rules->setToolTip(tr("URI prefixes of this profile replaced before comparing (several "
                           "rules separated by spaces); remembered for this pair of profiles"));
    m_rules->setClearButtonEnabled(true);
    m_rulesError->setObjectName(QStringLiteral("rewriteRulesError"));
    m_rulesError->setTextFormat(Qt::PlainText);
    m_rulesError->setWordWrap(true);
    StatusColors::setTextColor(m_rulesError, StatusColors::errorText());
    m_rulesError->setVisible(false);
    m_filter->setObjectName(QStringLiteral("compareFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by name, event or URI"));
    m_filter->setClearButtonEnabled(true);
    m_kind->setObjectName(QStringLiteral("compareKindCombo"));
    for (const Kind kind : {Kind::All, Kind::OnlyHere, Kind::OnlyThere, Kind::Different, Kind::Same,
                            Kind::Unresolved})
        m_kind->addItem(kindText(kind), int(kind));
    m_status->setObjectName(QStringLiteral("compareStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_warnings->setObjectName(QStringLiteral("compareWarningsLabel"));
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setWordWrap(true);
    StatusColors::setTextColor(m_warnings, StatusColors::warningText());
    m_warnings->setVisible(false);

    m_tree->setObjectName(QStringLiteral("compareTree"));
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({tr("Status"), tr("Name"), tr("Event"), tr("Here"), tr("There")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(StatusColumn, 110);
    m_tree->setColumnWidth(NameColumn, 240);
    m_tree->setColumnWidth(EventColumn, 150);
    m_tree->setColumnWidth(HereColumn, 280);

    m_copy->setObjectName(QStringLiteral("copyToOtherButton"));
    m_copy->setToolTip(tr("Create the selected webhooks that only this account has in the other"));
    m_update->setObjectName(QStringLiteral("updateOtherButton"));
    m_update->setToolTip(tr("Make the selected different webhooks of the other account like "
                            "these"));
    m_delete->setObjectName(QStringLiteral("deleteFromOtherButton"));
    m_delete->setToolTip(tr("Delete the selected webhooks that only the other account has"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_update, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    for (QPushButton *button : {m_copy, m_update, m_delete, m_reload})
        button->setAutoDefault(false);

    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *result = new QLabel(text, this);
        result->setBuddy(buddy);
        return result;
    };
    auto *form = new QFormLayout;
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profiles, 1);
    profileRow->addWidget(m_reload);
    form->addRow(label(tr("Compare &with:"), m_profiles), profileRow);
    form->addRow(label(tr("&Rewrite URIs:"), m_rules), m_rules);
    form->addRow(QString(), m_rulesError);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_kind);
    form->addRow(label(tr("&Show:"), m_filter), filterRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_warnings);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    setTabOrder(m_profiles, m_reload);
    setTabOrder(m_reload, m_rules);
    setTabOrder(m_rules, m_filter);
    setTabOrder(m_filter, m_kind);
    setTabOrder(m_kind, m_tree);
    setTabOrder(m_tree, m_copy);
    setTabOrder(m_copy, m_update);
    setTabOrder(m_update, m_delete);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_profiles, &QComboBox::activated, this,
            [this](int index) { compareWith(m_profiles->itemData(index).toString()); });
    connect(m_reload, &QPushButton::clicked, m_comparison, &AccountComparison::reload);
    connect(m_rules, &QLineEdit::editingFinished, this, &CompareDialog::applyRules);
    connect(m_filter, &QLineEdit::textChanged, this, &CompareDialog::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CompareDialog::applyFilter);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &CompareDialog::updateButtons);
    connect(m_copy, &QPushButton::clicked, this, [this] { runAction(PlanItem::Action::Create); });
    connect(m_update, &QPushButton::clicked, this, [this] { runAction(PlanItem::Action::Update); });
    connect(m_delete, &QPushButton::clicked, this, [this] { runAction(PlanItem::Action::Delete); });

    connect(m_comparison, &AccountComparison::loadingStarted, this, [this] {
        m_status->setText(tr("Listing the webhooks of both accounts…"));
        StatusColors::setTextColor(m_status, palette().color(QPalette::WindowText));
        m_reload->setEnabled(false);
    });
    connect(m_comparison, &AccountComparison::planChanged, this, &CompareDialog::fillTree);
    connect(m_comparison, &AccountComparison::failed, this, [this](const QString &message) {
        m_tree->clear();
        m_warnings->setVisible(false);
        m_status->setText(message);
        StatusColors::setTextColor(m_status, StatusColors::errorText());
        m_reload->setEnabled(true);
        updateButtons();
    });
    // Another account here: this comparison no longer stands.
    connect(m_session, &ProfileSession::accountChanged, this, &QDialog::close);

    fillProfiles();
    updateButtons();
    resize(1000, 560);
}

CompareDialog::~CompareDialog() = default;

void CompareDialog::fillProfiles()
{
    const QString current = m_session->profile().name;
    const QList<ConnectionProfile> all = m_session->profiles();
    for (const ConnectionProfile &profile : all) {
        if (profile.name == current)
            continue;
        m_profiles->addItem(
                tr("%1 (%2 at %3)").arg(profile.name, profile.account, profile.serviceUrl.host()),
                profile.name);
    }
    m_profiles->setCurrentIndex(-1);
    if (m_profiles->count() == 0)
        m_status->setText(tr("There is no other profile to compare with. Add one in the "
                             "Profile menu."));
    else
        m_status->setText(tr("Choose the profile to compare with."));
}

void CompareDialog::compareWith(const QString &profileName)
{
    const int index = m_profiles->findData(profileName);
    m_profiles->setCurrentIndex(index);
    m_tree->clear();
    m_comparison->compareWith(profileName);
    QStringList texts;
    const QList<UriRewriteRule> rules = m_comparison->rewriteRules();
    for (const UriRewriteRule &rule : rules)
        texts.append(rule.from + u'=' + rule.to);
    m_rules->setText(texts.join(u' '));
    m_rulesError->setVisible(false);
    updateButtons();
}

CompareDialog::Kind CompareDialog::kindOf(const PlanItem &item)
{
    switch (item.action) {
    case PlanItem::Action::Create:
        return Kind::OnlyHere;
    case PlanItem::Action::Delete:
        return Kind::OnlyThere;
    case PlanItem::Action::Update:
        return Kind::Different;
    case PlanItem::Action::Unchanged:
        return Kind::Same;
    case PlanItem::Action::Keep:
        return item.note.isEmpty() ? Kind::OnlyThere : Kind::Unresolved;
    case PlanItem::Action::Skip:
    case PlanItem::Action::Ambiguous:
        return Kind::Unresolved;
    }
    return Kind::Unresolved;
}

void CompareDialog::fillTree()
{
    m_tree->clear();
    m_reload->setEnabled(true);
    const Plan &plan = m_comparison->plan();
    QHash<int, int> counts;
    const QColor changed = StatusColors::warningBackground();
    const QColor changedText = StatusColors::textOnBackground();
    for (int index = 0; index < plan.items.size(); ++index) {
        const PlanItem &item = plan.items.at(index);
        const Kind kind = kindOf(item);
        ++counts[int(kind)];
        // Here: what this account has (as rewritten for the other); there: the other's.
        const bool hasHere = item.sourceIndex >= 0;
        const bool hasThere = item.current.id > 0;
        const Webhook &subject = item.subject();
        auto *row = new QTreeWidgetItem(m_tree,
                                        {kindText(kind), subject.displayName(), subject.event,
                                         hasHere ? item.desired.redactedUri() : QString(),
                                         hasThere ? item.current.redactedUri() : QString()});
        row->setData(StatusColumn, IndexRole, index);
        row->setData(StatusColumn, KindRole, int(kind));
        if (!item.note.isEmpty())
            row->setToolTip(StatusColumn, item.note);
        for (const FieldChange &change : item.changes) {
            auto *child = new QTreeWidgetItem(row,
                                              {QString(), change.field, QString(),
                                               oneLine(change.field, change.after),
                                               oneLine(change.field, change.before)});
            child->setFlags(Qt::ItemIsEnabled);
            for (const int column : {HereColumn, ThereColumn}) {
                child->setBackground(column, changed);
                child->setForeground(column, changedText);
            }
            if (change.field == u"uri") {
                for (const int column : {HereColumn, ThereColumn}) {
                    row->setBackground(column, changed);
                    row->setForeground(column, changedText);
                }
            }
        }
    }
    m_status->setText(tr("“%1” (here) and “%2” (there): %3 only here, %4 only there, %5 "
                         "different, %6 the same, %7 that cannot be matched or applied.")
                              .arg(m_comparison->here().name, m_comparison->there().name)
                              .arg(counts.value(int(Kind::OnlyHere)))
                              .arg(counts.value(int(Kind::OnlyThere)))
                              .arg(counts.value(int(Kind::Different)))
                              .arg(counts.value(int(Kind::Same)))
                              .arg(counts.value(int(Kind::Unresolved))));
    StatusColors::setTextColor(m_status, palette().color(QPalette::WindowText));
    const int unsignedThere
            = int(std::count_if(plan.items.cbegin(), plan.items.cend(),
                                [](const PlanItem &item) { return item.losesSigning; }));
    m_warnings->setText(tr("%n webhook(s) linked to a signing policy here would not be signed "
                           "there: policies belong to their account, and Compare links none of "
                           "the other account's. Link one there after copying or updating.",
                           nullptr, unsignedThere));
    m_warnings->setToolTip(plan.warnings.join(u'\n'));
    m_warnings->setVisible(unsignedThere > 0);
    applyFilter();
}

void CompareDialog::applyFilter()
{
    const Kind wanted = Kind(m_kind->currentData().toInt());
    const QString text = m_filter->text().trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_tree->topLevelItem(i);
        const bool kindMatches
                = wanted == Kind::All || Kind(row->data(StatusColumn, KindRole).toInt()) == wanted;
        bool textMatches = text.isEmpty();
        for (const int column : {NameColumn, EventColumn, HereColumn, ThereColumn}) {
            if (!textMatches && row->text(column).contains(text, Qt::CaseInsensitive))
                textMatches = true;
        }
        row->setHidden(!(kindMatches && textMatches));
        if (row->isHidden())
            row->setSelected(false);
    }
    updateButtons();
}

QList<int> CompareDialog::selectedIndexes() const
{
    QList<int> indexes;
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    for (const QTreeWidgetItem *row : selected) {
        if (!row->parent() && !row->isHidden())
            indexes.append(row->data(StatusColumn, IndexRole).toInt());
    }
    std::sort(indexes.begin(), indexes.end());
    return indexes;
}

void CompareDialog::updateButtons()
{
    const Plan &plan = m_comparison->plan();
    const QList<int> indexes = selectedIndexes();
    const bool idle = !m_comparison->isLoading() && !m_comparison->isApplying();
    const auto any = [&](PlanItem::Action action) {
        return idle && !AccountComparison::part(plan, indexes, action).items.isEmpty();
    };
    m_copy->setEnabled(any(PlanItem::Action::Create));
    m_update->setEnabled(any(PlanItem::Action::Update));
    m_delete->setEnabled(any(PlanItem::Action::Delete));
}

void CompareDialog::applyRules()
{
    QList<UriRewriteRule> rules;
    const QStringList texts
            = m_rules->text().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &text : texts) {
        QString error;
        const std::optional<UriRewriteRule> rule = UriRewriteRule::parse(text, &error);
        if (!rule) {
            // The typing stays for the person to correct; the rules in use stay as they were.
            m_rulesError->setText(error);
            m_rulesError->setVisible(true);
            return;
        }
        rules.append(*rule);
    }
    m_rulesError->setVisible(false);
    if (rules != m_comparison->rewriteRules())
        m_comparison->setRewriteRules(rules);
}

void CompareDialog::runAction(PlanItem::Action action)
{
    const Plan part = AccountComparison::part(m_comparison->plan(), selectedIndexes(), action);
    if (part.items.isEmpty() || m_comparison->isApplying())
        return;
    const ConnectionProfile there = m_comparison->there();
    auto *preview = new PlanPreviewDialog(part, tr("%1 (%2)").arg(there.name, there.account), this);
    connect(preview, &PlanPreviewDialog::applyRequested, this,
            [this, part] { m_comparison->apply(part); });
    connect(preview, &PlanPreviewDialog::cancelRequested, m_comparison, &AccountComparison::cancel);
    connect(m_comparison, &AccountComparison::applyProgress, preview,
            &PlanPreviewDialog::setProgress);
    connect(m_comparison, &AccountComparison::applyFinished, preview,
            [this, preview, name = there.name](const ApplyResult &result) {
                if (preview->stage() != PlanPreviewDialog::Stage::Applying)
                    return;
                preview->showResult(result);
                Q_EMIT applied(name, result);
            });
    preview->open();
}
