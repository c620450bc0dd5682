// What the scan adds to a live host beside its state: the MAC from the kernel's
// neighbour table and the vendor from the IEEE OUI registry.
#include <QTemporaryDir>
#include <QTest>

#include "core/ouiregistry.h"
#include "core/platform/neighbourtable.h"

class TestHostDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arpTable();
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
        QSKIP("ieee-data is not installed");
    QVERIFY(OuiRegistry::system().size() > 10000);
    QCOMPARE(OuiRegistry::system().vendorFor(QStringLiteral("00:1b:21:00:00:00")),
        QStringLiteral("Intel Corporate"));
}

QTEST_GUILESS_MAIN(TestHostDetails)
#include "tst_hostdetails.moc"
