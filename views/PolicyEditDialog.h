#pragma once

#include "models/WebhookPolicy.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class WebhookPolicyService;
struct ApiError;

// Creates or edits one webhook policy: the algorithm (fixed once created: its key was shown
// only once), the audience, the expiry and the state. Validates as the user types, sends only
// the changed fields, keeps everything typed when a save fails (422 field errors appear
// beside their fields). Open it with open(); it deletes itself when closed.
class PolicyEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyEditDialog)

public:
    // `policy` with id 0 creates a new policy. The service is not owned.
    PolicyEditDialog(WebhookPolicyService *service, const WebhookPolicy &policy,
                     QWidget *parent = nullptr);

    // The policy as the form describes it now.
    WebhookPolicy editedPolicy() const;

Q_SIGNALS:
    // After a successful save; a created policy carries its public key (publicKeyPem).
    void saved(const WebhookPolicy &policy);

private:
    QLabel *addMessageLabel(const QString &objectName);
    bool validate();
    void save();
    void showError(const ApiError &error);
    void setBusy(bool busy);

    WebhookPolicyService *m_service;
    WebhookPolicy m_original;
    bool m_busy = false;

    QLabel *m_formError;
    QComboBox *m_algorithm;
    QLabel *m_algorithmError;
    QLineEdit *m_audience;
    QLabel *m_audienceError;
    QCheckBox *m_expires;
    QSpinBox *m_expiresIn;
    QLabel *m_expiresError;
    QCheckBox *m_disabled;
    QDialogButtonBox *m_buttons;
    QPushButton *m_saveButton;
    QHash<QString, QLabel *> m_fieldErrorLabels;
};
