// Saved scans out and in: nmap XML that validates against nmap's own DTD and that
// ndiff and python-libnmap read, Portolan JSON and nmap XML read back (round
// trips), nmap's and masscan's files, hostile XML, and what changed between two
// scans.
#include <algorithm>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "common/netns.h"
#include "common/samplereport.h"
#include "core/formats/jsonformat.h"
#include "core/formats/nmapxml.h"
#include "core/formats/scanfile.h"
#include "core/formats/textformat.h"
#include "core/results/scandiff.h"

namespace {

using SampleReport::host;
using SampleReport::result;
using SampleReport::sample;
using SampleReport::sampleWithUdp;

const QString nmapDtd = QStringLiteral("/usr/share/nmap/nmap.dtd");

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// "address port old new" of every port change, and "address old new" of hosts.
QStringList changes(const ScanDiff &diff)
{
    QStringList out;
    for (const ScanDiff::Host &h : diff.hosts) {
        if (h.change != ScanDiff::Host::Change::Changed)
            out.append(QStringLiteral("%1 %2").arg(h.address, ScanDiff::changeName(h.change)));
        for (const ScanDiff::Port &p : h.ports)
            // TCP ports by number, as before UDP; UDP's as 53/udp.
            out.append(QStringLiteral("%1 %2 %3 %4 %5")
                           .arg(h.address,
                               p.protocol == Protocol::Tcp ? QString::number(p.port) : p.text())
                           .arg(ScanDiff::changeName(p.change),
                               p.inOld ? portStateName(p.oldState) : QStringLiteral("-"),
                               p.inNew ? portStateName(p.newState) : QStringLiteral("-")));
    }
    return out;
}

} // namespace

class TestScanFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void xmlValidatesAgainstNmapsDtd();
    void xmlRoundTrip();
    void jsonRoundTrip();
    void udpValidatesAgainstNmapsDtd();
    void udpRoundTrip_data();
    void udpRoundTrip();
    void olderJsonReadsAsTcp();
    void refusesUnknownProtocolInJson();
    void readsNmapsUdpFile();
    void readsNmapsOwnFile();
    void readsMasscanStyleFile();
    void skipsWhatItCannotHold();
    void refusesHostileXml_data();
    void refusesHostileXml();
    void refusesWhatIsNotAScan();
    void diffOfCraftedPairs();
    void tableServicesAreNotChanges();
    void diffKeepsProtocolsApart();
    void ndiffAgrees();
    void ndiffSeesUdpPorts();
    void pythonLibnmapReadsIt();
};

void TestScanFiles::xmlValidatesAgainstNmapsDtd()
{
    QVERIFY2(QFile::exists(nmapDtd), "nmap-common's DTD is missing (scripts/deps.sh installs it)");
    QTemporaryDir dir;
    QByteArray xml = NmapXml::toXml(sample());
    // The DTD allows only "nmap" as the scanner: that one attribute is set aside.
    QVERIFY(xml.contains("scanner=\"portolan\""));
    xml.replace("scanner=\"portolan\"", "scanner=\"nmap\"");
    const QString path = writeTemp(dir, QStringLiteral("scan.xml"), xml);
    QString output;
    const int code = TestNet::run({ QStringLiteral("xmllint"), QStringLiteral("--noout"),
                                      QStringLiteral("--dtdvalid"), nmapDtd, path },
        &output);
    QVERIFY2(code == 0, qPrintable(output));
    // No control byte reaches the XML: the banner is escaped as banner.nse writes it.
    QVERIFY(xml.contains("output=\"SSH-2.0-OpenSSH_9.2\\r\\n\\x01\\xff\""));
    QVERIFY(xml.contains("<address addr=\"A0:36:9F:01:02:03\" addrtype=\"mac\" vendor=\"Intel "
                         "Corporate &amp; Co &lt;x&gt;\"/>"));
    QVERIFY(xml.contains("<extraports state=\"closed\" count=\"4\">"));
    QVERIFY(xml.contains("<hosts up=\"2\" down=\"1\" total=\"4\"/>"));
}

void TestScanFiles::xmlRoundTrip()
{
    const ScanReport original = sample();
    const QByteArray xml = NmapXml::toXml(original);
    ScanReport back;
    QStringList notes;
    QString error;
    QVERIFY2(NmapXml::read(xml, &back, &notes, &error), qPrintable(error));
    QVERIFY2(notes.isEmpty(), qPrintable(notes.join(QLatin1Char('\n'))));
    QCOMPARE(back.results.size(), 3);
    QCOMPARE(back.results[0].banner, original.results[0].banner);
    QCOMPARE(back.results[0].host, QStringLiteral("gw.lab"));
    QCOMPARE(back.results[2].state, PortState::Filtered);
    QCOMPARE(back.results[2].reason, PortReason::NoResponse);
    QCOMPARE(back.hostStates.size(), 4);
    // nmap's format has no word for where a name came from: the names come back.
    QCOMPARE(back.hostStates[0].nameList(), original.hostStates[0].nameList());
    QCOMPARE(back.hostStates[0].mac, original.hostStates[0].mac);
    QCOMPARE(back.hostStates[0].vendor, original.hostStates[0].vendor);
    QCOMPARE(back.hostStates[1].status, HostStatus::Down);
    QCOMPARE(back.hostStates[2].status, HostStatus::Unknown);
    QCOMPARE(back.hostStates[3].reason, HostReason::ConnRefused);
    QCOMPARE(back.summary.progress.closed, quint64(5));
    QCOMPARE(back.summary.hostsDown, quint32(1));
    QCOMPARE(back.started, original.started);
    QCOMPARE(back.summary.progress.elapsedMs, qint64(2340));
    // Written again: the same document.
    QCOMPARE(back.targets, original.targets);
    QCOMPARE(back.ports, original.ports);
    QCOMPARE(NmapXml::toXml(back), xml);
}

