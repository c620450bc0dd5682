#include <QTest>

#include "core/spec/portnames.h"
#include "core/spec/portspec.h"

class TestPortSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void presets();
};

void TestPortSpec::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<quint16>>("expected");
    QTest::newRow("single") << "22" << QList<quint16> { 22 };
    QTest::newRow("list") << "443,22,80" << QList<quint16> { 22, 80, 443 };
    QTest::newRow("range") << "20-23" << QList<quint16> { 20, 21, 22, 23 };
    QTest::newRow("mixed with spaces") << " 80, 20-21 ,22" << QList<quint16> { 20, 21, 22, 80 };
    QTest::newRow("duplicates") << "22,22,21-22" << QList<quint16> { 21, 22 };
    QTest::newRow("services") << "http,ssh" << QList<quint16> { 22, 80 };
    QTest::newRow("service case") << "HTTPS" << QList<quint16> { 443 };
    QTest::newRow("edges") << "1,65535" << QList<quint16> { 1, 65535 };
    QTest::newRow("one-port range") << "7-7" << QList<quint16> { 7 };
}

void TestPortSpec::valid()
{
    QFETCH(QString, text);
    QFETCH(QList<quint16>, expected);
    PortSpec spec;
    QString error;
    QVERIFY2(PortSpec::parse(text, &spec, &error), qPrintable(error));
    QCOMPARE(spec.ports(), expected);
}

void TestPortSpec::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("token"); // the message must name it
    QTest::newRow("zero") << "0"
                          << "\"0\"";
    QTest::newRow("too big") << "65536"
                             << "\"65536\"";
    QTest::newRow("huge") << "99999999999"
                          << "\"99999999999\"";
    QTest::newRow("reversed") << "100-20"
                              << "\"100-20\"";
    QTest::newRow("range to zero") << "0-10"
                                   << "\"0-10\"";
    QTest::newRow("empty") << ""
                           << "no ports";
    QTest::newRow("blank") << "   "
                           << "no ports";
    QTest::newRow("empty entry") << "22,,80"
                                 << "empty entry";
    QTest::newRow("garbage") << "22,x$y"
                             << "\"x$y\"";
    QTest::newRow("unknown service") << "nosuchservice"
                                     << "\"nosuchservice\"";
    QTest::newRow("negative") << "-5"
                              << "\"-5\"";
    QTest::newRow("open range") << "10-"
                                << "\"10-\"";
    QTest::newRow("unicode digits") << "\u0662\u0662"
                                    << "\"\u0662\u0662\"";
}

void TestPortSpec::invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, token);
    PortSpec spec;
    QString error;
    QVERIFY(!PortSpec::parse(text, &spec, &error));
    QVERIFY2(error.contains(token), qPrintable(error));
}

void TestPortSpec::presets()
{
    PortSpec spec;
    QString error;
    QVERIFY(PortSpec::parse(QStringLiteral("all"), &spec, &error));
    QCOMPARE(spec.count(), 65535);
    QCOMPARE(spec.ports().first(), quint16(1));
    QCOMPARE(spec.ports().last(), quint16(65535));
    QVERIFY(PortSpec::parse(QStringLiteral("-"), &spec, &error));
    QCOMPARE(spec.count(), 65535);
    QVERIFY(PortSpec::parse(QStringLiteral("well-known"), &spec, &error));
    QCOMPARE(spec.count(), 1024);
    QVERIFY(PortSpec::parse(QStringLiteral("common"), &spec, &error));
    QVERIFY(spec.count() >= 90 && spec.count() <= 130);
    QVERIFY(spec.ports().contains(22));
    QVERIFY(spec.ports().contains(443));
    QVERIFY(std::is_sorted(spec.ports().cbegin(), spec.ports().cend()));
    QCOMPARE(PortNames::nameForPort(22), QStringLiteral("ssh"));
    QCOMPARE(PortNames::portForName(QStringLiteral("https")), quint16(443));
}

QTEST_APPLESS_MAIN(TestPortSpec)
#include "tst_portspec.moc"
