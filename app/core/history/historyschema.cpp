#include "core/history/historyschema.h"

namespace HistorySchema {

const QList<QList<const char *>> &migrations()
{
    static const QList<QList<const char *>> all {
        // 1: scans, their hosts and their listed ports.
        { "CREATE TABLE scans(id INTEGER PRIMARY KEY AUTOINCREMENT, started TEXT NOT NULL, "
          "elapsed_ms INTEGER NOT NULL, targets TEXT NOT NULL, ports TEXT NOT NULL, "
          "timeout_ms INTEGER, retries INTEGER, concurrency INTEGER, banners INTEGER, "
          "host_count INTEGER, hosts_up INTEGER, hosts_down INTEGER, port_count INTEGER, "
          "open INTEGER, closed INTEGER, filtered INTEGER, cancelled INTEGER, "
          "discovery TEXT, result_count INTEGER)",
            "CREATE TABLE hosts(scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE, "
            "host_id INTEGER NOT NULL, host TEXT, address TEXT NOT NULL, status INTEGER, "
            "reason INTEGER, latency_ms REAL, names TEXT, mac TEXT, vendor TEXT, "
            "closed INTEGER, PRIMARY KEY(scan_id, host_id)) WITHOUT ROWID",
            "CREATE TABLE results(scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE "
            "CASCADE, host_id INTEGER NOT NULL, port INTEGER NOT NULL, state INTEGER NOT NULL, "
            "reason INTEGER NOT NULL, latency_ms REAL, banner BLOB)",
            "CREATE INDEX results_scan ON results(scan_id)" },
        // 2: searching by address and by port.
        { "CREATE INDEX hosts_address ON hosts(address)",
            "CREATE INDEX results_port ON results(port, scan_id)" },
        // 3: service detection: whether it ran, and what each port runs (JSON).
        { "ALTER TABLE scans ADD COLUMN services INTEGER",
            "ALTER TABLE results ADD COLUMN service TEXT" },
    };
    return all;
}

} // namespace HistorySchema
