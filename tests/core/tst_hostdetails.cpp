// What the scan adds to a live host beside its state: the MAC from the kernel's
// neighbour table and the vendor from the IEEE OUI registry.
#include <cstring>

#include <QTemporaryDir>
#include <QTest>

#if defined(Q_OS_LINUX)
#include <linux/neighbour.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>

#include <sys/socket.h>
#endif

#include "common/skip.h"
#include "core/engine/discovery/ouiregistry.h"
#include "core/platform/neighbourtable.h"

class TestHostDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arpTable();
    void netlinkNeighbours();
    void ouiRegistry();
    void missingRegistryIsNoError();
    void debianRegistry();
};

void TestHostDetails::arpTable()
{
    const QByteArray text
        = "IP address       HW type     Flags       HW address            Mask     Device\n"
          "198.19.0.2       0x1         0x2         00:1B:21:12:34:56     *        pveth0\n"
          "198.19.0.3       0x1         0x0         00:00:00:00:00:00     *        pveth0\n"
          "198.19.0.4       0x1         0x6         52:54:00:aa:bb:cc     *        pveth0\n"
          "garbage\n";
    const QHash<QString, QString> macs = NeighbourTable::parseArp(text);
    QCOMPARE(macs.size(), 2); // the incomplete entry (flags 0) has no address yet
    QCOMPARE(macs.value(QStringLiteral("198.19.0.2")), QStringLiteral("00:1b:21:12:34:56"));
    QCOMPARE(macs.value(QStringLiteral("198.19.0.4")), QStringLiteral("52:54:00:aa:bb:cc"));
}

#if defined(Q_OS_LINUX)
namespace {

void appendAttribute(QByteArray *message, unsigned short type, const QByteArray &payload)
{
    rtattr a {};
    a.rta_type = type;
    a.rta_len = static_cast<unsigned short>(RTA_LENGTH(payload.size()));
    message->append(reinterpret_cast<const char *>(&a), sizeof a);
    message->append(payload);
    message->append(QByteArray(RTA_ALIGN(a.rta_len) - a.rta_len, '\0'));
}

// One RTM_NEWNEIGH message as the kernel sends it in a dump.
QByteArray neighbourMessage(
    unsigned char family, unsigned short state, const QByteArray &dst, const QByteArray &lladdr)
{
    ndmsg body {};
    body.ndm_family = family;
    body.ndm_state = state;
    QByteArray attributes(reinterpret_cast<const char *>(&body), sizeof body);
    attributes.append(QByteArray(NLMSG_ALIGN(sizeof body) - sizeof body, '\0'));
    if (!dst.isNull())
        appendAttribute(&attributes, NDA_DST, dst);
    if (!lladdr.isNull())
        appendAttribute(&attributes, NDA_LLADDR, lladdr);
    nlmsghdr header {};
    header.nlmsg_type = RTM_NEWNEIGH;
    header.nlmsg_len = static_cast<quint32>(NLMSG_HDRLEN + attributes.size());
    QByteArray message(reinterpret_cast<const char *>(&header), sizeof header);
    message.append(QByteArray(NLMSG_HDRLEN - sizeof header, '\0'));
    message.append(attributes);
    return message;
}

} // namespace
#endif

