#include "common/netns.h"

#include <net/if.h>
#include <sched.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace {

bool writeFile(const char *path, const QByteArray &data)
{
    const int fd = ::open(path, O_WRONLY);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, data.constData(), static_cast<size_t>(data.size())) == data.size();
    ::close(fd);
    return ok;
}

} // namespace

namespace TestNet {

bool enterPrivateNamespace(QString *why)
{
    if (::unshare(CLONE_NEWNET) != 0) {
        const uid_t uid = ::getuid();
        const gid_t gid = ::getgid();
        if (::unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0) {
            *why = QStringLiteral("cannot create a private network namespace: %1")
                       .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        writeFile("/proc/self/setgroups", "deny");
        writeFile("/proc/self/uid_map", QByteArray("0 ") + QByteArray::number(uid) + " 1");
        writeFile("/proc/self/gid_map", QByteArray("0 ") + QByteArray::number(gid) + " 1");
    }
    const int s = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    ifreq request {};
    std::strncpy(request.ifr_name, "lo", IFNAMSIZ - 1);
    bool up = s >= 0 && ::ioctl(s, SIOCGIFFLAGS, &request) == 0;
    if (up) {
        request.ifr_flags = static_cast<short>(request.ifr_flags | IFF_UP | IFF_RUNNING);
        up = ::ioctl(s, SIOCSIFFLAGS, &request) == 0;
    }
    if (s >= 0)
        ::close(s);
    if (!up) {
        *why = QStringLiteral("cannot bring up loopback in the private namespace: %1")
                   .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

int run(const QStringList &argv, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(argv.first(), argv.mid(1));
    if (!process.waitForFinished(30000))
        return -1;
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool canUseIptables()
{
    if (QStandardPaths::findExecutable(QStringLiteral("iptables")).isEmpty()
        && !QFile::exists(QStringLiteral("/usr/sbin/iptables")))
        return false;
    return ::geteuid() == 0
        && run({ QStringLiteral("iptables"), QStringLiteral("-L"), QStringLiteral("-n") }) == 0;
}

int openDescriptorCount()
{
    return static_cast<int>(
        QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size());
}

long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return 0;
}

} // namespace TestNet
