#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

#include "core/results/device.h"

// The Devices view's list: label (edited in place), names, address, vendor, MAC,
// status, last and first seen, open ports. KnownRole says whether the user
// marked it known (the view shows the others as new).
class DeviceListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceListModel)

public:
    enum Column {
        Label,
        Names,
        Address,
        Vendor,
        Mac,
        Status,
        LastSeen,
        FirstSeen,
        OpenPorts,
        Scanner,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, RawValueRole, KnownRole, UpRole, SearchRole };

    explicit DeviceListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // A label typed in the view: shown at once, and labelEdited() asks for it to be kept.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void setDevices(const QList<Device> &devices);
    const Device &device(int row) const { return m_devices.at(row); }
    // The row of the device with this id, or -1.
    int rowOf(qint64 id) const;
    // Whether scanner saw every device listed last (the view then hides the
    // Scanner column).
    bool allFrom(const QString &scanner) const;
    // Each address a labelled device had (its latest first), with its label.
    QHash<QString, QString> labelsByAddress() const;

Q_SIGNALS:
    void labelEdited(qint64 id, const QString &label);

private:
    QVariant display(const Device &d, int column) const;
    QVariant raw(const Device &d, int column) const;
    QVariant toolTip(const Device &d, int column) const;

    QList<Device> m_devices;
    QStringList m_search; // per row: every field in lower case, for the filter
    QHash<qint64, int> m_rows;
};

// The Devices view's filters over a DeviceListModel: text (any field), new only
// (not marked known), down only; sorting on raw values.
class DeviceFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceFilterModel)

public:
    explicit DeviceFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setOnlyNew(bool on);
    void setOnlyDown(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_onlyNew = false;
    bool m_onlyDown = false;
};
