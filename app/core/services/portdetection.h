#pragma once

#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include "core/results/serviceinfo.h"
#include "core/services/serviceprobetable.h"

class QSslSocket;

// Finds out what one open port runs: the steps of the probe table, one connection
// each (TLS where it works), until an answer matches or the port's budget is spent.
// Lives in the detector's thread; finished() comes once, possibly from stop().
class PortDetection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortDetection)

public:
    static constexpr int maxAnswerBytes = 16384;

    PortDetection(const ServiceProbeTable &table, const QString &host, const QHostAddress &address,
        quint16 port, int budgetMs, QObject *parent = nullptr);
    ~PortDetection() override;

    void start();
    // Ends now with what is known.
    void stop();

    bool isDone() const { return m_done; }
    // The service found, if any answer matched (or TLS was all that was learned).
    const std::optional<ServiceInfo> &result() const { return m_result; }
    // What the port said first without being asked, if anything.
    const QByteArray &greeting() const { return m_greeting; }

Q_SIGNALS:
    void finished();

private:
    void runStep();
    void onConnected();
    void onReadyRead();
    void onSocketEnded();
    void stepDone();
    bool followRedirect(const ServiceInfo &found);
    void complete(std::optional<ServiceInfo> found);
    void dropSocket();
    void recordTls();
    QString hostHeader() const;

    const ServiceProbeTable &m_table;
    const QString m_host;
    const QHostAddress m_address;
    const quint16 m_port;
    QList<ServiceProbeTable::Step> m_steps;
    qsizetype m_next = 0;
    ServiceProbeTable::Step m_step;
    QSslSocket *m_socket = nullptr;
    bool m_connected = false;
    QByteArray m_answer;
    QByteArray m_greeting;
    QTimer m_wait; // the step's time
    QTimer m_quiet; // an answer that stopped coming
    QTimer m_budget; // the port's time
    bool m_tlsFailed = false;
    std::optional<TlsInfo> m_tls;
    QString m_path;
    int m_redirects = 0;
    std::optional<ServiceInfo> m_best; // an earlier answer, kept across redirects
    std::optional<ServiceInfo> m_result;
    bool m_done = false;
};
