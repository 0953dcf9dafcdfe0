#include "views/WebhookDialog.h"

#include "models/JsonKeys.h"
#include "models/WebhookValidator.h"
#include "models/api/ApiClient.h"
#include "models/api/ApiError.h"
#include "models/api/WebhookPolicyService.h"
#include "models/api/WebhookService.h"
#include "models/receiver/DeliveryReceiver.h"
#include "views/ErrorText.h"
#include "views/EventPicker.h"
#include "views/Icons.h"
#include "views/StatusColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTime>
#include <QUrl>
#include <QVBoxLayout>

namespace {
const QColor ErrorColor = StatusColors::errorText();
const QColor WarningColor = StatusColors::warningText();

void setTextColor(QWidget *widget, const QColor &color)
{
    StatusColors::setTextColor(widget, color);
}

// A label with the "reservedLine" property keeps its line while empty, so that the fields
// below do not move when an error appears.
void showMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty() || label->property("reservedLine").toBool());
}

void reserveLine(QLabel *label)
{
    label->setProperty("reservedLine", true);
    label->setMinimumHeight(label->fontMetrics().lineSpacing());
    label->show();
}
} // namespace

WebhookDialog::WebhookDialog(WebhookService *service, const EventCatalog &catalog,
                             const Webhook &webhook, QWidget *parent)
    : QDialog(parent), m_service(service), m_catalog(catalog), m_original(webhook)
{
    setObjectName(QStringLiteral("webhookDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(Icons::application());
    setSizeGripEnabled(true);

    m_hint = new QLabel(
            tr("New webhooks start disabled. Save it, press Test until the receiver accepts the "
               "test message, then clear “Disabled” to let events flow."),
            this);
    m_hint->setObjectName(QStringLiteral("workflowHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setVisible(webhook.isNew());

    m_formError = addMessageLabel(QStringLiteral("formError"));
    m_lastError = new QLabel(this);
    m_lastError->setObjectName(QStringLiteral("lastErrorLabel"));
    m_lastError->setTextFormat(Qt::PlainText);
    m_lastError->setWordWrap(true);
    m_lastError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextColor(m_lastError, ErrorColor);
    showMessage(m_lastError,
                webhook.lastError.isEmpty() ? QString()
                                            : tr("Last delivery error: %1").arg(webhook.lastError));

    m_event = new EventPicker(this);
    m_event->setObjectName(QStringLiteral("eventPicker"));
    m_event->setCatalog(m_catalog, webhook.event);
    m_event->setToolTip(tr("The event this webhook listens to. Type to search."));
    m_eventError = addMessageLabel(QStringLiteral("eventError"));

    m_uri = new QLineEdit(webhook.uri, this);
    m_uri->setObjectName(QStringLiteral("uriEdit"));
    m_uri->setPlaceholderText(QStringLiteral("https://hooks.example.com/4me"));
    m_uri->setToolTip(tr("The address that receives a POST request for each event."));
    m_uriError = addMessageLabel(QStringLiteral("uriError"));
    m_uriWarning = addMessageLabel(QStringLiteral("uriWarning"));
    setTextColor(m_uriWarning, WarningColor);
    m_useReceiverButton = new QPushButton(tr("Use &Local Receiver"), this);
    m_useReceiverButton->setObjectName(QStringLiteral("useReceiverButton"));
    m_useReceiverButton->setToolTip(
            tr("Send this webhook's messages to the receiver built into Hookbench, and see "
               "them in the Deliveries panel."));
    m_useReceiverButton->hide();
    m_receiverNote = new QLabel(
            tr("The local receiver is on this computer. The sandbox can deliver to it; the real "
               "service needs a URI it can reach from the internet."),
            this);
    m_receiverNote->setObjectName(QStringLiteral("receiverNote"));
    m_receiverNote->setTextFormat(Qt::PlainText);
    m_receiverNote->setWordWrap(true);
    m_receiverNote->hide();

    m_name = new QLineEdit(webhook.name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_nameError = addMessageLabel(QStringLiteral("nameError"));

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setPlainText(webhook.description);
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What this webhook is for, and who looks after the "
                                         "receiver."));
    m_description->setMinimumHeight(90);
    m_descriptionCounter = new QLabel(this);
    m_descriptionCounter->setObjectName(QStringLiteral("descriptionCounter"));
    m_descriptionCounter->setAlignment(Qt::AlignRight);
    m_descriptionError = addMessageLabel(QStringLiteral("descriptionError"));

    m_mailExceptionsTo = new QLineEdit(webhook.mailExceptionsTo, this);
    m_mailExceptionsTo->setObjectName(QStringLiteral("mailExceptionsToEdit"));
    m_mailExceptionsTo->setPlaceholderText(tr("Empty: every account administrator"));
    m_mailExceptionsTo->setToolTip(
            tr("Comma-separated e-mail addresses that hear about failed deliveries."));
    m_mailExceptionsToError = addMessageLabel(QStringLiteral("mailExceptionsToError"));

    m_uriChangeWarning = addMessageLabel(QStringLiteral("uriChangeWarning"));
    setTextColor(m_uriChangeWarning, WarningColor);

    m_appOfferings = new QLineEdit(webhook.appOfferingReferences.join(QStringLiteral(", ")), this);
    m_appOfferings->setObjectName(QStringLiteral("appOfferingsEdit"));
    m_appOfferings->setPlaceholderText(tr("Empty: instances of every app offering"));
    m_appOfferings->setToolTip(tr("Comma-separated references of the app offerings whose "
                                  "instances this webhook reports on."));
    m_appOfferingsError = addMessageLabel(QStringLiteral("appOfferingsError"));

    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("policyCombo"));
    m_policy->setToolTip(tr("The webhook policy that signs this webhook's messages (a JWT), or "
                            "none. Only enabled policies can be chosen."));
    m_policyError = addMessageLabel(QStringLiteral("policyError"));
    setPolicies({});

    m_openIdConnectDiscovery = new QCheckBox(
            tr("Signed messages name their key for OpenID &Connect discovery"), this);
    m_openIdConnectDiscovery->setObjectName(QStringLiteral("openIdConnectCheckBox"));
    m_openIdConnectDiscovery->setToolTip(
            tr("The messages' JWT carries a kid header and an iss claim from which a receiver "
               "finds the policy's public key (JWKS)."));
    m_openIdConnectDiscovery->setChecked(webhook.openIdConnectDiscovery);

    m_disabled = new QCheckBox(tr("&Disabled (no messages are sent)"), this);
    m_disabled->setObjectName(QStringLiteral("disabledCheckBox"));
    m_disabled->setChecked(webhook.isNew() ? true : webhook.disabled);
    if (webhook.isNew())
        m_original.disabled = true;

    m_testStatus = new QLabel(this);
    m_testStatus->setObjectName(QStringLiteral("testStatus"));
    m_testStatus->setTextFormat(Qt::PlainText);
    m_testStatus->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_saveButton = m_buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_testButton = m_buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setIcon(Icons::action(QStringLiteral("mail-send")));
    m_testButton->setToolTip(tr("Send a test message to the URI (saves first when needed)."));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addField = [form](const QString &label, QWidget *field, const QList<QLabel *> &notes,
                           QWidget *beside = nullptr) -> QLabel * {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        if (beside) {
            auto *row = new QHBoxLayout;
            row->addWidget(field, 1);
            row->addWidget(beside);
            box->addLayout(row);
        } else {
            box->addWidget(field);
        }
        for (QLabel *note : notes)
            box->addWidget(note);
        form->addRow(label, box);
        auto *labelWidget = qobject_cast<QLabel *>(form->labelForField(box));
        if (labelWidget)
            labelWidget->setBuddy(field);
        return labelWidget;
    };
    addField(tr("&Event:"), m_event, {m_eventError});
    addField(tr("&URI:"), m_uri, {m_uriError, m_uriWarning, m_uriChangeWarning, m_receiverNote},
             m_useReceiverButton);
    addField(tr("&Name:"), m_name, {m_nameError});
    addField(tr("Descri&ption:"), m_description, {m_descriptionCounter, m_descriptionError});
    addField(tr("&Mail exceptions to:"), m_mailExceptionsTo, {m_mailExceptionsToError});
    m_appOfferingsLabel = addField(tr("&App offerings:"), m_appOfferings, {m_appOfferingsError});
    addField(tr("Si&gning policy:"), m_policy, {m_policyError});
    form->addRow(QString(), m_openIdConnectDiscovery);
    form->addRow(tr("State:"), m_disabled);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_lastError);
    layout->addWidget(m_formError);
    layout->addLayout(form, 1);
    layout->addWidget(m_testStatus);
    layout->addWidget(m_buttons);

    m_fieldErrorLabels.insert(QString(JsonKeys::Event), m_eventError);
    m_fieldErrorLabels.insert(QString(JsonKeys::Uri), m_uriError);
    m_fieldErrorLabels.insert(QString(JsonKeys::Name), m_nameError);
    m_fieldErrorLabels.insert(QString(JsonKeys::Description), m_descriptionError);
    m_fieldErrorLabels.insert(QString(JsonKeys::MailExceptionsTo), m_mailExceptionsToError);
    m_fieldErrorLabels.insert(QString(JsonKeys::AppOfferingReferences), m_appOfferingsError);
    m_fieldErrorLabels.insert(QString(JsonKeys::WebhookPolicyId), m_policyError);

    connect(m_event, &EventPicker::eventChanged, this, [this] {
        validateEvent();
        updateConditionalFields();
        validateAppOfferings();
        updateButtons();
    });
    connect(m_appOfferings, &QLineEdit::textChanged, this, [this] {
        updateConditionalFields();
        validateAppOfferings();
        updateButtons();
    });
    connect(m_policy, &QComboBox::currentIndexChanged, this, [this] {
        showMessage(m_policyError, {});
        // Discovery hints exist only in signed messages.
        if (m_policy->currentData().toLongLong() == 0)
            m_openIdConnectDiscovery->setChecked(false);
        updateConditionalFields();
        updateButtons();
    });
    connect(m_openIdConnectDiscovery, &QCheckBox::toggled, this, &WebhookDialog::updateButtons);
    connect(m_uri, &QLineEdit::textChanged, this, [this] {
        validateUri();
        updateButtons();
    });
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        showMessage(m_nameError, {});
        updateButtons();
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        validateDescription();
        updateButtons();
    });
    connect(m_mailExceptionsTo, &QLineEdit::textChanged, this, [this] {
        validateMailExceptionsTo();
        updateButtons();
    });
    connect(m_disabled, &QCheckBox::toggled, this, &WebhookDialog::updateButtons);
    connect(m_useReceiverButton, &QPushButton::clicked, this, [this] {
        const QString path = m_original.isNew() ? QStringLiteral("/webhooks/new")
                                                : DeliveryReceiver::pathFor(m_original.id);
        m_uri->setText(m_receiverBaseUrl.resolved(QUrl(path.mid(1))).toString());
        m_uri->setFocus();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &WebhookDialog::saveAndClose);
    connect(m_testButton, &QPushButton::clicked, this, &WebhookDialog::sendTest);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WebhookDialog::reject);

    for (QLabel *label : {m_eventError, m_uriError, m_mailExceptionsToError})
        reserveLine(label);
    // Validate what is there without shouting at an empty new form.
    if (!webhook.isNew()) {
        validateEvent();
        validateUri();
    }
    validateDescription();
    validateMailExceptionsTo();
    updateConditionalFields();
    updateTitle();
    updateButtons();
    resize(620, sizeHint().height());
    (webhook.isNew() ? static_cast<QWidget *>(m_event) : m_uri)->setFocus();
}

