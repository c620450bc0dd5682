#include "core/models/resultfiltermodel.h"

#include "core/models/scanresultmodel.h"

ResultFilterModel::ResultFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void ResultFilterModel::setResultModel(ScanResultModel *model)
{
    m_results = model;
    setSourceModel(model);
}

void ResultFilterModel::setStateVisible(PortState state, bool visible)
{
    const auto bit = static_cast<quint8>(1u << static_cast<unsigned>(state));
    const quint8 mask = visible ? (m_stateMask | bit) : (m_stateMask & ~bit);
    if (mask == m_stateMask)
        return;
    m_stateMask = mask;
    invalidateRowsFilter();
}

bool ResultFilterModel::isStateVisible(PortState state) const
{
    return m_stateMask & (1u << static_cast<unsigned>(state));
}

void ResultFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed().toLower();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

void ResultFilterModel::setHostIds(const QSet<quint32> &hostIds)
{
    if (hostIds == m_hostIds)
        return;
    m_hostIds = hostIds;
    invalidateRowsFilter();
}

bool ResultFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent);
    if (!m_results)
        return true;
    if (!(m_stateMask & (1u << static_cast<unsigned>(m_results->state(sourceRow)))))
        return false;
    if (!m_hostIds.isEmpty() && !m_hostIds.contains(m_results->hostId(sourceRow)))
        return false;
    if (m_search.isEmpty())
        return true;
    return m_results->rowContains(sourceRow, m_search);
}

bool ResultFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_results)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_results->lessThan(left.row(), right.row(), left.column());
}
