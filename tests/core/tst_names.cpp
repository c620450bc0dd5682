// Names that are not blank: the mDNS and NetBIOS messages (built and read, with
// every malformed shape refused), the questions asked of stand-in responders on
// the real ports in a private network namespace (IPv4 and IPv6), and a whole
// scan whose report holds every name with its source, or none with -n.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "common/isolatedtest.h"
#include "common/listeners.h"
#include "common/namestandin.h"
#include "common/netns.h"
#include "common/skip.h"
#include "core/engine/names/localnames.h"
#include "core/engine/names/mdnsname.h"
#include "core/engine/names/netbiosname.h"
#include "core/engine/scanrecorder.h"
#include "core/formats/jsonformat.h"
#include "core/spec/portspec.h"
#include "core/spec/targetspec.h"

namespace {

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int v : values)
        out.append(static_cast<char>(v));
    return out;
}

// A hand-made mDNS answer to a query with id for 5.0.18.198.in-addr.arpa: the
// question, then a PTR record whose owner points back at it.
QByteArray mdnsAnswer(quint16 id, int flags, int ptrClass, const QByteArray &target)
{
    QByteArray out
        = bytes({ id >> 8, id & 0xff, flags >> 8, flags & 0xff, 0, 1, 0, 1, 0, 0, 0, 0 });
    out += bytes({ 1, '5', 1, '0', 2, '1', '8', 3, '1', '9', '8' });
    out += bytes({ 7 }) + "in-addr" + bytes({ 4 }) + "arpa" + bytes({ 0, 0, 12, 0, 1 });
    out += bytes({ 0xc0, 0x0c, 0, 12, ptrClass >> 8, ptrClass & 0xff, 0, 0, 0, 10, 0,
        static_cast<int>(target.size()) });
    return out + target;
}

QByteArray netbiosEntry(const char *name, int suffix, int flags)
{
    return QByteArray(name).leftJustified(15, ' ') + bytes({ suffix, flags >> 8, flags & 0xff });
}

QByteArray netbiosAnswer(quint16 id, const QList<QByteArray> &entries)
{
    QByteArray out = bytes({ id >> 8, id & 0xff, 0x84, 0x00, 0, 0, 0, 1, 0, 0, 0, 0 });
    out += bytes({ 0x20 }) + "CK" + QByteArray(30, 'A') + bytes({ 0, 0, 0x21, 0, 1, 0, 0, 0, 0 });
    QByteArray data = bytes({ static_cast<int>(entries.size()) });
    for (const QByteArray &e : entries)
        data += e;
    data += QByteArray(46, '\0');
    return out + bytes({ static_cast<int>(data.size() >> 8), static_cast<int>(data.size() & 0xff) })
        + data;
}

// The name services of 127.0.0.1 (mDNS and NetBIOS) and of ::1 (mDNS).
struct StandIns
{
    NameStandIn mdns4;
    NameStandIn netbios;
    NameStandIn mdns6;

    bool start(QString *why)
    {
        return mdns4.listen(NameStandIn::Kind::Mdns, QHostAddress(QHostAddress::LocalHost),
                   QStringLiteral("lab-printer.local"), why)
            && netbios.listen(NameStandIn::Kind::Netbios, QHostAddress(QHostAddress::LocalHost),
                QStringLiteral("LABPRINTER"), why)
            && mdns6.listen(NameStandIn::Kind::Mdns, QHostAddress(QHostAddress::LocalHostIPv6),
                QStringLiteral("lab-printer-v6.local"), why);
    }
};

} // namespace

class TestNames final : public IsolatedTest
{
    Q_OBJECT

public:
    using IsolatedTest::IsolatedTest;

private Q_SLOTS:
    void reverseNames();
    void mdnsQuery();
    void mdnsAnswers();
    void mdnsRefuses_data();
    void mdnsRefuses();
    void netbiosQuery();
    void netbiosAnswers();
    void netbiosRefuses();
    void standInsAnswer();
    void silentHostIsAskedTwiceThenGivenUp();
    void scanReportsEveryNameWithItsSource();
};

void TestNames::reverseNames()
{
    QCOMPARE(MdnsName::reverseName(QHostAddress(QStringLiteral("198.18.0.5"))),
        QStringLiteral("5.0.18.198.in-addr.arpa"));
    QCOMPARE(MdnsName::reverseName(QHostAddress(QStringLiteral("2001:db8::1:2f"))),
        QStringLiteral("f.2.0.0.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"));
    QCOMPARE(MdnsName::reverseName(QHostAddress()), QString());
}