void TestScanFiles::jsonRoundTrip()
{
    const QByteArray json = JsonFormat::toJson(sample());
    ScanReport back;
    QStringList notes;
    QString error;
    QVERIFY2(ScanFile::read(json, &back, &notes, &error), qPrintable(error));
    QVERIFY(notes.isEmpty());
    QCOMPARE(JsonFormat::toJson(back), json);
    QCOMPARE(NmapXml::toXml(back), NmapXml::toXml(sample()));
}

void TestScanFiles::udpValidatesAgainstNmapsDtd()
{
    QTemporaryDir dir;
    QByteArray xml = NmapXml::toXml(sampleWithUdp());
    xml.replace("scanner=\"portolan\"", "scanner=\"nmap\"");
    const QString path = writeTemp(dir, QStringLiteral("udp.xml"), xml);
    QString output;
    const int code = TestNet::run({ QStringLiteral("xmllint"), QStringLiteral("--noout"),
                                      QStringLiteral("--dtdvalid"), nmapDtd, path },
        &output);
    QVERIFY2(code == 0, qPrintable(output));
    // Both scaninfos, as nmap -sT -sU writes them.
    QVERIFY2(xml.contains("<scaninfo type=\"connect\" protocol=\"tcp\" numservices=\"5\" "
                          "services=\"22,53,80,443,8080\"/>"),
        xml.constData());
    QVERIFY(xml.contains("<scaninfo type=\"udp\" protocol=\"udp\" numservices=\"5\" "
                         "services=\"53,69,123,161,500\"/>"));
    QVERIFY(xml.contains("<port protocol=\"udp\" portid=\"53\">"));
    QVERIFY(xml.contains("<port protocol=\"tcp\" portid=\"53\">"));
    QVERIFY(xml.contains("<state state=\"open|filtered\" reason=\"not-confirmed\" "
                         "reason_ttl=\"0\"/>"));
    QVERIFY(xml.contains("<state state=\"filtered\" reason=\"time-exceeded\" reason_ttl=\"0\" "
                         "reason_ip=\"198.18.0.254\"/>"));
    // The IPv6 host's closed ports: four TCP, three UDP, in one extraports.
    QVERIFY(xml.contains("<extraports state=\"closed\" count=\"7\">"));
    QVERIFY(xml.contains("<extrareasons reason=\"conn-refused\" count=\"4\" proto=\"tcp\"/>"));
    QVERIFY(xml.contains("<extrareasons reason=\"port-unreach\" count=\"3\" proto=\"udp\"/>"));
    // A UDP port's service is named from UDP's table.
    QVERIFY(xml.contains("<service name=\"snmp\" method=\"table\" conf=\"3\"/>"));
}

void TestScanFiles::udpRoundTrip_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("nmap xml") << false;
    QTest::newRow("json") << true;
}

void TestScanFiles::udpRoundTrip()
{
    QFETCH(bool, json);
    const ScanReport original = sampleWithUdp();
    const QByteArray written = json ? JsonFormat::toJson(original) : NmapXml::toXml(original);
    ScanReport back;
    QStringList notes;
    QString error;
    QVERIFY2(ScanFile::read(written, &back, &notes, &error), qPrintable(error));
    QVERIFY2(notes.isEmpty(), qPrintable(notes.join(QLatin1Char('\n'))));
    QCOMPARE(back.ports, original.ports);
    // Every listed port comes back with its protocol, state, reason and sender.
    const auto listed = [](const ScanReport &r) {
        QStringList out;
        for (const ScanResult &x : r.results)
            out.append(QStringLiteral("%1 %2 %3 %4 %5")
                           .arg(x.address.toString(), x.portText(), portStateName(x.state),
                               portReasonName(x.reason), x.reasonFrom.toString()));
        out.sort();
        return out;
    };
    QCOMPARE(listed(back), listed(original));
    QVERIFY(listed(back).contains(
        QStringLiteral("198.18.0.1 69/udp filtered time-exceeded 198.18.0.254")));
    QVERIFY(listed(back).contains(QStringLiteral("198.18.0.1 53/udp open udp-response ")));
    QVERIFY(listed(back).contains(QStringLiteral("198.18.0.1 53/tcp closed conn-refused ")));
    // Closed ports stay apart by protocol.
    quint64 closedUdp = 0;
    for (const HostTally &t : std::as_const(back.hosts))
        closedUdp += t.protocol == Protocol::Udp ? t.closed : 0;
    QCOMPARE(closedUdp, quint64(3));
    QCOMPARE(back.summary.progress.closed, quint64(9));
    QCOMPARE(back.summary.progress.openFiltered, quint64(2));
    // Written again: the same document.
    QCOMPARE(json ? JsonFormat::toJson(back) : NmapXml::toXml(back), written);
}

