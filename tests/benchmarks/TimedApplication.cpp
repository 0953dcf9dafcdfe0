#include "tests/benchmarks/TimedApplication.h"

#include <QMetaEnum>

TimedApplication::TimedApplication(int &argc, char **argv) : QApplication(argc, argv) { }

void TimedApplication::resetLongest()
{
    m_longestMs = 0;
    m_longestDescription.clear();
}

bool TimedApplication::notify(QObject *receiver, QEvent *event)
{
    if (m_depth > 0)
        return QApplication::notify(receiver, event);
    // Read before delivery: the receiver may be deleted by its event.
    const QEvent::Type type = event->type();
    const char *className = receiver->metaObject()->className();
    ++m_depth;
    QElapsedTimer timer;
    timer.start();
    const bool result = QApplication::notify(receiver, event);
    const double milliseconds = double(timer.nsecsElapsed()) / 1e6;
    --m_depth;
    if (milliseconds > m_longestMs) {
        m_longestMs = milliseconds;
        const char *typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
        m_longestDescription = QStringLiteral("%1 to %2")
                                       .arg(typeName ? QLatin1StringView(typeName)
                                                     : QLatin1StringView("an event"),
                                            QLatin1StringView(className));
    }
    return result;
}
