#include <QTemporaryDir>
#include <QTest>

#include "core/spec/targetspec.h"

class TestTargetSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void hugeIsLazy();
    void file();
    void addressesForName_data();
    void addressesForName();
};

void TestTargetSpec::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("addresses"); // expanded, names as typed
    QTest::newRow("ipv4") << "127.0.0.1" << QStringList { "127.0.0.1" };
    QTest::newRow("name") << "localhost" << QStringList { "localhost" };
    QTest::newRow("fqdn") << "scanme.example.org." << QStringList { "scanme.example.org." };
    QTest::newRow("ipv6") << "::1" << QStringList { "::1" };
    QTest::newRow("ipv6 brackets") << "[::1]" << QStringList { "::1" };
    QTest::newRow("cidr /30") << "10.0.0.5/30"
                              << QStringList { "10.0.0.4", "10.0.0.5", "10.0.0.6", "10.0.0.7" };
    QTest::newRow("cidr /32") << "10.0.0.5/32" << QStringList { "10.0.0.5" };
    QTest::newRow("short range") << "10.0.0.1-3"
                                 << QStringList { "10.0.0.1", "10.0.0.2", "10.0.0.3" };
    QTest::newRow("long range") << "10.0.0.255-10.0.1.1"
                                << QStringList { "10.0.0.255", "10.0.1.0", "10.0.1.1" };
    QTest::newRow("ipv6 cidr") << "fd00::1/127" << QStringList { "fd00::", "fd00::1" };
    QTest::newRow("ipv6 carry") << "fd00::ff/120" << QStringList {}; // checked by count below
    QTest::newRow("several") << "127.0.0.1, ::1 localhost"
                             << QStringList { "127.0.0.1", "::1", "localhost" };
}

void TestTargetSpec::valid()
{
    QFETCH(QString, text);
    QFETCH(QStringList, addresses);
    TargetSpec spec;
    QString error;
    QVERIFY2(TargetSpec::parse(text, &spec, &error), qPrintable(error));
    if (addresses.isEmpty()) {
        QCOMPARE(spec.addressCount(), 256u);
        HostTable table;
        table.appendRange(spec.entries().first().first, spec.entries().first().count);
        QCOMPARE(table.at(0).address, QHostAddress(QStringLiteral("fd00::")));
        QCOMPARE(table.at(255).address, QHostAddress(QStringLiteral("fd00::ff")));
        return;
    }
    HostTable table;
    for (const TargetEntry &e : spec.entries()) {
        if (e.kind == TargetEntry::Kind::Name)
            table.appendAddress(e.text, QHostAddress());
        else
            table.appendRange(e.first, e.count);
    }
    QStringList got;
    for (quint64 i = 0; i < table.count(); ++i) {
        const HostTable::Host h = table.at(i);
        got.append(h.address.isNull() ? h.name : h.address.toString());
    }
    QCOMPARE(got, addresses);
    QCOMPARE(spec.addressCount(), quint64(addresses.size()));
}

void TestTargetSpec::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("token");
    QTest::newRow("empty") << ""
                           << "no targets";
    QTest::newRow("octet") << "10.0.0.256"
                           << "\"10.0.0.256\"";
    QTest::newRow("short ipv4") << "10.0.0"
                                << "\"10.0.0\"";
    QTest::newRow("bad prefix") << "10.0.0.0/33"
                                << "\"10.0.0.0/33\"";
    QTest::newRow("too large v4") << "10.0.0.0/7"
                                  << "too large";
    QTest::newRow("too large v6") << "fd00::/64"
                                  << "too large";
    QTest::newRow("reversed range") << "10.0.0.9-3"
                                    << "\"10.0.0.9-3\"";
    QTest::newRow("bad range end") << "10.0.0.1-300"
                                   << "\"10.0.0.1-300\"";
    QTest::newRow("bad ipv6") << "fd00:::1:::"
                              << "\"fd00:::1:::\"";
    QTest::newRow("bad bracket") << "[10.0.0.1]"
                                 << "\"[10.0.0.1]\"";
    QTest::newRow("garbage") << "host$name"
                             << "\"host$name\"";
    QTest::newRow("second bad") << "127.0.0.1,bad..name"
                                << "\"bad..name\"";
    QTest::newRow("url") << "http://example.org"
                         << "\"http://example.org\"";
}

void TestTargetSpec::invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, token);
    TargetSpec spec;
    QString error;
    QVERIFY(!TargetSpec::parse(text, &spec, &error));
    QVERIFY2(error.contains(token), qPrintable(error));
}

