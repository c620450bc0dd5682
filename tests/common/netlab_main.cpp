// portolan-netlab: the TUN network lab of the tests as a program, for benchmarks
// and trials. Run it inside a network namespace made for it (ip netns exec); it
// prints "ready" once the hosts answer and runs until SIGTERM or --seconds.
//
//   portolan-netlab [--prefix 16|24] [--unreachable-ms MS] [--unreachable A-B]
//                   [--seconds N] [--seed N] HOST...
// HOST: "offset=3,rtt=30,jitter=5,loss=0.02,open=22;80,silent=81,ping=0,resets=50"
#include <csignal>

#include <cstdio>

#include <QCoreApplication>
#include <QStringList>
#include <QThread>

#include "common/tunlab.h"

namespace {

volatile std::sig_atomic_t stopRequested = 0;

void onSignal(int)
{
    stopRequested = 1;
}

int usage(const QString &message)
{
    std::fprintf(stderr, "portolan-netlab: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    TunLab::Options options;
    int seconds = 3600;
    std::vector<TunLab::Host> hosts;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        bool ok = true;
        if (a == QLatin1String("--prefix") && hasValue) {
            options.prefixLength = args[++i].toInt(&ok);
            ok = ok && (options.prefixLength == 16 || options.prefixLength == 24);
        } else if (a == QLatin1String("--unreachable-ms") && hasValue) {
            options.unreachableMs = args[++i].toInt(&ok);
        } else if (a == QLatin1String("--unreachable") && hasValue) {
            const QStringList range = args[++i].split(QLatin1Char('-'));
            bool ok2 = false;
            options.unreachableFirst = quint16(range.value(0).toUInt(&ok));
            options.unreachableLast = quint16(range.value(1).toUInt(&ok2));
            ok = ok && ok2 && range.size() == 2;
        } else if (a == QLatin1String("--seconds") && hasValue) {
            seconds = args[++i].toInt(&ok);
            ok = ok && seconds > 0;
        } else if (a == QLatin1String("--seed") && hasValue) {
            options.seed = args[++i].toUInt(&ok);
        } else if (!a.startsWith(QLatin1String("--"))) {
            TunLab::Host host;
            QString error;
            if (!TunLab::Host::parse(a, &host, &error))
                return usage(error);
            hosts.push_back(host);
        } else {
            ok = false;
        }
        if (!ok)
            return usage(QStringLiteral("bad argument \"%1\"").arg(a));
    }
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    TunLab lab;
    QString why;
    if (!lab.start(hosts, options, &why))
        return usage(why);
    std::printf("ready\n");
    std::fflush(stdout);
    // Bounded: gone after --seconds even if nobody stops it.
    for (int tick = 0; tick < seconds * 10 && !stopRequested; ++tick)
        QThread::msleep(100);
    return 0;
}
