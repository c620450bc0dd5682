#include "core/watch/watchrunner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "core/history/devicestore.h"
#include "core/history/historystore.h"
#include "core/history/pendingscans.h"
#include "core/spec/scanoptionsjson.h"
#include "core/watch/desktopnotifier.h"
#include "core/watch/watchdiff.h"
#include "core/watch/watchstore.h"

WatchRunner::WatchRunner(const QString &historyPath, int keep, QObject *parent)
    : QObject(parent)
    , m_path(historyPath)
    , m_keep(keep)
{
    qRegisterMetaType<WatchRunner::Result>();
    connect(&m_recorder, &ScanRecorder::done, this, &WatchRunner::scanned);
    m_commandTimer.setSingleShot(true);
    m_commandTimer.setInterval(commandTimeoutMs);
    connect(&m_commandTimer, &QTimer::timeout, this, [this] {
        m_result.alertError
            = tr("the on-change command was stopped after %1 s").arg(commandTimeoutMs / 1000);
        m_command.kill();
    });
    connect(&m_command, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        m_commandTimer.stop();
        if (m_result.alertError.isEmpty() && (status != QProcess::NormalExit || code != 0))
            m_result.alertError = status == QProcess::NormalExit
                ? tr("the on-change command exited with %1").arg(code)
                : tr("the on-change command crashed");
        done();
    });
    connect(&m_command, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return; // the end comes through finished()
        m_commandTimer.stop();
        m_result.alertError
            = tr("the on-change command could not start: %1").arg(m_command.errorString());
        done();
    });
}

WatchRunner::~WatchRunner()
{
    if (m_command.state() != QProcess::NotRunning) {
        m_command.kill();
        m_command.waitForFinished(2000);
    }
    delete m_store;
}

void WatchRunner::run(const QString &name, bool dueOnly, const QDateTime &now)
{
    m_result = Result();
    m_result.watch = name;
    m_now = now;
    m_running = true;
    delete m_store;
    m_store = new HistoryStore;
    QString notice;
    QString error;
    if (!m_store->open(m_path, &notice, &error)) {
        m_running = false;
        m_result.error = error;
        Q_EMIT finished(m_result);
        return;
    }
    // Its devices are this scanner's: in a shared store another site may have the
    // same addresses.
    m_store->setScannerFilter(m_store->scanner());
    bool claimed = false;
    WatchStore watches(*m_store);
    if (!watches.claim(name, dueOnly, now, &m_watch, &claimed, &error) || !claimed) {
        m_running = false;
        m_result.error = error; // empty: held elsewhere, or not due
        Q_EMIT finished(m_result);
        return;
    }
    Q_EMIT started(name);
    ScanOptions options;
    if (!buildOptions(&options, &error)) {
        fail(error);
        return;
    }
    if (!m_recorder.start(options, m_watch.targets, m_watch.ports))
        fail(tr("the scan did not start"));
}

void WatchRunner::cancel()
{
    m_recorder.cancel();
}

bool WatchRunner::buildOptions(ScanOptions *o, QString *error) const
{
    if (!ScanOptionsJson::fromJson(m_watch.options, o, error))
        return false;
    if (!PortSpec::parse(m_watch.ports, &o->ports, error))
        return false;
    if (!m_watch.targets.trimmed().isEmpty()
        && !TargetSpec::parse(m_watch.targets, &o->targets, error))
        return false;
    if (!m_watch.targetFile.isEmpty()) {
        TargetSpec fromFile;
        if (!TargetSpec::parseFile(m_watch.targetFile, &fromFile, error))
            return false;
        o->targets.append(fromFile);
    }
    if (o->targets.isEmpty()) {
        *error = tr("the watch has no targets");
        return false;
    }
    return true;
}

void WatchRunner::fail(const QString &why)
{
    QString error;
    WatchStore(*m_store).fail(m_watch, m_now, why, &error);
    m_result.error = why;
    m_running = false;
    Q_EMIT finished(m_result);
}

void WatchRunner::scanned()
{
    const ScanReport &report = m_recorder.report();
    const ScanSummary &s = report.summary;
    if (!s.error.isEmpty()) {
        fail(s.error);
        return;
    }
    if (s.cancelled) {
        fail(tr("stopped"));
        return;
    }
    if (s.hostCount == 0) {
        fail(s.targetErrors.isEmpty() ? tr("nothing to scan")
                                      : s.targetErrors.join(QStringLiteral("; ")));
        return;
    }
    QString error;
    if (!record(&error)) {
        fail(error);
        return;
    }
    m_result.ran = true;
    alert();
}

