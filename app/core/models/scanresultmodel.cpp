#include "core/models/scanresultmodel.h"

#include <limits>

#include "core/results/bannertext.h"
#include "core/spec/portnames.h"

namespace {

template <typename T> int compare(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareAddresses(const QHostAddress &a, const QHostAddress &b)
{
    if (a.protocol() != b.protocol())
        return a.protocol() == QAbstractSocket::IPv4Protocol ? -1 : 1;
    if (a.protocol() == QAbstractSocket::IPv4Protocol)
        return compare(a.toIPv4Address(), b.toIPv4Address());
    const Q_IPV6ADDR x = a.toIPv6Address();
    const Q_IPV6ADDR y = b.toIPv6Address();
    for (int i = 0; i < 16; ++i) {
        if (x[i] != y[i])
            return x[i] < y[i] ? -1 : 1;
    }
    return 0;
}

} // namespace

ScanResultModel::ScanResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QModelIndex ScanResultModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || column >= ColumnCount
        || static_cast<size_t>(row) >= m_rows.size())
        return {};
    return createIndex(row, column);
}

int ScanResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ScanResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScanResultModel::text(const Row &row, int column) const
{
    switch (column) {
    case Host:
        return host(row).name;
    case Address:
        return host(row).addressText;
    case Port:
        return QString::number(row.port);
    case Protocol:
        return protocolName(row.protocol());
    case State:
        return portStateName(static_cast<PortState>(row.state));
    case Service:
        return serviceName(row);
    case Reason:
        return portReasonName(static_cast<PortReason>(row.reason));
    case Latency:
        return row.latencyMs < 0.0f ? QString() : QString::number(double(row.latencyMs), 'f', 2);
    case Banner:
        return row.detail < 0 ? QString() : BannerText::escape(m_details.at(row.detail).banner);
    case Version: {
        const ServiceInfo *s = row.detail < 0 ? nullptr : m_details.at(row.detail).service.get();
        return s ? s->summary() : QString();
    }
    case Label:
        return m_labels.value(host(row).addressText);
    default:
        return {};
    }
}

QVariant ScanResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        // Banners can be long: the full escaped text goes in the tooltip (shown as plain text by
        // the view).
        if (index.column() == Banner && row.detail >= 0)
            return text(row, Banner);
        if (index.column() == Service || index.column() == Version)
            return serviceToolTip(toResult(row, host(row), m_details));
        if (index.column() == Reason)
            return reasonToolTip(row);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Port || index.column() == Latency)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StateRole:
        return static_cast<int>(row.state);
    case HostIdRole:
        return host(row).id;
    case RawValueRole:
        switch (index.column()) {
        case Port:
            return row.port;
        case Protocol:
            return static_cast<int>(row.protocol());
        case State:
            return static_cast<int>(row.state);
        case Reason:
            return static_cast<int>(row.reason);
        case Latency:
            return row.latencyMs < 0.0f ? QVariant() : QVariant(double(row.latencyMs));
        case Address:
            return QVariant::fromValue(host(row).address);
        default:
            return text(row, index.column());
        }
    default:
        return {};
    }
}

QVariant ScanResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Host:
        return tr("Host");
    case Address:
        return tr("Address");
    case Port:
        return tr("Port");
    case Protocol:
        return tr("Protocol");
    case State:
        return tr("State");
    case Service:
        return tr("Service");
    case Reason:
        return tr("Reason");
    case Latency:
        return tr("Latency (ms)");
    case Banner:
        return tr("Banner");
    case Version:
        return tr("Version");
    case Label:
        return tr("Label");
    default:
        return {};
    }
}

void ScanResultModel::appendResults(const QList<ScanResult> &results)
{
    if (results.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(results.size()) - 1);
    for (const ScanResult &r : results) {
        auto found = m_hostIndex.constFind(r.hostId);
        if (found == m_hostIndex.constEnd()) {
            found = m_hostIndex.insert(r.hostId, static_cast<quint32>(m_hosts.size()));
            const QString addressText = r.address.toString();
            if (r.host != addressText)
                ++m_hostNames;
            if (m_labels.contains(addressText))
                ++m_labelledHosts;
            m_hosts.push_back(HostInfo { r.hostId, r.host, r.address, addressText,
                (r.host + QLatin1Char('\n') + addressText).toLower() });
        }
        const quint32 hostIndex = found.value();
        qint32 detail = -1;
        if (!r.banner.isEmpty() || r.service || !r.reasonFrom.isNull()) {
            detail = static_cast<qint32>(m_details.size());
            m_details.append(Detail { r.banner, r.service, r.reasonFrom });
            m_detailKeys.append(detailKey(m_details.last()));
        }
        if (r.state == PortState::Open)
            m_openRows.insert(r.portKey(), static_cast<int>(m_rows.size()));
        const Row row { hostIndex, detail, static_cast<float>(r.latencyMs), r.port,
            static_cast<quint8>(r.state), r.protocol == ::Protocol::Udp,
            static_cast<quint8>(r.reason) };
        if (!m_portKeys.contains(portKeyOf(row)))
            m_portKeys.insert(portKeyOf(row),
                QStringLiteral("%1\n%2")
                    .arg(r.portText(), PortNames::nameForPort(r.port, r.protocol))
                    .toLower());
        m_rows.push_back(row);
    }
    endInsertRows();
}

void ScanResultModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_hosts.clear();
    m_hostIndex.clear();
    m_details.clear();
    m_detailKeys.clear();
    m_openRows.clear();
    m_portKeys.clear();
    m_hostNames = 0;
    m_labelledHosts = 0;
    endResetModel();
}

QString ScanResultModel::detailKey(const Detail &detail)
{
    QString key = BannerText::escape(detail.banner);
    if (detail.service)
        key += QLatin1Char('\n') + detail.service->displayName() + QLatin1Char('\n')
            + detail.service->summary();
    if (!detail.reasonFrom.isNull())
        key += QLatin1Char('\n') + detail.reasonFrom.toString();
    return key.toLower();
}

void ScanResultModel::updateDetails(const QList<ScanResult> &detected)
{
    int first = -1;
    int last = -1;
    for (const ScanResult &r : detected) {
        const auto found = m_openRows.constFind(r.portKey());
        if (found == m_openRows.cend() || (!r.service && r.banner.isEmpty()))
            continue;
        Row &row = m_rows[static_cast<size_t>(*found)];
        if (row.detail < 0) {
            row.detail = static_cast<qint32>(m_details.size());
            m_details.append(Detail { r.banner, r.service, {} });
            m_detailKeys.append(QString());
        }
        Detail &detail = m_details[row.detail];
        detail.service = r.service;
        if (detail.banner.isEmpty())
            detail.banner = r.banner;
        m_detailKeys[row.detail] = detailKey(detail);
        first = first < 0 ? *found : qMin(first, *found);
        last = qMax(last, *found);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, Service), index(last, Version));
}

QString ScanResultModel::serviceName(const Row &row) const
{
    const ServiceInfo *s = row.detail < 0 ? nullptr : m_details.at(row.detail).service.get();
    return s ? s->displayName() : PortNames::nameForPort(row.port, row.protocol());
}

QString ScanResultModel::reasonToolTip(const Row &row) const
{
    // A router or firewall on the way, not the target, decided the port: say who.
    const QHostAddress from = row.detail < 0 ? QHostAddress() : m_details.at(row.detail).reasonFrom;
    if (from.isNull())
        return {};
    return tr("%1 from %2, not from the target")
        .arg(portReasonName(static_cast<PortReason>(row.reason)), from.toString());
}

QString ScanResultModel::serviceToolTip(const ScanResult &r)
{
    if (r.state != PortState::Open)
        return {};
    const ServiceInfo s = r.serviceOrGuess();
    QStringList lines;
    if (s.method == ServiceInfo::Method::Probed)
        lines << tr("%1: detected by what the port said (confidence %2 of 10)")
                     .arg(s.displayName())
                     .arg(s.confidence);
    else if (!s.name.isEmpty())
        lines << tr("%1: guessed from the port number").arg(s.name);
    if (!s.productVersion().isEmpty())
        lines << tr("Product: %1").arg(s.productVersion());
    if (!s.extra.isEmpty())
        lines << tr("Details: %1").arg(s.extra);
    if (!s.tls.isEmpty()) {
        lines << tr("TLS: %1, %2").arg(s.tls.protocol, s.tls.cipher)
              << tr("Certificate: %1, issued by %2%3")
                     .arg(s.tls.subject, s.tls.issuer,
                         s.tls.selfSigned ? tr(" (self-signed)") : QString());
        if (!s.tls.sans.isEmpty())
            lines << tr("Names: %1").arg(s.tls.sans.join(QStringLiteral(", ")));
        if (s.tls.notAfter.isValid())
            lines << tr("Valid until: %1").arg(s.tls.notAfter.toString(Qt::ISODate));
    }
    return lines.join(QLatin1Char('\n'));
}