void WebhookDialog::setLocalReceiverUrl(const QUrl &baseUrl)
{
    m_receiverBaseUrl = baseUrl;
    m_useReceiverButton->setVisible(baseUrl.isValid());
    validateUri();
}

QLabel *WebhookDialog::addMessageLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    setTextColor(label, ErrorColor);
    label->hide();
    return label;
}

Webhook WebhookDialog::editedWebhook() const
{
    Webhook webhook = m_original;
    webhook.event = m_event->event();
    webhook.uri = m_uri->text();
    webhook.name = m_name->text().trimmed();
    webhook.description = m_description->toPlainText();
    webhook.mailExceptionsTo = m_mailExceptionsTo->text().trimmed();
    webhook.disabled = m_disabled->isChecked();
    webhook.appOfferingReferences = appOfferingReferences();
    webhook.openIdConnectDiscovery = m_openIdConnectDiscovery->isChecked();
    const qint64 policyId = m_policy->currentData().toLongLong();
    if (policyId != webhook.webhookPolicyId) {
        webhook.webhookPolicyId = policyId;
        webhook.webhookPolicyName = policyId == 0 ? QString() : m_policyNames.value(policyId);
    }
    return webhook;
}

void WebhookDialog::loadPolicies()
{
    if (!m_policyService)
        m_policyService = new WebhookPolicyService(m_service->client(), this);
    m_policyService->list(WebhookState::Enabled, this,
                          [this](const WebhookPolicyList &policies, const ApiError &error) {
                              if (error) {
                                  showMessage(m_policyError,
                                              tr("The account's webhook policies could not be "
                                                 "loaded (%1); the current choice is kept.")
                                                      .arg(error.userMessage()));
                                  return;
                              }
                              setPolicies(policies);
                          });
}

