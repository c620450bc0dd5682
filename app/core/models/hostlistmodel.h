#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QHostAddress>

#include "core/results/scanresult.h"

// Every host a scan has reported on: whether it is up (and why, how far), its
// MAC address, and its counts of open, filtered and closed ports; fed from the
// same batches as the results table.
class HostListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostListModel)

public:
    // Label and OpenFiltered last, so that saved layouts stay valid; the view shows
    // them after Address and after Filtered.
    enum Column {
        Address,
        Name,
        Status,
        Latency,
        Mac,
        Open,
        Filtered,
        Closed,
        Label,
        OpenFiltered, // UDP ports that stayed silent
        ColumnCount
    };
    enum Role { HostIdRole = Qt::UserRole + 1, RawValueRole, StatusRole };

    explicit HostListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void addBatch(const ScanBatch &batch);
    // Reverse DNS names that came for a host.
    void setNames(quint32 hostId, const QList<HostName> &names);
    // RawValueRole of the Address column: text that sorts as the addresses do.
    static QString addressSortKey(const QHostAddress &address);
    void clear();
    // Hosts reported down.
    int downCount() const { return m_down; }
    // For a report of the scan: the state of each host that has one (names and
    // MAC included), and each host's closed ports.
    void reportHosts(QList<HostState> *states, QList<HostTally> *tallies) const;
    // The labels of devices by address, for the Label column.
    void setLabels(const QHash<QString, QString> &labels);
    bool hasLabels() const { return !m_labels.isEmpty(); }
    // Whether any host has a MAC address to show.
    bool hasMacs() const { return m_macs > 0; }
    // Whether any host has open|filtered ports (UDP was scanned).
    bool hasOpenFiltered() const { return m_openFilteredHosts > 0; }

private:
    struct Host
    {
        quint32 id = 0;
        QString name;
        QHostAddress address;
        quint64 open = 0;
        quint64 filtered = 0;
        quint64 openFiltered = 0;
        quint64 closed = 0; // TCP and UDP
        quint64 closedUdp = 0; // the UDP ones among them
        HostState state; // hostId 0 and Unknown until a state came
        bool hasState = false;
        QStringList services; // "22/tcp ssh OpenSSH 9.2p1" for the first open ports
    };
    // A host found down, with nothing else to say (its name is its address): most
    // of a large block, kept in 24 bytes instead of a few hundred.
    struct DownHost
    {
        quint32 id = 0;
        HostReason reason = HostReason::NoResponse;
        bool ipv6 = false;
        Q_IPV6ADDR bytes {}; // IPv4: the first four, in network order
    };
    static constexpr quint32 downBit = 0x80000000u;

    Host &hostFor(
        quint32 id, const QString &name, const QHostAddress &address, QList<int> *changed);
    // The row's host, a compact one made full first.
    Host &fullHost(int row);
    // The row's host; a compact one's is made up in *scratch.
    const Host &hostAt(int row, Host *scratch) const;
    static DownHost compact(const HostState &state);
    static QHostAddress addressOf(const DownHost &down);
    // What each row shows: an index into m_hosts, or one into m_downHosts with downBit.
    QList<quint32> m_rows;
    QList<Host> m_hosts;
    QList<DownHost> m_downHosts;
    QHash<quint32, int> m_rowOf;
    int m_down = 0;
    int m_macs = 0;
    int m_openFilteredHosts = 0;
    QHash<QString, QString> m_labels;
};
