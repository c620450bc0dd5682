#pragma once

#include <QList>
#include <QObject>

#include "core/formats/exportjob.h"
#include "core/formats/reportformat.h"
#include "core/results/scanreport.h"

class AppSettings;
class Dialogs;
class QAction;
class QProgressDialog;
class QTableView;
class QWidget;
class ResultFilterModel;
class ScanResultModel;
class ServiceOpeners;

// What a person does with the results table: export all results or the shown
// rows, copy rows or address:port, and through ServiceOpeners open a port (browser,
// ssh command, the user's openers) from the context menu or a double-click.
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

    // Asks for a file and writes all results or the shown rows to it on a worker
    // thread. header carries the scan's parameters and summary.
    void exportResults(bool shownOnly, const ScanReport &header);
    bool isExporting() const { return m_export.isRunning(); }
    // A file name for an export of a scan of targets made at started:
    // "portolan-TARGETS-yyyy-MM-dd-HHmmss.SUFFIX", with the format's suffix so that
    // a save dialog swaps that, not the part after the targets' last dot.
    static QString suggestedFileName(
        const QString &targets, const QDateTime &started, ReportFormat format = ReportFormat::Csv);
    void copyRows();
    void copyAddress();
    ServiceOpeners *openers() const { return m_openers; }
    void showContextMenu(const QPoint &position);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    void exportFinished(bool ok);

private:
    QList<int> selectedSourceRows() const;
    void onExportFinished(const ExportJob::Outcome &outcome);

    QTableView *m_view;
    ScanResultModel *m_results;
    ResultFilterModel *m_filter;
    Dialogs *m_dialogs;
    AppSettings *m_settings;
    QWidget *m_window;
    QAction *m_copyAction;
    QAction *m_copyAddressAction;
    ExportJob m_export;
    QProgressDialog *m_progress = nullptr;
    QString m_exportPath;
    ServiceOpeners *m_openers = nullptr;
};
