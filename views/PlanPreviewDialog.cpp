#include "views/PlanPreviewDialog.h"

#include "views/Icons.h"
#include "views/StatusColors.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString actionText(PlanItem::Action action)
{
    switch (action) {
    case PlanItem::Action::Create:
        return PlanPreviewDialog::tr("Create");
    case PlanItem::Action::Update:
        return PlanPreviewDialog::tr("Update");
    case PlanItem::Action::Delete:
        return PlanPreviewDialog::tr("Delete");
    case PlanItem::Action::Unchanged:
        return PlanPreviewDialog::tr("Unchanged");
    case PlanItem::Action::Keep:
        return PlanPreviewDialog::tr("Keep");
    case PlanItem::Action::Skip:
        return PlanPreviewDialog::tr("Skip");
    case PlanItem::Action::Ambiguous:
        return PlanPreviewDialog::tr("Ambiguous");
    }
    return {};
}

// A changed value on one line, URIs redacted.
QString shownValue(const FieldChange &change, const QString &value)
{
    QString text = change.field == u"uri" ? Webhook::redactUri(value) : value;
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text;
}

} // namespace

PlanPreviewDialog::PlanPreviewDialog(const Plan &plan, const QString &target, QWidget *parent)
    : QDialog(parent),
      m_plan(plan),
      m_summary(new QLabel(this)),
      m_warnings(new QLabel(this)),
      m_tree(new QTreeWidget(this)),
      m_progress(new QProgressBar(this)),
      m_result(new QLabel(this)),
      m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("planPreviewDialog"));
    setWindowTitle(tr("Plan for %1").arg(target));
    setWindowIcon(Icons::application());
    setAttribute(Qt::WA_DeleteOnClose);

    m_summary->setObjectName(QStringLiteral("planSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setText(planSummary(plan, target));
    m_warnings->setObjectName(QStringLiteral("planWarningsLabel"));
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setWordWrap(true);
    StatusColors::setTextColor(m_warnings, StatusColors::warningText());
    m_warnings->setText(plan.warnings.join(u'\n'));
    m_warnings->setVisible(!plan.warnings.isEmpty());

    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setHeaderLabels({tr("Action"), tr("Name"), tr("Event"), tr("URI")});
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    fillTree();

    m_progress->setObjectName(QStringLiteral("applyProgress"));
    m_progress->setVisible(false);
    m_result->setObjectName(QStringLiteral("applyResultLabel"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setVisible(false);

    m_apply = m_buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setEnabled(plan.hasChanges());
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    // Nothing is sent by Enter alone: the person chooses Apply.
    m_cancel->setDefault(true);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (m_stage != Stage::Preview || !m_plan.hasChanges())
            return;
        m_stage = Stage::Applying;
        m_apply->setEnabled(false);
        m_progress->setRange(0, m_plan.requestCount());
        m_progress->setValue(0);
        m_progress->setVisible(true);
        m_cancel->setFocus();
        Q_EMIT applyRequested();
    });
    connect(m_cancel, &QPushButton::clicked, this, &PlanPreviewDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_warnings);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
    setTabOrder(m_tree, m_apply);
    setTabOrder(m_apply, m_cancel);
    resize(760, 460);
}

PlanPreviewDialog::~PlanPreviewDialog() = default;

QString PlanPreviewDialog::planSummary(const Plan &plan, const QString &target)
{
    QString text = tr("Plan for %1: %2 to create, %3 to update, %4 to delete, %5 unchanged.")
                           .arg(target)
                           .arg(plan.count(PlanItem::Action::Create))
                           .arg(plan.count(PlanItem::Action::Update))
                           .arg(plan.count(PlanItem::Action::Delete))
                           .arg(plan.count(PlanItem::Action::Unchanged));
    const int skipped
            = plan.count(PlanItem::Action::Skip) + plan.count(PlanItem::Action::Ambiguous);
    if (skipped > 0)
        text += u' ' + tr("%n webhook(s) cannot be applied (see their notes).", nullptr, skipped);
    if (!plan.hasChanges())
        return text + u' ' + tr("Nothing to do.");
    text += u' '
            + tr("%n request(s), at least %1 s under the rate limit.", nullptr, plan.requestCount())
                      .arg(plan.estimatedSeconds());
    const int verifications = plan.verificationCount();
    if (verifications > 0) {
        text += u' '
                + tr("The service will ask %n receiver(s) to verify their URI; those webhooks "
                     "stay inactive until their receivers answer.",
                     nullptr, verifications);
    }
    return text;
}

QString PlanPreviewDialog::resultSummary(const ApplyResult &result)
{
    QString text = tr("%1 created, %2 updated, %3 deleted.")
                           .arg(result.count(PlanItem::Action::Create))
                           .arg(result.count(PlanItem::Action::Update))
                           .arg(result.count(PlanItem::Action::Delete));
    if (result.isComplete())
        return tr("Done: %1").arg(text);
    if (result.failed) {
        text = tr("Stopped at “%1”: %2 Before it: %3")
                       .arg(result.failed->subject().displayName(), result.error.userMessage(),
                            text);
    } else {
        text = tr("Cancelled. Before that: %1").arg(text);
    }
    if (!result.notDone.isEmpty())
        text += u' ' + tr("%n change(s) not sent.", nullptr, int(result.notDone.size()));
    return text;
}

void PlanPreviewDialog::fillTree()
{
    for (const PlanItem &item : std::as_const(m_plan.items)) {
        const Webhook &webhook = item.subject();
        auto *row = new QTreeWidgetItem(m_tree,
                                        {actionText(item.action), webhook.displayName(),
                                         webhook.event, webhook.redactedUri()});
        if (item.sendsRequest() && item.needsVerification)
            row->setToolTip(3, tr("The service will ask this URI to verify itself."));
        if (item.losesSigning)
            row->setToolTip(1, tr("Loses its signing: no policy of the target is linked."));
        for (const FieldChange &change : item.changes) {
            auto *child
                    = new QTreeWidgetItem(row,
                                          {QString(), change.field, QString(),
                                           tr("%1 → %2").arg(shownValue(change, change.before),
                                                             shownValue(change, change.after))});
            child->setForeground(3, StatusColors::warningText());
        }
        if (!item.note.isEmpty())
            new QTreeWidgetItem(row, {QString(), tr("Note"), QString(), item.note});
        row->setExpanded(item.action == PlanItem::Action::Update);
    }
    m_tree->resizeColumnToContents(0);
    m_tree->setColumnWidth(1, 260);
    m_tree->resizeColumnToContents(2);
}

void PlanPreviewDialog::setProgress(int done, int total)
{
    if (total > 0)
        m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void PlanPreviewDialog::showResult(const ApplyResult &result)
{
    m_stage = Stage::Finished;
    m_progress->setValue(int(result.done.size()));
    m_result->setText(resultSummary(result));
    StatusColors::setTextColor(
            m_result, result.isComplete() ? StatusColors::okText() : StatusColors::errorText());
    m_result->setVisible(true);
    m_apply->setVisible(false);
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("&Close"));
    m_cancel->setFocus();
}

void PlanPreviewDialog::reject()
{
    if (m_stage == Stage::Applying) {
        m_cancel->setEnabled(false);
        m_cancel->setText(tr("Cancelling…"));
        Q_EMIT cancelRequested();
        return;
    }
    QDialog::reject();
}
