#include "core/hostlistmodel.h"

#include <algorithm>

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
    if (role == Qt::TextAlignmentRole && index.column() >= Open)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (index.column()) {
    case Address:
        return raw ? addressSortKey(h.address) : QVariant(h.address.toString());
    case Name:
        return h.name == h.address.toString() ? QString() : h.name;
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
        m_hosts.append(Host { id, name, address, 0, 0, 0 });
        m_rowOf.insert(id, row);
        endInsertRows();
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
    if (changed.isEmpty())
        return;
    const auto [lo, hi] = std::minmax_element(changed.cbegin(), changed.cend());
    Q_EMIT dataChanged(index(*lo, Open), index(*hi, Closed));
}

void HostListModel::clear()
{
    beginResetModel();
    m_hosts.clear();
    m_rowOf.clear();
    endResetModel();
}