void WebhookDialog::setPolicies(const WebhookPolicyList &enabledPolicies)
{
    const qint64 current = m_policy->count() > 0 ? m_policy->currentData().toLongLong()
                                                 : m_original.webhookPolicyId;
    const QSignalBlocker blocker(m_policy);
    m_policy->clear();
    m_policyNames.clear();
    m_policy->addItem(tr("None (messages are not signed)"), qint64(0));
    const auto add = [this](qint64 id, const QString &name, const QString &text) {
        m_policyNames.insert(id, name);
        m_policy->addItem(text, id);
    };
    // The linked policy stays selectable even when it is disabled or not (yet) listed.
    bool linkedListed = m_original.webhookPolicyId == 0;
    for (const WebhookPolicy &policy : enabledPolicies)
        linkedListed = linkedListed || policy.id == m_original.webhookPolicyId;
    if (!linkedListed) {
        add(m_original.webhookPolicyId, m_original.webhookPolicyName,
            m_original.webhookPolicyName.isEmpty() ? tr("Policy %1").arg(m_original.webhookPolicyId)
                                                   : tr("%1 (id %2)")
                                                             .arg(m_original.webhookPolicyName)
                                                             .arg(m_original.webhookPolicyId));
    }
    for (const WebhookPolicy &policy : enabledPolicies) {
        add(policy.id, policy.name,
            tr("%1 (%2, id %3)").arg(policy.displayName(), policy.jwtAlg).arg(policy.id));
    }
    const int index = m_policy->findData(current);
    m_policy->setCurrentIndex(index >= 0 ? index : 0);
}

