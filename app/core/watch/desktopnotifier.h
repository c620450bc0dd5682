#pragma once

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
    explicit DesktopNotifier(QObject *parent = nullptr);

    // Whether a session bus is there and the service has an owner.
    static bool available();
    // Shows a notification with a default action ("open"); its id, 0 when none
    // could be shown (*error says why).
    quint32 notify(const QString &summary, const QString &body, QString *error);

Q_SIGNALS:
    // The user activated a notification this notifier showed.
    void activated(quint32 id);

private Q_SLOTS:
    void onActionInvoked(quint32 id, const QString &action);

private:
    QList<quint32> m_shown;
    bool m_listening = false;
};
