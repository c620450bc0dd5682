#pragma once

#include <QDockWidget>
#include <QTimer>

#include "core/history/historystore.h"

class HistoryJob;
class HistoryListModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// The History view: a dock listing past scans (when, targets, ports, hosts up,
// open ports, duration), newest first, searchable by host, port or service. Open
// shows one in the table (read-only); Compare shows what changed between two;
// Rescan runs one again; Delete removes them. Lists come from a HistoryJob, so
// the GUI thread never touches the database.
class HistoryPanel final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    // How long typing in the search box must pause before the list is asked for.
    static constexpr int searchDelayMs = 250;

    HistoryPanel(HistoryJob *job, QWidget *parent = nullptr);

    // Asks for the list again (after a save or delete, or when shown).
    void refresh();
    // Selects the scan with this id once it is listed.
    void select(qint64 id);
    QList<qint64> selectedIds() const; // newest first
    const HistoryStore::Entry *entry(qint64 id) const;
    void retranslate();

Q_SIGNALS:
    void openRequested(qint64 id);
    void compareRequested(qint64 older, qint64 newer);
    void rescanRequested(qint64 id); // then compared with it
    void deleteRequested(const QList<qint64> &ids);
    // The list arrived (tests and the benchmark wait for it).
    void listShown(int scans);

private:
    void setUpView();
    void connectActions();
    void onListed(const QList<HistoryStore::Entry> &entries, const QString &error);
    void updateButtons();

    HistoryJob *m_job;
    HistoryListModel *m_model;
    QSortFilterProxyModel *m_sorter;
    QTableView *m_view;
    QLineEdit *m_search;
    QLabel *m_countLabel;
    QPushButton *m_open;
    QPushButton *m_compare;
    QPushButton *m_rescan;
    QPushButton *m_delete;
    QTimer m_searchDelay;
    qint64 m_selectWhenListed = 0;
    QString m_error;
};
