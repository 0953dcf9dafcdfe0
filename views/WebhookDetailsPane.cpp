#include "views/WebhookDetailsPane.h"
#include "views/StatusColors.h"

#include "models/VerificationTracker.h"
#include "models/WebhookTableModel.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
QString timeText(const QString &serverText, const QDateTime &time)
{
    if (!time.isValid())
        return serverText;
    return WebhookTableModel::timeText(time); // as the table shows it
}
} // namespace

WebhookDetailsPane::WebhookDetailsPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("detailsPane"));
    m_stack = new QStackedWidget(this);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_stack->addWidget(m_placeholder);

    auto *page = new QWidget(this);
    // A grid, not a QFormLayout: Qt 6.4's form layout overruns its height-for-width buffer
    // when word-wrapped rows are hidden and shown, which corrupted the heap.
    m_form = new QGridLayout;
    m_form->setColumnStretch(1, 1);
    m_name = addRow(tr("Name:"), QStringLiteral("detailsName"));
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_event = addRow(tr("Event:"), QStringLiteral("detailsEvent"));
    m_uri = addRow(tr("URI:"), QStringLiteral("detailsUri"));
    m_state = addRow(tr("State:"), QStringLiteral("detailsState"));
    m_note = addRow(QString(), QStringLiteral("detailsNote"));
    m_note->setAutoFillBackground(true);
    m_note->setMargin(3);
    QPalette notePalette = m_note->palette();
    notePalette.setColor(QPalette::Window, QColor(0xfd, 0xf3, 0xd6));
    notePalette.setColor(QPalette::WindowText, QColor(0x5c, 0x43, 0x00));
    m_note->setPalette(notePalette);
    m_changes
            = addRow(tr("Changed since the previous snapshot:"), QStringLiteral("detailsChanges"));
    m_changes->setAutoFillBackground(true);
    m_changes->setMargin(3);
    QPalette changesPalette = m_changes->palette();
    changesPalette.setColor(QPalette::Window, StatusColors::changedBackground());
    changesPalette.setColor(QPalette::WindowText, StatusColors::textOnBackground());
    m_changes->setPalette(changesPalette);
    m_lastError = addRow(tr("Last error:"), QStringLiteral("detailsLastError"));
    m_lastError->setAutoFillBackground(true);
    m_lastError->setMargin(3);
    QPalette errorPalette = m_lastError->palette();
    errorPalette.setColor(QPalette::Window, StatusColors::errorBackground());
    errorPalette.setColor(QPalette::WindowText, StatusColors::errorOnBackground());
    m_lastError->setPalette(errorPalette);
    m_mailExceptionsTo = addRow(tr("Mail exceptions to:"), QStringLiteral("detailsMail"));
    m_policy = addRow(tr("Webhook policy:"), QStringLiteral("detailsPolicy"));
    m_openIdConnectDiscovery
            = addRow(tr("OpenID Connect discovery:"), QStringLiteral("detailsOpenIdConnect"));
    m_appOfferings = addRow(tr("App offerings:"), QStringLiteral("detailsAppOfferings"));
    m_source = addRow(tr("Source:"), QStringLiteral("detailsSource"));
    m_sourceId = addRow(tr("Source ID:"), QStringLiteral("detailsSourceId"));
    m_id = addRow(tr("ID:"), QStringLiteral("detailsId"));
    m_nodeId = addRow(tr("Node ID:"), QStringLiteral("detailsNodeId"));
    m_created = addRow(tr("Created:"), QStringLiteral("detailsCreated"));
    m_updated = addRow(tr("Updated:"), QStringLiteral("detailsUpdated"));

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("detailsDescription"));
    m_description->setReadOnly(true);
    m_description->setPlaceholderText(tr("No description"));
    m_description->setFrameShape(QFrame::StyledPanel);

    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(m_form);
    pageLayout->addWidget(new QLabel(tr("Description:"), page));
    pageLayout->addWidget(m_description, 1);
    m_stack->addWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_stack);
    showPlaceholder(0);
}

QLabel *WebhookDetailsPane::addRow(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *caption = new QLabel(label, this);
    caption->setAlignment(Qt::AlignRight | Qt::AlignTop);
    caption->setBuddy(value);
    const int row = m_form->rowCount();
    m_form->addWidget(caption, row, 0);
    m_form->addWidget(value, row, 1);
    m_captions.insert(value, caption);
    return value;
}

