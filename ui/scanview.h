#pragma once

#include <QHash>
#include <QString>

#include "core/models/scanresultmodel.h"
#include "core/results/scanreport.h"
#include "core/spec/scanoptions.h"

// A scan as the window holds it: the report's header (hosts included) and the
// table's rows, made one report on a worker thread when needed.
struct ShownScan
{
    ScanReport report;
    ScanResultModel::Snapshot rows;
    ScanReport whole() const;
};

// What the history and the comparisons ask of the window that shows scans. The
// window implements it; ScanArchive knows only this, so neither includes the other.
class ScanView
{
public:
    ScanView() = default;
    ScanView(const ScanView &) = delete;
    ScanView &operator=(const ScanView &) = delete;
    virtual ~ScanView() = default;

    virtual bool isScanning() const = 0;
    // The scan the table shows (run here or opened).
    virtual ShownScan currentScan() const = 0;
    // Shows a saved scan in the table and hosts pane, read-only; source names it.
    virtual void showReport(const ScanReport &report, const QString &source) = 0;
    // Runs a scan again with parameters' targets, ports and options; false when it
    // does not start.
    virtual bool rescan(const ScanReport &parameters) = 0;
    // The labels the user gave devices, by each address they had: shown beside
    // the address in the table and the hosts pane.
    virtual void setDeviceLabels(const QHash<QString, QString> &labels) = 0;
    // What the form would scan now: targets and ports as typed, and the options;
    // false (the field marked) when the input is not valid.
    virtual bool formScan(QString *targets, QString *ports, ScanOptions *options) = 0;
};
