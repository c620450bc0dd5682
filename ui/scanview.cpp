#include "scanview.h"

ScanReport ShownScan::whole() const
{
    ScanReport out = report;
    if (rows.size() > 0)
        out.results = rows.results();
    return out;
}
