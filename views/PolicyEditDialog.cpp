#include "views/PolicyEditDialog.h"

#include "models/JsonKeys.h"
#include "models/WebhookPolicyValidator.h"
#include "models/api/ApiError.h"
#include "models/api/WebhookPolicyService.h"
#include "views/Icons.h"
#include "views/StatusColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
void showMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}
} // namespace

PolicyEditDialog::PolicyEditDialog(WebhookPolicyService *service, const WebhookPolicy &policy,
                                   QWidget *parent)
    : QDialog(parent), m_service(service), m_original(policy)
{
    setObjectName(QStringLiteral("policyEditDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(Icons::application());
    setWindowTitle(policy.isNew() ? tr("New Webhook Policy")
                                  : tr("Webhook Policy %1").arg(policy.displayName()));

    m_formError = addMessageLabel(QStringLiteral("formError"));

    m_algorithm = new QComboBox(this);
    m_algorithm->setObjectName(QStringLiteral("algorithmCombo"));
    m_algorithm->addItems(WebhookPolicy::algorithms());
    const QString alg = policy.isNew() ? QStringLiteral("rs256") : policy.jwtAlg;
    if (m_algorithm->findText(alg) < 0)
        m_algorithm->addItem(alg); // an algorithm this version does not know, kept as it is
    m_algorithm->setCurrentText(alg);
    m_algorithm->setEnabled(policy.isNew());
    m_algorithm->setToolTip(
            policy.isNew()
                    ? tr("rs* and es* sign with a private key that stays with the service; you get "
                         "the public key once. hs* uses a shared secret; none does not sign.")
                    : tr("The algorithm cannot change: create a new policy instead."));
    m_algorithmError = addMessageLabel(QStringLiteral("algorithmError"));

    m_audience = new QLineEdit(policy.jwtAudience, this);
    m_audience->setObjectName(QStringLiteral("audienceEdit"));
    m_audience->setPlaceholderText(tr("Empty: no aud claim"));
    m_audience->setToolTip(tr("The audience (aud claim) a receiver expects, at most 2 KB."));
    m_audienceError = addMessageLabel(QStringLiteral("audienceError"));

    m_expires = new QCheckBox(tr("Messages e&xpire after"), this);
    m_expires->setObjectName(QStringLiteral("expiresCheckBox"));
    m_expires->setChecked(policy.jwtClaimExpiresIn.has_value());
    m_expiresIn = new QSpinBox(this);
    m_expiresIn->setObjectName(QStringLiteral("expiresInSpinBox"));
    m_expiresIn->setRange(0, 525600); // a year of minutes
    m_expiresIn->setSuffix(tr(" min"));
    m_expiresIn->setValue(int(policy.jwtClaimExpiresIn.value_or(5)));
    m_expiresIn->setEnabled(m_expires->isChecked());
    m_expiresIn->setToolTip(tr("Minutes after sending until the exp claim makes a message "
                               "invalid."));
    m_expiresError = addMessageLabel(QStringLiteral("expiresError"));

    m_disabled = new QCheckBox(tr("&Disabled (no webhook can be linked to it)"), this);
    m_disabled->setObjectName(QStringLiteral("policyDisabledCheckBox"));
    m_disabled->setChecked(policy.disabled);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_saveButton = m_buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    if (policy.isNew())
        m_saveButton->setText(tr("C&reate"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto *form = new QFormLayout;
    auto addField = [form](const QString &label, QWidget *field, QLabel *error) {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(field);
        box->addWidget(error);
        form->addRow(label, box);
        if (auto *labelWidget = qobject_cast<QLabel *>(form->labelForField(box)))
            labelWidget->setBuddy(field);
    };
    addField(tr("&Algorithm:"), m_algorithm, m_algorithmError);
    addField(tr("A&udience:"), m_audience, m_audienceError);
    auto *expiry = new QWidget(this);
    auto *expiryRow = new QHBoxLayout(expiry);
    expiryRow->setContentsMargins(0, 0, 0, 0);
    expiryRow->addWidget(m_expires);
    expiryRow->addWidget(m_expiresIn);
    expiryRow->addStretch(1);
    form->addRow(tr("Expiry:"), expiry);
    form->addRow(QString(), m_expiresError);
    form->addRow(tr("State:"), m_disabled);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_formError);
    layout->addLayout(form, 1);
    layout->addWidget(m_buttons);

    m_fieldErrorLabels.insert(QString(JsonKeys::JwtAlg), m_algorithmError);
    m_fieldErrorLabels.insert(QString(JsonKeys::JwtAudience), m_audienceError);
    m_fieldErrorLabels.insert(QString(JsonKeys::JwtClaimExpiresIn), m_expiresError);

    connect(m_audience, &QLineEdit::textChanged, this, [this] {
        showMessage(m_audienceError, WebhookPolicyValidator::checkAudience(m_audience->text()));
    });
    connect(m_expires, &QCheckBox::toggled, m_expiresIn, &QWidget::setEnabled);
    connect(m_saveButton, &QPushButton::clicked, this, &PolicyEditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    (policy.isNew() ? static_cast<QWidget *>(m_algorithm) : m_audience)->setFocus();
}

QLabel *PolicyEditDialog::addMessageLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    StatusColors::setTextColor(label, StatusColors::errorText());
    label->hide();
    return label;
}

WebhookPolicy PolicyEditDialog::editedPolicy() const
{
    WebhookPolicy policy = m_original;
    policy.jwtAlg = m_algorithm->currentText();
    policy.jwtAudience = m_audience->text();
    if (m_expires->isChecked())
        policy.jwtClaimExpiresIn = m_expiresIn->value();
    else
        policy.jwtClaimExpiresIn.reset();
    policy.disabled = m_disabled->isChecked();
    return policy;
}

bool PolicyEditDialog::validate()
{
    for (QLabel *label : std::as_const(m_fieldErrorLabels))
        showMessage(label, {});
    showMessage(m_formError, {});
    const FieldErrors errors = WebhookPolicyValidator::validate(editedPolicy());
    for (const FieldError &error : errors)
        showMessage(m_fieldErrorLabels.value(error.field, m_formError), error.message);
    return errors.isEmpty();
}

void PolicyEditDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_saveButton->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void PolicyEditDialog::save()
{
    if (m_busy || !validate())
        return;
    setBusy(true);
    const auto done = [this](const WebhookPolicy &policy, const ApiError &error) {
        setBusy(false);
        if (error) {
            showError(error);
            return;
        }
        Q_EMIT saved(policy);
        accept();
    };
    if (m_original.isNew())
        m_service->create(editedPolicy(), this, done);
    else
        m_service->update(m_original, editedPolicy(), this, done);
}

void PolicyEditDialog::showError(const ApiError &error)
{
    QStringList unplaced;
    for (const FieldError &field : error.fieldErrors) {
        if (QLabel *label = m_fieldErrorLabels.value(field.field))
            showMessage(label, field.message);
        else
            unplaced.append(QStringLiteral("%1: %2").arg(field.field, field.message));
    }
    QString text = error.userMessage();
    if (!unplaced.isEmpty())
        text += u'\n' + unplaced.join(u'\n');
    showMessage(m_formError,
                m_original.isNew() ? tr("The policy was not created: %1").arg(text)
                                   : tr("The policy was not saved: %1").arg(text));
}