void TestNames::mdnsQuery()
{
    // RFC 1035 4.1: ID, no flags, one question; the name in labels; PTR, IN.
    const QByteArray expected = bytes({ 0x12, 0x34, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0 })
        + bytes({ 1, '5', 1, '0', 2, '1', '8', 3, '1', '9', '8', 7 }) + "in-addr" + bytes({ 4 })
        + "arpa" + bytes({ 0, 0, 12, 0, 1 });
    QCOMPARE(MdnsName::query(0x1234, QHostAddress(QStringLiteral("198.18.0.5"))), expected);
}

void TestNames::mdnsAnswers()
{
    const QHostAddress host(QStringLiteral("198.18.0.5"));
    const QByteArray target = bytes({ 7 }) + "printer" + bytes({ 5 }) + "local" + bytes({ 0 });
    QCOMPARE(MdnsName::parseResponse(mdnsAnswer(0x1234, 0x8400, 1, target), 0x1234, host),
        QStringList { QStringLiteral("printer.local") });
    // The cache-flush bit (RFC 6762 10.2) on the class is still class IN.
    QCOMPARE(MdnsName::parseResponse(mdnsAnswer(0x1234, 0x8400, 0x8001, target), 0x1234, host),
        QStringList { QStringLiteral("printer.local") });
    // A target that points into the question for its tail: "nas" + "arpa"... is
    // a name all the same ("nas.arpa"): pointers are followed.
    const QByteArray pointing = bytes({ 3 }) + "nas" + bytes({ 0xc0, 0x1f });
    QCOMPARE(MdnsName::parseResponse(mdnsAnswer(0x1234, 0x8400, 1, pointing), 0x1234, host),
        QStringList { QStringLiteral("nas.arpa") });
    // An answer about some other address is not this host's name.
    QVERIFY(MdnsName::parseResponse(
        mdnsAnswer(0x1234, 0x8400, 1, target), 0x1234, QHostAddress(QStringLiteral("198.18.0.6")))
                .isEmpty());
}

void TestNames::mdnsRefuses_data()
{
    QTest::addColumn<QByteArray>("packet");
    const QByteArray target = bytes({ 7 }) + "printer" + bytes({ 5 }) + "local" + bytes({ 0 });
    QTest::newRow("another id") << mdnsAnswer(0x4321, 0x8400, 1, target);
    QTest::newRow("a query") << mdnsAnswer(0x1234, 0x0000, 1, target);
    QTest::newRow("an error") << mdnsAnswer(0x1234, 0x8403, 1, target);
    QTest::newRow("class CH") << mdnsAnswer(0x1234, 0x8400, 3, target);
    QTest::newRow("a pointer to itself") << mdnsAnswer(0x1234, 0x8400, 1, bytes({ 0xc0, 0x35 }));
    QTest::newRow("a pointer off the end") << mdnsAnswer(0x1234, 0x8400, 1, bytes({ 0xff, 0xff }));
    QTest::newRow("a control character")
        << mdnsAnswer(0x1234, 0x8400, 1, bytes({ 3, 'a', 0x0a, 'b', 0 }));
    QTest::newRow("a label off the end") << mdnsAnswer(0x1234, 0x8400, 1, bytes({ 60, 'a', 0 }));
    QTest::newRow("empty") << QByteArray();
}

void TestNames::mdnsRefuses()
{
    QFETCH(QByteArray, packet);
    const QHostAddress host(QStringLiteral("198.18.0.5"));
    QCOMPARE(MdnsName::parseResponse(packet, 0x1234, host), QStringList());
    // Every packet cut short is refused as well, wherever it is cut.
    const QByteArray whole = mdnsAnswer(0x1234, 0x8400, 1, bytes({ 1, 'x', 0 }));
    QCOMPARE(MdnsName::parseResponse(whole, 0x1234, host), QStringList { QStringLiteral("x") });
    for (qsizetype n = 0; n < whole.size(); ++n)
        QVERIFY2(MdnsName::parseResponse(whole.left(n), 0x1234, host).isEmpty(),
            qPrintable(QString::number(n)));
}

