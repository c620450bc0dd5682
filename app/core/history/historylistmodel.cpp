#include "core/history/historylistmodel.h"

#include <algorithm>

#include <QLocale>

#include "core/results/resulttext.h"

HistoryListModel::HistoryListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int HistoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int HistoryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const HistoryStore::Entry &e = m_entries.at(index.row());
    if (role == IdRole)
        return e.id;
    if (role == RawValueRole) {
        switch (index.column()) {
        case Started:
            return e.started.toMSecsSinceEpoch();
        case HostsUp:
            return e.hostsUp;
        case Open:
            return e.open;
        case Duration:
            return e.elapsedMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole) {
        const bool number
            = index.column() == HostsUp || index.column() == Open || index.column() == Duration;
        return QVariant::fromValue(
            number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == Targets)
        return e.targets;
    if (role == Qt::ToolTipRole && index.column() == Ports)
        return e.ports;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Started:
        return locale.toString(e.started.toLocalTime(), QLocale::ShortFormat);
    case Targets:
        return e.cancelled ? tr("%1 (stopped)").arg(e.targets) : e.targets;
    case Ports:
        return e.ports;
    case HostsUp:
        return locale.toString(e.hostsUp);
    case Open:
        return locale.toString(e.open);
    case Duration:
        return ResultText::formatDuration(e.elapsedMs);
    case Scanner:
        return e.scanner;
    default:
        return {};
    }
}

QVariant HistoryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Started:
        return tr("When");
    case Targets:
        return tr("Targets");
    case Ports:
        return tr("Ports");
    case HostsUp:
        return tr("Hosts up");
    case Open:
        return tr("Open ports");
    case Duration:
        return tr("Duration");
    case Scanner:
        return tr("Scanner");
    default:
        return {};
    }
}

void HistoryListModel::setEntries(const QList<HistoryStore::Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int HistoryListModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

bool HistoryListModel::allFrom(const QString &scanner) const
{
    return std::all_of(m_entries.cbegin(), m_entries.cend(),
        [&scanner](const HistoryStore::Entry &e) { return e.scanner == scanner; });
}
