// libFuzzer: arbitrary text as /proc/net/arp and as the IEEE OUI CSV (split at the
// first NUL), and the whole input as a netlink neighbour dump. Every neighbour entry read back is a
// canonical address with a lower-case, complete MAC; the registry never holds more vendors than
// lines; a vendor is found whatever the MAC's case or separators.
#include <cstdint>

#include <QHostAddress>

#include "core/engine/discovery/ouiregistry.h"
#include "core/platform/neighbourtable.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype split = input.indexOf('\0');
    const QByteArray arp = split < 0 ? input : input.left(split);
    const QByteArray csv = split < 0 ? input : input.mid(split + 1);

    QHash<QString, QString> macs = NeighbourTable::parseArp(arp);
    macs.insert(NeighbourTable::parseNetlink(input));
    const OuiRegistry registry = OuiRegistry::fromCsv(csv);
    if (registry.size() > csv.count('\n') + 1)
        __builtin_trap();
    for (auto it = macs.cbegin(); it != macs.cend(); ++it) {
        const QHostAddress address(it.key());
        if (address.isNull() || address.toString() != it.key())
            __builtin_trap();
        const QString &mac = it.value();
        if (mac.size() != 17 || mac != mac.toLower() || mac == QLatin1String("00:00:00:00:00:00"))
            __builtin_trap();
        const QString vendor = registry.vendorFor(mac);
        QString dashed = mac.toUpper();
        dashed.replace(QLatin1Char(':'), QLatin1Char('-'));
        if (registry.vendorFor(dashed) != vendor)
            __builtin_trap();
    }
    return 0;
}
