#pragma once

#include "models/Webhook.h"

#include <QDockWidget>

class DeliveryInspector;
class DeliveryReceiver;
class QMainWindow;

// The Deliveries panel of the main window: a DeliveryInspector of the built-in receiver in a
// dock (objectName "deliveriesDock") with its View menu toggle, which shows itself when a
// test message is expected and says what the receiver answered when it arrives.
//
// The receiver is not owned and must outlive the dock.
class DeliveriesDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveriesDock)

public:
    // Docks itself at the bottom of `window`.
    DeliveriesDock(DeliveryReceiver *receiver, QMainWindow *window);
    ~DeliveriesDock() override;

    DeliveryInspector *inspector() const { return m_inspector; }

    // After a test of `webhook` was sent: when it points at the receiver, shows the panel,
    // waits for the message and returns true; false when the message goes elsewhere.
    bool expectDeliveryFor(const Webhook &webhook);

Q_SIGNALS:
    // A note for the status bar, e.g. what the receiver answered to a test message.
    void statusMessage(const QString &text, int timeout);

private:
    void reportAnswer(qint64 webhookId);

    DeliveryReceiver *m_receiver;
    DeliveryInspector *m_inspector;
};