void TestHostDetails::netlinkNeighbours()
{
#if defined(Q_OS_LINUX)
    const QByteArray v4 = QByteArray::fromHex("c6130002"); // 198.19.0.2
    const QByteArray v6 = QByteArray::fromHex("20010db8000000000000000000000002");
    const QByteArray mac = QByteArray::fromHex("001b21123456");
    QByteArray dump = neighbourMessage(AF_INET, NUD_REACHABLE, v4, mac)
        + neighbourMessage(AF_INET6, NUD_STALE, v6, QByteArray::fromHex("525400AABBCC"))
        // Incomplete and failed entries have no address yet; a multicast or
        // loopback entry (NOARP) none of its own; a zero MAC is no MAC.
        + neighbourMessage(AF_INET, NUD_INCOMPLETE, QByteArray::fromHex("c6130003"), QByteArray())
        + neighbourMessage(AF_INET, NUD_FAILED, QByteArray::fromHex("c6130004"), mac)
        + neighbourMessage(AF_INET6, NUD_NOARP,
            QByteArray::fromHex("ff020000000000000000000000000001"),
            QByteArray::fromHex("333300000001"))
        + neighbourMessage(AF_INET, NUD_PERMANENT, QByteArray::fromHex("c6130005"),
            QByteArray::fromHex("000000000000"))
        // A wrong-sized address or MAC is skipped.
        + neighbourMessage(AF_INET, NUD_REACHABLE, QByteArray::fromHex("c61300"), mac)
        + neighbourMessage(AF_INET, NUD_REACHABLE, QByteArray::fromHex("c6130006"),
            QByteArray::fromHex("0011223344556677"));
    bool done = true;
    QHash<QString, QString> macs = NeighbourTable::parseNetlink(dump, &done);
    QVERIFY(!done); // no NLMSG_DONE yet: the dump goes on in the next datagram
    QCOMPARE(macs.size(), 2);
    QCOMPARE(macs.value(QStringLiteral("198.19.0.2")), QStringLiteral("00:1b:21:12:34:56"));
    QCOMPARE(macs.value(QStringLiteral("2001:db8::2")), QStringLiteral("52:54:00:aa:bb:cc"));

    nlmsghdr end {};
    end.nlmsg_type = NLMSG_DONE;
    end.nlmsg_len = NLMSG_LENGTH(sizeof(int));
    QByteArray last(reinterpret_cast<const char *>(&end), sizeof end);
    last.append(QByteArray(NLMSG_ALIGN(end.nlmsg_len) - sizeof end, '\0'));
    macs = NeighbourTable::parseNetlink(dump + last, &done);
    QVERIFY(done);
    QCOMPARE(macs.size(), 2);

    // Truncated anywhere: what came whole before the cut is kept, nothing more.
    for (qsizetype cut = 0; cut < dump.size(); ++cut) {
        const QHash<QString, QString> part = NeighbourTable::parseNetlink(dump.left(cut), &done);
        QVERIFY(!done);
        QVERIFY(part.size() <= 2);
        for (auto it = part.cbegin(); it != part.cend(); ++it)
            QCOMPARE(it.value(), macs.value(it.key()));
    }
#else
    PORTOLAN_SKIP(QStringLiteral("netlink is Linux's"));
#endif
}

void TestHostDetails::ouiRegistry()
{
    const OuiRegistry registry = OuiRegistry::fromCsv(
        "Registry,Assignment,Organization Name,Organization Address\n"
        "MA-L,001B21,Intel Corporate,\"Lot 8, Jalan Hi-Tech 2/3 Kulim Kedah MY 09000 \"\r\n"
        "MA-L,525400,\"QEMU \"\"virtual\"\" NIC\",somewhere\n"
        "MA-M,70B3D5F,Not a 24-bit block,x\n");
    QCOMPARE(registry.size(), 2);
    QCOMPARE(
        registry.vendorFor(QStringLiteral("00:1b:21:12:34:56")), QStringLiteral("Intel Corporate"));
    QCOMPARE(
        registry.vendorFor(QStringLiteral("00-1B-21-00-00-01")), QStringLiteral("Intel Corporate"));
    QCOMPARE(registry.vendorFor(QStringLiteral("52:54:00:01:02:03")),
        QStringLiteral("QEMU \"virtual\" NIC"));
    QVERIFY(registry.vendorFor(QStringLiteral("70:b3:d5:f0:00:00")).isEmpty());
    QVERIFY(registry.vendorFor(QStringLiteral("zz")).isEmpty());
}

void TestHostDetails::missingRegistryIsNoError()
{
    QTemporaryDir dir;
    const OuiRegistry registry = OuiRegistry::fromFile(dir.filePath(QStringLiteral("none.csv")));
    QCOMPARE(registry.size(), 0);
    QVERIFY(registry.vendorFor(QStringLiteral("00:1b:21:12:34:56")).isEmpty());
}

void TestHostDetails::debianRegistry()
{
    // The test command installs Debian's ieee-data; the real file must parse.
    if (!QFile::exists(QString::fromLatin1(OuiRegistry::defaultPath)))
        PORTOLAN_SKIP(QStringLiteral("ieee-data is not installed"));
    QVERIFY(OuiRegistry::system().size() > 10000);
    QCOMPARE(OuiRegistry::system().vendorFor(QStringLiteral("00:1b:21:00:00:00")),
        QStringLiteral("Intel Corporate"));
}

QTEST_GUILESS_MAIN(TestHostDetails)
#include "tst_hostdetails.moc"
