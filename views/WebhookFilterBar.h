#pragma once

#include <QWidget>

class EventCatalog;
class QCheckBox;
class QComboBox;
class QLineEdit;
class WebhookFilterProxyModel;

// The filters above the webhook table: the search field (Esc clears it, Enter moves on), the
// state, signed or unsigned, the event group and "Changes" (created or changed since the
// previous snapshot). They filter the proxy model directly.
class WebhookFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookFilterBar)

public:
    WebhookFilterBar(WebhookFilterProxyModel *proxy, QWidget *parent = nullptr);
    ~WebhookFilterBar() override;

    // Offers the catalogue's event groups; keeps the chosen group when it still exists.
    void setEventCatalog(const EventCatalog &catalog);
    // Focuses the search field with its text selected.
    void focusSearch();
    QLineEdit *searchEdit() const { return m_search; }
    QWidget *lastWidget() const;

Q_SIGNALS:
    // Enter in the search field: move to the results.
    void searchAccepted();

private:
    WebhookFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_stateCombo;
    QComboBox *m_signingCombo;
    QComboBox *m_groupCombo;
    QCheckBox *m_changes;
};