void TestScanFiles::olderJsonReadsAsTcp()
{
    // A file from before UDP: no protocol on its rows, no open_filtered in its summary.
    const QByteArray json = R"({"scanner": "portolan 0.9.0",
  "parameters": {"targets": "198.18.0.1", "ports": "53"},
  "results": [{"host": "198.18.0.1", "address": "198.18.0.1", "port": 53, "state": "open",
    "reason": "syn-ack", "latency_ms": 1.0}],
  "hosts": [], "summary": {"open": 1}})";
    ScanReport r;
    QStringList notes;
    QString error;
    QVERIFY2(ScanFile::read(json, &r, &notes, &error), qPrintable(error));
    QCOMPARE(r.results.size(), 1);
    QCOMPARE(r.results[0].protocol, Protocol::Tcp);
    QVERIFY(r.results[0].reasonFrom.isNull());
    QCOMPARE(r.summary.progress.openFiltered, quint64(0));
}

void TestScanFiles::refusesUnknownProtocolInJson()
{
    // A row whose protocol is not one Portolan knows is skipped and said, not guessed.
    const QByteArray json = R"({"scanner": "portolan 1.0.0", "parameters": {},
  "results": [{"address": "198.18.0.1", "port": 53, "protocol": "sctp", "state": "open"},
    {"address": "198.18.0.1", "port": 53, "protocol": 7, "state": "open"},
    {"address": "198.18.0.1", "port": 53, "protocol": "udp", "state": "open|filtered",
     "reason": "no-response", "reason_from": "not an address"}],
  "hosts": [], "summary": {}})";
    ScanReport r;
    QStringList notes;
    QString error;
    QVERIFY2(ScanFile::read(json, &r, &notes, &error), qPrintable(error));
    QCOMPARE(r.results.size(), 1);
    QCOMPARE(r.results[0].portText(), QStringLiteral("53/udp"));
    QCOMPARE(r.results[0].state, PortState::OpenFiltered);
    QVERIFY(r.results[0].reasonFrom.isNull());
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes[0].startsWith(QStringLiteral("2 entries")), qPrintable(notes[0]));
}

void TestScanFiles::readsNmapsUdpFile()
{
    // As nmap 7.93 -sU -sT --reason -p T:22,U:53,161,500 writes it (trimmed): a UDP
    // port answered, one silent, one closed by a router's unreachable, and the closed
    // ports of both protocols in one extraports.
    const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<nmaprun scanner="nmap" args="nmap -sU -sT -p T:22,U:53,161,500,1000-1002 198.18.0.1" start="1764151200" version="7.93" xmloutputversion="1.05">
<scaninfo type="connect" protocol="tcp" numservices="1" services="22"/>
<scaninfo type="udp" protocol="udp" numservices="6" services="53,161,500,1000-1002"/>
<verbose level="0"/><debugging level="0"/>
<host><status state="up" reason="udp-response" reason_ttl="64"/><address addr="198.18.0.1" addrtype="ipv4"/>
<hostnames></hostnames>
<ports><extraports state="closed" count="3"><extrareasons reason="port-unreach" count="2" proto="udp" ports="1000-1001"/><extrareasons reason="conn-refused" count="1" proto="tcp" ports="22"/></extraports>
<port protocol="udp" portid="53"><state state="open" reason="udp-response" reason_ttl="64"/><service name="domain" method="table" conf="3"/></port>
<port protocol="udp" portid="161"><state state="open|filtered" reason="no-response" reason_ttl="0"/><service name="snmp" method="table" conf="3"/></port>
<port protocol="udp" portid="500"><state state="filtered" reason="host-unreach" reason_ttl="63" reason_ip="198.18.0.254"/></port>
<port protocol="udp" portid="1002"><state state="closed" reason="port-unreach" reason_ttl="64"/></port>
</ports></host>
<runstats><finished time="1764151203" elapsed="3.10" exit="success"/><hosts up="1" down="0" total="1"/></runstats></nmaprun>)";
    ScanReport r;
    QStringList notes;
    QString error;
    QVERIFY2(ScanFile::read(xml, &r, &notes, &error), qPrintable(error));
    QVERIFY2(notes.isEmpty(), qPrintable(notes.join(QLatin1Char('\n'))));
    QCOMPARE(r.ports, QStringLiteral("T:22,U:53,161,500,1000-1002"));
    QCOMPARE(r.results.size(), 4);
    QCOMPARE(r.results[0].portText(), QStringLiteral("53/udp"));
    QCOMPARE(r.results[0].reason, PortReason::UdpResponse);
    QCOMPARE(r.results[1].state, PortState::OpenFiltered);
    QCOMPARE(r.results[2].reasonFrom, QHostAddress(QStringLiteral("198.18.0.254")));
    QCOMPARE(r.hostStates[0].reason, HostReason::UdpResponse);
    QCOMPARE(r.summary.portCount, quint32(7));
    QCOMPARE(r.summary.progress.closed, quint64(4)); // 3 not listed, 1 listed
    QCOMPARE(r.summary.progress.openFiltered, quint64(1));
    QCOMPARE(r.hosts.size(), 2);
    QCOMPARE(r.hosts[0].closed, quint64(1));
    QCOMPARE(r.hosts[0].protocol, Protocol::Tcp);
    QCOMPARE(r.hosts[1].closed, quint64(3));
    QCOMPARE(r.hosts[1].protocol, Protocol::Udp);
}

