#include "core/services/detectionthread.h"

#include <QThread>

#include "core/services/servicedetector.h"
#include "core/services/serviceprobetable.h"

DetectionThread::DetectionThread(QObject *parent)
    : QObject(parent)
{
}

DetectionThread::~DetectionThread()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void DetectionThread::start()
{
    if (m_thread)
        return;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("ServiceDetector"));
    m_detector = new ServiceDetector(ServiceProbeTable::builtIn());
    m_detector->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_detector, &QObject::deleteLater);
    connect(m_detector, &ServiceDetector::detected, this, &DetectionThread::detected);
    m_thread->start();
}

void DetectionThread::detect(
    const QList<ScanResult> &results, quint64 generation, int budgetMs, int perHost)
{
    if (!m_detector)
        return;
    QMetaObject::invokeMethod(m_detector, [d = m_detector, results, generation, budgetMs, perHost] {
        d->detect(results, generation, budgetMs, perHost);
    });
}

void DetectionThread::cancel()
{
    if (m_detector)
        QMetaObject::invokeMethod(m_detector, [d = m_detector] { d->cancel(); });
}
