#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QVariantMap>

// A session bus of the test's own (dbus-daemon), so that desktop notifications
// are checked without a desktop and never reach the user's.
class PrivateSessionBus final
{
public:
    PrivateSessionBus() = default;
    ~PrivateSessionBus();
    PrivateSessionBus(const PrivateSessionBus &) = delete;
    PrivateSessionBus &operator=(const PrivateSessionBus &) = delete;

    // Starts the daemon; false and *why when it cannot (package dbus-daemon).
    bool start(QString *why);
    QString address() const { return m_address; }
    // A new connection to it, under name.
    QDBusConnection connect(const QString &name) const;

private:
    QProcess m_daemon;
    QString m_address;
};

// The freedesktop notification service, standing in for the desktop's: it keeps
// what it was asked to show and can say that the user clicked one.
class NotificationStandIn final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList summaries;
    QStringList bodies;

    // Registers itself on bus; false when the name or path is taken.
    bool serve(QDBusConnection bus);
    // The user chose action on notification id (the ActionInvoked signal).
    void invoke(QDBusConnection bus, uint id, const QString &action);

public Q_SLOTS:
    uint Notify(const QString &appName, uint replaces, const QString &icon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout);
};
