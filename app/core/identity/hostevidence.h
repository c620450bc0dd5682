#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>

#include "core/identity/deviceevidence.h"
#include "core/identity/dnssdidentity.h"

// Asks one host what it is, every question at once, unprivileged, within one time
// limit: SSDP (and the UPnP description at its LOCATION, on the host itself only),
// DNS-SD over unicast mDNS, SNMP's system group, and, where the scan found the port
// open, SMB's NTLMSSP challenge (445) and IPP's printer attributes (631). Every
// answer is read under a size cap; what the host says becomes evidence. Lives and
// runs on the thread that made it.
class HostEvidence final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostEvidence)

public:
    struct Options
    {
        int timeoutMs = 2500; // for all of this host's questions together
        QByteArray snmpCommunity = QByteArrayLiteral("public"); // empty: no SNMP
        // Ports the questions go to (tests move them; a device listens on the standard ones).
        quint16 ssdpPort = 1900;
        quint16 mdnsPort = 5353;
        quint16 snmpPort = 161;
        quint16 smbPort = 445;
        quint16 ippPort = 631;
    };
    static constexpr qsizetype maxTcpBytes = qsizetype(256) * 1024; // per connection
    static constexpr int maxDatagrams = 1024; // from the host, in all

    HostEvidence(const QHostAddress &address, const QList<quint16> &openTcp, const Options &options,
        QObject *parent = nullptr);
    ~HostEvidence() override;

    void start();
    void cancel();
    bool isDone() const { return m_done; }
    const QList<DeviceEvidence> &evidence() const { return m_evidence; }

Q_SIGNALS:
    void finished();

private:
    enum class Tcp : quint8 { Description, Smb, Ipp };
    struct Exchange
    {
        Tcp kind = Tcp::Description;
        QTcpSocket *socket = nullptr;
        QByteArray request;
        QByteArray received;
        int smbStep = 0;
    };

    void sendDatagrams();
    void onDatagrams();
    void onSsdp(const QByteArray &datagram);
    void onMdns(const QByteArray &datagram);
    void onSnmp(const QByteArray &datagram);
    void openTcp(Tcp kind, quint16 port, const QByteArray &request);
    void onTcpData(Exchange *exchange);
    void onTcpEnded(Exchange *exchange);
    bool readSmb(Exchange *exchange);
    void add(const QList<DeviceEvidence> &evidence);
    void maybeFinish();
    void finish();

    QHostAddress m_address;
    QList<quint16> m_openTcp;
    Options m_options;
    QUdpSocket m_udp;
    QTimer m_deadline;
    quint32 m_token = 0;
    int m_mdnsRound = 0; // 0 types, 1 instances, 2 TXT, 3 done
    DnsSdIdentity::Answers m_dnssd;
    int m_datagrams = 0;
    bool m_ssdpAnswered = false;
    bool m_snmpAnswered = false;
    QList<Exchange *> m_exchanges;
    QList<DeviceEvidence> m_evidence;
    bool m_started = false;
    bool m_done = false;
};
