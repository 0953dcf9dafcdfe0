#include "views/DeliveryInspector.h"

#include "common/AtomicFileWriter.h"
#include "models/Logging.h"
#include "models/receiver/DeliveryListModel.h"
#include "models/receiver/DeliveryReceiver.h"
#include "models/receiver/OidcKeyFetcher.h"
#include "models/receiver/SandboxSecretSource.h"
#include "models/receiver/VerificationResponder.h"
#include "views/MessageBanner.h"
#include "views/RowHeightDelegate.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

QPlainTextEdit *makeTextView(const QString &objectName, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont font = view->font();
    font.setFamily(QStringLiteral("monospace"));
    font.setStyleHint(QFont::TypeWriter);
    view->setFont(font);
    return view;
}

QString prettyJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
}

// A delivery for webhook `webhookId`: by the webhook_id of its message, or by the path
// DeliveryReceiver::receiverUrlFor() gives the webhook.
bool isDeliveryFor(const Delivery &delivery, qint64 webhookId)
{
    return delivery.webhookId == webhookId || delivery.path == DeliveryReceiver::pathFor(webhookId);
}

} // namespace

DeliveryInspector::DeliveryInspector(DeliveryReceiver *receiver, QWidget *parent)
    : QWidget(parent),
      m_receiver(receiver),
      m_model(new DeliveryListModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    Q_ASSERT(receiver);
    setObjectName(QStringLiteral("deliveryInspector"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    // Discovery of public keys has a network manager of its own: it talks to issuers, never
    // with the API's token.
    m_verifier = new SignedMessageVerifier(new QNetworkAccessManager(this), this);
    buildUi();
    connect(m_verifier->keyFetcher(), &OidcKeyFetcher::keyFound, this,
            &DeliveryInspector::updateDetails);
    connect(m_verifier->keyFetcher(), &OidcKeyFetcher::failed, this,
            &DeliveryInspector::updateDetails);
    connect(m_verifier, &SignedMessageVerifier::checked, this,
            [this](const Delivery &delivery, const SignedMessageCheck::Report &report) {
                if (m_answerWhenChecked.remove(delivery.sequence) && m_responder)
                    m_responder->respond(delivery, report);
            });

    m_model->setReceiver(receiver);
    connect(receiver, &DeliveryReceiver::deliveryReceived, this,
            &DeliveryInspector::handleDeliveryReceived);
    connect(receiver, &DeliveryReceiver::deliveryAnswered, this, [this](const Delivery &d) {
        if (d.sequence == currentDelivery().sequence)
            updateDetails();
    });
    connect(receiver, &DeliveryReceiver::listeningChanged, this,
            &DeliveryInspector::updateReceiverState);
    connect(receiver, &DeliveryReceiver::responseSettingsChanged, this,
            &DeliveryInspector::updateReceiverState);
    updateReceiverState();
    updateDetails();
}

DeliveryInspector::~DeliveryInspector() = default;

void DeliveryInspector::buildUi()
{
    // Receiver: where it listens, and how it answers.
    m_urlLabel = new QLabel(this);
    m_urlLabel->setObjectName(QStringLiteral("receiverUrlLabel"));
    m_urlLabel->setTextFormat(Qt::PlainText);
    m_urlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_statusSpin = new QSpinBox(this);
    m_statusSpin->setObjectName(QStringLiteral("statusSpinBox"));
    m_statusSpin->setRange(200, 599);
    m_statusSpin->setToolTip(tr("The HTTP status every delivery is answered with. Answer 404 "
                                "or 500 to watch the webhook's last error change."));
    m_delaySpin = new QDoubleSpinBox(this);
    m_delaySpin->setObjectName(QStringLiteral("delaySpinBox"));
    m_delaySpin->setRange(0, DeliveryReceiver::MaxDelayMs / 1000.0);
    m_delaySpin->setDecimals(1);
    m_delaySpin->setSingleStep(0.5);
    m_delaySpin->setSuffix(tr(" s"));
    m_delaySpin->setToolTip(tr("Wait this long before answering. The service gives up after "
                               "10 s, so a longer delay rehearses a timeout."));
    connect(m_statusSpin, &QSpinBox::valueChanged, this, [this](int status) {
        if (m_receiver)
            m_receiver->setResponseStatus(status);
    });
    connect(m_delaySpin, &QDoubleSpinBox::valueChanged, this, [this](double seconds) {
        if (m_receiver)
            m_receiver->setResponseDelayMs(qRound(seconds * 1000));
    });

    auto *receiverRow = new QHBoxLayout;
    receiverRow->addWidget(m_urlLabel, 1);
    auto *answerLabel = new QLabel(tr("&Answer with"), this);
    answerLabel->setBuddy(m_statusSpin);
    receiverRow->addWidget(answerLabel);
    receiverRow->addWidget(m_statusSpin);
    auto *delayLabel = new QLabel(tr("a&fter"), this);
    delayLabel->setBuddy(m_delaySpin);
    receiverRow->addWidget(delayLabel);
    receiverRow->addWidget(m_delaySpin);

    m_notice = new MessageBanner(this);
    m_notice->setObjectName(QStringLiteral("noticeBanner"));

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by webhook, event, object or status"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("deliveryList"));
    m_list->setModel(m_proxy);
    m_list->setRootIsDecorated(false);
    m_list->setItemDelegate(new RowHeightDelegate(m_list));
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(DeliveryListModel::EventColumn, QHeaderView::Stretch);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeliveryInspector::updateDetails);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DeliveryInspector::updateDetails);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DeliveryInspector::updateDetails);

    // Details of the selected delivery.
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailsTabs"));

    auto *bodyPage = new QWidget(m_tabs);
    m_bodyNote = new QLabel(bodyPage);
    m_bodyNote->setObjectName(QStringLiteral("bodyNoteLabel"));
    m_bodyNote->setTextFormat(Qt::PlainText);
    m_bodyNote->setWordWrap(true);
    m_bodyView = makeTextView(QStringLiteral("bodyView"), bodyPage);
    auto *bodyLayout = new QVBoxLayout(bodyPage);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_bodyNote);
    bodyLayout->addWidget(m_bodyView, 1);
    m_tabs->addTab(bodyPage, tr("&Body"));

    m_headersView = makeTextView(QStringLiteral("headersView"), m_tabs);
    m_tabs->addTab(m_headersView, tr("&Headers"));

    auto *jwtPage = new QWidget(m_tabs);
    m_signatureLabel = new QLabel(jwtPage);
    m_signatureLabel->setObjectName(QStringLiteral("signatureLabel"));
    m_signatureLabel->setTextFormat(Qt::PlainText);
    m_signatureLabel->setWordWrap(true);
    m_jwtView = makeTextView(QStringLiteral("jwtView"), jwtPage);
    m_checksBox = new QWidget(jwtPage);
    m_checksBox->setObjectName(QStringLiteral("checksBox"));
    auto *checksLayout = new QGridLayout(m_checksBox);
    checksLayout->setContentsMargins(0, 0, 0, 0);
    checksLayout->setColumnStretch(1, 1);
    auto addCheck = [this, checksLayout](const QString &claim, const QString &objectName,
                                         const QString &toolTip) {
        auto *name = new QLabel(claim, m_checksBox);
        name->setToolTip(toolTip);
        auto *value = new QLabel(m_checksBox);
        value->setObjectName(objectName);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        const int row = checksLayout->rowCount();
        checksLayout->addWidget(name, row, 0, Qt::AlignTop);
        checksLayout->addWidget(value, row, 1);
        return value;
    };
    m_audCheckLabel = addCheck(QStringLiteral("aud"), QStringLiteral("audCheckLabel"),
                               tr("The audience: the webhook policy's, when it is known"));
    m_expCheckLabel
            = addCheck(QStringLiteral("exp"), QStringLiteral("expCheckLabel"),
                       tr("Expiry, with %1 s of leeway").arg(SignedMessageCheck::LeewaySeconds));
    m_nbfCheckLabel = addCheck(
            QStringLiteral("nbf"), QStringLiteral("nbfCheckLabel"),
            tr("Not valid before, with %1 s of leeway").arg(SignedMessageCheck::LeewaySeconds));
    m_issCheckLabel = addCheck(QStringLiteral("iss"), QStringLiteral("issCheckLabel"),
                               tr("The issuer: the account URL, or the policy's URL under it"));
    m_publicKeyEdit = new QPlainTextEdit(jwtPage);
    m_publicKeyEdit->setObjectName(QStringLiteral("publicKeyEdit"));
    m_publicKeyEdit->setPlaceholderText(
            tr("-----BEGIN PUBLIC KEY----- … (the webhook policy's public key, for RS and ES)"));
    m_publicKeyEdit->setMaximumHeight(m_publicKeyEdit->fontMetrics().lineSpacing() * 5);
    m_secretEdit = new QLineEdit(jwtPage);
    m_secretEdit->setObjectName(QStringLiteral("secretEdit"));
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setPlaceholderText(tr("Shared secret, for HS"));
    connect(m_publicKeyEdit, &QPlainTextEdit::textChanged, this,
            &DeliveryInspector::pastedKeysChanged);
    connect(m_secretEdit, &QLineEdit::textChanged, this, &DeliveryInspector::pastedKeysChanged);
    m_discoveryCheck = new QCheckBox(tr("D&iscover keys from any issuer"), jwtPage);
    m_discoveryCheck->setObjectName(QStringLiteral("discoveryCheck"));
    m_discoveryCheck->setToolTip(
            tr("Find the public key through OpenID Connect discovery at the message's iss on "
               "any https host, not only on this computer or the sandbox"));
    connect(m_discoveryCheck, &QCheckBox::toggled, this, [this](bool allowed) {
        m_verifier->setDiscoveryForAnyHost(allowed);
        updateDetails();
    });
    auto *keyForm = new QFormLayout;
    keyForm->addRow(tr("&Public key:"), m_publicKeyEdit);
    keyForm->addRow(tr("S&ecret:"), m_secretEdit);
    keyForm->addRow(QString(), m_discoveryCheck);
    auto *jwtLayout = new QVBoxLayout(jwtPage);
    jwtLayout->setContentsMargins(0, 0, 0, 0);
    jwtLayout->addWidget(m_signatureLabel);
    jwtLayout->addWidget(m_checksBox);
    jwtLayout->addWidget(m_jwtView, 1);
    jwtLayout->addLayout(keyForm);
    m_tabs->addTab(jwtPage, tr("&Signed message"));

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_summaryLabel);
    detailsLayout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    // Actions.
    m_clearButton = new QPushButton(tr("C&lear"), this);
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    m_clearButton->setToolTip(tr("Forget every delivery received so far"));
    m_copyButton = new QPushButton(tr("&Copy"), this);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setToolTip(tr("Copy the selected delivery as JSON"));
    m_saveButton = new QPushButton(tr("Save as &JSON…"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setToolTip(tr("Save the listed deliveries to a JSON file"));
    m_openCallbackButton = new QPushButton(tr("&Open callback"), this);
    m_openCallbackButton->setObjectName(QStringLiteral("openCallbackButton"));
    m_openCallbackButton->setToolTip(
            tr("Open the verification link of a webhook.verify message, which activates the "
               "webhook"));
    connect(m_clearButton, &QPushButton::clicked, this, &DeliveryInspector::clearAll);
    connect(m_copyButton, &QPushButton::clicked, this, &DeliveryInspector::copyCurrent);
    connect(m_saveButton, &QPushButton::clicked, this, &DeliveryInspector::chooseSaveFile);
    connect(m_openCallbackButton, &QPushButton::clicked, this, &DeliveryInspector::openCallback);

    m_autoVerifyCheck = new QCheckBox(tr("&Verify automatically"), this);
    m_autoVerifyCheck->setObjectName(QStringLiteral("autoVerifyCheck"));
    m_autoVerifyCheck->setChecked(true);
    m_autoVerifyCheck->setVisible(false); // until a responder is set
    m_autoVerifyCheck->setToolTip(
            tr("Call the callback of each webhook.verify message that arrives, when it is on "
               "the account's address (or the sandbox's) and, for a signed message, its "
               "signature is valid"));

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_openCallbackButton);
    buttonRow->addWidget(m_autoVerifyCheck);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_clearButton);
    buttonRow->addWidget(m_copyButton);
    buttonRow->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(receiverRow);
    layout->addWidget(m_notice);
    layout->addWidget(m_filterEdit);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttonRow);
}

