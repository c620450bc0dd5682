#include "common/notifybus.h"

#include <QDBusMessage>
#include <QElapsedTimer>

namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");

} // namespace

PrivateSessionBus::~PrivateSessionBus()
{
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.kill();
        m_daemon.waitForFinished(5000);
    }
}

bool PrivateSessionBus::start(QString *why)
{
    m_daemon.start(QStringLiteral("dbus-daemon"),
        { QStringLiteral("--session"), QStringLiteral("--nofork"),
            QStringLiteral("--print-address=1") });
    if (!m_daemon.waitForStarted(5000)) {
        *why = QStringLiteral("no dbus-daemon here (package dbus-daemon)");
        return false;
    }
    // The address is its first line; a daemon that says nothing in 10 s is broken.
    QElapsedTimer waited;
    waited.start();
    while (!m_daemon.canReadLine() && waited.elapsed() < 10000)
        m_daemon.waitForReadyRead(1000);
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    if (m_address.isEmpty())
        *why = QStringLiteral("dbus-daemon printed no address");
    return !m_address.isEmpty();
}

QDBusConnection PrivateSessionBus::connect(const QString &name) const
{
    return QDBusConnection::connectToBus(m_address, name);
}

bool NotificationStandIn::serve(QDBusConnection bus)
{
    return bus.registerObject(path, this, QDBusConnection::ExportAllSlots)
        && bus.registerService(service);
}

void NotificationStandIn::invoke(QDBusConnection bus, uint id, const QString &action)
{
    QDBusMessage signal
        = QDBusMessage::createSignal(path, service, QStringLiteral("ActionInvoked"));
    signal << id << action;
    bus.send(signal);
}

uint NotificationStandIn::Notify(const QString &, uint, const QString &, const QString &summary,
    const QString &body, const QStringList &, const QVariantMap &, int)
{
    summaries.append(summary);
    bodies.append(body);
    return static_cast<uint>(summaries.size());
}
