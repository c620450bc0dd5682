#pragma once

#include <QDockWidget>
#include <QTimer>

#include "core/results/device.h"

class DeviceFilterModel;
class DeviceListModel;
class Dialogs;
class HistoryJob;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The Devices view: a dock listing every device the saved scans have seen
// (label, names, address, vendor, MAC, status, last and first seen, open ports),
// new ones (not marked known) in bold. The label is edited in place (a double
// click) or with Label... (F2); Mark as Known, Mark as New and Forget act on
// the selection; filters: text, new only, down only. Lists and changes go
// through the HistoryJob, so the GUI thread never touches the database.
class DevicesPanel final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DevicesPanel)

public:
    DevicesPanel(HistoryJob *job, Dialogs *dialogs, QWidget *parent = nullptr);

    // Asks for the list again (after a scan is saved, or when shown).
    void refresh();
    QList<qint64> selectedIds() const;
    void retranslate();
    DeviceListModel *model() const { return m_model; }

Q_SIGNALS:
    // The list arrived (tests and the benchmark wait for it), and the labels by
    // address it holds.
    void listShown(int devices);
    void labelsChanged(const QHash<QString, QString> &labels);

private:
    void setUpView();
    void connectActions();
    void onListed(const QList<Device> &devices, const QString &error);
    void updateCount();
    void updateButtons();
    void askLabel();
    void forgetSelected();
    void change(int kind);

    HistoryJob *m_job;
    Dialogs *m_dialogs;
    DeviceListModel *m_model;
    DeviceFilterModel *m_filter;
    QTableView *m_view;
    QLineEdit *m_search;
    QCheckBox *m_onlyNew;
    QCheckBox *m_onlyDown;
    QLabel *m_countLabel;
    QPushButton *m_label;
    QPushButton *m_known;
    QPushButton *m_forget;
    QAction *m_labelAction;
    QAction *m_knownAction;
    QAction *m_newAction;
    QAction *m_forgetAction;
    QTimer m_searchDelay;
    QString m_error;
};
