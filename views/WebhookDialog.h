#pragma once

#include "models/EventCatalog.h"
#include "models/FieldError.h"
#include "models/Webhook.h"
#include "models/WebhookPolicy.h"

#include <QDialog>
#include <QHash>
#include <QUrl>

#include <functional>

class EventPicker;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class WebhookPolicyService;
class WebhookService;
struct ApiError;

// Creates or edits one webhook. Validates as the user types, saves only the changed fields,
// offers the app offering references only for app_instance events, a webhook policy picker
// (none or an enabled policy) and OpenID Connect discovery only with a policy, warns before a new
// URI is saved (the webhook then waits for verification), test-fires the webhook (saving it first
// when needed), keeps everything typed when a save fails (422 field errors appear beside their
// fields) and asks before unsaved changes are dropped. Open it with open(); it deletes itself when
// closed.
class WebhookDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDialog)

public:
    // `webhook` with id 0 creates a new webhook. The service is not owned.
    WebhookDialog(WebhookService *service, const EventCatalog &catalog, const Webhook &webhook,
                  QWidget *parent = nullptr);

    Webhook original() const { return m_original; }
    // The webhook as the form describes it now.
    Webhook editedWebhook() const;
    bool hasUnsavedChanges() const;

    // True for hosts the internet cannot reach: localhost, loopback, private and link-local
    // ranges (10/8, 172.16/12, 192.168/16, 169.254/16, fc00::/7, fe80::/10) and names such as
    // *.local, *.internal or *.lan.
    static bool isPrivateHost(const QString &host);

    // Offers "Use local receiver", which fills the URI with the built-in receiver's address
    // (`baseUrl`, e.g. http://127.0.0.1:PORT/) plus a path for this webhook.
    void setLocalReceiverUrl(const QUrl &baseUrl);

    // Lists the account's enabled webhook policies for the picker (asynchronously). Until
    // then, and when that fails, the picker offers none and the webhook's current policy.
    void loadPolicies();
    // The picker's policies: none, the webhook's current policy, and `enabledPolicies`.
    void setPolicies(const WebhookPolicyList &enabledPolicies);

    void reject() override;

Q_SIGNALS:
    void saved(const Webhook &webhook);
    // The test request for the webhook is about to go out; testSent() follows when the
    // service accepted it.
    void testStarting(qint64 webhookId);
    void testSent(qint64 webhookId);

private:
    QLabel *addMessageLabel(const QString &objectName);
    void validateEvent();
    void validateUri();
    void validateDescription();
    void validateMailExceptionsTo();
    void validateAppOfferings();
    void updateConditionalFields();
    QStringList appOfferingReferences() const;
    // Before a new URI is saved on an existing webhook: says that it stops receiving
    // messages until the new URI is verified; `then` runs when the user goes ahead.
    void confirmUriChange(const std::function<void()> &then);
    void updateButtons();
    void updateTitle();
    void clearServerErrors();
    void showError(const ApiError &error);
    void setBusy(bool busy);
    void save(std::function<void()> then);
    void saveAndClose();
    void sendTest();
    void fireTest();
    bool validateAll();

    WebhookService *m_service;
    EventCatalog m_catalog;
    Webhook m_original;
    bool m_busy = false;

    QLabel *m_hint;
    QLabel *m_formError;
    QLabel *m_lastError;
    EventPicker *m_event;
    QLabel *m_eventError;
    QLineEdit *m_uri;
    QLabel *m_uriError;
    QLabel *m_uriWarning;
    QPushButton *m_useReceiverButton;
    QLabel *m_receiverNote;
    QUrl m_receiverBaseUrl;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QPlainTextEdit *m_description;
    QLabel *m_descriptionCounter;
    QLabel *m_descriptionError;
    QLineEdit *m_mailExceptionsTo;
    QLabel *m_mailExceptionsToError;
    QLabel *m_uriChangeWarning;
    QLineEdit *m_appOfferings;
    QLabel *m_appOfferingsLabel;
    QLabel *m_appOfferingsError;
    QComboBox *m_policy;
    QLabel *m_policyError;
    QHash<qint64, QString> m_policyNames; // policy id -> name, for the picker's entries
    WebhookPolicyService *m_policyService = nullptr; // created by loadPolicies()
    QCheckBox *m_openIdConnectDiscovery;
    QCheckBox *m_disabled;
    bool m_uriChangeConfirmed = false;
    QLabel *m_testStatus;
    QDialogButtonBox *m_buttons;
    QPushButton *m_saveButton;
    QPushButton *m_testButton;
    QHash<QString, QLabel *> m_fieldErrorLabels;
};