void WebhookDetailsPane::setWebhook(const Webhook &webhook)
{
    m_webhook = webhook;
    auto set = [this](QLabel *label, const QString &text) {
        label->setText(text);
        label->setVisible(!text.isEmpty());
        if (QLabel *caption = m_captions.value(label))
            caption->setVisible(!text.isEmpty());
    };
    set(m_name, webhook.displayName());
    set(m_event, webhook.event);
    set(m_uri, webhook.redactedUri());
    m_uri->setToolTip(tr("Credentials and query values are hidden; edit the webhook to see the "
                         "whole URI."));
    const bool awaiting = m_verification && m_verification->isAwaiting(webhook.id);
    QString note;
    if (awaiting) {
        const QDateTime expiry = m_verification->expiresAt(webhook.id);
        const QString when = WebhookTableModel::timeText(expiry);
        note = expiry <= QDateTime::currentDateTimeUtc()
                ? tr("Awaiting verification. The code sent to the URI expired at %1: save the "
                     "webhook again to have a fresh one sent, then call its callback.")
                          .arg(when)
                : tr("Awaiting verification. The service sent a webhook.verify message to the "
                     "URI; the webhook receives no other messages until the callback in that "
                     "message is called (GET or POST) before %1. Hookbench's built-in receiver "
                     "calls it for you; another receiver must call it, or open it in a "
                     "browser.")
                          .arg(when);
    } else if (webhook.disabled && !webhook.lastError.isEmpty()) {
        note = tr("Most likely disabled by the service after repeated failed deliveries. Fix "
                  "the receiver, send a test message, then enable the webhook again.");
    }
    set(m_state,
        awaiting ? (webhook.disabled ? tr("Disabled, awaiting verification")
                                     : tr("Enabled, awaiting verification"))
                 : (webhook.disabled ? tr("Disabled") : tr("Enabled")));
    set(m_note, note);
    if (webhook.id != m_changesId)
        setFieldChanges({});
    set(m_lastError, webhook.lastError);
    set(m_mailExceptionsTo,
        webhook.mailExceptionsTo.isEmpty() ? tr("Every account administrator")
                                           : webhook.mailExceptionsTo);
    QString policy;
    if (webhook.webhookPolicyId != 0) {
        policy = webhook.webhookPolicyName.isEmpty()
                ? QString::number(webhook.webhookPolicyId)
                : tr("%1 (id %2)").arg(webhook.webhookPolicyName).arg(webhook.webhookPolicyId);
    }
    set(m_policy, policy);
    set(m_openIdConnectDiscovery,
        webhook.webhookPolicyId != 0 || webhook.openIdConnectDiscovery
                ? (webhook.openIdConnectDiscovery ? tr("On") : tr("Off"))
                : QString());
    set(m_appOfferings,
        webhook.appOfferingReferences.isEmpty() ? QString()
                                                : webhook.appOfferingReferences.join(u", "));
    set(m_source, webhook.source);
    set(m_sourceId, webhook.sourceId);
    set(m_id, QString::number(webhook.id));
    set(m_nodeId, webhook.nodeId);
    set(m_created, timeText(webhook.createdAt, webhook.createdAtTime()));
    set(m_updated, timeText(webhook.updatedAt, webhook.updatedAtTime()));
    m_description->setPlainText(webhook.description);
    m_stack->setCurrentIndex(1);
}

void WebhookDetailsPane::setFieldChanges(const QStringList &lines)
{
    m_changesId = m_webhook.id;
    m_changes->setText(lines.join(u'\n'));
    m_changes->setVisible(!lines.isEmpty());
    if (QLabel *caption = m_captions.value(m_changes))
        caption->setVisible(!lines.isEmpty());
}

void WebhookDetailsPane::setVerificationTracker(const VerificationTracker *tracker)
{
    if (m_verification)
        disconnect(m_verification, nullptr, this, nullptr);
    m_verification = tracker;
    if (tracker) {
        connect(tracker, &VerificationTracker::changed, this, [this](qint64 id) {
            if (m_stack->currentIndex() == 1 && id == m_webhook.id)
                setWebhook(m_webhook);
        });
    }
}

void WebhookDetailsPane::showPlaceholder(int count)
{
    m_webhook = Webhook();
    m_placeholder->setText(count == 0 ? tr("Select a webhook to see its details.")
                                      : tr("%n webhooks selected.", nullptr, count));
    m_stack->setCurrentIndex(0);
}