DeliveryReceiver *DeliveryInspector::receiver() const
{
    return m_receiver;
}

void DeliveryInspector::expectDelivery(qint64 webhookId)
{
    if (const auto mark = m_testMarks.constFind(webhookId); mark != m_testMarks.constEnd()) {
        const quint64 afterSequence = mark.value();
        m_testMarks.erase(mark);
        expectDelivery(webhookId, afterSequence);
        return;
    }
    expectDelivery(webhookId, m_receiver ? m_receiver->lastSequence() : 0);
}

void DeliveryInspector::markTestStart(qint64 webhookId)
{
    if (m_receiver)
        m_testMarks.insert(webhookId, m_receiver->lastSequence());
}

void DeliveryInspector::forgetTestStart(qint64 webhookId)
{
    m_testMarks.remove(webhookId);
}

void DeliveryInspector::expectDelivery(qint64 webhookId, quint64 afterSequence)
{
    if (m_receiver) {
        // The service sends the message as soon as it has answered the test request, so the
        // message can be here before the answer is: then it has arrived already.
        const QList<Delivery> &recorded = m_receiver->deliveries();
        for (auto it = recorded.crbegin(); it != recorded.crend() && it->sequence > afterSequence;
             ++it) {
            if (isDeliveryFor(*it, webhookId)) {
                expectedArrived(webhookId);
                return;
            }
        }
    }
    QTimer *&timer = m_expected[webhookId];
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, webhookId] {
            if (QTimer *expired = m_expected.take(webhookId))
                expired->deleteLater();
            showMissingNotice(webhookId);
        });
    }
    timer->start(m_expectTimeout);
}

