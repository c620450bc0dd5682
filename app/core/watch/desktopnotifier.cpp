#include "core/watch/desktopnotifier.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QVariantMap>

namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
}

bool DesktopNotifier::available()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QDBusReply<bool> owned = bus.interface()->isServiceRegistered(service);
    return owned.isValid() && owned.value();
}

quint32 DesktopNotifier::notify(const QString &summary, const QString &body, QString *error)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        *error = QCoreApplication::translate("DesktopNotifier", "no session bus");
        return 0;
    }
    if (!m_listening) {
        m_listening = bus.connect(service, path, interface, QStringLiteral("ActionInvoked"), this,
            SLOT(onActionInvoked(quint32, QString)));
    }
    QDBusMessage call
        = QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("Notify"));
    // app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout
    call << QStringLiteral("Portolan") << quint32(0)
         << QStringLiteral("io.github.portolan.Portolan") << summary << body
         << QStringList { QStringLiteral("default"),
                QCoreApplication::translate("DesktopNotifier", "Show Events") }
         << QVariantMap { { QStringLiteral("desktop-entry"),
                QStringLiteral("io.github.portolan.Portolan") } }
         << qint32(-1);
    const QDBusReply<quint32> reply = bus.call(call, QDBus::Block, 5000);
    if (!reply.isValid()) {
        *error = reply.error().message();
        return 0;
    }
    m_shown.append(reply.value());
    return reply.value();
}

void DesktopNotifier::onActionInvoked(quint32 id, const QString &action)
{
    if (m_shown.contains(id) && action == QLatin1String("default"))
        Q_EMIT activated(id);
}