bool WatchRunner::record(QString *error)
{
    const ScanReport &report = m_recorder.report();
    if (!m_store->save(report, &m_result.scanId, error)) {
        // A shared store gone away during the scan: the scan is kept on this
        // machine (store flush writes it); the run's comparison waits for the next.
        QString path;
        QString why;
        if (m_store->engine() == HistorySchema::Engine::Postgresql
            && PendingScans::keep(report, m_store->scanner(), &path, &why))
            *error = QCoreApplication::translate("WatchRunner",
                "%1; the scan is kept in %2 until \"portolan-cli store flush\" writes it")
                         .arg(*error, path);
        return false;
    }
    m_store->trim(m_keep, error); // the run stands even if trimming fails
    error->clear();
    WatchStore watches(*m_store);
    WatchDiff::State state;
    if (!watches.state(m_watch.id, &state, error))
        return false;
    DeviceStore devices(*m_store);
    const auto identify
        = [&devices](const QString &mac, const QString &address, QString *key, QString *label) {
              qint64 id = 0;
              QString why;
              if (!devices.find(mac.isEmpty() ? address : mac, &id, &why)
                  && !devices.find(address, &id, &why))
                  return false;
              Device d;
              if (!devices.get(id, &d, &why))
                  return false;
              *key = QStringLiteral("device:%1").arg(id);
              *label = d.label;
              return true;
          };
    WatchDiff::Run run;
    run.watch = m_watch.name;
    run.time = m_now;
    run.baseline = m_watch.runs == 0;
    for (Protocol protocol : { Protocol::Tcp, Protocol::Udp }) {
        for (quint16 port : report.coveredPorts(protocol))
            run.covered.insert(WatchDiff::PortKey(port, protocol));
    }
    run.portsScanned = !report.summary.discoveryOnly;
    run.goneAfter = m_watch.goneAfter;
    run.certificateDays = m_watch.certificateDays;
    m_result.baseline = run.baseline;
    m_result.events = WatchDiff::compare(&state, WatchDiff::observe(report, identify), run);
    if (!watches.finish(m_watch, m_now, m_result.scanId, &m_result.events, state, error))
        return false;
    for (const WatchEvent &e : std::as_const(m_result.events)) {
        if (m_watch.alertsOn(e.kind))
            m_result.alerted.append(e);
    }
    return true;
}

void WatchRunner::alert()
{
    if (m_result.alerted.isEmpty()) {
        done();
        return;
    }
    if (m_notify && m_watch.notify && DesktopNotifier::available()) {
        DesktopNotifier notifier;
        QStringList lines;
        for (const WatchEvent &e : std::as_const(m_result.alerted).mid(0, 8))
            lines.append(e.text());
        if (m_result.alerted.size() > 8)
            lines.append(tr("and %n more", nullptr, static_cast<int>(m_result.alerted.size() - 8)));
        QString error;
        m_result.notified = notifier.notify(tr("%1: %n change(s)", nullptr,
                                                static_cast<int>(m_result.alerted.size()))
                                                .arg(m_watch.name),
                                lines.join(QLatin1Char('\n')), &error)
            != 0;
        if (!m_result.notified)
            m_result.alertError = tr("no desktop notification: %1").arg(error);
    }
    if (m_watch.onChange.isEmpty()) {
        done();
        return;
    }
    QJsonArray array;
    for (const WatchEvent &e : std::as_const(m_result.alerted))
        array.append(e.toJson());
    m_command.setProgram(m_watch.onChange.first());
    m_command.setArguments(m_watch.onChange.mid(1));
    m_command.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_command.setStandardOutputFile(QProcess::nullDevice());
    m_commandTimer.start();
    m_command.start();
    if (m_command.waitForStarted(5000)) {
        m_command.write(QJsonDocument(array).toJson(QJsonDocument::Compact));
        m_command.closeWriteChannel();
    }
}

void WatchRunner::done()
{
    if (!m_running)
        return;
    if (!m_result.alertError.isEmpty()) {
        // Kept with the watch (never retried): the run itself stands.
        QString error;
        WatchStore(*m_store).noteAlertFailure(m_watch.id, m_result.alertError, &error);
    }
    m_running = false;
    Q_EMIT finished(m_result);
}