std::chrono::milliseconds DeliveryInspector::expectTimeout() const
{
    return m_expectTimeout;
}

void DeliveryInspector::setExpectTimeout(std::chrono::milliseconds timeout)
{
    m_expectTimeout = timeout;
}

Delivery DeliveryInspector::currentDelivery() const
{
    const QModelIndex index = m_proxy->mapToSource(m_list->currentIndex());
    return index.isValid() ? m_model->delivery(index.row()) : Delivery();
}

void DeliveryInspector::setVerificationKeys(const DeliveryDecoder::Keys &keys)
{
    m_publicKeyEdit->setPlainText(QString::fromUtf8(keys.publicKeyPem));
    m_secretEdit->setText(QString::fromUtf8(keys.secret));
}

DeliveryDecoder::Keys DeliveryInspector::verificationKeys() const
{
    DeliveryDecoder::Keys keys;
    keys.publicKeyPem = m_publicKeyEdit->toPlainText().toUtf8();
    keys.secret = m_secretEdit->text().toUtf8();
    return keys;
}

bool DeliveryInspector::saveAsJson(const QString &fileName, QString *errorMessage) const
{
    QJsonArray array;
    for (int row = m_proxy->rowCount() - 1; row >= 0; --row) {
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
        array.append(m_model->delivery(source.row()).toJson());
    }
    QString reason;
    // The file goes where the user chose: a missing folder is reported, not created.
    if (!QFileInfo(fileName).absoluteDir().exists())
        reason = tr("the folder does not exist");
    if (!reason.isEmpty()
        || !AtomicFileWriter::writeFile(fileName, QJsonDocument(array).toJson(), &reason)) {
        if (errorMessage) {
            *errorMessage = tr("Could not save the deliveries to %1: %2. Choose another "
                               "folder or free some space, then save again.")
                                    .arg(QDir::toNativeSeparators(fileName), reason);
        }
        return false;
    }
    return true;
}