ScanResult ScanResultModel::toResult(const Row &r, const HostInfo &h, const QList<Detail> &details)
{
    ScanResult out;
    out.hostId = h.id;
    out.host = h.name;
    out.address = h.address;
    out.port = r.port;
    out.protocol = r.protocol();
    out.state = static_cast<PortState>(r.state);
    out.reason = static_cast<PortReason>(r.reason);
    out.latencyMs = double(r.latencyMs);
    if (r.detail >= 0) {
        out.banner = details.at(r.detail).banner;
        out.service = details.at(r.detail).service;
        out.reasonFrom = details.at(r.detail).reasonFrom;
    }
    return out;
}

ScanResult ScanResultModel::result(int row) const
{
    const Row &r = m_rows[static_cast<size_t>(row)];
    return toResult(r, host(r), m_details);
}

ScanResult ScanResultModel::Snapshot::at(qsizetype i) const
{
    const Row &r = m_rows[static_cast<size_t>(i)];
    return toResult(r, m_hosts[r.host], m_details);
}

QList<ScanResult> ScanResultModel::Snapshot::results() const
{
    QList<ScanResult> out;
    out.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        out.append(at(i));
    return out;
}

ScanResultModel::Snapshot ScanResultModel::snapshot() const
{
    Snapshot s;
    s.m_rows = m_rows;
    s.m_hosts = m_hosts;
    s.m_details = m_details;
    return s;
}

ScanResultModel::Snapshot ScanResultModel::snapshot(const QList<int> &rows) const
{
    Snapshot s;
    s.m_rows.reserve(static_cast<size_t>(rows.size()));
    for (int row : rows)
        s.m_rows.push_back(m_rows[static_cast<size_t>(row)]);
    s.m_hosts = m_hosts;
    s.m_details = m_details;
    return s;
}

bool ScanResultModel::rowContains(int row, const QString &needle) const
{
    // "state reason" for every state and reason, made once (the protocol is in the port's key).
    constexpr size_t states = size_t(PortState::OpenFiltered) + 1;
    constexpr size_t reasons = size_t(PortReason::NotConfirmed) + 1;
    static const std::vector<QString> kinds = [] {
        std::vector<QString> out;
        for (size_t state = 0; state < states; ++state) {
            for (size_t reason = 0; reason < reasons; ++reason)
                out.push_back(QStringLiteral("%1\n%2").arg(
                    portStateName(PortState(state)), portReasonName(PortReason(reason))));
        }
        return out;
    }();
    const Row &r = m_rows[static_cast<size_t>(row)];
    const size_t kind = size_t(r.state) * reasons + r.reason;
    if (host(r).searchKey.contains(needle) || m_portKeys.value(portKeyOf(r)).contains(needle)
        || (kind < kinds.size() && kinds[kind].contains(needle)))
        return true;
    return r.detail >= 0 && m_detailKeys.at(r.detail).contains(needle);
}

bool ScanResultModel::lessThan(int left, int right, int column) const
{
    const Row &a = m_rows[static_cast<size_t>(left)];
    const Row &b = m_rows[static_cast<size_t>(right)];
    int c = 0;
    switch (column) {
    case Host:
        c = a.host == b.host ? 0 : host(a).name.compare(host(b).name, Qt::CaseInsensitive);
        break;
    case Port:
        c = compare(a.port, b.port);
        break;
    case Protocol:
        c = compare<int>(a.udp, b.udp);
        break;
    case State:
        c = compare<int>(a.state, b.state);
        break;
    case Reason:
        c = compare(a.reason, b.reason);
        break;
    case Latency: {
        // A port that never answered has no latency: after every one that did.
        const auto key
            = [](float ms) { return ms < 0.0f ? std::numeric_limits<float>::max() : ms; };
        c = compare(key(a.latencyMs), key(b.latencyMs));
        break;
    }
    case Service:
        c = serviceName(a).compare(serviceName(b));
        break;
    case Banner:
        c = compare(a.detail < 0 ? QByteArray() : m_details.at(a.detail).banner,
            b.detail < 0 ? QByteArray() : m_details.at(b.detail).banner);
        break;
    case Version:
    case Label:
        c = text(a, column).compare(text(b, column), Qt::CaseInsensitive);
        break;
    default:
        break;
    }
    if (c == 0 && a.host != b.host)
        c = compareAddresses(host(a).address, host(b).address);
    if (c == 0)
        c = compare(a.port, b.port);
    if (c == 0)
        c = compare<int>(a.udp, b.udp); // 53/tcp before 53/udp
    return c < 0;
}

void ScanResultModel::setLabels(const QHash<QString, QString> &labels)
{
    m_labels = labels;
    m_labelledHosts = 0;
    for (const HostInfo &h : m_hosts)
        m_labelledHosts += m_labels.contains(h.addressText) ? 1 : 0;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, Label), index(rowCount() - 1, Label));
}
