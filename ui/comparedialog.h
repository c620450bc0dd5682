#pragma once

#include <QDialog>

#include "core/results/scandiff.h"

class AppSettings;
class Dialogs;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

// What changed between two scans, as a table (host, port, change, before, after)
// that can be filtered by kind of change and by text, and exported as text or JSON.
class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    enum Column { Host, Port, Protocol, Change, Before, After, ColumnCount };

    CompareDialog(Dialogs *dialogs, AppSettings *settings, QWidget *parent = nullptr);

    void setDiff(const ScanDiff &diff);
    const ScanDiff &diff() const { return m_diff; }
    // Writes the comparison to a file the user picks; false when it was not written.
    bool exportDiff();

private:
    void applyFilter();

    Dialogs *m_dialogs;
    AppSettings *m_settings;
    ScanDiff m_diff;
    QLabel *m_summary;
    QComboBox *m_kind;
    QLineEdit *m_search;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTableView *m_view;
};