void DeliveryInspector::updateReceiverState()
{
    if (!m_receiver)
        return;
    if (m_receiver->isListening()) {
        m_urlLabel->setText(tr("Listening on %1").arg(m_receiver->baseUrl().toString()));
    } else if (!m_receiver->errorString().isEmpty()) {
        m_urlLabel->setText(tr("Not listening: %1").arg(m_receiver->errorString()));
    } else {
        m_urlLabel->setText(tr("Not listening"));
    }
    const QSignalBlocker statusBlocker(m_statusSpin);
    const QSignalBlocker delayBlocker(m_delaySpin);
    m_statusSpin->setValue(m_receiver->responseStatus());
    m_delaySpin->setValue(m_receiver->responseDelayMs() / 1000.0);
}

void DeliveryInspector::handleDeliveryReceived(const Delivery &delivery)
{
    // A signed webhook.verify is answered once its checks are done (discovery may take a
    // moment), and only when they pass.
    if (m_responder && m_autoVerifyCheck->isChecked() && delivery.isVerify()) {
        m_answerWhenChecked.insert(delivery.sequence);
        m_verifier->verify(delivery);
    }

    // Show the one that arrived at once, unless the user is looking at another one. When the
    // filter hides it, nothing is selected: an older delivery would pass for the new one.
    if (!m_list->currentIndex().isValid()) {
        const int row = m_model->rowOf(delivery.sequence);
        const QModelIndex arrived
                = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
        if (arrived.isValid())
            m_list->setCurrentIndex(arrived);
    }

    QList<qint64> arrived;
    for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
        if (isDeliveryFor(delivery, it.key()))
            arrived.append(it.key());
    }
    for (const qint64 webhookId : std::as_const(arrived))
        expectedArrived(webhookId);
}

