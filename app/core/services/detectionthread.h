#pragma once

#include <memory>

#include <QList>
#include <QObject>

#include "core/results/scanresult.h"

class QThread;
class ServiceDetector;

// The service detector on a thread of its own, started when first asked: the
// scan hands it open ports from the GUI (or CLI) thread and hears back by signal.
// Results carry the generation they were asked with, so that a later scan can
// tell an earlier scan's from its own.
class DetectionThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetectionThread)

public:
    explicit DetectionThread(QObject *parent = nullptr);
    ~DetectionThread() override;

    // Starts the thread (once; later calls do nothing).
    void start();
    bool isStarted() const { return m_detector != nullptr; }
    // Detects results' services within budgetMs each, perHost connections a host.
    void detect(const QList<ScanResult> &results, quint64 generation, int budgetMs, int perHost);
    // Ends every detection now: waiting and running ports come back with what is known.
    void cancel();

Q_SIGNALS:
    void detected(const QList<ScanResult> &results, quint64 generation);

private:
    std::unique_ptr<QThread> m_thread;
    ServiceDetector *m_detector = nullptr; // lives in m_thread
};
