#include "core/settings/appsettings.h"

#include <QFileInfo>
#include <QSettings>

#include "core/platform/privatefiles.h"
#include "core/services/openercommand.h"
#include "core/spec/scanoptions.h"

namespace {

const QString kTargetHistory = QStringLiteral("scan/targetHistory");
const QString kPorts = QStringLiteral("scan/ports");
const QString kTimeout = QStringLiteral("scan/timeoutMs");
const QString kRetries = QStringLiteral("scan/retries");
const QString kConcurrency = QStringLiteral("scan/concurrency");
const QString kBanners = QStringLiteral("scan/banners");
const QString kServices = QStringLiteral("scan/detectServices");
const QString kOpeners = QStringLiteral("results/openers");
const QString kServiceTimeout = QStringLiteral("scan/serviceTimeoutMs");
const QString kServiceConnections = QStringLiteral("scan/serviceConnections");
const QString kResolveAll = QStringLiteral("scan/resolveAll");
const QString kShowClosed = QStringLiteral("scan/showClosed");
const QString kSkipDiscovery = QStringLiteral("scan/skipDiscovery");
const QString kTiming = QStringLiteral("scan/timing");
const QString kKeepHistory = QStringLiteral("history/keep");
const QString kStoreLocation = QStringLiteral("history/store");
const QString kScannerName = QStringLiteral("history/scanner");
const QString kWatchInTray = QStringLiteral("watch/inTray");
const QString kHistoryLimit = QStringLiteral("history/limit");
const QString kShowDownHosts = QStringLiteral("window/showDownHosts");
const QString kOptionsExpanded = QStringLiteral("window/optionsExpanded");
const QString kLanguage = QStringLiteral("window/language");
const QString kLastDirectory = QStringLiteral("window/lastDirectory");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kHeader = QStringLiteral("window/resultsHeader");

} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
    makePrivate(true);
}

AppSettings::AppSettings(const QString &fileName)
    : m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
    makePrivate(false);
}

void AppSettings::makePrivate(bool ownFolder)
{
    // The openers are commands the window runs: the file is the user's alone, made
    // so before QSettings first writes it (it keeps an existing file's mode), in a
    // folder of Portolan's own that is 700. A folder a caller chose is left alone
    // unless it is made here.
    const QString file = m_settings->fileName();
    const QString folder = QFileInfo(file).absolutePath();
    QString error;
    const bool folderMade = (!ownFolder && QFileInfo::exists(folder))
        || PrivateFiles::makeFolder(folder, &m_privacyNotice, &error);
    if (!folderMade || !PrivateFiles::makeFile(file, &m_privacyNotice, &error))
        m_privacyNotice = error;
}

AppSettings::~AppSettings() = default;

QStringList AppSettings::targetHistory() const
{
    return m_settings->value(kTargetHistory).toStringList();
}

void AppSettings::addTarget(const QString &target)
{
    const QString t = target.trimmed();
    if (t.isEmpty())
        return;
    QStringList history = targetHistory();
    history.removeAll(t);
    history.prepend(t);
    m_settings->setValue(kTargetHistory, history.mid(0, historySize));
}

