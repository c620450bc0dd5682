#pragma once

#include <QHash>
#include <QHostAddress>
#include <QSqlDatabase>
#include <QString>

#include "core/results/scanreport.h"

class QSqlError;
class QSqlQuery;

// A scan's rows in the history database, written and read: the scans, hosts and
// results tables, column by column (historyschema.cpp makes them). The inserts
// return false with the failed statement's error; the caller holds the transaction.
namespace HistoryRows {

using HostIdentities = QHash<quint32, std::pair<QString, QHostAddress>>;

bool insertScan(QSqlDatabase &db, const ScanReport &report, const QString &scanner, qint64 *scanId,
    QSqlError *failure);
bool insertHosts(QSqlDatabase &db, const ScanReport &report, qint64 scanId, QSqlError *failure);
bool insertResults(QSqlDatabase &db, const ScanReport &report, qint64 scanId, QSqlError *failure);

// A row of "SELECT started, elapsed_ms, ... services FROM scans" into *r.
void readScan(const QSqlQuery &q, ScanReport *r);
// The rows of "SELECT host_id, host, ..., closed FROM hosts": host states and
// closed counts into *r, each host's name and address into *names.
void readHosts(QSqlQuery &q, ScanReport *r, HostIdentities *names);
// The rows of "SELECT host_id, port, ..., service FROM results" into *r.
void readResults(QSqlQuery &q, const HostIdentities &names, ScanReport *r);

// Prepares q to list the scans, newest first ("SELECT id, started, elapsed_ms,
// targets, ports, hosts_up, open, result_count, cancelled, scanner"): those whose
// targets, scanner, a host's address or name, or a listed port (a number or a
// service name) match search; only scanner's where it is given.
void prepareList(QSqlQuery &q, const QString &search, const QString &scanner, bool postgresql);

} // namespace HistoryRows
