#pragma once

#include <QList>
#include <QObject>

#include "core/scanreport.h"

class AppSettings;
class Dialogs;
class QAction;
class QTableView;
class QWidget;
class ResultFilterModel;
class ScanResultModel;

// What a person does with the results table: export all results or the shown
// rows, copy rows or address:port, open a web port in the browser.
class ResultActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultActions)

public:
    struct Context
    {
        QTableView *view = nullptr;
        ScanResultModel *results = nullptr;
        ResultFilterModel *filter = nullptr;
        Dialogs *dialogs = nullptr;
        AppSettings *settings = nullptr;
        QWidget *window = nullptr; // parent of dialogs and menus
        QAction *copyAction = nullptr;
        QAction *copyAddressAction = nullptr;
    };

    explicit ResultActions(const Context &context, QObject *parent = nullptr);

    // report carries the scan's parameters and summary; the rows are added here.
    void exportResults(bool shownOnly, ScanReport report);
    void copyRows();
    void copyAddress();
    void openInBrowser();
    void showContextMenu(const QPoint &position);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    QList<int> selectedSourceRows() const;

    QTableView *m_view;
    ScanResultModel *m_results;
    ResultFilterModel *m_filter;
    Dialogs *m_dialogs;
    AppSettings *m_settings;
    QWidget *m_window;
    QAction *m_copyAction;
    QAction *m_copyAddressAction;
};