QString AppSettings::ports() const
{
    return m_settings->value(kPorts, QStringLiteral("common")).toString();
}
void AppSettings::setPorts(const QString &ports)
{
    m_settings->setValue(kPorts, ports);
}
int AppSettings::timeoutMs() const
{
    return qBound(ScanOptions::minTimeoutMs,
        m_settings->value(kTimeout, ScanOptions::defaultTimeoutMs).toInt(),
        ScanOptions::maxTimeoutMs);
}
void AppSettings::setTimeoutMs(int ms)
{
    m_settings->setValue(kTimeout, ms);
}
int AppSettings::retries() const
{
    return qBound(0, m_settings->value(kRetries, ScanOptions::defaultRetries).toInt(),
        ScanOptions::maxRetries);
}
void AppSettings::setRetries(int retries)
{
    m_settings->setValue(kRetries, retries);
}
int AppSettings::concurrency() const
{
    return qBound(ScanOptions::automaticConcurrency,
        m_settings->value(kConcurrency, ScanOptions::automaticConcurrency).toInt(),
        ScanOptions::maxConcurrency);
}
void AppSettings::setConcurrency(int concurrency)
{
    m_settings->setValue(kConcurrency, concurrency);
}
bool AppSettings::grabBanners() const
{
    return m_settings->value(kBanners, false).toBool();
}
void AppSettings::setGrabBanners(bool on)
{
    m_settings->setValue(kBanners, on);
}
bool AppSettings::detectServices() const
{
    return m_settings->value(kServices, true).toBool();
}
void AppSettings::setDetectServices(bool on)
{
    m_settings->setValue(kServices, on);
}
int AppSettings::serviceTimeoutMs() const
{
    return std::clamp(m_settings->value(kServiceTimeout, ScanOptions {}.serviceTimeoutMs).toInt(),
        ScanOptions::minServiceTimeoutMs, ScanOptions::maxServiceTimeoutMs);
}
void AppSettings::setServiceTimeoutMs(int ms)
{
    m_settings->setValue(kServiceTimeout, ms);
}
int AppSettings::serviceConnections() const
{
    return std::clamp(
        m_settings->value(kServiceConnections, ScanOptions {}.serviceConnections).toInt(), 1,
        ScanOptions::maxServiceConnections);
}
void AppSettings::setServiceConnections(int connections)
{
    m_settings->setValue(kServiceConnections, connections);
}
QStringList AppSettings::openers() const
{
    if (!m_settings->contains(kOpeners))
        return OpenerCommand::toLines(OpenerCommand::defaults());
    return m_settings->value(kOpeners).toStringList();
}
void AppSettings::setOpeners(const QStringList &lines)
{
    m_settings->setValue(kOpeners, lines);
}
bool AppSettings::resolveAll() const
{
    return m_settings->value(kResolveAll, false).toBool();
}
void AppSettings::setResolveAll(bool on)
{
    m_settings->setValue(kResolveAll, on);
}
bool AppSettings::showClosed() const
{
    return m_settings->value(kShowClosed, false).toBool();
}
void AppSettings::setShowClosed(bool on)
{
    m_settings->setValue(kShowClosed, on);
}
bool AppSettings::optionsExpanded() const
{
    return m_settings->value(kOptionsExpanded, false).toBool();
}
void AppSettings::setOptionsExpanded(bool on)
{
    m_settings->setValue(kOptionsExpanded, on);
}
QString AppSettings::language() const
{
    return m_settings->value(kLanguage).toString();
}
void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguage, language);
}
QString AppSettings::lastDirectory() const
{
    return m_settings->value(kLastDirectory).toString();
}
void AppSettings::setLastDirectory(const QString &directory)
{
    m_settings->setValue(kLastDirectory, directory);
}
QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}
void AppSettings::setWindowGeometry(const QByteArray &state)
{
    m_settings->setValue(kGeometry, state);
}
QByteArray AppSettings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}
void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kState, state);
}
QByteArray AppSettings::splitterState() const
{
    return m_settings->value(kSplitter).toByteArray();
}
void AppSettings::setSplitterState(const QByteArray &state)
{
    m_settings->setValue(kSplitter, state);
}
QByteArray AppSettings::headerState() const
{
    return m_settings->value(kHeader).toByteArray();
}
void AppSettings::setHeaderState(const QByteArray &state)
{
    m_settings->setValue(kHeader, state);
}

bool AppSettings::skipDiscovery() const
{
    return m_settings->value(kSkipDiscovery, false).toBool();
}

void AppSettings::setSkipDiscovery(bool on)
{
    m_settings->setValue(kSkipDiscovery, on);
}

int AppSettings::timingLevel() const
{
    return qBound(0, m_settings->value(kTiming, 3).toInt(), 5);
}

void AppSettings::setTimingLevel(int level)
{
    m_settings->setValue(kTiming, qBound(0, level, 5));
}

bool AppSettings::watchInTray() const
{
    return m_settings->value(kWatchInTray, true).toBool();
}
void AppSettings::setWatchInTray(bool on)
{
    m_settings->setValue(kWatchInTray, on);
}
bool AppSettings::keepHistory() const
{
    return m_settings->value(kKeepHistory, true).toBool();
}
void AppSettings::setKeepHistory(bool on)
{
    m_settings->setValue(kKeepHistory, on);
}
QString AppSettings::storeLocation() const
{
    return m_settings->value(kStoreLocation).toString();
}
void AppSettings::setStoreLocation(const QString &location)
{
    m_settings->setValue(kStoreLocation, location);
}
QString AppSettings::scannerName() const
{
    return m_settings->value(kScannerName).toString();
}
void AppSettings::setScannerName(const QString &name)
{
    m_settings->setValue(kScannerName, name);
}
int AppSettings::historyLimit() const
{
    return qBound(
        1, m_settings->value(kHistoryLimit, defaultHistoryLimit).toInt(), maxHistoryLimit);
}
void AppSettings::setHistoryLimit(int scans)
{
    m_settings->setValue(kHistoryLimit, scans);
}
bool AppSettings::showDownHosts() const
{
    return m_settings->value(kShowDownHosts, false).toBool();
}

void AppSettings::setShowDownHosts(bool on)
{
    m_settings->setValue(kShowDownHosts, on);
}

void AppSettings::sync()
{
    m_settings->sync();
}