void TestScanFiles::readsNmapsOwnFile()
{
    // nmap 7.93 -sT -Pn --reason -p 1-100,8080 127.0.0.1 127.0.0.2 (-oX), as written.
    ScanReport r;
    QStringList notes;
    QString error;
    QVERIFY2(
        ScanFile::readFile(QStringLiteral(PORTOLAN_TEST_DATA "/nmap-sT.xml"), &r, &notes, &error),
        qPrintable(error));
    QVERIFY(notes.isEmpty());
    QCOMPARE(r.ports, QStringLiteral("1-100,8080"));
    QCOMPARE(r.summary.portCount, quint32(101));
    QCOMPARE(r.hostStates.size(), 2);
    QCOMPARE(r.hostStates[0].status, HostStatus::Up);
    QCOMPARE(r.hostStates[0].reason, HostReason::UserSet);
    QCOMPARE(r.results.size(), 3);
    QCOMPARE(r.results[1].port, quint16(8080));
    QCOMPARE(r.results[1].state, PortState::Open);
    QCOMPARE(r.results[1].reason, PortReason::SynAck);
    QCOMPARE(r.results[2].address, QHostAddress(QStringLiteral("127.0.0.2")));
    QCOMPARE(r.summary.progress.closed, quint64(199));
    QCOMPARE(r.started.toSecsSinceEpoch(), qint64(1795730103));
    // Its text report reads like Portolan's own.
    const QString text = TextFormat::toText(r);
    QVERIFY2(text.contains(QStringLiteral("Not shown: 99 closed ports")), qPrintable(text));
}

void TestScanFiles::readsMasscanStyleFile()
{
    // masscan writes one host element per port found, with no status or names.
    const QByteArray xml = R"(<?xml version="1.0"?>
<nmaprun scanner="masscan" start="1795730000" version="1.0-BETA" xmloutputversion="1.03">
<scaninfo type="syn" protocol="tcp" />
<host endtime="1795730001"><address addr="198.18.0.9" addrtype="ipv4"/><ports><port protocol="tcp" portid="443"><state state="open" reason="syn-ack" reason_ttl="64"/></port></ports></host>
<host endtime="1795730001"><address addr="198.18.0.9" addrtype="ipv4"/><ports><port protocol="tcp" portid="22"><state state="open" reason="syn-ack" reason_ttl="64"/></port></ports></host>
<runstats><finished time="1795730010" timestr="x" elapsed="10" /><hosts up="2" down="0" total="2" /></runstats>
</nmaprun>)";
    ScanReport r;
    QStringList notes;
    QString error;
    QVERIFY2(ScanFile::read(xml, &r, &notes, &error), qPrintable(error));
    QCOMPARE(r.results.size(), 2);
    QCOMPARE(r.results[0].hostId, r.results[1].hostId);
    const QList<ScanReport::Host> hosts = r.byHost();
    QCOMPARE(hosts.size(), 1);
    QCOMPARE(hosts[0].listed.size(), 2);
    QCOMPARE(ScanReport::statusOf(hosts[0]).status, HostStatus::Up);
    QCOMPARE(r.summary.progress.elapsedMs, qint64(10000));
}

