#include "views/DeliveriesDock.h"

#include "models/receiver/DeliveryReceiver.h"
#include "views/CompactScrollArea.h"
#include "views/DeliveryInspector.h"

#include <QAction>
#include <QMainWindow>

DeliveriesDock::DeliveriesDock(DeliveryReceiver *receiver, QMainWindow *window)
    : QDockWidget(tr("Deliveries"), window),
      m_receiver(receiver),
      m_inspector(new DeliveryInspector(receiver, this))
{
    setObjectName(QStringLiteral("deliveriesDock"));
    m_inspector->setObjectName(QStringLiteral("deliveryInspector"));
    // In a scroll area, so that the panel can be made as small as the user likes (the
    // inspector's own minimum would otherwise push the window past a 768-pixel screen), and
    // opens compact: the webhook table keeps most of the height until the user decides.
    auto *inspectorScroll = new CompactScrollArea(QSize(640, 150), this);
    inspectorScroll->setObjectName(QStringLiteral("deliveriesScroll"));
    inspectorScroll->setWidgetResizable(true);
    inspectorScroll->setFrameShape(QFrame::NoFrame);
    inspectorScroll->setWidget(m_inspector);
    setWidget(inspectorScroll);
    window->addDockWidget(Qt::BottomDockWidgetArea, this);
    window->restoreDockWidget(this); // where the user left it last time

    QAction *toggle = toggleViewAction();
    toggle->setObjectName(QStringLiteral("deliveriesAction"));
    toggle->setText(tr("&Deliveries"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    toggle->setToolTip(tr("Show the messages that arrive at Hookbench's built-in receiver"));
    connect(m_inspector, &DeliveryInspector::expectedDeliveryArrived, this,
            &DeliveriesDock::reportAnswer);
}

DeliveriesDock::~DeliveriesDock() = default;

bool DeliveriesDock::expectDeliveryFor(const Webhook &webhook)
{
    if (webhook.id <= 0 || !m_receiver->isListening()
        || !webhook.uri.startsWith(m_receiver->baseUrl().toString()))
        return false;
    show();
    raise();
    m_inspector->expectDelivery(webhook.id); // from the mark taken before the request
    return true;
}

void DeliveriesDock::reportAnswer(qint64 webhookId)
{
    // What the receiver answered decides whether the service counts the delivery as failed.
    int status = 0;
    const QList<Delivery> &deliveries = m_receiver->deliveries();
    for (auto it = deliveries.crbegin(); it != deliveries.crend(); ++it) {
        if (it->webhookId == webhookId) {
            status = it->status;
            break;
        }
    }
    const QString text = status >= 200 && status < 300
            ? tr("The test message for webhook %1 arrived; the receiver answered %2.")
            : tr("The test message for webhook %1 arrived, but the receiver answered %2: the "
                 "service counts that as a failed delivery.");
    // Queued: the message may arrive before the test request's own answer, whose "Test sent"
    // note must not replace this one.
    QMetaObject::invokeMethod(
            this,
            [this, message = text.arg(webhookId).arg(status)] {
                Q_EMIT statusMessage(message, 15000);
            },
            Qt::QueuedConnection);
}
