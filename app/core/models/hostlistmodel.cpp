#include "core/models/hostlistmodel.h"

#include <algorithm>

#include "core/results/resulttext.h"

namespace {

constexpr qsizetype maxServiceLines = 20; // open ports a tooltip lists

QString serviceLine(const ScanResult &r)
{
    const ServiceInfo s = r.serviceOrGuess();
    return QStringLiteral("%1 %2 %3").arg(r.portText(), s.displayName(), s.summary()).trimmed();
}

} // namespace

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
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HostListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HostListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (const quint32 ref = m_rows.at(index.row()); ref & downBit) {
        // What the proxy asks of every row, without making the host up.
        const DownHost &d = m_downHosts.at(ref & ~downBit);
        if (role == HostIdRole)
            return d.id;
        if (role == StatusRole)
            return hostStatusName(HostStatus::Down);
    }
    Host scratch;
    const Host &h = hostAt(index.row(), &scratch);
    if (role == HostIdRole)
        return h.id;
    if (role == StatusRole)
        return hostStatusName(h.state.status);
    if (role == Qt::ToolTipRole) {
        QStringList lines { h.hasState ? ResultText::hostLine(h.state) : QString() };
        if (!h.state.names.isEmpty())
            lines.append(tr("Names: %1").arg(ResultText::namesLine(h.state.names)));
        if (!h.state.vendor.isEmpty())
            lines.append(tr("Vendor: %1").arg(h.state.vendor));
        if (h.state.allPortsAnswer)
            lines.append(tr("Accepts a connection on every port: a firewall or tarpit answers "
                            "for it, so its open ports say little; service detection looked at "
                            "a few of them only."));
        lines += h.services;
        if (h.open > static_cast<quint64>(h.services.size()))
            lines.append(tr("and %n more open port(s)", nullptr,
                static_cast<int>(h.open - static_cast<quint64>(h.services.size()))));
        lines.removeAll(QString());
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    if (role == Qt::TextAlignmentRole
        && ((index.column() >= Open && index.column() <= Closed) || index.column() == Latency
            || index.column() == OpenFiltered))
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
        return h.state.names.isEmpty() ? QString() : h.state.names.constFirst().name;
    case Status:
        if (raw)
            return static_cast<int>(h.state.status);
        // nmap's words, untranslated like port states: what users search and compare.
        if (h.hasState && h.state.allPortsAnswer)
            return tr("%1 (every port answers)").arg(hostStatusName(h.state.status));
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
    case OpenFiltered:
        return raw ? QVariant(h.openFiltered) : QVariant(QString::number(h.openFiltered));
    case Label:
        return m_labels.value(h.address.toString());
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
    case Label:
        return tr("Label");
    case OpenFiltered:
        // nmap's word for the state, as the table shows it.
        return tr("Open|filtered");
    default:
        return {};
    }
}

HostListModel::DownHost HostListModel::compact(const HostState &state)
{
    DownHost d;
    d.id = state.hostId;
    d.reason = state.reason;
    d.ipv6 = state.address.protocol() == QAbstractSocket::IPv6Protocol;
    if (d.ipv6) {
        d.bytes = state.address.toIPv6Address();
    } else {
        const quint32 v4 = state.address.toIPv4Address();
        for (int i = 0; i < 4; ++i)
            d.bytes[i] = static_cast<quint8>(v4 >> (24 - 8 * i));
    }
    return d;
}

QHostAddress HostListModel::addressOf(const DownHost &down)
{
    if (down.ipv6)
        return QHostAddress(down.bytes);
    return QHostAddress(quint32(down.bytes[0]) << 24 | quint32(down.bytes[1]) << 16
        | quint32(down.bytes[2]) << 8 | down.bytes[3]);
}

const HostListModel::Host &HostListModel::hostAt(int row, Host *scratch) const
{
    const quint32 ref = m_rows.at(row);
    if (!(ref & downBit))
        return m_hosts.at(ref);
    const DownHost &d = m_downHosts.at(ref & ~downBit);
    scratch->id = d.id;
    scratch->address = addressOf(d);
    scratch->name = scratch->address.toString();
    scratch->state
        = HostState::make(d.id, scratch->name, scratch->address, HostStatus::Down, d.reason, -1.0);
    scratch->hasState = true;
    return *scratch;
}

