#pragma once

#include <memory>

#include <QByteArray>
#include <QStringList>

#include "core/history/historystore.h"

class QSettings;

// Every setting Portolan keeps, with its key and default, in one place.
class AppSettings final
{
public:
    static constexpr int historySize = 20;

    // The user's settings; or a file (INI), which tests use.
    AppSettings();
    explicit AppSettings(const QString &fileName);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    // What making the settings file private found (a wider file narrowed), or why
    // it could not be made private; empty when there is nothing to tell.
    QString privacyNotice() const { return m_privacyNotice; }

    QStringList targetHistory() const;
    void addTarget(const QString &target); // most recent first, no duplicates, at most historySize
    QString ports() const;
    void setPorts(const QString &ports);
    int timeoutMs() const;
    void setTimeoutMs(int ms);
    int retries() const;
    void setRetries(int retries);
    int concurrency() const; // 0: automatic
    void setConcurrency(int concurrency);
    bool grabBanners() const;
    void setGrabBanners(bool on);
    bool detectServices() const; // service and version detection; on by default
    void setDetectServices(bool on);
    int serviceTimeoutMs() const; // each port's detection budget
    void setServiceTimeoutMs(int ms);
    int serviceConnections() const; // detection's connections per host at once
    void setServiceConnections(int connections);
    // The user's "open with" commands, as OpenerCommand::toLines() writes them;
    // the defaults until the user changes them.
    QStringList openers() const;
    void setOpeners(const QStringList &lines);
    bool resolveAll() const;
    void setResolveAll(bool on);
    bool showClosed() const;
    void setShowClosed(bool on);
    bool skipDiscovery() const; // scan every address of a block (-Pn)
    void setSkipDiscovery(bool on);
    int timingLevel() const; // 0-5 (-T0..-T5), 3 by default
    void setTimingLevel(int level);
    // Watches keep running in the tray after the window closes (where there is a
    // tray); on by default.
    bool watchInTray() const;
    void setWatchInTray(bool on);
    bool keepHistory() const; // every scan saved in the history; on by default
    void setKeepHistory(bool on);
    // Where the window keeps its history (a StoreUrl, never with a password);
    // empty: HistoryStore::defaultPath(). And which scanner it is; empty: the host's.
    QString storeLocation() const;
    void setStoreLocation(const QString &location);
    QString scannerName() const;
    void setScannerName(const QString &name);
    int historyLimit() const; // how many scans the history keeps (newest)
    void setHistoryLimit(int scans);
    static constexpr int defaultHistoryLimit = HistoryStore::defaultKeep;
    static constexpr int maxHistoryLimit = 100000;
    bool showDownHosts() const;
    void setShowDownHosts(bool on);
    bool optionsExpanded() const;
    void setOptionsExpanded(bool on);
    QString language() const; // empty: follow the system
    void setLanguage(const QString &language);
    QString lastDirectory() const;
    void setLastDirectory(const QString &directory);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &state);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    QByteArray headerState() const;
    void setHeaderState(const QByteArray &state);

    void sync();

private:
    void makePrivate(bool ownFolder);
    std::unique_ptr<QSettings> m_settings;
    QString m_privacyNotice;
};
