#pragma once

#include <QElapsedTimer>
#include <QObject>

// For scripts/bench (HOOKBENCH_EXIT_AFTER_FIRST_PAINT=1): an event filter that, once the
// window it watches has been painted, prints "first paint after N ms" (N counted from
// `sinceStart`) on stdout and quits the application.
class FirstPaintReporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintReporter)

public:
    FirstPaintReporter(const QElapsedTimer &sinceStart, QObject *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_sinceStart;
    bool m_painted = false;
};