void TestNames::netbiosQuery()
{
    // RFC 1002 4.2.17: the wildcard name "*" padded with zeros, first-level
    // encoded as 32 letters; NBSTAT (0x21), IN.
    const QByteArray expected = bytes({ 0xab, 0xcd, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0x20 }) + "CK"
        + QByteArray(30, 'A') + bytes({ 0, 0, 0x21, 0, 1 });
    QCOMPARE(NetbiosName::statusQuery(0xabcd), expected);
}

void TestNames::netbiosAnswers()
{
    // The workstation name; the server service's same name once; neither the
    // workgroup (a group name) nor the messenger service (suffix 3).
    const QByteArray packet = netbiosAnswer(7,
        { netbiosEntry("FILESERVER", 0x00, 0x0400), netbiosEntry("OFFICE", 0x00, 0x8400),
            netbiosEntry("FILESERVER", 0x20, 0x0400), netbiosEntry("ADMIN", 0x03, 0x0400) });
    QCOMPARE(NetbiosName::parseStatus(packet, 7), QStringList { QStringLiteral("FILESERVER") });
    QCOMPARE(NetbiosName::parseStatus(packet, 8), QStringList());
}

void TestNames::netbiosRefuses()
{
    const QByteArray packet = netbiosAnswer(7, { netbiosEntry("PC1", 0x00, 0x0400) });
    QCOMPARE(NetbiosName::parseStatus(packet, 7), QStringList { QStringLiteral("PC1") });
    // Cut before the end of the names table: refused, wherever it is cut.
    const qsizetype tableEnd = packet.size() - 46;
    for (qsizetype n = 0; n < tableEnd; ++n)
        QVERIFY2(
            NetbiosName::parseStatus(packet.left(n), 7).isEmpty(), qPrintable(QString::number(n)));
    // A count of names larger than the data holds.
    QByteArray lying = packet;
    lying[packet.size() - 46 - 19] = static_cast<char>(200);
    QVERIFY(NetbiosName::parseStatus(lying, 7).isEmpty());
    // A name with a control character in it.
    QVERIFY(NetbiosName::parseStatus(netbiosAnswer(7, { netbiosEntry("PC\n1", 0x00, 0x0400) }), 7)
                .isEmpty());
}

void TestNames::standInsAnswer()
{
    if (!m_isolated)
        PORTOLAN_SKIP(m_why);
    StandIns standIns;
    QString why;
    if (!standIns.start(&why))
        QFAIL(qPrintable(why));
    NameStandIn &mdns4 = standIns.mdns4;
    NameStandIn &netbios = standIns.netbios;
    NameStandIn &mdns6 = standIns.mdns6;
    // Garbage and a wrong ID first: the right answer is still taken.
    mdns4.setJunkFirst(true);
    netbios.setJunkFirst(true);
    LocalNames names;
    QSignalSpy named(&names, &LocalNames::hostNamed);
    QSignalSpy done(&names, &LocalNames::done);
    names.ask(1, QHostAddress(QHostAddress::LocalHost));
    names.ask(2, QHostAddress(QHostAddress::LocalHostIPv6));
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() && names.pending() == 0, 10000);
    QMap<quint32, QStringList> found;
    for (const auto &args : std::as_const(named)) {
        for (const HostName &n : args.at(1).value<QList<HostName>>())
            found[args.at(0).toUInt()].append(n.source + QLatin1Char(':') + n.name);
    }
    for (QStringList &list : found)
        list.sort();
    QCOMPARE(found.value(1),
        (QStringList {
            QStringLiteral("mdns:lab-printer.local"), QStringLiteral("netbios:LABPRINTER") }));
    QCOMPARE(found.value(2), QStringList { QStringLiteral("mdns:lab-printer-v6.local") });
    // What was asked: the host's own reverse name, and NetBIOS over IPv4 alone.
    QCOMPARE(mdns4.questions.size(), 1);
    QVERIFY(mdns4.questions.first().contains(
        bytes({ 1, '1', 1, '0', 1, '0', 3, '1', '2', '7', 7 }) + "in-addr"));
    QCOMPARE(netbios.questions.size(), 1);
    QCOMPARE(mdns6.questions.size(), 1);
    QVERIFY(mdns6.questions.first().mid(12).startsWith(bytes({ 1, '1', 1, '0', 1, '0' })));
    QVERIFY(mdns6.questions.first().contains(bytes({ 1, '0', 3 }) + "ip6" + bytes({ 4 }) + "arpa"));
}

