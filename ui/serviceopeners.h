#pragma once

#include <QList>
#include <QObject>
#include <QUrl>

#include "core/results/scanresult.h"
#include "core/services/openercommand.h"

class AppSettings;
class Dialogs;
class QMenu;
class QWidget;

// What a person can do with an open port: open it in the browser (HTTP, HTTPS),
// copy an ssh command line, or run one of their own "open with" commands (run
// without a shell). Feeds the results table's context menu and double-click.
class ServiceOpeners final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceOpeners)

public:
    ServiceOpeners(
        Dialogs *dialogs, AppSettings *settings, QWidget *window, QObject *parent = nullptr);

    // The URL a browser opens for a web port, or an empty one for other ports.
    static QUrl webUrl(const ScanResult &result);
    // "ssh USER@HOST -p PORT" for an SSH port, else an empty string.
    static QString sshCommand(const ScanResult &result, const QString &user);

    void addActions(QMenu *menu, const ScanResult &result);
    // Double-click: the browser for a web port, the ssh command for SSH, else the
    // first opener. False when there is nothing to do for the port.
    bool openDefault(const ScanResult &result);
    void openInBrowser(const ScanResult &result);
    void copySshCommand(const ScanResult &result);
    void run(const OpenerCommand &opener, const ScanResult &result);
    // Lets the user edit the openers, one "Name = command" per line.
    void editOpeners();

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    QList<OpenerCommand> openers() const;

    Dialogs *m_dialogs;
    AppSettings *m_settings;
    QWidget *m_window;
};
