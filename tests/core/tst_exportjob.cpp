// Exports stream on a worker thread: complete files, progress, cancel and
// failure that leave an earlier file as it was.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/formats/exportjob.h"
#include "core/models/scanresultmodel.h"

namespace {

void fill(ScanResultModel *model, int rows)
{
    QList<ScanResult> batch;
    for (int i = 0; i < rows; ++i) {
        ScanResult r;
        r.hostId = static_cast<quint32>(i / 1000);
        r.host = QStringLiteral("lab%1").arg(r.hostId);
        r.address = QHostAddress(quint32(0xC6120000u + r.hostId)); // 198.18.x.y
        r.port = static_cast<quint16>(1 + i % 1000);
        r.state = i % 3 == 0 ? PortState::Open : PortState::Filtered;
        r.reason = i % 3 == 0 ? PortReason::SynAck : PortReason::NoResponse;
        r.latencyMs = 1.5;
        batch.append(r);
    }
    model->appendResults(batch);
}

ExportJob::Outcome run(ExportJob *job, const QString &path, ReportFormat format,
    ScanResultModel::Snapshot rows, bool cancelAtOnce = false)
{
    QSignalSpy done(job, &ExportJob::finished);
    ScanReport header;
    header.targets = QStringLiteral("198.18.0.0/24");
    header.ports = QStringLiteral("1-1000");
    job->start(path, format, header, std::move(rows));
    if (cancelAtOnce)
        job->cancel();
    if (!done.wait(60000))
        return {};
    return done.first().first().value<ExportJob::Outcome>();
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExportJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvFromASnapshot();
    void jsonOfChosenRows();
    void cancelKeepsTheEarlierFile();
    void failureKeepsTheEarlierFile();

private:
    QTemporaryDir m_dir;
};

void TestExportJob::csvFromASnapshot()
{
    ScanResultModel model;
    fill(&model, 20000);
    ScanResultModel::Snapshot rows = model.snapshot();
    model.clear(); // the snapshot does not depend on the model any more
    ExportJob job;
    QSignalSpy progress(&job, &ExportJob::progressChanged);
    const QString path = m_dir.filePath(QStringLiteral("all.csv"));
    const ExportJob::Outcome outcome = run(&job, path, ReportFormat::Csv, std::move(rows));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.rows, 20000);
    const QList<QByteArray> lines = read(path).split('\n');
    QCOMPARE(lines.size(), 20002); // header, rows, and the empty piece after the last CRLF
    QCOMPARE(lines[1],
        QByteArray("lab0,198.18.0.0,1,tcp,open,syn-ack,tcpmux,1.500,,table,3,,,,,,,,,\r"));
    QVERIFY(progress.size() >= 4); // every 4096 rows and at the end
    QCOMPARE(progress.last().at(0).value<qsizetype>(), 20000);
    QCOMPARE(progress.last().at(1).value<qsizetype>(), 20000);
}

void TestExportJob::jsonOfChosenRows()
{
    ScanResultModel model;
    fill(&model, 3000);
    // Rows out of order: the JSON lists them by host, then port.
    ExportJob job;
    const QString path = m_dir.filePath(QStringLiteral("shown.json"));
    const ExportJob::Outcome outcome
        = run(&job, path, ReportFormat::Json, model.snapshot({ 2999, 5, 1000, 4 }));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(read(path), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root[QStringLiteral("parameters")][QStringLiteral("targets")].toString(),
        QStringLiteral("198.18.0.0/24"));
    const QJsonArray results = root[QStringLiteral("results")].toArray();
    QStringList got;
    for (const QJsonValue &v : results)
        got.append(QStringLiteral("%1:%2").arg(v[QStringLiteral("address")].toString(),
            QString::number(v[QStringLiteral("port")].toInt())));
    QCOMPARE(
        got, QStringList({ "198.18.0.0:5", "198.18.0.0:6", "198.18.0.1:1", "198.18.0.2:1000" }));
}

void TestExportJob::cancelKeepsTheEarlierFile()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.csv"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("earlier export");
    old.close();
    ScanResultModel model;
    fill(&model, 200000);
    ExportJob job;
    const ExportJob::Outcome outcome = run(&job, path, ReportFormat::Csv, model.snapshot(), true);
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.cancelled);
    QVERIFY(outcome.error.isEmpty());
    QCOMPARE(read(path), QByteArray("earlier export"));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).filter(QStringLiteral("keep")).size(), 1);
}

void TestExportJob::failureKeepsTheEarlierFile()
{
    ScanResultModel model;
    fill(&model, 10);
    ExportJob job;
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/x.csv"));
    const ExportJob::Outcome outcome = run(&job, path, ReportFormat::Csv, model.snapshot());
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.cancelled);
    QVERIFY2(outcome.error.contains(path), qPrintable(outcome.error));
}

QTEST_GUILESS_MAIN(TestExportJob)
#include "tst_exportjob.moc"
