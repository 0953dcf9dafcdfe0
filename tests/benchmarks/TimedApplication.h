#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QString>

// A QApplication that times the delivery of every event at the outermost level, to tell
// which event kept the GUI thread busy longest (and with it the event loop stalled).
// For the benchmarks only.
class TimedApplication final : public QApplication
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimedApplication)

public:
    TimedApplication(int &argc, char **argv);

    void resetLongest();
    double longestMs() const { return m_longestMs; }
    // "QEvent::MetaCall to QNetworkReplyHttpImpl" and the like.
    QString longestDescription() const { return m_longestDescription; }

    bool notify(QObject *receiver, QEvent *event) override;

private:
    int m_depth = 0;
    double m_longestMs = 0;
    QString m_longestDescription;
};
