#pragma once

#include "models/receiver/Delivery.h"
#include "models/receiver/DeliveryDecoder.h"
#include "models/receiver/SignedMessageVerifier.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <chrono>

class DeliveryListModel;
class DeliveryReceiver;
class QCheckBox;
class SandboxSecretSource;
class VerificationResponder;
class MessageBanner;
class QDoubleSpinBox;
class QLabel;
class QGridLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTimer;
class QTreeView;

// Shows what a DeliveryReceiver gets: a live, filterable list (time, webhook, event,
// object_id, status answered) and the selected delivery's headers, body (pretty JSON,
// form fields or raw) and signed-message claims, with each check of a signed message
// (signature, aud, exp, nbf, iss; SignedMessageVerifier) passed or failed and why. Sets the status
// and delay the receiver answers with, so failures (404, 500, a timeout) can be rehearsed. Clear,
// Copy (the selected delivery as JSON), Save as JSON (the listed deliveries), and Open callback for
// a webhook.verify message, which the panel calls by itself when a VerificationResponder is
// set and its switch is on.
//
// After a test-fire, expectDelivery() shows a notice when nothing arrives in time.
// The receiver is not owned and must outlive the inspector.
class DeliveryInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryInspector)

public:
    static constexpr std::chrono::milliseconds DefaultExpectTimeout{10000};

    explicit DeliveryInspector(DeliveryReceiver *receiver, QWidget *parent = nullptr);
    ~DeliveryInspector() override;

    DeliveryReceiver *receiver() const;

    // Call after test-firing webhook `webhookId` (whose URI points at the receiver): when
    // no delivery for it (by webhook_id or by the path receiverUrlFor() gives) arrives
    // within expectTimeout(), a notice says so and expectedDeliveryMissing() is emitted.
    // `afterSequence` is the receiver's lastSequence() from before the test request went
    // out: the message often arrives before the answer to that request does, and a delivery
    // recorded after it counts at once (expectedDeliveryArrived() is emitted from here).
    void expectDelivery(qint64 webhookId, quint64 afterSequence);
    // As above, from the mark markTestStart() took for `webhookId`, or from now on.
    void expectDelivery(qint64 webhookId);
    // Notes the receiver's lastSequence() just before a test request for `webhookId` goes
    // out; forgetTestStart() drops it when that request failed.
    void markTestStart(qint64 webhookId);
    void forgetTestStart(qint64 webhookId);
    std::chrono::milliseconds expectTimeout() const;
    void setExpectTimeout(std::chrono::milliseconds timeout);

    // The delivery selected in the list; a default Delivery (sequence 0) when none.
    Delivery currentDelivery() const;

    // Keys to verify signed ({"jwt": ...}) messages with; also editable in the widget.
    void setVerificationKeys(const DeliveryDecoder::Keys &keys);
    DeliveryDecoder::Keys verificationKeys() const;
    // Keys tried before the pasted ones, e.g. the stored public key of the webhook's policy.
    void setKeyLookup(SignedMessageVerifier::KeyLookup lookup);
    // What checks signed messages: set the account URL, the sandbox's origin, discovery and
    // lookups on it. Owned by the inspector.
    SignedMessageVerifier *signedMessageVerifier() const;
    // hs* secrets from the sandbox (not owned; may be null): signed messages of the sandbox
    // are checked without pasting the secret.
    void setSandboxSecretSource(SandboxSecretSource *source);

    // Shows the selected delivery's checks again, e.g. after a lookup learnt something new
    // (a key, a policy's audience).
    void recheck();

    // Answers webhook.verify messages through `responder` (not owned) while the panel's
    // "Verify automatically" switch is on (the default); the panel says what happened.
    void setVerificationResponder(VerificationResponder *responder);

    // Writes the listed deliveries (the filter applies), oldest first, as a JSON array.
    bool saveAsJson(const QString &fileName, QString *errorMessage = nullptr) const;

Q_SIGNALS:
    void expectedDeliveryArrived(qint64 webhookId);
    void expectedDeliveryMissing(qint64 webhookId);

private:
    void buildUi();
    void updateReceiverState();
    void updateDetails();
    void handleDeliveryReceived(const Delivery &delivery);
    void expectedArrived(qint64 webhookId);
    void showMissingNotice(qint64 webhookId);
    void copyCurrent();
    void chooseSaveFile();
    void openCallback();
    void clearAll();
    void pastedKeysChanged();
    void showChecks(const SignedMessageCheck::Report &report);

    QPointer<DeliveryReceiver> m_receiver;
    DeliveryListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    std::chrono::milliseconds m_expectTimeout = DefaultExpectTimeout;
    QHash<qint64, QTimer *> m_expected; // webhook id -> its deadline
    QHash<qint64, quint64> m_testMarks; // webhook id -> lastSequence() before its test

    QLabel *m_urlLabel = nullptr;
    QSpinBox *m_statusSpin = nullptr;
    QDoubleSpinBox *m_delaySpin = nullptr;
    MessageBanner *m_notice = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QTreeView *m_list = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_bodyNote = nullptr;
    QPlainTextEdit *m_bodyView = nullptr;
    QPlainTextEdit *m_headersView = nullptr;
    QLabel *m_signatureLabel = nullptr;
    QPlainTextEdit *m_jwtView = nullptr;
    QWidget *m_checksBox = nullptr;
    QLabel *m_audCheckLabel = nullptr;
    QLabel *m_expCheckLabel = nullptr;
    QLabel *m_nbfCheckLabel = nullptr;
    QLabel *m_issCheckLabel = nullptr;
    QPlainTextEdit *m_publicKeyEdit = nullptr;
    QLineEdit *m_secretEdit = nullptr;
    QCheckBox *m_discoveryCheck = nullptr;
    QPushButton *m_clearButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_openCallbackButton = nullptr;
    QCheckBox *m_autoVerifyCheck = nullptr;
    QPointer<VerificationResponder> m_responder;
    SignedMessageVerifier *m_verifier = nullptr;
    QSet<quint64> m_answerWhenChecked; // webhook.verify deliveries waiting for their check
};
