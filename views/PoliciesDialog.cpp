#include "views/PoliciesDialog.h"

#include "models/PolicyKeyStore.h"
#include "models/VerificationTracker.h"
#include "models/api/ApiClient.h"
#include "models/api/ApiError.h"
#include "models/api/WebhookPolicyService.h"
#include "views/Icons.h"
#include "views/PolicyEditDialog.h"
#include "views/PublicKeyDialog.h"
#include "views/StatusColors.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column {
    NameColumn,
    AlgorithmColumn,
    AudienceColumn,
    ExpiryColumn,
    StateColumn,
    WebhooksColumn,
    CreatedColumn,
    UpdatedColumn,
    ColumnCount
};

// Local time, minutes, as the webhook table shows times.
QString timeText(const QString &serverText)
{
    const QDateTime time = Webhook::parseTimestamp(serverText);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : serverText;
}
} // namespace

PoliciesDialog::PoliciesDialog(ApiClient *client, const WebhookList &webhooks,
                               const QString &keyStoreFile, QWidget *parent)
    : QDialog(parent),
      m_service(new WebhookPolicyService(client, this)),
      m_keys(std::make_unique<PolicyKeyStore>(keyStoreFile)),
      m_profileKey(VerificationTracker::profileKey(client->profile().serviceUrl,
                                                   client->profile().account)),
      m_webhooks(webhooks)
{
    setObjectName(QStringLiteral("policiesDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(Icons::application());
    setWindowTitle(tr("Webhook Policies – %1").arg(client->profile().account));
    setSizeGripEnabled(true);

    auto *intro = new QLabel(tr("A webhook policy makes the service sign the messages of the "
                                "webhooks linked to it. Link a webhook in its Edit dialog."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("policiesTable"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAllColumnsShowFocus(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setHeaderLabels({tr("Name"), tr("Algorithm"), tr("Audience"), tr("Expires in"),
                              tr("State"), tr("Webhooks"), tr("Created"), tr("Updated")});
    m_table->header()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(NameColumn, 200);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("policiesStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_createButton = new QPushButton(Icons::action(QStringLiteral("document-new")),
                                     tr("&New Policy…"), this);
    m_createButton->setObjectName(QStringLiteral("createPolicyButton"));
    m_editButton
            = new QPushButton(Icons::action(QStringLiteral("document-edit")), tr("&Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("editPolicyButton"));
    m_deleteButton
            = new QPushButton(Icons::action(QStringLiteral("edit-delete")), tr("&Delete…"), this);
    m_deleteButton->setObjectName(QStringLiteral("deletePolicyButton"));
    m_refreshButton
            = new QPushButton(Icons::action(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshPoliciesButton"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_createButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(m_refreshButton);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_table, &QTreeWidget::itemSelectionChanged, this, &PoliciesDialog::updateButtons);
    connect(m_table, &QTreeWidget::itemActivated, this, &PoliciesDialog::editSelected);
    connect(m_createButton, &QPushButton::clicked, this, &PoliciesDialog::createPolicy);
    connect(m_editButton, &QPushButton::clicked, this, &PoliciesDialog::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &PoliciesDialog::confirmDeleteSelected);
    connect(m_refreshButton, &QPushButton::clicked, this, &PoliciesDialog::refresh);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(900, 420);
    updateButtons();
    refresh();
}

PoliciesDialog::~PoliciesDialog() = default;

PoliciesDialog *PoliciesDialog::openFor(ApiClient *client, const WebhookList &webhooks,
                                        QWidget *parent)
{
    auto *dialog = new PoliciesDialog(client, webhooks, PolicyKeyStore::defaultFileName(), parent);
    dialog->open();
    return dialog;
}

void PoliciesDialog::setStatus(const QString &text, bool error)
{
    StatusColors::setTextColor(
            m_status, error ? StatusColors::errorText() : palette().color(QPalette::WindowText));
    m_status->setText(text);
}

void PoliciesDialog::setWebhooks(const WebhookList &webhooks)
{
    m_webhooks = webhooks;
    fill();
}

void PoliciesDialog::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    setStatus(tr("Loading the webhook policies…"));
    updateButtons();
    m_service->list(
            WebhookState::All, this,
            [this](const WebhookPolicyList &policies, const ApiError &error) {
                m_loading = false;
                if (error && error.kind != ApiError::Kind::Incomplete) {
                    setStatus(tr("The webhook policies could not be loaded: %1")
                                      .arg(error.userMessage()),
                              true);
                } else {
                    m_policies = policies;
                    fill();
                    setStatus(error ? tr("The list is incomplete: %1").arg(error.message)
                                    : tr("%n webhook policy(ies).", nullptr, int(policies.size())),
                              error.isError());
                }
                updateButtons();
                Q_EMIT refreshed();
            });
}

WebhookList PoliciesDialog::webhooksUsing(qint64 policyId) const
{
    WebhookList result;
    for (const Webhook &webhook : m_webhooks) {
        if (webhook.webhookPolicyId == policyId)
            result.append(webhook);
    }
    return result;
}

void PoliciesDialog::fill()
{
    const qint64 selected = selectedPolicy() ? selectedPolicy()->id : 0;
    m_table->clear();
    for (const WebhookPolicy &policy : std::as_const(m_policies)) {
        const WebhookList linked = webhooksUsing(policy.id);
        auto *item = new QTreeWidgetItem(m_table);
        item->setData(NameColumn, Qt::UserRole, policy.id);
        item->setText(NameColumn, policy.displayName());
        item->setText(AlgorithmColumn, policy.jwtAlg);
        item->setText(AudienceColumn, policy.jwtAudience);
        item->setText(ExpiryColumn,
                      policy.jwtClaimExpiresIn
                              ? tr("%n minute(s)", nullptr, int(*policy.jwtClaimExpiresIn))
                              : tr("never"));
        item->setText(StateColumn, policy.disabled ? tr("Disabled") : tr("Enabled"));
        item->setText(WebhooksColumn, QString::number(linked.size()));
        item->setTextAlignment(WebhooksColumn, Qt::AlignRight | Qt::AlignVCenter);
        QStringList names;
        for (const Webhook &webhook : linked)
            names.append(webhook.displayName().toHtmlEscaped());
        item->setToolTip(WebhooksColumn, names.join(QStringLiteral("<br>")));
        item->setText(CreatedColumn, timeText(policy.createdAt));
        item->setText(UpdatedColumn, timeText(policy.updatedAt));
        const std::optional<PolicyKeyStore::Key> key = m_keys->find(m_profileKey, policy.id);
        item->setToolTip(NameColumn,
                         key ? tr("Hookbench keeps this policy's public key.").toHtmlEscaped()
                             : policy.displayName().toHtmlEscaped());
        if (policy.id == selected)
            item->setSelected(true);
    }
    for (int column = AlgorithmColumn; column < ColumnCount; ++column)
        m_table->resizeColumnToContents(column);
    updateButtons();
}

const WebhookPolicy *PoliciesDialog::selectedPolicy() const
{
    const QList<QTreeWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const qint64 id = items.first()->data(NameColumn, Qt::UserRole).toLongLong();
    for (const WebhookPolicy &policy : m_policies) {
        if (policy.id == id)
            return &policy;
    }
    return nullptr;
}

void PoliciesDialog::updateButtons()
{
    const bool selected = selectedPolicy() != nullptr;
    m_editButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
    m_refreshButton->setEnabled(!m_loading);
}

void PoliciesDialog::createPolicy()
{
    auto *dialog = new PolicyEditDialog(m_service, WebhookPolicy(), this);
    connect(dialog, &PolicyEditDialog::saved, this, [this](const WebhookPolicy &created) {
        m_policies.append(created);
        m_policies.last().publicKeyPem.clear(); // only the key dialog holds it
        fill();
        setStatus(tr("Created policy %1.").arg(created.displayName()));
        Q_EMIT policiesChanged();
        keepAndShowKey(created);
    });
    dialog->open();
}

void PoliciesDialog::keepAndShowKey(const WebhookPolicy &created)
{
    if (created.publicKeyPem.isEmpty()) {
        setStatus(tr("Created policy %1. A %2 policy has no public key.")
                          .arg(created.displayName(), created.jwtAlg));
        return;
    }
    const PolicyKeyStore::Key key{created.id, created.name, created.jwtAlg, created.publicKeyPem,
                                  QDateTime::currentDateTimeUtc()};
    const QString localCopy = m_keys->store(m_profileKey, key)
            ? tr("Hookbench also keeps a copy in %1, so that its receiver can check the "
                 "signatures.")
                      .arg(QDir::toNativeSeparators(m_keys->fileName()))
            : tr("Hookbench could not keep a copy of its own (%1): save the key now.")
                      .arg(m_keys->errorString());
    auto *dialog = new PublicKeyDialog(created, localCopy, this);
    dialog->open();
}

void PoliciesDialog::editSelected()
{
    const WebhookPolicy *selected = selectedPolicy();
    if (!selected)
        return;
    auto *dialog = new PolicyEditDialog(m_service, *selected, this);
    connect(dialog, &PolicyEditDialog::saved, this, [this](const WebhookPolicy &updated) {
        for (WebhookPolicy &policy : m_policies) {
            if (policy.id == updated.id)
                policy = updated;
        }
        fill();
        setStatus(tr("Saved policy %1.").arg(updated.displayName()));
        Q_EMIT policiesChanged();
    });
    dialog->open();
}

void PoliciesDialog::confirmDeleteSelected()
{
    const WebhookPolicy *selected = selectedPolicy();
    if (!selected)
        return;
    const WebhookPolicy policy = *selected;
    const WebhookList linked = webhooksUsing(policy.id);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Webhook Policy"),
                                tr("Delete the webhook policy “%1”?").arg(policy.displayName()),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deletePolicyBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    if (linked.isEmpty()) {
        box->setInformativeText(tr("No webhook in the list uses it."));
    } else {
        QStringList names;
        for (const Webhook &webhook : linked)
            names.append(QStringLiteral("• %1 (id %2)").arg(webhook.displayName()).arg(webhook.id));
        box->setInformativeText(tr("These webhooks lose their signing: their messages are sent "
                                   "unsigned from then on.\n%1")
                                        .arg(names.join(u'\n')));
    }
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelDeleteButton"));
    box->setDefaultButton(cancel);
    connect(remove, &QPushButton::clicked, this, [this, policy] { deletePolicy(policy); });
    box->open();
}

void PoliciesDialog::deletePolicy(const WebhookPolicy &policy)
{
    setStatus(tr("Deleting policy %1…").arg(policy.displayName()));
    m_service->remove(policy.id, this, [this, policy](const ApiError &error) {
        if (error && !(error.kind == ApiError::Kind::Http && error.httpStatus == 404)) {
            setStatus(tr("Policy %1 was not deleted: %2")
                              .arg(policy.displayName(), error.userMessage()),
                      true);
            return;
        }
        m_policies.removeIf([&policy](const WebhookPolicy &p) { return p.id == policy.id; });
        fill();
        setStatus(tr("Deleted policy %1.").arg(policy.displayName()));
        Q_EMIT policiesChanged();
    });
}
