#pragma once

#include <QObject>
#include <QTimer>

#include "core/results/scanresult.h"

class HostListModel;
class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTreeView;
class ResultFilterModel;
class ScanResultModel;

// The window's results: the live table and the hosts pane beside it, their models,
// the state filters, the search box and the row count.
class ResultsPane final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsPane)

public:
    struct Widgets
    {
        QTableView *view = nullptr;
        QTreeView *hostsView = nullptr;
        QLineEdit *search = nullptr;
        QLabel *rowCountLabel = nullptr;
        QCheckBox *openCheckBox = nullptr;
        QCheckBox *filteredCheckBox = nullptr;
        QCheckBox *openFilteredCheckBox = nullptr;
        QCheckBox *closedCheckBox = nullptr;
        QSplitter *splitter = nullptr;
    };

    // How long typing in the search box must pause before the table is filtered.
    static constexpr int searchDelayMs = 200;

    explicit ResultsPane(const Widgets &widgets, QObject *parent = nullptr);

    ScanResultModel *results() const { return m_results; }
    ResultFilterModel *filter() const { return m_filter; }
    HostListModel *hosts() const { return m_hosts; }
    void addBatch(const ScanBatch &batch);
    void setHostNames(quint32 hostId, const QList<HostName> &names);
    // Device labels by address, shown beside the address (the columns hidden while none applies).
    void setDeviceLabels(const QHash<QString, QString> &labels);
    void clear();
    void updateRowCount();
    // Whether the hosts pane lists hosts that did not answer.
    void setShowDownHosts(bool show);
    // The table's column layout as the user made it (the Host column may hide itself).
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

private:
    void setUpTable();
    void sizeHostColumns();
    void updateHostColumn();
    void updateLabelColumns();
    void applySearch();
    void onHostSelectionChanged();

    QTableView *m_view;
    QTreeView *m_hostsView;
    QLineEdit *m_search;
    QLabel *m_rowCountLabel;
    ScanResultModel *m_results = nullptr;
    ResultFilterModel *m_filter = nullptr;
    HostListModel *m_hosts = nullptr;
    QSortFilterProxyModel *m_hostsFilter = nullptr;
    QTimer m_searchDelay;
};
