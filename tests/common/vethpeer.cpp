#include "common/vethpeer.h"

#include <unistd.h>

#include "common/netns.h"

namespace {

const QString ourEnd = QStringLiteral("pveth0");
const QString theirEnd = QStringLiteral("pveth1");

} // namespace

VethPeer::~VethPeer()
{
    if (m_namespace.isEmpty())
        return;
    ip({ QStringLiteral("link"), QStringLiteral("del"), ourEnd });
    ip({ QStringLiteral("netns"), QStringLiteral("del"), m_namespace });
}

bool VethPeer::ip(const QStringList &args) const
{
    QString output;
    const int code = TestNet::run(QStringList { QStringLiteral("ip") } + args, &output);
    if (code != 0)
        qWarning("ip %s: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(output));
    return code == 0;
}

bool VethPeer::inPeer(const QStringList &args) const
{
    return ip(QStringList { QStringLiteral("netns"), QStringLiteral("exec"), m_namespace,
                  QStringLiteral("ip") }
        + args);
}

bool VethPeer::start(const QString &ours, const QString &theirs, const QString &prefix,
    const QString &mac, QString *why)
{
    if (geteuid() != 0) {
        *why = QStringLiteral("needs root for a second network namespace (ip netns add)");
        return false;
    }
    const QString name = QStringLiteral("portolan-peer-%1").arg(getpid());
    if (!ip({ QStringLiteral("netns"), QStringLiteral("add"), name })) {
        *why = QStringLiteral("cannot add a network namespace here");
        return false;
    }
    m_namespace = name;
    m_theirs = theirs;
    m_prefix = prefix;
    // nodad: IPv6 addresses are usable at once, not after duplicate detection.
    const QStringList options
        = prefix == QLatin1String("/64") ? QStringList { QStringLiteral("nodad") } : QStringList {};
    const bool made
        = ip({ QStringLiteral("link"), QStringLiteral("add"), ourEnd, QStringLiteral("type"),
              QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), theirEnd })
        && ip({ QStringLiteral("link"), QStringLiteral("set"), theirEnd, QStringLiteral("netns"),
            name })
        && ip(QStringList { QStringLiteral("addr"), QStringLiteral("add"), ours + prefix,
                  QStringLiteral("dev"), ourEnd }
            + options)
        && ip({ QStringLiteral("link"), QStringLiteral("set"), ourEnd, QStringLiteral("up") })
        && inPeer({ QStringLiteral("link"), QStringLiteral("set"), theirEnd,
            QStringLiteral("address"), mac })
        && inPeer(QStringList { QStringLiteral("addr"), QStringLiteral("add"), theirs + prefix,
                      QStringLiteral("dev"), theirEnd }
            + options)
        && inPeer(
            { QStringLiteral("link"), QStringLiteral("set"), theirEnd, QStringLiteral("up") });
    if (!made)
        *why = QStringLiteral("cannot make the veth link (see the warnings)");
    return made;
}

bool VethPeer::moveTo(const QString &theirs)
{
    const bool moved = inPeer({ QStringLiteral("addr"), QStringLiteral("del"), m_theirs + m_prefix,
                           QStringLiteral("dev"), theirEnd })
        && inPeer({ QStringLiteral("addr"), QStringLiteral("add"), theirs + m_prefix,
            QStringLiteral("dev"), theirEnd })
        && ip({ QStringLiteral("neigh"), QStringLiteral("flush"), QStringLiteral("dev"), ourEnd });
    if (moved)
        m_theirs = theirs;
    return moved;
}
