#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include "core/results/scanresult.h"

class ScanResultModel;

// Sorts the results on raw values (straight from the packed rows, no QVariant
// per comparison) and filters them by state, by host and by a search text.
class ResultFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultFilterModel)

public:
    explicit ResultFilterModel(QObject *parent = nullptr);

    void setResultModel(ScanResultModel *model);
    void setStateVisible(PortState state, bool visible);
    bool isStateVisible(PortState state) const;
    void setSearchText(const QString &text);
    // Only rows of these hosts; an empty set shows every host.
    void setHostIds(const QSet<quint32> &hostIds);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ScanResultModel *m_results = nullptr;
    quint8 m_stateMask = 0xf; // a bit per PortState: all shown
    QString m_search;
    QSet<quint32> m_hostIds;
};
