// The results model at scale: one million rows through the same batch path the
// scan uses, then bytes per row (RSS growth) and the time to sort them by
// port and by latency through the proxy the window uses, and to search them.
#include "benchutil.h"
#include <cstdlib>

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>

#include "core/models/resultfiltermodel.h"
#include "core/models/scanresultmodel.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 1000000;
    ScanResultModel model;
    ResultFilterModel proxy;
    proxy.setResultModel(&model);
    const long before = rssKb();
    QList<ScanResult> batch;
    for (int i = 0; i < rows; ++i) {
        ScanResult r;
        r.hostId = static_cast<quint32>(i / 65535);
        r.address = QHostAddress(0x7f000001u + r.hostId);
        r.host = r.address.toString();
        r.port = static_cast<quint16>(i % 65535 + 1);
        r.state
            = i % 7 == 0 ? PortState::Open : (i % 3 == 0 ? PortState::Filtered : PortState::Closed);
        r.reason = PortReason::ConnRefused;
        r.latencyMs = double(qint64(i) * 7919 % 100000) / 100.0;
        batch.append(std::move(r));
        if (batch.size() == 4096 || i == rows - 1) {
            model.appendResults(batch);
            batch.clear();
        }
    }
    const long after = rssKb();
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    std::printf(
        "rows %d\nbytes_per_row %.1f\n", model.rowCount(), double(after - before) * 1024.0 / rows);
    QElapsedTimer t;
    t.start();
    proxy.sort(ScanResultModel::Port, Qt::DescendingOrder);
    std::printf("sort_port_ms %lld\n", static_cast<long long>(t.elapsed()));
    t.restart();
    proxy.sort(ScanResultModel::Latency, Qt::AscendingOrder);
    std::printf("sort_latency_ms %lld\n", static_cast<long long>(t.elapsed()));
    std::printf("bytes_per_row_with_proxy %.1f\n", double(rssKb() - before) * 1024.0 / rows);
    // What one settled search costs: every row is tested against the text.
    t.restart();
    proxy.setSearchText(QStringLiteral("https"));
    std::printf(
        "search_ms %lld\nsearch_rows %d\n", static_cast<long long>(t.elapsed()), proxy.rowCount());
    t.restart();
    proxy.setSearchText(QString());
    std::printf("clear_search_ms %lld\n", static_cast<long long>(t.elapsed()));
    return 0;
}
