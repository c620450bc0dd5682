#pragma once

#include <QAbstractTableModel>

#include "core/history/historystore.h"

// The history view's list of past scans: when, what, what it found, how long, and
// which scanner made it (a store shared by several sites).
class HistoryListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryListModel)

public:
    enum Column { Started, Targets, Ports, HostsUp, Open, Duration, Scanner, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, RawValueRole };

    explicit HistoryListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntries(const QList<HistoryStore::Entry> &entries);
    const HistoryStore::Entry &entry(int row) const { return m_entries.at(row); }
    // The row of the scan with this id, or -1.
    int rowOf(qint64 id) const;
    // Whether every scan listed was made by scanner (the Scanner column then
    // says nothing and the view hides it).
    bool allFrom(const QString &scanner) const;

private:
    QList<HistoryStore::Entry> m_entries;
};
