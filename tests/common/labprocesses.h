#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QProcess;

// What the tests of the daemon labs (tests/lab/*.sh) ask of the system: whether they
// may start a lab at all, how its keeper ends, and which processes are left after.
namespace LabProcesses {

// Root in the machine's own user namespace. Root in a user namespace (how an
// unprivileged run gets there) cannot start daemons that drop privileges to users
// of their own.
bool realRoot();

// The namespace of a kind ("pid", "net", "pid_for_children") a process is in, as
// "pid:[4026532239]"; empty when the process is gone or not ours to look at.
QByteArray namespaceOf(qint64 pid, const char *kind);

// Every process in a namespace of that kind, found by scanning /proc: however it
// was started, whatever it calls itself.
QList<qint64> processesIn(const char *kind, const QByteArray &ns);

// Ends a lab's keeper (labkeeper.sh run) by closing its stdin: it exits at EOF and
// the kernel ends the rest of its PID namespace. False when it did not end within
// 30 s and had to be killed (unshare's --kill-child takes the lab with it).
bool stopKeeper(QProcess &keeper);

// The last 3000 bytes of a file (a lab's log), for a failure message; empty when
// it cannot be read.
QString tailOf(const QString &path);

} // namespace LabProcesses
