#include "core/watch/desktopnotifier.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QVariantMap>

namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : DesktopNotifier(QDBusConnection::sessionBus(), parent)
{
}

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
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

bool DesktopNotifier::prepare(
    const QString &summary, const QString &body, QDBusMessage *out, QString *error)
{
    if (!m_bus.isConnected()) {
        *error = QCoreApplication::translate("DesktopNotifier", "no session bus");
        return false;
    }
    if (!m_listening) {
        m_listening = m_bus.connect(service, path, interface, QStringLiteral("ActionInvoked"), this,
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
    *out = call;
    return true;
}

quint32 DesktopNotifier::notify(const QString &summary, const QString &body, QString *error)
{
    QDBusMessage call;
    if (!prepare(summary, body, &call, error))
        return 0;
    const QDBusReply<quint32> reply = m_bus.call(call, QDBus::Block, 5000);
    if (!reply.isValid()) {
        *error = reply.error().message();
        return 0;
    }
    m_shown.append(reply.value());
    return reply.value();
}

void DesktopNotifier::show(const QString &summary, const QString &body)
{
    QDBusMessage call;
    QString error;
    if (!prepare(summary, body, &call, &error)) {
        Q_EMIT failed(summary, body, error);
        return;
    }
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
        [this, summary, body](QDBusPendingCallWatcher *w) {
            w->deleteLater();
            const QDBusPendingReply<quint32> reply = *w;
            if (reply.isError()) {
                Q_EMIT failed(summary, body, reply.error().message());
                return;
            }
            m_shown.append(reply.value());
            Q_EMIT shown(reply.value());
        });
}

void DesktopNotifier::onActionInvoked(quint32 id, const QString &action)
{
    if (m_shown.contains(id) && action == QLatin1String("default"))
        Q_EMIT activated(id);
}
