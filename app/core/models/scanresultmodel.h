#pragma once

#include <memory>
#include <vector>

#include <QAbstractTableModel>
#include <QHash>
#include <QHostAddress>

#include "core/results/scanresult.h"

// The results of a scan as a table. Rows are packed (16 bytes each, host names
// stored once, banners and services aside) so that a million rows stay small; batches arrive
// with one insert each. Display text and raw values (RawValueRole) are served
// separately so that a proxy can sort on numbers and enums, not on text.
class ScanResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanResultModel)

public:
    enum Column {
        Host,
        Address,
        Port,
        Protocol,
        State,
        Service,
        Reason,
        Latency,
        Banner,
        Version, // product, version and details of a detected service
        Label, // the user's label of the device at the address (the inventory's)
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1, StateRole, HostIdRole };

private:
    struct Row;
    struct HostInfo;
    // What few rows have: a banner, a detected service (open ports), or the sender of
    // the ICMP error that decided a UDP port when it was not the target.
    struct Detail
    {
        QByteArray banner;
        std::shared_ptr<const ServiceInfo> service;
        QHostAddress reasonFrom;
    };

public:
    explicit ScanResultModel(QObject *parent = nullptr);

    // Bounds-checked without virtual calls: sorting a million rows makes tens of millions of
    // indexes.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void appendResults(const QList<ScanResult> &results);
    // Gives open rows already in the table their service (and banner, if they had none).
    void updateDetails(const QList<ScanResult> &detected);
    // Whether any host has a name other than its address: else the Host column
    // would only repeat the Address column.
    bool hasHostNames() const { return m_hostNames > 0; }
    // The labels of devices by address, for the Label column.
    void setLabels(const QHash<QString, QString> &labels);
    // Whether any host of the table has a label.
    bool hasLabels() const { return m_labelledHosts > 0; }
    void clear();

    ScanResult result(int row) const;

    // A copy of rows that another thread can read while the model changes: the
    // packed rows are copied, host names and banners shared.
    class Snapshot
    {
    public:
        qsizetype size() const { return static_cast<qsizetype>(m_rows.size()); }
        ScanResult at(qsizetype i) const;
        // Every row as a result, in order.
        QList<ScanResult> results() const;

    private:
        friend class ScanResultModel;
        std::vector<Row> m_rows;
        std::vector<HostInfo> m_hosts;
        QList<Detail> m_details;
    };
    // Every row, or the given rows in the given order.
    Snapshot snapshot() const;
    Snapshot snapshot(const QList<int> &rows) const;

    PortState state(int row) const
    {
        return static_cast<PortState>(m_rows[static_cast<size_t>(row)].state);
    }
    quint32 hostId(int row) const { return host(m_rows[static_cast<size_t>(row)]).id; }
    // Whether any column's text of row contains needle, which must be lower case.
    // Searches text prepared when rows arrive: no display strings are built.
    bool rowContains(int row, const QString &needle) const;
    // Orders two rows by a column's raw value, ties broken by host, port and protocol.
    bool lessThan(int left, int right, int column) const;
    // What is known of an open port's service, as lines of plain text (a tooltip).
    static QString serviceToolTip(const ScanResult &result);
    // Bytes held per row, for the memory benchmark.
    static constexpr size_t packedRowSize();

private:
    struct Row
    {
        quint32 host; // index into m_hosts
        qint32 detail; // index into m_details, -1 for none
        float latencyMs;
        quint16 port;
        // A PortState and whether the port is UDP's: a bit of the state's byte, so that
        // rows stay 16 bytes.
        quint8 state : 7;
        quint8 udp : 1;
        quint8 reason;
        ::Protocol protocol() const { return udp ? ::Protocol::Udp : ::Protocol::Tcp; }
    };
    struct HostInfo
    {
        quint32 id; // the scan's host id
        QString name;
        QHostAddress address;
        QString addressText;
        QString searchKey; // lower-case name and address
    };

    static ScanResult toResult(const Row &row, const HostInfo &host, const QList<Detail> &details);
    QString serviceName(const Row &row) const;
    QString reasonToolTip(const Row &row) const;
    static QString detailKey(const Detail &detail);
    const HostInfo &host(const Row &row) const { return m_hosts[row.host]; }
    QString text(const Row &row, int column) const;

    std::vector<Row> m_rows;
    std::vector<HostInfo> m_hosts;
    QHash<quint32, quint32> m_hostIndex; // scan host id -> index into m_hosts
    QHash<quint64, int> m_openRows; // host id and port -> row, for open rows
    QList<Detail> m_details;
    QList<QString> m_detailKeys; // lower-case escaped banner and service, for search
    // Lower-case "port/protocol service", for search, by port and protocol (portKeyOf()).
    QHash<quint32, QString> m_portKeys;
    static quint32 portKeyOf(const Row &row)
    {
        return quint32(row.port) | (quint32(row.udp) << 16);
    }
    int m_hostNames = 0; // hosts whose name is not their address
    QHash<QString, QString> m_labels;
    int m_labelledHosts = 0;
};

constexpr size_t ScanResultModel::packedRowSize()
{
    return sizeof(Row);
}
