#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QObject>
#include <QString>

// Desktop notifications through the freedesktop notification service
// (org.freedesktop.Notifications on the session bus, with QtDBus). Where there is
// no session bus, or nobody owns the service, notify() says so and the caller
// uses another way (the tray's message, or nothing for a headless run).
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    // On the session bus.
    explicit DesktopNotifier(QObject *parent = nullptr);
    // On bus (tests: a bus of their own).
    explicit DesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);

    // Whether a session bus is there and the service has an owner.
    static bool available();
    // Shows a notification with a default action ("open"); its id, 0 when none
    // could be shown (*error says why).
    // Waits for the service's answer (at most 5 s): for headless runs.
    quint32 notify(const QString &summary, const QString &body, QString *error);
    // The same without waiting, for the window: shown() or failed() follows.
    void show(const QString &summary, const QString &body);

Q_SIGNALS:
    void shown(quint32 id);
    // Nothing could be shown (no bus, no service, an error): why, and what was to be.
    void failed(const QString &summary, const QString &body, const QString &error);
    // The user activated a notification this notifier showed.
    void activated(quint32 id);

private Q_SLOTS:
    void onActionInvoked(quint32 id, const QString &action);

private:
    // The Notify call, and the listening for its action set up; false without a bus.
    bool prepare(const QString &summary, const QString &body, QDBusMessage *call, QString *error);

    QDBusConnection m_bus;
    QList<quint32> m_shown;
    bool m_listening = false;
};
