#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// What the tests of the daemon labs (tests/lab/*.sh) ask of /proc: whether they may
// start a lab at all, and which processes are left in the namespaces it made.
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

// The last 3000 bytes of a file (a lab's log), for a failure message; empty when
// it cannot be read.
QString tailOf(const QString &path);

} // namespace LabProcesses