QStringList WebhookDialog::appOfferingReferences() const
{
    QStringList references;
    const QStringList parts = m_appOfferings->text().split(u',');
    for (const QString &part : parts) {
        const QString reference = part.trimmed();
        if (!reference.isEmpty())
            references.append(reference);
    }
    return references;
}

void WebhookDialog::updateConditionalFields()
{
    // Offering references exist only for app_instance events; keep the field visible while it
    // holds references, so that the user sees what the validation complains about.
    const bool offerings = WebhookValidator::acceptsAppOfferingReferences(m_event->event())
            || !m_appOfferings->text().trimmed().isEmpty();
    m_appOfferings->setVisible(offerings);
    if (m_appOfferingsLabel)
        m_appOfferingsLabel->setVisible(offerings);
    if (!offerings)
        showMessage(m_appOfferingsError, {});
    // OpenID Connect discovery matters only for signed messages: with a linked policy.
    m_openIdConnectDiscovery->setEnabled(m_policy->currentData().toLongLong() != 0);
}

void WebhookDialog::validateAppOfferings()
{
    showMessage(m_appOfferingsError,
                WebhookValidator::checkAppOfferingReferences(appOfferingReferences(),
                                                             m_event->event()));
}

bool WebhookDialog::hasUnsavedChanges() const
{
    return !Webhook::changedFields(m_original, editedWebhook()).isEmpty();
}

bool WebhookDialog::isPrivateHost(const QString &host)
{
    QString name = host.trimmed().toLower();
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty())
        return false;
    // Names that only resolve inside a network (RFC 6761, RFC 6762, RFC 8375 and the
    // customary .internal and .lan).
    static const QStringList privateSuffixes = {
            QStringLiteral(".localhost"), QStringLiteral(".local"),
            QStringLiteral(".internal"),  QStringLiteral(".lan"),
            QStringLiteral(".home.arpa"), QStringLiteral(".localdomain"),
    };
    if (name == u"localhost")
        return true;
    for (const QString &suffix : privateSuffixes) {
        if (name.endsWith(suffix))
            return true;
    }
    QHostAddress address;
    if (!address.setAddress(name))
        return false;
    if (address.isLoopback() || address.isLinkLocal())
        return true;
    static const QList<QPair<QHostAddress, int>> privateRanges = {
            QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
            QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
            QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
            QHostAddress::parseSubnet(QStringLiteral("169.254.0.0/16")),
            QHostAddress::parseSubnet(QStringLiteral("127.0.0.0/8")),
            QHostAddress::parseSubnet(QStringLiteral("0.0.0.0/8")),
            QHostAddress::parseSubnet(QStringLiteral("fc00::/7")),
            QHostAddress::parseSubnet(QStringLiteral("fe80::/10")),
    };
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also unwraps ::ffff:a.b.c.d
    const QHostAddress plain = isV4 ? QHostAddress(v4) : address;
    for (const auto &range : privateRanges) {
        if (plain.isInSubnet(range))
            return true;
    }
    return false;
}