void DeliveryInspector::expectedArrived(qint64 webhookId)
{
    if (QTimer *timer = m_expected.take(webhookId))
        timer->deleteLater();
    m_notice->dismiss();
    Q_EMIT expectedDeliveryArrived(webhookId);
}

void DeliveryInspector::showMissingNotice(qint64 webhookId)
{
    const QString url = m_receiver ? m_receiver->receiverUrlFor(webhookId) : QString();
    const auto seconds = qMax<qint64>(1, qRound(m_expectTimeout.count() / 1000.0));
    QString text = tr("Nothing arrived for webhook %1 within %2 s after its test.")
                           .arg(webhookId)
                           .arg(seconds);
    if (url.isEmpty()) {
        text += u' ' + tr("The receiver is not listening; start it and test again.");
    } else {
        text += u' '
                + tr("Check that the webhook's URI is %1. The real 4me service can only deliver "
                     "to a publicly reachable URI; this receiver serves the sandbox and networks "
                     "from which the service can reach this machine.")
                          .arg(url);
    }
    m_notice->showMessage(MessageBanner::Level::Warning, text);
    qCInfo(lcUi) << "no delivery for webhook" << webhookId << "within" << seconds << "s";
    Q_EMIT expectedDeliveryMissing(webhookId);
}

void DeliveryInspector::updateDetails()
{
    const Delivery delivery = currentDelivery();
    const bool selected = delivery.sequence != 0;
    m_copyButton->setEnabled(selected);
    m_saveButton->setEnabled(m_proxy->rowCount() > 0);
    m_clearButton->setEnabled(m_model->rowCount() > 0);
    m_openCallbackButton->setEnabled(selected && delivery.isVerify()
                                     && delivery.verifyCallback.isValid());
    if (!selected) {
        m_summaryLabel->setText(m_model->rowCount() == 0
                                        ? tr("No deliveries yet. Point a webhook at this receiver "
                                             "and test it.")
                                        : tr("Select a delivery to see it."));
        m_bodyNote->hide();
        m_bodyView->clear();
        m_headersView->clear();
        m_jwtView->clear();
        m_signatureLabel->clear();
        m_checksBox->hide();
        return;
    }

    QString answer;
    switch (delivery.answer) {
    case Delivery::Answer::Pending:
        answer = tr("answering %1 after the delay").arg(delivery.status);
        break;
    case Delivery::Answer::Answered:
        answer = tr("answered %1").arg(delivery.status);
        break;
    case Delivery::Answer::ClientGone:
        answer = tr("the sender left before the answer (%1)").arg(delivery.status);
        break;
    }
    m_summaryLabel->setText(tr("%1 %2 · %3 bytes from %4 · %5 · %6")
                                    .arg(QString::fromLatin1(delivery.method),
                                         delivery.redactedTarget(), QString::number(delivery.size),
                                         delivery.peer, answer,
                                         QLocale().toString(delivery.receivedAt.toLocalTime(),
                                                            QLocale::ShortFormat)));

    QStringList headerLines;
    for (const auto &[name, value] : delivery.redactedHeaders())
        headerLines.append(QString::fromLatin1(name) + QStringLiteral(": ")
                           + QString::fromLatin1(value));
    m_headersView->setPlainText(headerLines.join(u'\n'));

    if (delivery.bodyDiscarded) {
        m_bodyNote->setText(tr("The body (%1 bytes) was over the %2 MiB limit: it was answered "
                               "413 and not kept.")
                                    .arg(delivery.size)
                                    .arg(DeliveryReceiver::MaxBodyBytes / (1024 * 1024)));
        m_bodyNote->show();
        m_bodyView->clear();
        m_jwtView->clear();
        m_signatureLabel->clear();
        m_checksBox->hide();
        return;
    }

    const DeliveryDecoder::Result decoded = DeliveryDecoder::decode(
            delivery.body, delivery.headerValue("content-type"), verificationKeys());
    m_bodyNote->setText(decoded.note);
    m_bodyNote->setVisible(!decoded.note.isEmpty());
    m_bodyView->setPlainText(decoded.text);

    if (decoded.format == DeliveryDecoder::Format::Jwt) {
        showChecks(m_verifier->check(delivery));
        m_jwtView->setPlainText(tr("Header:") + u'\n' + prettyJson(decoded.jwtHeader)
                                + QStringLiteral("\n\n") + tr("Claims:") + u'\n'
                                + prettyJson(decoded.jwtClaims));
    } else {
        m_signatureLabel->setText(tr("This delivery is not signed."));
        m_checksBox->hide();
        m_jwtView->clear();
    }
}

