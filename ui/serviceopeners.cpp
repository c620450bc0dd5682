#include "serviceopeners.h"

#include "dialogs.h"
#include "icons.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>

#include "core/settings/appsettings.h"

namespace {

constexpr int messageMs = 5000;

QString localUser()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("user") : user;
}

} // namespace

ServiceOpeners::ServiceOpeners(
    Dialogs *dialogs, AppSettings *settings, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_dialogs(dialogs)
    , m_settings(settings)
    , m_window(window)
{
}

QUrl ServiceOpeners::webUrl(const ScanResult &r)
{
    // A browser and ssh talk TCP: 443/udp (QUIC) or 22/udp open says nothing of them.
    if (r.state != PortState::Open || r.protocol != Protocol::Tcp)
        return {};
    const ServiceInfo s = r.serviceOrGuess();
    const QString name = s.displayName();
    bool web = false;
    bool tls = false;
    if (s.method == ServiceInfo::Method::Probed) {
        web = s.name == QLatin1String("http");
        tls = s.tunnel;
    } else {
        web = name.startsWith(QLatin1String("http")) || r.port == 80 || r.port == 443
            || r.port == 8080 || r.port == 8443;
        tls = name.contains(QLatin1String("https")) || r.port == 443 || r.port == 8443;
    }
    if (!web)
        return {};
    QUrl url;
    url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(r.address.toString());
    url.setPort(r.port);
    url.setPath(QStringLiteral("/"));
    return url;
}

QString ServiceOpeners::sshCommand(const ScanResult &r, const QString &user)
{
    if (r.state != PortState::Open || r.protocol != Protocol::Tcp)
        return {};
    const ServiceInfo s = r.serviceOrGuess();
    const bool ssh
        = s.method == ServiceInfo::Method::Probed ? s.name == QLatin1String("ssh") : r.port == 22;
    if (!ssh)
        return {};
    const QString host = r.host.isEmpty() ? r.address.toString() : r.host;
    return QStringLiteral("ssh %1@%2 -p %3").arg(user, host).arg(r.port);
}

QList<OpenerCommand> ServiceOpeners::openers() const
{
    return OpenerCommand::fromLines(m_settings->openers());
}

void ServiceOpeners::addActions(QMenu *menu, const ScanResult &r)
{
    if (r.state != PortState::Open)
        return;
    if (!webUrl(r).isEmpty()) {
        QAction *open = menu->addAction(
            Icons::action("internet-web-browser", "browser"), tr("Open in &Browser"));
        connect(open, &QAction::triggered, this, [this, r] { openInBrowser(r); });
    }
    if (!sshCommand(r, localUser()).isEmpty()) {
        QAction *copy = menu->addAction(tr("Copy SS&H Command"));
        connect(copy, &QAction::triggered, this, [this, r] { copySshCommand(r); });
    }
    QMenu *with = menu->addMenu(tr("Open &With"));
    with->setObjectName(QStringLiteral("openWithMenu"));
    for (const OpenerCommand &opener : openers()) {
        QAction *action = with->addAction(opener.name);
        action->setToolTip(opener.command);
        connect(action, &QAction::triggered, this, [this, opener, r] { run(opener, r); });
    }
    with->addSeparator();
    QAction *edit = with->addAction(tr("&Edit Openers…"));
    connect(edit, &QAction::triggered, this, &ServiceOpeners::editOpeners);
}

bool ServiceOpeners::openDefault(const ScanResult &r)
{
    if (r.state != PortState::Open)
        return false;
    if (!webUrl(r).isEmpty()) {
        openInBrowser(r);
        return true;
    }
    if (!sshCommand(r, localUser()).isEmpty()) {
        copySshCommand(r);
        return true;
    }
    const QList<OpenerCommand> all = openers();
    if (all.isEmpty())
        return false;
    run(all.first(), r);
    return true;
}

void ServiceOpeners::openInBrowser(const ScanResult &r)
{
    const QUrl url = webUrl(r);
    if (url.isEmpty())
        return;
    if (!m_dialogs->openUrl(url))
        Q_EMIT statusMessage(tr("No browser could open %1.").arg(url.toString()), messageMs);
}

void ServiceOpeners::copySshCommand(const ScanResult &r)
{
    const QString command = sshCommand(r, localUser());
    if (command.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(command);
    Q_EMIT statusMessage(tr("Copied: %1").arg(command), messageMs);
}

void ServiceOpeners::run(const OpenerCommand &opener, const ScanResult &r)
{
    QString program;
    QStringList arguments;
    QString error;
    if (!opener.expand(r, &program, &arguments, &error)
        || !m_dialogs->startProgram(program, arguments, &error)) {
        Q_EMIT statusMessage(tr("Could not run \"%1\": %2").arg(opener.name, error), 0);
        return;
    }
    Q_EMIT statusMessage(
        tr("Started \"%1\" for %2 port %3.").arg(opener.name, r.address.toString()).arg(r.port),
        messageMs);
}

void ServiceOpeners::editOpeners()
{
    QStringList lines;
    for (const OpenerCommand &o : openers())
        lines.append(o.name + QStringLiteral(" = ") + o.command);
    QString text = lines.join(QLatin1Char('\n'));
    const QString label = tr("One opener per line: a name, \"=\", then the program and its "
                             "arguments. {address}, {port} and {host} are filled in; no shell "
                             "runs them.");
    // Asked again, with the text kept, until every line is usable or the user cancels.
    while (m_dialogs->editText(m_window, tr("Openers"), label, &text)) {
        QList<OpenerCommand> edited;
        QString problem;
        const QStringList given = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < given.size() && problem.isEmpty(); ++i) {
            const QString line = given.at(i).trimmed();
            if (line.isEmpty())
                continue;
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            OpenerCommand o { eq > 0 ? line.left(eq).trimmed() : QString(),
                eq > 0 ? line.mid(eq + 1).trimmed() : QString() };
            QString why;
            if (o.name.isEmpty())
                problem = tr("Line %1 has no name before \"=\".").arg(i + 1);
            else if (!o.isValid(&why))
                problem = tr("Line %1 (%2): %3").arg(i + 1).arg(o.name, why);
            else
                edited.append(o);
        }
        if (problem.isEmpty()) {
            m_settings->setOpeners(OpenerCommand::toLines(edited));
            Q_EMIT statusMessage(
                tr("%n opener(s) saved.", nullptr, static_cast<int>(edited.size())), messageMs);
            return;
        }
        m_dialogs->warn(m_window, tr("Openers"), problem);
    }
}