void TestScanFiles::skipsWhatItCannotHold()
{
    const QByteArray xml = R"(<nmaprun scanner="nmap" version="7.93" xmloutputversion="1.05">
<scaninfo type="sctpinit" protocol="sctp" numservices="1" services="38412"/>
<scaninfo type="syn" protocol="tcp" numservices="2" services="22,80"/>
<verbose level="0"/><debugging level="0"/>
<host><status state="up" reason="echo-reply" reason_ttl="64"/><address addr="198.18.0.1" addrtype="ipv4"/>
<ports><extraports state="filtered" count="5"><extrareasons reason="no-responses" count="5"/></extraports>
<port protocol="sctp" portid="38412"><state state="open" reason="init-ack" reason_ttl="0"/></port>
<port protocol="tcp" portid="80"><state state="unfiltered" reason="reset" reason_ttl="0"/></port>
<port protocol="tcp" portid="22"><state state="open" reason="syn-ack" reason_ttl="64"/><service name="ssh" product="OpenSSH" version="9.2" method="probed" conf="10"/></port>
</ports><os><osmatch name="Linux" accuracy="100" line="1"/></os></host>
<runstats><finished time="1" elapsed="1.5"/><hosts up="1" down="0" total="1"/></runstats></nmaprun>)";
    ScanReport r;
    QStringList notes;
    QString error;
    QVERIFY2(ScanFile::read(xml, &r, &notes, &error), qPrintable(error));
    QCOMPARE(r.results.size(), 1);
    QCOMPARE(r.results[0].port, quint16(22));
    QCOMPARE(r.hostStates[0].reason, HostReason::EchoReply);
    QCOMPARE(r.ports, QStringLiteral("22,80"));
    const QString said = notes.join(QLatin1Char('\n'));
    QVERIFY2(said.contains(QStringLiteral("SCTP")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("unfiltered")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("filtered ports not listed")), qPrintable(said));
    // A detected service is kept, with its product and version.
    QVERIFY(r.results[0].service);
    QCOMPARE(r.results[0].service->productVersion(), QStringLiteral("OpenSSH 9.2"));
    QCOMPARE(r.results[0].service->method, ServiceInfo::Method::Probed);
    QVERIFY2(said.contains(QStringLiteral("OS matches")), qPrintable(said));
}

void TestScanFiles::refusesHostileXml_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("why");
    QTest::newRow("billion laughs")
        << QByteArray(R"(<?xml version="1.0"?><!DOCTYPE nmaprun [<!ENTITY a "aaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<nmaprun scanner="nmap" args="&c;" version="1" xmloutputversion="1.05"/>)")
        << QStringLiteral("entity declarations");
    QTest::newRow("external entity") << QByteArray(
        R"(<?xml version="1.0"?><!DOCTYPE nmaprun [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<nmaprun scanner="nmap" args="&x;" version="1" xmloutputversion="1.05"/>)")
                                     << QStringLiteral("entity declarations");
    QTest::newRow("undeclared entity")
        << QByteArray(R"(<nmaprun args="&x;"/>)") << QStringLiteral("line 1");
    QByteArray deep = "<nmaprun scanner=\"nmap\" version=\"1\" xmloutputversion=\"1\">";
    for (int i = 0; i < 100; ++i)
        deep += "<output>";
    QTest::newRow("deep nesting") << deep << QStringLiteral("nested deeper than 64");
    QTest::newRow("port not a number") << QByteArray(
        R"(<nmaprun><host><address addr="198.18.0.1"/><ports><port protocol="tcp" portid="http"/></ports></host></nmaprun>)")
                                       << QStringLiteral("portid=\"http\" is not a number");
    QTest::newRow("port out of range") << QByteArray(
        R"(<nmaprun><host><address addr="198.18.0.1"/><ports><port protocol="tcp" portid="70000"/></ports></host></nmaprun>)")
                                       << QStringLiteral("portid=\"70000\"");
    QTest::newRow("address not an address") << QByteArray(
        R"(<nmaprun><host><address addr="198.18.0.300" addrtype="ipv4"/></host></nmaprun>)")
                                            << QStringLiteral("is not an IP address");
    QTest::newRow("elapsed not a number") << QByteArray(
        R"(<nmaprun><runstats><finished time="1" elapsed="soon"/></runstats></nmaprun>)")
                                          << QStringLiteral("not a duration");
    QTest::newRow("unclosed") << QByteArray("<nmaprun><host>") << QStringLiteral("line");
    QTest::newRow("other document")
        << QByteArray("<html><body/></html>") << QStringLiteral("not an nmap XML file");
}

void TestScanFiles::refusesHostileXml()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, why);
    ScanReport r;
    QStringList notes;
    QString error;
    QVERIFY(!ScanFile::read(xml, &r, &notes, &error));
    QVERIFY2(error.contains(why), qPrintable(error));
    QVERIFY(r.results.isEmpty());
}

