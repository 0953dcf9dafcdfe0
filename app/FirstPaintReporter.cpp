#include "app/FirstPaintReporter.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

FirstPaintReporter::FirstPaintReporter(const QElapsedTimer &sinceStart, QObject *parent)
    : QObject(parent), m_sinceStart(sinceStart)
{ }

void FirstPaintReporter::waitForRows(const QAbstractItemModel *model, int rows)
{
    m_model = model;
    m_rows = rows;
}

bool FirstPaintReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted
        && (m_rows <= 0 || (m_model && m_model->rowCount() >= m_rows))) {
        m_painted = true;
        // Queued: the rest of the window paints (and is flushed) first.
        QTimer::singleShot(0, this, [this] {
            std::printf("first paint after %lld ms\n", qlonglong(m_sinceStart.elapsed()));
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}