void HostListModel::reportHosts(QList<HostState> *states, QList<HostTally> *tallies) const
{
    states->reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row) {
        Host scratch;
        const Host &h = hostAt(row, &scratch);
        if (h.hasState) {
            HostState state = h.state;
            state.hostId = h.id;
            states->append(std::move(state));
        }
        // A tally per protocol, as the engine sends them.
        if (h.closed > h.closedUdp)
            tallies->append(HostTally { h.id, h.name, h.address, h.closed - h.closedUdp });
        if (h.closedUdp > 0)
            tallies->append(HostTally { h.id, h.name, h.address, h.closedUdp, Protocol::Udp });
    }
}

HostListModel::Host &HostListModel::fullHost(int row)
{
    quint32 &ref = m_rows[row];
    if (ref & downBit) {
        Host host;
        hostAt(row, &host);
        ref = static_cast<quint32>(m_hosts.size()); // its compact entry stays unused
        m_hosts.append(std::move(host));
    }
    return m_hosts[ref];
}

HostListModel::Host &HostListModel::hostFor(
    quint32 id, const QString &name, const QHostAddress &address, QList<int> *changed)
{
    auto it = m_rowOf.constFind(id);
    int row = 0;
    if (it == m_rowOf.constEnd()) {
        row = static_cast<int>(m_rows.size());
        beginInsertRows({}, row, row);
        Host host;
        host.id = id;
        host.name = name;
        host.address = address;
        m_rows.append(static_cast<quint32>(m_hosts.size()));
        m_hosts.append(std::move(host));
        m_rowOf.insert(id, row);
        endInsertRows();
        changed->append(row); // its state or counts follow: filters must see them
    } else {
        row = *it;
        changed->append(row);
    }
    return fullHost(row);
}

void HostListModel::addBatch(const ScanBatch &batch)
{
    QList<int> changed;
    for (const ScanResult &r : batch.results) {
        Host &h = hostFor(r.hostId, r.host, r.address, &changed);
        if (r.state == PortState::Open) {
            ++h.open;
            if (h.services.size() < maxServiceLines)
                h.services.append(serviceLine(r));
        } else if (r.state == PortState::Filtered) {
            ++h.filtered;
        } else if (r.state == PortState::OpenFiltered) {
            m_openFilteredHosts += h.openFiltered == 0 ? 1 : 0;
            ++h.openFiltered;
        }
        // Closed rows are counted through closedCounts, which covers them all.
    }
    for (const ScanResult &r : batch.detected) {
        Host &h = hostFor(r.hostId, r.host, r.address, &changed);
        const QString port = r.portText();
        for (QString &line : h.services) {
            if (line.section(QLatin1Char(' '), 0, 0) == port)
                line = serviceLine(r);
        }
    }
    for (const HostTally &t : batch.closedCounts) {
        Host &h = hostFor(t.hostId, t.host, t.address, &changed);
        h.closed += t.closed;
        h.closedUdp += t.protocol == Protocol::Udp ? t.closed : 0;
    }
    for (const HostState &s : batch.hosts) {
        if (s.status == HostStatus::Down && s.mac.isEmpty() && s.names.isEmpty()
            && s.address.scopeId().isEmpty() && !m_rowOf.contains(s.hostId)
            && s.host == s.address.toString()) {
            // Down and nothing more to say: a compact row, complete as it comes in.
            const int row = static_cast<int>(m_rows.size());
            beginInsertRows({}, row, row);
            m_rows.append(static_cast<quint32>(m_downHosts.size()) | downBit);
            m_downHosts.append(compact(s));
            m_rowOf.insert(s.hostId, row);
            endInsertRows();
            ++m_down;
            continue;
        }
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
    for (quint32 id : batch.allPortsAnswer) {
        if (const auto it = m_rowOf.constFind(id); it != m_rowOf.constEnd()) {
            fullHost(*it).state.allPortsAnswer = true;
            changed.append(*it);
        }
    }
    if (changed.isEmpty())
        return;
    const auto [lo, hi] = std::minmax_element(changed.cbegin(), changed.cend());
    Q_EMIT dataChanged(index(*lo, 0), index(*hi, ColumnCount - 1));
}

void HostListModel::setNames(quint32 hostId, const QList<HostName> &names)
{
    const auto it = m_rowOf.constFind(hostId);
    if (it == m_rowOf.constEnd())
        return;
    fullHost(*it).state.names = names;
    Q_EMIT dataChanged(index(*it, Name), index(*it, Name));
}

void HostListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_hosts.clear();
    m_downHosts.clear();
    m_rowOf.clear();
    m_down = m_macs = m_openFilteredHosts = 0;
    endResetModel();
}

void HostListModel::setLabels(const QHash<QString, QString> &labels)
{
    m_labels = labels;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Label), index(rowCount() - 1, Label));
}