void WebhookDialog::validateEvent()
{
    const QString event = m_event->event();
    // An existing webhook keeps its event even when the catalogue no longer knows it: an
    // unchanged event is never sent.
    const bool unchanged = !m_original.isNew() && event == m_original.event;
    showMessage(m_eventError,
                unchanged ? QString()
                          : WebhookValidator::checkEvent(event, m_catalog, m_original.event));
    m_name->setPlaceholderText(event.isEmpty() ? tr("Defaults to the event name") : event);
}

void WebhookDialog::validateUri()
{
    const QString uri = m_uri->text();
    const QString error = WebhookValidator::checkUri(uri);
    showMessage(m_uriError, error);
    QString warning;
    if (error.isEmpty()) {
        const QUrl url(uri, QUrl::StrictMode);
        if (isPrivateHost(url.host())) {
            warning = tr("“%1” cannot be reached from the internet: the service will not be able "
                         "to deliver to it.")
                              .arg(url.host());
        } else if (url.scheme().compare(u"http", Qt::CaseInsensitive) == 0) {
            warning = tr("Plain http sends the messages unencrypted; prefer https.");
        }
    }
    showMessage(m_uriChangeWarning,
                !m_original.isNew() && uri != m_original.uri && error.isEmpty()
                        ? tr("After saving, the webhook receives no messages until the new URI "
                             "is verified.")
                        : QString());
    const bool atReceiver = m_receiverBaseUrl.isValid() && !uri.isEmpty()
            && uri.startsWith(m_receiverBaseUrl.toString());
    if (atReceiver)
        warning.clear(); // the note below says what matters for the local receiver
    showMessage(m_uriWarning, warning);
    m_receiverNote->setVisible(atReceiver);
}

void WebhookDialog::validateDescription()
{
    const qsizetype bytes = m_description->toPlainText().toUtf8().size();
    const QLocale locale;
    m_descriptionCounter->setText(
            tr("%1 / %2 bytes")
                    .arg(locale.toString(qint64(bytes)),
                         locale.toString(WebhookValidator::MaxDescriptionBytes)));
    setTextColor(m_descriptionCounter,
                 bytes > WebhookValidator::MaxDescriptionBytes
                         ? ErrorColor
                         : palette().color(QPalette::PlaceholderText));
    showMessage(m_descriptionError,
                WebhookValidator::checkDescription(m_description->toPlainText()));
}

void WebhookDialog::validateMailExceptionsTo()
{
    showMessage(m_mailExceptionsToError,
                WebhookValidator::checkMailExceptionsTo(m_mailExceptionsTo->text()));
}

bool WebhookDialog::validateAll()
{
    validateEvent();
    validateUri();
    validateDescription();
    validateMailExceptionsTo();
    validateAppOfferings();
    for (QLabel *label : {m_eventError, m_uriError, m_descriptionError, m_mailExceptionsToError,
                          m_appOfferingsError}) {
        if (!label->text().isEmpty() && !label->isHidden()) {
            QWidget *field = label == m_eventError ? static_cast<QWidget *>(m_event)
                    : label == m_uriError          ? static_cast<QWidget *>(m_uri)
                    : label == m_descriptionError  ? static_cast<QWidget *>(m_description)
                    : label == m_appOfferingsError ? static_cast<QWidget *>(m_appOfferings)
                                                   : static_cast<QWidget *>(m_mailExceptionsTo);
            field->setFocus();
            return false;
        }
    }
    return true;
}

void WebhookDialog::updateButtons()
{
    m_saveButton->setEnabled(!m_busy);
    m_testButton->setEnabled(!m_busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!m_busy);
}

void WebhookDialog::updateTitle()
{
    setWindowTitle(m_original.isNew() ? tr("New Webhook")
                                      : tr("Edit Webhook “%1”").arg(m_original.displayName()));
}

void WebhookDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void WebhookDialog::clearServerErrors()
{
    showMessage(m_formError, {});
    showMessage(m_nameError, {});
}

void WebhookDialog::showError(const ApiError &error)
{
    const ConnectionProfile profile = m_service->client()->profile();
    QStringList unplaced;
    for (const FieldError &fieldError : error.fieldErrors) {
        if (QLabel *label = m_fieldErrorLabels.value(fieldError.field)) {
            showMessage(label, fieldError.message);
        } else {
            unplaced.append(fieldError.field.isEmpty()
                                    ? fieldError.message
                                    : tr("%1: %2").arg(fieldError.field, fieldError.message));
        }
    }
    QString text = ErrorText::forUser(error, profile);
    if (!unplaced.isEmpty())
        text += u'\n' + unplaced.join(u'\n');
    showMessage(m_formError, text);
}

void WebhookDialog::save(std::function<void()> then)
{
    if (m_busy)
        return;
    clearServerErrors();
    if (!validateAll())
        return;
    const Webhook after = editedWebhook();
    if (!m_original.isNew() && after.uri != m_original.uri && !m_uriChangeConfirmed) {
        confirmUriChange([this, then] {
            m_uriChangeConfirmed = true;
            save(then);
        });
        return;
    }
    setBusy(true);
    auto done = [this, then = std::move(then)](const Webhook &result, const ApiError &error) {
        setBusy(false);
        if (error.isError()) {
            showError(error);
            return;
        }
        // Keep what the user sees; from now on the saved webhook is the one edited.
        m_original = result;
        m_uriChangeConfirmed = false;
        updateTitle();
        Q_EMIT saved(result);
        if (then)
            then();
    };
    if (m_original.isNew())
        m_service->create(after, this, std::move(done));
    else
        m_service->update(m_original, after, this, std::move(done));
}

void WebhookDialog::confirmUriChange(const std::function<void()> &then)
{
    auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Change the URI?"),
            tr("After the new URI is saved, the service sends a verification message to it, "
               "and “%1” receives no messages until that URI is verified.")
                    .arg(m_original.displayName()),
            QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("uriChangeBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
            tr("To miss no messages, create a second webhook for the new URI first, wait until "
               "it is verified, and delete this one afterwards."));
    QPushButton *go = box->addButton(tr("Save New URI"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("saveNewUriButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [box, go, then](int) {
        if (box->clickedButton() == go)
            then();
    });
    box->open();
}

void WebhookDialog::saveAndClose()
{
    save([this] { accept(); });
}

void WebhookDialog::sendTest()
{
    if (m_original.isNew() || hasUnsavedChanges())
        save([this] { fireTest(); });
    else
        fireTest();
}

void WebhookDialog::fireTest()
{
    setBusy(true);
    setTextColor(m_testStatus, palette().color(QPalette::WindowText));
    m_testStatus->setText(tr("Sending a test message…"));
    const qint64 id = m_original.id;
    Q_EMIT testStarting(id);
    m_service->test(id, this, [this, id](const ApiError &error) {
        setBusy(false);
        if (error.isError()) {
            setTextColor(m_testStatus, ErrorColor);
            m_testStatus->setText(
                    tr("The test failed: %1")
                            .arg(ErrorText::forUser(error, m_service->client()->profile())));
            return;
        }
        // The service only accepted the request (204): the delivery comes afterwards, and
        // whether the receiver took it shows in last_error (reference sections 1 and 4).
        setTextColor(m_testStatus, palette().color(QPalette::WindowText));
        m_testStatus->setText(
                tr("Test sent at %1: the service delivers a message with object_id 12345 to "
                   "the URI. Whether the receiver accepted it shows as the webhook's last error "
                   "within about 10 seconds.")
                        .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        Q_EMIT testSent(id);
    });
}

void WebhookDialog::reject()
{
    if (m_busy)
        return;
    if (!hasUnsavedChanges()) {
        QDialog::reject();
        return;
    }
    auto *box
            = new QMessageBox(QMessageBox::Question, tr("Unsaved Changes"),
                              tr("Save the changes to this webhook before closing?"),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedChangesBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Save);
    connect(box, &QMessageBox::finished, this, [this, box](int) {
        const QMessageBox::StandardButton choice = box->standardButton(box->clickedButton());
        if (choice == QMessageBox::Save)
            saveAndClose();
        else if (choice == QMessageBox::Discard)
            QDialog::reject();
    });
    box->open();
}
