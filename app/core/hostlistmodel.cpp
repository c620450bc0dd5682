#include "core/hostlistmodel.h"

#include <algorithm>

#include "core/reportwriter.h"

HostListModel::HostListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString HostListModel::addressSortKey(const QHostAddress &address)
{
    // Fixed-width hex sorts as the numbers do: 127.0.0.9 before 127.0.0.10, IPv4 before IPv6.
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return QStringLiteral("4:%1").arg(address.toIPv4Address(), 8, 16, QLatin1Char('0'));
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    return QStringLiteral("6:")
        + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes.c), 16).toHex());
}

int HostListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hosts.size());
}

int HostListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HostListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Host &h = m_hosts.at(index.row());
    if (role == HostIdRole)
        return h.id;
    if (role == StatusRole)
        return hostStatusName(h.state.status);
    if (role == Qt::ToolTipRole) {
        QStringList lines { h.hasState ? ReportWriter::hostLine(h.state) : QString() };
        if (!h.state.names.isEmpty())
            lines.append(tr("Names: %1").arg(h.state.names.join(QStringLiteral(", "))));
        if (!h.state.vendor.isEmpty())
            lines.append(tr("Vendor: %1").arg(h.state.vendor));
        lines.removeAll(QString());
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    if (role == Qt::TextAlignmentRole && (index.column() >= Open || index.column() == Latency))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (index.column()) {
    case Address:
        return raw ? addressSortKey(h.address) : QVariant(h.address.toString());
    case Name:
        if (h.name != h.address.toString())
            return h.name;
        return h.state.names.isEmpty() ? QString() : h.state.names.constFirst();
    case Status:
        if (raw)
            return static_cast<int>(h.state.status);
        // nmap's words, untranslated like port states: what users search and compare.
        return h.hasState ? hostStatusName(h.state.status) : QString();
    case Latency:
        if (raw)
            return h.state.latencyMs;
        return h.state.hasLatency() ? QString::number(h.state.latencyMs, 'f', 2) : QString();
    case Mac:
        return h.state.mac;
    case Open:
        return raw ? QVariant(h.open) : QVariant(QString::number(h.open));
    case Filtered:
        return raw ? QVariant(h.filtered) : QVariant(QString::number(h.filtered));
    case Closed:
        return raw ? QVariant(h.closed) : QVariant(QString::number(h.closed));
    default:
        return {};
    }
}

QVariant HostListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Address:
        return tr("Address");
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Latency:
        return tr("Latency");
    case Mac:
        return tr("MAC");
    case Open:
        return tr("Open");
    case Filtered:
        return tr("Filtered");
    case Closed:
        return tr("Closed");
    default:
        return {};
    }
}

HostListModel::Host &HostListModel::hostFor(
    quint32 id, const QString &name, const QHostAddress &address, QList<int> *changed)
{
    auto it = m_rowOf.constFind(id);
    int row = 0;
    if (it == m_rowOf.constEnd()) {
        row = static_cast<int>(m_hosts.size());
        beginInsertRows({}, row, row);
        Host host;
        host.id = id;
        host.name = name;
        host.address = address;
        m_hosts.append(std::move(host));
        m_rowOf.insert(id, row);
        endInsertRows();
        changed->append(row); // its state or counts follow: filters must see them
    } else {
        row = *it;
        changed->append(row);
    }
    return m_hosts[row];
}

void HostListModel::addBatch(const ScanBatch &batch)
{
    QList<int> changed;
    for (const ScanResult &r : batch.results) {
        Host &h = hostFor(r.hostId, r.host, r.address, &changed);
        if (r.state == PortState::Open)
            ++h.open;
        else if (r.state == PortState::Filtered)
            ++h.filtered;
        // Closed rows are counted through closedCounts, which covers them all.
    }
    for (const HostTally &t : batch.closedCounts)
        hostFor(t.hostId, t.host, t.address, &changed).closed += t.closed;
    for (const HostState &s : batch.hosts) {
        Host &h = hostFor(s.hostId, s.host, s.address, &changed);
        if (h.state.status == HostStatus::Down)
            --m_down;
        if (!h.state.mac.isEmpty())
            --m_macs;
        h.state = s;
        if (!s.mac.isEmpty())
            ++m_macs;
        h.hasState = true;
        if (s.status == HostStatus::Down)
            ++m_down;
    }
    if (changed.isEmpty())
        return;
    const auto [lo, hi] = std::minmax_element(changed.cbegin(), changed.cend());
    Q_EMIT dataChanged(index(*lo, 0), index(*hi, ColumnCount - 1));
}

void HostListModel::setNames(quint32 hostId, const QStringList &names)
{
    const auto it = m_rowOf.constFind(hostId);
    if (it == m_rowOf.constEnd())
        return;
    m_hosts[*it].state.names = names;
    Q_EMIT dataChanged(index(*it, Name), index(*it, Name));
}

void HostListModel::clear()
{
    beginResetModel();
    m_hosts.clear();
    m_rowOf.clear();
    m_down = m_macs = 0;
    endResetModel();
}