void DeliveryInspector::showChecks(const SignedMessageCheck::Report &report)
{
    QString signature = report.signatureReason;
    if (!report.keyOrigin.isEmpty())
        signature += u' ' + tr("(key from %1)").arg(report.keyOrigin);
    m_signatureLabel->setText(signature);
    const QList<QPair<QLabel *, const SignedMessageCheck::Check *>> checks{
            {m_audCheckLabel, &report.audience},
            {m_expCheckLabel, &report.expires},
            {m_nbfCheckLabel, &report.notBefore},
            {m_issCheckLabel, &report.issuer}};
    for (const auto &[label, check] : checks) {
        label->setText(
                tr("%1: %2").arg(SignedMessageCheck::outcomeText(check->outcome), check->reason));
    }
    m_checksBox->show();
}

void DeliveryInspector::pastedKeysChanged()
{
    m_verifier->setPastedKeys(verificationKeys());
    updateDetails();
}

void DeliveryInspector::setKeyLookup(SignedMessageVerifier::KeyLookup lookup)
{
    m_verifier->setKeyLookup(std::move(lookup));
    updateDetails();
}

void DeliveryInspector::recheck()
{
    updateDetails();
}

SignedMessageVerifier *DeliveryInspector::signedMessageVerifier() const
{
    return m_verifier;
}

void DeliveryInspector::setSandboxSecretSource(SandboxSecretSource *source)
{
    if (!source) {
        m_verifier->setSecretLookup({});
        return;
    }
    m_verifier->setSecretLookup([guarded = QPointer<SandboxSecretSource>(source)](
                                        const SignedMessageVerifier::KeyQuery &query) {
        DeliveryDecoder::Keys keys;
        if (guarded)
            keys.secret = guarded->secretFor(query.webhookId);
        return keys;
    });
    connect(source, &SandboxSecretSource::secretFound, this, &DeliveryInspector::updateDetails,
            Qt::UniqueConnection);
}

void DeliveryInspector::copyCurrent()
{
    const Delivery delivery = currentDelivery();
    if (delivery.sequence == 0)
        return;
    QGuiApplication::clipboard()->setText(
            QString::fromUtf8(QJsonDocument(delivery.toJson()).toJson(QJsonDocument::Indented)));
}

void DeliveryInspector::chooseSaveFile()
{
    auto *dialog = new QFileDialog(this, tr("Save Deliveries"), QString(),
                                   tr("JSON files (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("saveDeliveriesDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(QStringLiteral("deliveries.json"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &fileName) {
        QString error;
        if (!saveAsJson(fileName, &error))
            m_notice->showMessage(MessageBanner::Level::Error, error);
    });
    dialog->open();
}

void DeliveryInspector::setVerificationResponder(VerificationResponder *responder)
{
    if (m_responder)
        disconnect(m_responder, nullptr, this, nullptr);
    m_responder = responder;
    m_autoVerifyCheck->setVisible(responder != nullptr);
    if (!responder)
        return;
    connect(responder, &VerificationResponder::verified, this, [this](qint64 webhookId) {
        m_notice->showMessage(MessageBanner::Level::Information,
                              tr("Webhook %1 is verified: Hookbench called the callback of its "
                                 "webhook.verify message.")
                                      .arg(webhookId));
    });
    connect(responder, &VerificationResponder::notVerified, this,
            [this](qint64 webhookId, const QString &reason) {
                m_notice->showMessage(MessageBanner::Level::Warning,
                                      tr("Webhook %1 was not verified: %2. Use Open callback "
                                         "if you trust the link.")
                                              .arg(webhookId)
                                              .arg(reason));
            });
}

void DeliveryInspector::openCallback()
{
    const Delivery delivery = currentDelivery();
    const QUrl url = delivery.verifyCallback;
    // The callback comes from whoever posted: open web links only.
    if (!delivery.isVerify() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return;
    if (!QDesktopServices::openUrl(url)) {
        m_notice->showMessage(MessageBanner::Level::Error,
                              tr("Could not open the verification link in a web browser. Copy "
                                 "it from the body and open it by hand."));
    }
}

void DeliveryInspector::clearAll()
{
    if (m_receiver)
        m_receiver->clear();
    else
        m_model->clear();
    updateDetails();
}
