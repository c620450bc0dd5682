// The scan history on either engine: saving and reading back, searching,
// deleting and trimming. tst_historysave runs on an SQLite file,
// tst_historysave_postgresql on a PostgreSQL server of its own (TestStore); the
// SQLite file's own cases (migration, a damaged file, a full disk) are in
// tst_history.
#include <algorithm>
#include <memory>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/samplereport.h"
#include "common/teststore.h"
#include "core/formats/jsonformat.h"
#include "core/history/historystore.h"

class TestHistorySave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void saveListLoad();
    void searchByHostPortOrService();
    void udpPortsComeBack();
    void deleteAndTrim();
    void trimKeepsEachScannersOwn();

private:
    // Rows of table, through the store's own connection (either engine).
    qint64 rowsOf(const char *table) const;
    QList<qint64> idsOf(const QString &search);

    std::unique_ptr<QTemporaryDir> m_dir;
    TestStore m_stores; // SQLite, or PostgreSQL in tst_historysave_postgresql
    std::unique_ptr<HistoryStore> m_store;
};

void TestHistorySave::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>();
    QString notice;
    QString error;
    const QString where
        = m_stores.fresh(m_dir->filePath(QStringLiteral("h/history.sqlite")), &error);
    QVERIFY2(!where.isEmpty(), qPrintable(error));
    QVERIFY2(m_store->open(where, &notice, &error), qPrintable(error));
    QVERIFY2(notice.isEmpty(), qPrintable(notice));
    // The engine this run is for, not the other by mistake.
    QCOMPARE(m_store->engine() == HistorySchema::Engine::Postgresql, TestStore::postgresql());
}

void TestHistorySave::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 TestHistorySave::rowsOf(const char *table) const
{
    QSqlQuery q(QSqlDatabase::database(m_store->connectionName(), false));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<qint64> TestHistorySave::idsOf(const QString &search)
{
    QList<HistoryStore::Entry> entries;
    QString error;
    if (!m_store->list(search, &entries, &error))
        return { -1 };
    QList<qint64> out;
    for (const HistoryStore::Entry &e : std::as_const(entries))
        out.append(e.id);
    return out;
}

void TestHistorySave::saveListLoad()
{
    QString error;
    ScanReport original = SampleReport::sample();
    // A host that answers on every port keeps its mark (schema 6).
    original.hostStates[0].allPortsAnswer = true;
    qint64 id = 0;
    QVERIFY2(m_store->save(original, &id, &error), qPrintable(error));
    QVERIFY(id > 0);
    QList<HistoryStore::Entry> entries;
    QVERIFY(m_store->list({}, &entries, &error));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].id, id);
    QCOMPARE(entries[0].started, original.started);
    QCOMPARE(entries[0].targets, original.targets);
    QCOMPARE(entries[0].hostsUp, 2u);
    QCOMPARE(entries[0].open, quint64(2));
    QCOMPARE(entries[0].results, quint64(3));
    QCOMPARE(entries[0].scanner, m_store->scanner());
    ScanReport back;
    QVERIFY2(m_store->load(id, &back, &error), qPrintable(error));
    // Everything an export shows comes back.
    QCOMPARE(JsonFormat::toJson(back), JsonFormat::toJson(original));
    QCOMPARE(back.results[0].banner, original.results[0].banner);
    QCOMPARE(back.hostStates[0].names, original.hostStates[0].names);
    QVERIFY(back.hostStates[0].allPortsAnswer);
    QVERIFY(!back.hostStates[1].allPortsAnswer);
    QVERIFY(!m_store->load(id + 1, &back, &error));
    QVERIFY2(error.contains(QStringLiteral("no scan")), qPrintable(error));
}

void TestHistorySave::searchByHostPortOrService()
{
    QString error;
    qint64 first = 0;
    qint64 second = 0;
    QVERIFY(m_store->save(SampleReport::sample(), &first, &error));
    ScanReport other;
    other.targets = QStringLiteral("10_0.lab");
    other.ports = QStringLiteral("443");
    other.started = QDateTime::currentDateTimeUtc();
    other.results.append(
        SampleReport::result(0, "198.18.7.7", 443, PortState::Open, PortReason::SynAck));
    QVERIFY(m_store->save(other, &second, &error));
    QCOMPARE(idsOf({}), (QList<qint64> { second, first })); // newest first
    QCOMPARE(idsOf(QStringLiteral("198.18.0.1")), QList<qint64> { first });
    QCOMPARE(idsOf(QStringLiteral("router.example")), QList<qint64> { first });
    QCOMPARE(idsOf(QStringLiteral("gw.lab")), QList<qint64> { first });
    QCOMPARE(idsOf(QStringLiteral("8080")), QList<qint64> { first });
    QCOMPARE(idsOf(QStringLiteral("https")), QList<qint64> { second });
    QCOMPARE(idsOf(QStringLiteral("ssh")), QList<qint64> { first });
    QCOMPARE(idsOf(QStringLiteral("198.18.7.7")), QList<qint64> { second });
    QCOMPARE(idsOf(QStringLiteral("10_0")), QList<qint64> { second }); // _ is no wildcard
    QCOMPARE(idsOf(QStringLiteral("10%")), QList<qint64> {});
    QCOMPARE(idsOf(QStringLiteral("nothing.example")), QList<qint64> {});
}

