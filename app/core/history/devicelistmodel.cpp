#include "core/history/devicelistmodel.h"

#include <algorithm>

#include <QLocale>

#include "core/formats/deviceformat.h"
#include "core/models/hostlistmodel.h"

namespace {

QString shortTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString searchKey(const Device &d)
{
    QStringList parts { d.label, d.notes, d.mac, d.vendor, DeviceFormat::portsText(d), d.scanner };
    parts += d.addressList();
    parts += d.nameList();
    return parts.join(QLatin1Char('\n')).toLower();
}

} // namespace

DeviceListModel::DeviceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int DeviceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_devices.size());
}

int DeviceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceListModel::display(const Device &d, int column) const
{
    switch (column) {
    case Label:
        return d.label;
    case Names:
        return d.nameList().join(QStringLiteral(", "));
    case Address:
        return d.address();
    case Vendor:
        return d.vendor;
    case Mac:
        return d.mac;
    case Status:
        return d.up ? tr("Up")
                    : (d.downSince.isValid() ? tr("Down since %1").arg(shortTime(d.downSince))
                                             : tr("Down"));
    case LastSeen:
        return shortTime(d.lastSeen);
    case FirstSeen:
        return shortTime(d.firstSeen);
    case OpenPorts:
        return DeviceFormat::portsText(d);
    case Scanner:
        return d.scanner;
    default:
        return {};
    }
}

QVariant DeviceListModel::raw(const Device &d, int column) const
{
    switch (column) {
    case Address:
        return HostListModel::addressSortKey(QHostAddress(d.address()));
    case Status:
        return d.up ? 0 : 1;
    case LastSeen:
        return d.lastSeen.toMSecsSinceEpoch();
    case FirstSeen:
        return d.firstSeen.toMSecsSinceEpoch();
    case OpenPorts:
        return static_cast<int>(d.ports.size());
    default:
        return display(d, column).toString().toLower();
    }
}

QVariant DeviceListModel::toolTip(const Device &d, int column) const
{
    if (column == Address) {
        QStringList lines;
        for (const Device::Address &a : d.addresses)
            lines.append(
                tr("%1: %2 to %3").arg(a.address, shortTime(a.firstSeen), shortTime(a.lastSeen)));
        return lines.join(QLatin1Char('\n'));
    }
    if (column == Names) {
        QStringList lines;
        for (const Device::Name &n : d.names)
            lines.append(tr("%1 (from %2)").arg(n.name, n.source));
        return lines.join(QLatin1Char('\n'));
    }
    if (column == Label && !d.notes.isEmpty())
        return d.notes;
    if (column == Label || column == Status)
        return d.known ? tr("Known device") : tr("New: not yet marked known");
    if (column == OpenPorts)
        return display(d, column);
    if (column == Scanner)
        return tr("The scanner that saw it last");
    return {};
}

QVariant DeviceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_devices.size())
        return {};
    const Device &d = m_devices.at(index.row());
    switch (role) {
    case IdRole:
        return d.id;
    case KnownRole:
        return d.known;
    case UpRole:
        return d.up;
    case SearchRole:
        return m_search.at(index.row());
    case RawValueRole:
        return raw(d, index.column());
    case Qt::ToolTipRole:
        return toolTip(d, index.column());
    case Qt::DisplayRole:
    case Qt::EditRole:
        return display(d, index.column());
    default:
        return {};
    }
}

QVariant DeviceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Label:
        return tr("Label");
    case Names:
        return tr("Names");
    case Address:
        return tr("Address");
    case Vendor:
        return tr("Vendor");
    case Mac:
        return tr("MAC");
    case Status:
        return tr("Status");
    case LastSeen:
        return tr("Last seen");
    case FirstSeen:
        return tr("First seen");
    case OpenPorts:
        return tr("Open ports");
    case Scanner:
        return tr("Scanner");
    default:
        return {};
    }
}

Qt::ItemFlags DeviceListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Label)
        f |= Qt::ItemIsEditable;
    return f;
}

bool DeviceListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != Label
        || index.row() >= m_devices.size())
        return false;
    Device &d = m_devices[index.row()];
    const QString label = value.toString().trimmed();
    if (label == d.label)
        return false;
    d.label = label;
    m_search[index.row()] = searchKey(d);
    Q_EMIT dataChanged(index, index);
    Q_EMIT labelEdited(d.id, label);
    return true;
}

void DeviceListModel::setDevices(const QList<Device> &devices)
{
    beginResetModel();
    m_devices = devices;
    m_search.clear();
    m_rows.clear();
    m_search.reserve(m_devices.size());
    for (qsizetype i = 0; i < m_devices.size(); ++i) {
        m_search.append(searchKey(m_devices.at(i)));
        m_rows.insert(m_devices.at(i).id, static_cast<int>(i));
    }
    endResetModel();
}

int DeviceListModel::rowOf(qint64 id) const
{
    return m_rows.value(id, -1);
}

bool DeviceListModel::allFrom(const QString &scanner) const
{
    return std::all_of(m_devices.cbegin(), m_devices.cend(),
        [&scanner](const Device &d) { return d.scanner == scanner; });
}

QHash<QString, QString> DeviceListModel::labelsByAddress() const
{
    QHash<QString, QString> out;
    for (const Device &d : m_devices) {
        if (d.label.isEmpty())
            continue;
        for (const Device::Address &a : d.addresses) {
            // An address two devices had goes to the one seen there last.
            if (!out.contains(a.address))
                out.insert(a.address, d.label);
        }
    }
    return out;
}

DeviceFilterModel::DeviceFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DeviceListModel::RawValueRole);
}

void DeviceFilterModel::setSearchText(const QString &text)
{
    m_text = text.trimmed().toLower();
    invalidateRowsFilter();
}

void DeviceFilterModel::setOnlyNew(bool on)
{
    m_onlyNew = on;
    invalidateRowsFilter();
}

void DeviceFilterModel::setOnlyDown(bool on)
{
    m_onlyDown = on;
    invalidateRowsFilter();
}

bool DeviceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_onlyNew && index.data(DeviceListModel::KnownRole).toBool())
        return false;
    if (m_onlyDown && index.data(DeviceListModel::UpRole).toBool())
        return false;
    return m_text.isEmpty() || index.data(DeviceListModel::SearchRole).toString().contains(m_text);
}