void TestNames::silentHostIsAskedTwiceThenGivenUp()
{
    if (!m_isolated)
        PORTOLAN_SKIP(m_why);
    NameStandIn silent;
    silent.setSilent(true);
    QString why;
    if (!silent.listen(NameStandIn::Kind::Mdns, QHostAddress(QStringLiteral("127.0.0.3")),
            QStringLiteral("never.local"), &why))
        QFAIL(qPrintable(why));
    const int descriptors = TestNet::openDescriptorCount();
    LocalNames names;
    QSignalSpy named(&names, &LocalNames::hostNamed);
    QSignalSpy done(&names, &LocalNames::done);
    // mDNS to the silent stand-in; NetBIOS to a port with nobody on it, which
    // refuses (ICMP port unreachable) and ends that question.
    names.ask(9, QHostAddress(QStringLiteral("127.0.0.3")));
    QCOMPARE(names.pending(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 10000);
    QCOMPARE(names.pending(), 0);
    QVERIFY(named.isEmpty());
    QCOMPARE(silent.questions.size(), 2); // the question and one repeat
    QCOMPARE(silent.questions.at(0), silent.questions.at(1));
    QCOMPARE(TestNet::openDescriptorCount(), descriptors); // every question's socket closed
}

void TestNames::scanReportsEveryNameWithItsSource()
{
    if (!m_isolated)
        PORTOLAN_SKIP(m_why);
    StandIns standIns;
    QString why;
    if (!standIns.start(&why))
        QFAIL(qPrintable(why));
    NameStandIn &mdns4 = standIns.mdns4;
    NameStandIn &netbios = standIns.netbios;
    NameStandIn &mdns6 = standIns.mdns6;
    Listeners listeners;
    const quint16 port = listeners.listen(QHostAddress(QHostAddress::LocalHost));
    QVERIFY(port != 0);
    for (const bool names : { true, false }) {
        ScanOptions o;
        QString error;
        QVERIFY(TargetSpec::parse(QStringLiteral("127.0.0.1"), &o.targets, &error));
        QVERIFY(PortSpec::parse(QString::number(port), &o.ports, &error));
        o.discovery = ScanOptions::Discovery::Skip;
        o.reverseDns = names;
        ScanRecorder recorder;
        QSignalSpy done(&recorder, &ScanRecorder::done);
        QVERIFY(recorder.start(o, QStringLiteral("127.0.0.1"), QString::number(port)));
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 30000);
        const ScanReport &report = recorder.report();
        QCOMPARE(report.hostStates.size(), 1);
        const QJsonObject host = QJsonDocument::fromJson(JsonFormat::toJson(report))
                                     .object()
                                     .value(QStringLiteral("hosts"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QStringList sources;
        for (const auto &v : host.value(QStringLiteral("name_sources")).toArray()) {
            const QJsonObject n = v.toObject();
            sources.append(n.value(QStringLiteral("source")).toString() + QLatin1Char(':')
                + n.value(QStringLiteral("name")).toString());
        }
        if (!names) {
            QCOMPARE(sources, QStringList());
            QCOMPARE(host.value(QStringLiteral("names")).toArray().size(), 0);
            QCOMPARE(mdns4.questions.size(), 1); // none more than the scan with names asked
            QCOMPARE(netbios.questions.size(), 1);
            continue;
        }
        // Reverse DNS first (the namespace's /etc/hosts names 127.0.0.1), then the
        // host's own answers.
        QVERIFY2(sources.size() >= 2, qPrintable(sources.join(QLatin1Char(' '))));
        QCOMPARE(sources.mid(sources.size() - 2),
            (QStringList {
                QStringLiteral("mdns:lab-printer.local"), QStringLiteral("netbios:LABPRINTER") }));
        for (const QString &s : sources.mid(0, sources.size() - 2))
            QVERIFY2(s.startsWith(QLatin1String("dns:")), qPrintable(s));
        QCOMPARE(host.value(QStringLiteral("names")).toArray().size(), sources.size());
        QVERIFY(mdns6.questions.isEmpty()); // ::1 was not scanned
    }
}

PORTOLAN_NETNS_TEST_MAIN(TestNames)

#include "tst_names.moc"