void TestHistorySave::udpPortsComeBack()
{
    // 53/tcp and 53/udp, open|filtered, a router's reason, closed UDP ports: all
    // saved and read back; a search with a protocol prefix finds only that protocol.
    QString error;
    const ScanReport original = SampleReport::sampleWithUdp();
    qint64 id = 0;
    QVERIFY2(m_store->save(original, &id, &error), qPrintable(error));
    ScanReport back;
    QVERIFY2(m_store->load(id, &back, &error), qPrintable(error));
    QCOMPARE(JsonFormat::toJson(back), JsonFormat::toJson(original));
    QCOMPARE(back.summary.progress.openFiltered, quint64(2));
    const auto router = std::find_if(back.results.cbegin(), back.results.cend(),
        [](const ScanResult &r) { return r.portText() == QLatin1String("69/udp"); });
    QVERIFY(router != back.results.cend());
    QCOMPARE(router->reasonFrom, QHostAddress(QStringLiteral("198.18.0.254")));
    QCOMPARE(idsOf(QStringLiteral("U:161")), QList<qint64> { id });
    QCOMPARE(idsOf(QStringLiteral("161")), QList<qint64> { id });
    QCOMPARE(idsOf(QStringLiteral("T:161")), QList<qint64> {});
    QCOMPARE(idsOf(QStringLiteral("U:22")), QList<qint64> {});
    QCOMPARE(idsOf(QStringLiteral("161/udp")), QList<qint64> { id });
    QCOMPARE(idsOf(QStringLiteral("161/tcp")), QList<qint64> {});
}

void TestHistorySave::deleteAndTrim()
{
    QString error;
    QList<qint64> saved;
    for (int i = 0; i < 5; ++i) {
        qint64 id = 0;
        QVERIFY(m_store->save(SampleReport::sample(), &id, &error));
        saved.append(id);
    }
    QCOMPARE(rowsOf("results"), 15);
    QVERIFY(m_store->remove(saved[1], &error));
    QVERIFY(!m_store->remove(saved[1], &error));
    QVERIFY2(error.contains(QStringLiteral("no scan")), qPrintable(error));
    QVERIFY(m_store->trim(2, &error));
    QCOMPARE(idsOf({}), (QList<qint64> { saved[4], saved[3] }));
    // Their hosts and rows went with them.
    QCOMPARE(rowsOf("results"), 6);
    QCOMPARE(rowsOf("hosts"), 8);
}

void TestHistorySave::trimKeepsEachScannersOwn()
{
    // In a shared store each site keeps its own number of scans: trimming here
    // leaves another scanner's scans alone.
    QString error;
    const QString other = QStringLiteral("branch-office");
    QVERIFY(m_store->scanner() != other);
    QList<qint64> own;
    QList<qint64> theirs;
    for (int i = 0; i < 3; ++i) {
        qint64 id = 0;
        QVERIFY2(m_store->save(SampleReport::sample(), &id, &error), qPrintable(error));
        own.append(id);
        QVERIFY2(m_store->saveAs(SampleReport::sample(), other, &id, &error), qPrintable(error));
        theirs.append(id);
    }
    QVERIFY2(m_store->trim(1, &error), qPrintable(error));
    QCOMPARE(idsOf({}), (QList<qint64> { theirs[2], own[2], theirs[1], theirs[0] }));
    // A search by a scanner's name finds its scans.
    QCOMPARE(idsOf(other), (QList<qint64> { theirs[2], theirs[1], theirs[0] }));
    // Listing one scanner's scans only.
    m_store->setScannerFilter(other);
    QCOMPARE(idsOf({}), (QList<qint64> { theirs[2], theirs[1], theirs[0] }));
    m_store->setScannerFilter(m_store->scanner());
    QCOMPARE(idsOf({}), QList<qint64> { own[2] });
}

QTEST_GUILESS_MAIN(TestHistorySave)
#include "tst_historysave.moc"
