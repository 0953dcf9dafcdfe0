#pragma once

#include "models/WebhookPolicy.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// Shows the public key of a new webhook policy, the one time the service returns it. It says
// so plainly, offers Copy and "Save as .pem" (written through AtomicFileWriter), and asks
// again when it is closed before the key was copied or saved. Open it with open(); it deletes
// itself when closed.
class PublicKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublicKeyDialog)

public:
    // `localCopy` says where Hookbench keeps its own copy (or why it could not).
    PublicKeyDialog(const WebhookPolicy &created, const QString &localCopy,
                    QWidget *parent = nullptr);

    // Writes the key to `fileName`; false and a message in the dialog when that failed.
    bool saveTo(const QString &fileName);
    // Whether the key was copied or saved since the dialog opened.
    bool isKeyKept() const { return m_kept; }

    void reject() override;

private:
    void copyKey();
    void chooseFile();

    WebhookPolicy m_policy;
    bool m_kept = false;
    bool m_closeConfirmed = false;
    QLabel *m_status;
    QPlainTextEdit *m_key;
    QPushButton *m_copyButton;
    QPushButton *m_saveButton;
};