void TestScanFiles::refusesWhatIsNotAScan()
{
    QTemporaryDir dir;
    ScanReport r;
    QStringList notes;
    QString error;
    QVERIFY(!ScanFile::readFile(dir.filePath(QStringLiteral("missing.json")), &r, &notes, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot read")), qPrintable(error));
    QVERIFY(!ScanFile::read("{\"results\": [1,2", &r, &notes, &error));
    QVERIFY2(error.contains(QStringLiteral("not valid JSON")), qPrintable(error));
    QVERIFY(!ScanFile::read("{\"name\": \"not a scan\"}", &r, &notes, &error));
    QVERIFY2(error.contains(QStringLiteral("not a Portolan JSON export")), qPrintable(error));
    QVERIFY(!ScanFile::read("host,address\r\n", &r, &notes, &error));
    QVERIFY2(error.contains(QStringLiteral("neither")), qPrintable(error));
}

void TestScanFiles::diffOfCraftedPairs()
{
    const ScanReport before = sample();
    ScanReport after = sample();
    after.started = after.started.addDays(1);
    // 80 closes (unlisted: closed), 443 opens, 8080 goes from filtered to closed
    // with a reset listed, 22's banner changes; the down host comes up with 22
    // open; the IPv6 host goes down.
    after.results[0].banner = QByteArray("SSH-2.0-OpenSSH_9.6\r\n");
    after.results.removeAt(1);
    after.results[1] = result(0, "198.18.0.1", 8080, PortState::Closed, PortReason::ConnRefused);
    after.results.append(result(0, "198.18.0.1", 443, PortState::Open, PortReason::SynAck));
    after.results.append(result(1, "198.18.0.2", 22, PortState::Open, PortReason::SynAck));
    after.hostStates[1] = host(1, "198.18.0.2", HostStatus::Up, HostReason::SynAck, 2.0);
    after.hostStates[3] = host(3, "2001:db8::5", HostStatus::Down, HostReason::NoResponse);
    after.hosts.removeLast();
    const ScanDiff diff = ScanDiff::compare(before, after);
    QCOMPARE(changes(diff),
        (QStringList { QStringLiteral("198.18.0.1 22 banner open open"),
            QStringLiteral("198.18.0.1 80 closed open closed"),
            QStringLiteral("198.18.0.1 443 opened closed open"),
            QStringLiteral("198.18.0.1 8080 changed filtered closed"),
            QStringLiteral("198.18.0.2 appeared"), QStringLiteral("198.18.0.2 22 opened - open"),
            QStringLiteral("2001:db8::5 gone") }));
    QCOMPARE(diff.changeCount(), 7);
    const QString text = diff.toText();
    QVERIFY2(text.contains(QStringLiteral("+ 443/tcp open (syn-ack), was closed (conn-refused)")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("- 2001:db8::5 is down, was up")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("7 change(s).")), qPrintable(text));
    const QJsonObject json = QJsonDocument::fromJson(diff.toJson()).object();
    QCOMPARE(json.value(QStringLiteral("changes")).toInt(), 7);
    QCOMPARE(json.value(QStringLiteral("hosts")).toArray().size(), 3);
    // A scan against itself, and a reason that changes alone.
    QVERIFY(ScanDiff::compare(before, before).isEmpty());
    QCOMPARE(
        ScanDiff::compare(before, before).toText().contains(QStringLiteral("No changes.")), true);
    ScanReport reason = sample();
    reason.results[2].reason = PortReason::HostUnreach;
    QCOMPARE(changes(ScanDiff::compare(before, reason)),
        QStringList { QStringLiteral("198.18.0.1 8080 changed filtered filtered") });
    // A port the other scan did not cover is no change.
    ScanReport narrower = sample();
    narrower.ports = QStringLiteral("22,443");
    narrower.results.removeLast();
    narrower.results.removeAt(1);
    QVERIFY(changes(ScanDiff::compare(before, narrower)).isEmpty());
}

void TestScanFiles::diffKeepsProtocolsApart()
{
    // 53/udp stops answering (unlisted: closed) while 53/tcp stays closed; 161/udp
    // answers; 500/udp, closed before, now stays silent.
    const ScanReport before = sampleWithUdp();
    ScanReport after = sampleWithUdp();
    after.started = after.started.addDays(1);
    QList<ScanResult> kept;
    for (ScanResult r : std::as_const(after.results)) {
        if (r.portText() == QLatin1String("53/udp"))
            continue;
        if (r.portText() == QLatin1String("161/udp")) {
            r.state = PortState::Open;
            r.reason = PortReason::UdpResponse;
        }
        kept.append(r);
    }
    ScanResult silent
        = result(0, "198.18.0.1", 500, PortState::OpenFiltered, PortReason::NoResponse);
    silent.protocol = Protocol::Udp;
    kept.append(silent);
    after.results = kept;
    const ScanDiff diff = ScanDiff::compare(before, after);
    QCOMPARE(changes(diff),
        (QStringList { QStringLiteral("198.18.0.1 53/udp closed open closed"),
            QStringLiteral("198.18.0.1 161/udp opened open|filtered open"),
            QStringLiteral("198.18.0.1 500/udp changed closed open|filtered") }));
    const QString text = diff.toText();
    QVERIFY2(
        text.contains(QStringLiteral("- 53/udp closed (port-unreach), was open (udp-response)")),
        qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("53/tcp")), qPrintable(text));
    const QJsonArray ports = QJsonDocument::fromJson(diff.toJson())
                                 .object()[QStringLiteral("hosts")]
                                 .toArray()[0]
                                 .toObject()[QStringLiteral("ports")]
                                 .toArray();
    QCOMPARE(ports.size(), 3);
    QCOMPARE(ports[0].toObject()[QStringLiteral("port")].toInt(), 53);
    QCOMPARE(ports[0].toObject()[QStringLiteral("protocol")].toString(), QStringLiteral("udp"));
    // A later scan of TCP alone: the UDP ports it did not cover are no change.
    ScanReport tcpOnly = sample();
    tcpOnly.ports = QStringLiteral("22,53,80,443,8080");
    tcpOnly.results.append(before.results[3]); // 53/tcp, closed as before
    tcpOnly.hosts[0].closed = 2;
    QVERIFY2(changes(ScanDiff::compare(before, tcpOnly)).isEmpty(),
        qPrintable(changes(ScanDiff::compare(before, tcpOnly)).join(QLatin1Char('\n'))));
}

void TestScanFiles::tableServicesAreNotChanges()
{
    // The same ports with another name from the services table (nmap's method
    // "table") is no change; file to file, through nmap XML.
    ScanReport plain = sample();
    for (ScanResult &r : plain.results)
        r.service.reset(); // no detection: every name from the table
    QByteArray older = NmapXml::toXml(plain);
    QByteArray newer = older;
    newer.replace("name=\"http\" method=\"table\"", "name=\"www\" method=\"table\"");
    QVERIFY(newer != older);
    ScanReport a;
    ScanReport b;
    QStringList notes;
    QString error;
    QVERIFY(ScanFile::read(older, &a, &notes, &error));
    QVERIFY(ScanFile::read(newer, &b, &notes, &error));
    QVERIFY(ScanDiff::compare(a, b).isEmpty());
}

void TestScanFiles::ndiffAgrees()
{
    // Debian's ndiff, reading the two scans as nmap XML, finds the same changes:
    // host states, and port states with the old one where a port was listed (ndiff
    // leaves an unlisted port's old state out; Portolan knows it was closed).
    QTemporaryDir dir;
    const ScanReport before = sample();
    ScanReport after = sample();
    after.results[0].banner = QByteArray("SSH-2.0-OpenSSH_9.6\r\n");
    after.results[1].state = PortState::Closed;
    after.results[1].reason = PortReason::ConnRefused;
    after.results[2].state = PortState::Open;
    after.results[2].reason = PortReason::SynAck;
    after.results.append(result(0, "198.18.0.1", 443, PortState::Open, PortReason::SynAck));
    after.hostStates[1] = host(1, "198.18.0.2", HostStatus::Up, HostReason::SynAck, 2.0);
    after.results.append(result(1, "198.18.0.2", 22, PortState::Open, PortReason::SynAck));
    after.hostStates[3].status = HostStatus::Down;
    after.hosts.removeLast();
    const QString a = writeTemp(dir, QStringLiteral("a.xml"), NmapXml::toXml(before));
    const QString b = writeTemp(dir, QStringLiteral("b.xml"), NmapXml::toXml(after));
    QString output;
    const int code
        = TestNet::run({ QStringLiteral("ndiff"), QStringLiteral("--xml"), a, b }, &output);
    QVERIFY2(code == 1, qPrintable(output)); // ndiff: 1 when the scans differ

    // ndiff's findings: "address status old new" and "address port old new".
    QStringList theirs;
    QXmlStreamReader xml(output.toUtf8());
    QString address;
    QString side;
    QString port;
    QMap<QString, QString> seen; // side -> state, for the current status or port diff
    while (!xml.atEnd()) {
        xml.readNext();
        const QStringView name = xml.name();
        const auto attr
            = [&xml](const char *n) { return xml.attributes().value(QLatin1String(n)).toString(); };
        if (xml.isStartElement()) {
            if (name == QLatin1String("address") && attr("addrtype") != QLatin1String("mac"))
                address = attr("addr");
            else if (name == QLatin1String("a") || name == QLatin1String("b"))
                side = name.toString();
            else if (name == QLatin1String("port"))
                port = attr("portid");
            else if (name == QLatin1String("status") || name == QLatin1String("state")) {
                // Outside a and b: the same in both scans.
                const QString key
                    = name == QLatin1String("status") ? QStringLiteral("status") : port;
                for (const QString &s : side.isEmpty()
                        ? QStringList { QStringLiteral("a"), QStringLiteral("b") }
                        : QStringList { side })
                    seen[key + u' ' + s] = attr("state");
            }
        } else if (xml.isEndElement()
            && (name == QLatin1String("a") || name == QLatin1String("b"))) {
            side.clear();
        } else if (xml.isEndElement()
            && (name == QLatin1String("portdiff") || name == QLatin1String("host"))) {
            const QString key = name == QLatin1String("host") ? QStringLiteral("status") : port;
            if (seen.contains(key + QStringLiteral(" a"))
                || seen.contains(key + QStringLiteral(" b")))
                theirs.append(QStringLiteral("%1 %2 %3 %4")
                                  .arg(address, key,
                                      seen.value(key + QStringLiteral(" a"), QStringLiteral("-")),
                                      seen.value(key + QStringLiteral(" b"), QStringLiteral("-"))));
            seen.remove(key + QStringLiteral(" a"));
            seen.remove(key + QStringLiteral(" b"));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    theirs.sort();

    QStringList ours;
    for (const ScanDiff::Host &h : ScanDiff::compare(before, after).hosts) {
        if (h.oldStatus != h.newStatus)
            ours.append(
                QStringLiteral("%1 status %2 %3")
                    .arg(h.address, h.oldStatus.isEmpty() ? QStringLiteral("-") : h.oldStatus,
                        h.newStatus.isEmpty() ? QStringLiteral("-") : h.newStatus));
        for (const ScanDiff::Port &p : h.ports) {
            const bool wasListed = std::any_of(
                before.results.cbegin(), before.results.cend(), [&](const ScanResult &r) {
                    return r.address.toString() == h.address && r.port == p.port;
                });
            ours.append(
                QStringLiteral("%1 %2 %3 %4")
                    .arg(h.address)
                    .arg(p.port)
                    .arg(p.inOld && wasListed ? portStateName(p.oldState) : QStringLiteral("-"),
                        p.inNew ? portStateName(p.newState) : QStringLiteral("-")));
        }
    }
    ours.sort();
    QCOMPARE(ours,
        (QStringList { QStringLiteral("198.18.0.1 22 open open"), // the banner
            QStringLiteral("198.18.0.1 443 - open"), QStringLiteral("198.18.0.1 80 open closed"),
            QStringLiteral("198.18.0.1 8080 filtered open"), QStringLiteral("198.18.0.2 22 - open"),
            QStringLiteral("198.18.0.2 status down up"),
            QStringLiteral("2001:db8::5 status up down") }));
    QCOMPARE(theirs, ours);
}

void TestScanFiles::ndiffSeesUdpPorts()
{
    // ndiff keys ports by protocol and number: 53/udp going from open|filtered to
    // open is a change of that port, not of 53/tcp, which stays closed.
    QTemporaryDir dir;
    const ScanReport before = sampleWithUdp();
    ScanReport after = sampleWithUdp();
    for (ScanResult &r : after.results) {
        if (r.portText() == QLatin1String("161/udp")) {
            r.state = PortState::Open;
            r.reason = PortReason::UdpResponse;
        }
    }
    const QString a = writeTemp(dir, QStringLiteral("a.xml"), NmapXml::toXml(before));
    const QString b = writeTemp(dir, QStringLiteral("b.xml"), NmapXml::toXml(after));
    QString output;
    const int code
        = TestNet::run({ QStringLiteral("ndiff"), QStringLiteral("--xml"), a, b }, &output);
    QVERIFY2(code == 1, qPrintable(output));
    QStringList theirs; // "protocol/port a-state b-state" of each portdiff
    QXmlStreamReader xml(output.toUtf8());
    QString port;
    QString side;
    QMap<QString, QString> states;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto attr
            = [&xml](const char *n) { return xml.attributes().value(QLatin1String(n)).toString(); };
        if (xml.isStartElement() && xml.name() == QLatin1String("port"))
            port = attr("portid") + u'/' + attr("protocol");
        else if (xml.isStartElement()
            && (xml.name() == QLatin1String("a") || xml.name() == QLatin1String("b")))
            side = xml.name().toString();
        else if (xml.isStartElement() && xml.name() == QLatin1String("state") && !side.isEmpty())
            states[side] = attr("state");
        else if (xml.isEndElement()
            && (xml.name() == QLatin1String("a") || xml.name() == QLatin1String("b")))
            side.clear();
        else if (xml.isEndElement() && xml.name() == QLatin1String("portdiff")) {
            theirs.append(QStringLiteral("%1 %2 %3")
                              .arg(port, states.value(QStringLiteral("a")),
                                  states.value(QStringLiteral("b"))));
            states.clear();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(theirs, QStringList { QStringLiteral("161/udp open|filtered open") });
    // Portolan's comparison finds the same one change.
    QCOMPARE(changes(ScanDiff::compare(before, after)),
        QStringList { QStringLiteral("198.18.0.1 161/udp opened open|filtered open") });
}

void TestScanFiles::pythonLibnmapReadsIt()
{
    // Debian's python3-libnmap, installed by scripts/deps.sh with the other test tools.
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("scan.xml"), NmapXml::toXml(sample()));
    const QString script = QStringLiteral(
        "import sys\n"
        "from libnmap.parser import NmapParser\n"
        "r = NmapParser.parse_fromfile(sys.argv[1])\n"
        "for h in r.hosts:\n"
        "    print('|'.join([h.address, h.status, ' '.join(h.hostnames), h.mac,\n"
        "          ' '.join('%d/%s/%s/%s' % (s.port, s.state, s.reason, s.service)\n"
        "                   for s in h.services)]))\n");
    QString output;
    const int code = TestNet::run(
        { QStringLiteral("/usr/bin/python3"), QStringLiteral("-c"), script, path }, &output);
    QVERIFY2(code == 0, qPrintable(output));
    const QStringList lines = output.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines,
        (QStringList {
            QStringLiteral("198.18.0.1|up|gw.lab gw.example router.example router.local ROUTER|"
                           "A0:36:9F:01:02:03|22/open/syn-ack/ssh "
                           "80/open/syn-ack/http 8080/filtered/no-response/http-alt"),
            QStringLiteral("198.18.0.2|down|||"), QStringLiteral("198.18.0.3|unknown|||"),
            QStringLiteral("2001:db8::5|up|||") }));
}

QTEST_GUILESS_MAIN(TestScanFiles)
#include "tst_scanfiles.moc"
