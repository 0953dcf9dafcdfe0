#pragma once

#include "models/ConnectionProfile.h"

#include <QDialog>

#include <optional>

class ConnectionTest;
class ProfileStore;
class QNetworkAccessManager;
class QPushButton;
struct ApiError;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class TokenStore;

// Adds or edits one connection profile: name, service (brand, region and environment, or a
// custom URL that ServiceUrl accepts),
// account, account header and API token. The profile goes to the ProfileStore, the token to
// the TokenStore (the system keychain, or this session only where there is none). Open it
// with open(); it deletes itself when closed.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    // A `profile` without a name adds a new profile. The stores are not owned.
    ConnectionDialog(ProfileStore *profiles, TokenStore *tokens, const ConnectionProfile &profile,
                     QWidget *parent = nullptr);

    // A line above the form, e.g. why the dialog opened ("enter a new token").
    void setMessage(const QString &message);
    void focusToken();

    ConnectionProfile editedProfile() const;
    // Offers "Test Connection" (objectName "testConnectionButton"): one page of webhooks is
    // listed with what is entered, on `network` (not owned), and the result shown in the
    // dialog (objectName "connectionTestResult"). Nothing is stored by a test.
    void enableConnectionTest(QNetworkAccessManager *network);

Q_SIGNALS:
    // After the profile (and the token, when one was entered) are stored. `tokenNotice` is
    // set when the token is kept for this session only.
    void profileSaved(const ConnectionProfile &profile, const QString &previousName,
                      const QString &tokenNotice);

private:
    void fillRegions();
    void fillEnvironments();
    std::optional<ServicePreset> chosenPreset() const;
    void applyPreset();
    QString validate() const;
    void save();
    void finishSave(const ConnectionProfile &profile, const QString &notice);
    void setBusy(bool busy);
    void testConnection();
    void showTestResult(const ApiError &error, qint64 total);

    ProfileStore *m_profiles;
    TokenStore *m_tokens;
    ConnectionProfile m_original;

    QLabel *m_message;
    QLineEdit *m_name;
    QComboBox *m_brand;
    QComboBox *m_region;
    QComboBox *m_environment;
    QLineEdit *m_url;
    QLineEdit *m_account;
    QComboBox *m_accountHeader;
    QLineEdit *m_token;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    ConnectionTest *m_connectionTest = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
    ConnectionProfile m_testedProfile;
};