void TestTargetSpec::hugeIsLazy()
{
    TargetSpec spec;
    QString error;
    QVERIFY(TargetSpec::parse(QStringLiteral("10.0.0.0/8 fd00::/104"), &spec, &error));
    QCOMPARE(spec.entries().size(), 2);
    QCOMPARE(spec.addressCount(), quint64(2) << 24);
    // 2^25 hosts x 65535 ports, counted without expanding anything.
    QCOMPARE(spec.addressCount() * 65535u, quint64(2198989701120));
    HostTable table;
    for (const TargetEntry &e : spec.entries())
        table.appendRange(e.first, e.count);
    QCOMPARE(
        table.at((quint64(1) << 24) - 1).address, QHostAddress(QStringLiteral("10.255.255.255")));
    QCOMPARE(table.at(quint64(1) << 24).address, QHostAddress(QStringLiteral("fd00::")));
    QCOMPARE(
        table.at((quint64(2) << 24) - 1).address, QHostAddress(QStringLiteral("fd00::ff:ffff")));
}

void TestTargetSpec::file()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("targets.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# lab hosts\n127.0.0.1\n\n::1  # v6\n10.0.0.1-2, localhost\n");
    f.close();
    TargetSpec spec;
    QString error;
    QVERIFY2(TargetSpec::parseFile(path, &spec, &error), qPrintable(error));
    QCOMPARE(spec.entries().size(), 4);
    QCOMPARE(spec.addressCount(), 5u);

    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("127.0.0.1\n300.1.1.1\n");
    f.close();
    QVERIFY(!TargetSpec::parseFile(path, &spec, &error));
    QVERIFY2(
        error.contains(QStringLiteral("line 2")) && error.contains(QStringLiteral("\"300.1.1.1\"")),
        qPrintable(error));
    QVERIFY(!TargetSpec::parseFile(dir.filePath(QStringLiteral("missing")), &spec, &error));
    QVERIFY(error.contains(QStringLiteral("cannot read")));
}

void TestTargetSpec::addressesForName_data()
{
    QTest::addColumn<QStringList>("resolved");
    QTest::addColumn<bool>("all");
    QTest::addColumn<bool>("ipv6");
    QTest::addColumn<QStringList>("chosen");
    const QStringList both { "::1", "127.0.0.1", "2001:db8::2", "198.18.0.2" };
    QTest::newRow("IPv6 first") << both << false << false << QStringList { "127.0.0.1" };
    QTest::newRow("-6") << both << false << true << QStringList { "::1" };
    QTest::newRow("-6, IPv4 only") << QStringList { "198.18.0.1", "198.18.0.2" } << false << true
                                   << QStringList { "198.18.0.1" };
    QTest::newRow("IPv6 only") << QStringList { "2001:db8::1" } << false << false
                               << QStringList { "2001:db8::1" };
    QTest::newRow("all") << both << true << false << both;
    QTest::newRow("all wins over -6") << both << true << true << both;
    QTest::newRow("none") << QStringList() << false << false << QStringList();
    QTest::newRow("none, -6") << QStringList() << false << true << QStringList();
    QTest::newRow("IPv4 only") << QStringList { "198.18.0.7", "198.18.0.1" } << false << false
                               << QStringList { "198.18.0.7" };
    QTest::newRow("IPv6 only, -6") << QStringList { "2001:db8::9", "2001:db8::1" } << false << true
                                   << QStringList { "2001:db8::9" };
}

void TestTargetSpec::addressesForName()
{
    QFETCH(QStringList, resolved);
    QFETCH(bool, all);
    QFETCH(bool, ipv6);
    QFETCH(QStringList, chosen);
    QList<QHostAddress> addresses;
    for (const QString &text : resolved)
        addresses.append(QHostAddress(text));
    QStringList got;
    const QList<QHostAddress> picked = TargetSpec::addressesForName(addresses, all, ipv6);
    for (const QHostAddress &a : picked)
        got.append(a.toString());
    QCOMPARE(got, chosen);
    // Without "all": one address whenever the name has any, always one it resolved to.
    if (!all)
        QCOMPARE(picked.size(), addresses.isEmpty() ? 0 : 1);
    for (const QHostAddress &a : picked)
        QVERIFY(addresses.contains(a));
}

QTEST_APPLESS_MAIN(TestTargetSpec)
#include "tst_targetspec.moc"
