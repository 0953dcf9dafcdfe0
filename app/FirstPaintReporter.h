#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QAbstractItemModel;

// For scripts/bench (HOOKBENCH_EXIT_AFTER_FIRST_PAINT=1): an event filter that, once the
// window it watches has been painted, prints "first paint after N ms" (N counted from
// `sinceStart`) on stdout and quits the application. With waitForRows() only a paint once
// the model holds that many rows counts (watch the view's viewport then).
class FirstPaintReporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintReporter)

public:
    FirstPaintReporter(const QElapsedTimer &sinceStart, QObject *parent);
    void waitForRows(const QAbstractItemModel *model, int rows);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_sinceStart;
    QPointer<const QAbstractItemModel> m_model;
    int m_rows = 0;
    bool m_painted = false;
};
